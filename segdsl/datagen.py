"""Deterministic example data: customers, orders, e-mail events and web visits.

Behaviour is seeded but realistic enough that segments are neither empty nor trivial: customer
archetypes (never bought, one-timers, occasional, regulars, heavy buyers), churners who stop
buying, Nov-Dec seasonality, and some orders after the examples' `as of` date so that the
no-leakage rule is exercised. Everything is vectorised NumPy, so benchmark-sized data (millions
of customers) takes seconds.

    python -m segdsl.datagen --out examples/data --customers 5000 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import polars as pl

START = dt.date(2022, 1, 1)
END = dt.date(2026, 11, 22)
COUNTRIES = ["FR", "DE", "GB", "US", "BE", "NL", "ES", "IT", "SE", "CH"]
COUNTRY_WEIGHTS = [0.22, 0.18, 0.14, 0.14, 0.07, 0.07, 0.07, 0.05, 0.03, 0.03]
DOMAINS = [
    "northwind-software.com", "lumiere-conseil.fr", "bergmann-maschinenbau.de", "bluefjord-finance.com",
    "atlas-retail.com", "helios-health.de", "pixel-forge.io", "cartographie-logistique.fr",
    "greenleaf-foods.co.uk", "quantum-ledger.com", "brightpath-education.org", "nordlys-outdoor.se",
]
# archetype: (share of customers, mean orders, spend multiplier)
ARCHETYPES = {"never": (0.12, 0, 1.0), "one_timer": (0.18, 1, 1.0), "occasional": (0.35, 4, 1.0),
              "regular": (0.30, 14, 1.2), "heavy": (0.05, 60, 2.0)}
CHANNELS, CHANNEL_WEIGHTS = ["web", "store", "app"], [0.5, 0.3, 0.2]
CATEGORIES = ["apparel", "electronics", "home", "beauty", "sports", "books"]
EMAIL_EVENTS, EMAIL_WEIGHTS = ["sent", "open", "click", "unsubscribe"], [0.55, 0.3, 0.13, 0.02]
PAGES = ["home", "pricing", "product", "blog", "support", "checkout"]


def _date_series(name: str, offsets: np.ndarray) -> pl.Series:
    epoch_offset = (START - dt.date(1970, 1, 1)).days
    return pl.Series(name, (offsets + epoch_offset).astype(np.int32)).cast(pl.Date)


def _with_nulls(values: np.ndarray, rng: np.random.Generator, share: float) -> list:
    result = values.astype(object)
    result[rng.random(len(values)) < share] = None
    return result.tolist()


def _messy_domains(rng: np.random.Generator, n: int) -> list:
    """Company websites as people type them: schemes, www., paths, upper case, blanks."""
    picks = rng.choice(DOMAINS, size=n)
    style = rng.integers(0, 5, size=n)
    forms = []
    for domain, how in zip(picks.tolist(), style.tolist()):
        forms.append([domain, f"https://www.{domain}/about", f"WWW.{domain.upper()}", f"http://{domain}/", f"www.{domain}"][how])
    values = np.array(forms, dtype=object)
    values[rng.random(n) < 0.15] = None
    return values.tolist()


def customers_frame(rng: np.random.Generator, n: int, end: dt.date) -> tuple[pl.DataFrame, np.ndarray, np.ndarray]:
    span = (end - START).days
    signup = rng.integers(0, span, n)
    names = list(ARCHETYPES)
    archetype = rng.choice(len(names), size=n, p=[ARCHETYPES[a][0] for a in names])
    frame = pl.DataFrame({
        "customer_id": np.arange(1, n + 1, dtype=np.int64),
        "signup_date": _date_series("signup_date", signup),
        "country": pl.Series(_with_nulls(rng.choice(COUNTRIES, size=n, p=COUNTRY_WEIGHTS), rng, 0.02), dtype=pl.String),
        "plan": rng.choice(["free", "pro", "enterprise"], size=n, p=[0.6, 0.3, 0.1]),
        "domain": pl.Series(_messy_domains(rng, n), dtype=pl.String),
        "newsletter_optin": rng.random(n) < 0.55,
        "birth_year": pl.Series(_with_nulls(rng.integers(1950, 2006, n), rng, 0.05), dtype=pl.Int32),
        "acquisition_channel": rng.choice(["search", "social", "referral", "direct", "partner"], size=n),
    })
    return frame, signup, archetype


def orders_frame(rng: np.random.Generator, signup: np.ndarray, archetype: np.ndarray, end: dt.date) -> pl.DataFrame:
    span = (end - START).days
    params = list(ARCHETYPES.values())
    means = np.array([p[1] for p in params])[archetype]
    counts = np.where(means <= 1, means, rng.poisson(np.maximum(means, 1))).astype(np.int64)
    churns = rng.random(len(signup)) < 0.4
    stop = np.where(churns, signup + (rng.random(len(signup)) * (span - signup)).astype(np.int64), span)
    owner = np.repeat(np.arange(len(signup)), counts)
    first, last = signup[owner], np.maximum(stop[owner], signup[owner] + 1)
    day = first + (rng.random(len(owner)) * (last - first)).astype(np.int64)
    # Seasonality: a share of orders moves into the November-December peak of its year.
    day = _into_peak(rng, day, first, last)
    spend = np.array([p[2] for p in params])[archetype][owner]
    amount = np.round(rng.lognormal(3.6, 0.8, len(owner)) * spend, 2)
    amount[rng.random(len(owner)) < 0.005] = np.nan  # a few orders without an amount
    order = np.lexsort((owner, day))
    return pl.DataFrame({
        "order_id": np.arange(1, len(owner) + 1, dtype=np.int64),
        "customer_id": (owner[order] + 1).astype(np.int64),
        "order_date": _date_series("order_date", day[order]),
        "amount": pl.Series(amount[order]).fill_nan(None),
        "channel": rng.choice(CHANNELS, size=len(owner), p=CHANNEL_WEIGHTS),
        "category": rng.choice(CATEGORIES, size=len(owner)),
    })


def _into_peak(rng: np.random.Generator, day: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    dates = _date_series("d", day)
    years = dates.dt.year().to_numpy()
    peak_start = np.array([(dt.date(int(y), 11, 1) - START).days for y in range(2022, 2028)])[years - 2022]
    moved = peak_start + rng.integers(0, 61, len(day))
    take = (rng.random(len(day)) < 0.15) & (moved >= first) & (moved <= last)
    return np.where(take, moved, day)


def _timestamps(rng: np.random.Generator, signup: np.ndarray, per_customer: float, end: dt.date) -> tuple[np.ndarray, pl.Series]:
    span = (end - START).days
    counts = rng.poisson(per_customer, len(signup))
    owner = np.repeat(np.arange(len(signup)), counts)
    begin = np.maximum(signup[owner], span - 365)
    days = begin + (rng.random(len(owner)) * (span - begin)).astype(np.int64)
    seconds = rng.integers(0, 86_400, len(owner))
    epoch = (START - dt.date(1970, 1, 1)).days
    micros = ((days + epoch) * 86_400 + seconds) * 1_000_000
    return owner, pl.Series(micros).cast(pl.Datetime("us"))


def email_frame(rng: np.random.Generator, signup: np.ndarray, end: dt.date) -> pl.DataFrame:
    owner, times = _timestamps(rng, signup, 4.0, end)
    return pl.DataFrame({
        "customer_id": (owner + 1).astype(np.int64),
        "event_time": times,
        "event": rng.choice(EMAIL_EVENTS, size=len(owner), p=EMAIL_WEIGHTS),
        "campaign": rng.choice(["welcome", "newsletter", "promo", "winback"], size=len(owner)),
    })


def visits_frame(rng: np.random.Generator, signup: np.ndarray, end: dt.date) -> pl.DataFrame:
    owner, times = _timestamps(rng, signup, 3.0, end)
    return pl.DataFrame({
        "customer_id": (owner + 1).astype(np.int64),
        "visit_time": times,
        "page": rng.choice(PAGES, size=len(owner), p=[0.3, 0.12, 0.3, 0.13, 0.08, 0.07]),
    })


def generate(out_dir: Path, customers: int = 5000, seed: int = 7, end: dt.date = END) -> dict[str, Path]:
    """Write the four example tables as Parquet; the same seed gives the same data."""
    rng = np.random.default_rng(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    customer_table, signup, archetype = customers_frame(rng, customers, end)
    tables = {
        "customers": customer_table,
        "orders": orders_frame(rng, signup, archetype, end),
        "email_events": email_frame(rng, signup, end),
        "web_visits": visits_frame(rng, signup, end),
    }
    paths = {}
    for name, frame in tables.items():
        paths[name] = out_dir / f"{name}.parquet"
        frame.write_parquet(paths[name], statistics=True)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the Parquet files")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for name, path in generate(args.out, args.customers, args.seed).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
