"""Deterministic synthetic retail data for the examples, tests and benchmarks.

Everything is drawn with vectorised numpy from one seeded generator, so the same seed gives
byte-identical tables and 2M customers / ~20M orders generate in seconds. Customers follow
purchase archetypes (never, one-timer, occasional, regular, heavy) so RFM segments are neither
empty nor trivial, and some orders fall after the examples' `as of` date to exercise no-leakage.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl

from segdsl.datagen_personal import personal_columns

FIRST_SIGNUP = date(2022, 1, 1)
EPOCH = date(1970, 1, 1)
DAY_US = 86_400_000_000

COUNTRIES = ["FR", "DE", "GB", "US", "BE", "NL", "ES", "IT", "SE", "CH"]
COUNTRY_WEIGHTS = [0.22, 0.18, 0.12, 0.14, 0.06, 0.07, 0.08, 0.07, 0.03, 0.03]
PLANS = ["free", "pro", "enterprise"]
PLAN_WEIGHTS = [0.6, 0.3, 0.1]
ACQUISITION = ["search", "social", "referral", "direct", "partner"]
ACQUISITION_WEIGHTS = [0.35, 0.25, 0.15, 0.15, 0.10]
DOMAINS = [
    "northwind-software.com", "lumiere-conseil.fr", "bergmann-maschinenbau.de", "bluefjord-finance.com",
    "atlas-retail.com", "helios-health.de", "pixel-forge.io", "cartographie-logistique.fr",
    "greenleaf-foods.co.uk", "quantum-ledger.com", "brightpath-education.org", "nordlys-outdoor.se",
]
ORDER_CHANNELS = ["web", "store", "app"]
ORDER_CHANNEL_WEIGHTS = [0.5, 0.3, 0.2]
CHANNEL_LOYALTY = 0.6  # share of a customer's orders on their preferred channel (the rest: at random)
CATEGORIES = ["apparel", "electronics", "home", "beauty", "sports", "books"]
CATEGORY_WEIGHTS = [0.25, 0.15, 0.2, 0.15, 0.1, 0.15]
CATEGORY_LOYALTY = 0.5  # share of a customer's orders in their favourite category
EMAIL_EVENTS = ["sent", "open", "click", "unsubscribe"]
EMAIL_EVENT_WEIGHTS = [0.6, 0.27, 0.1, 0.03]
CAMPAIGNS = ["welcome", "spring_sale", "summer_sale", "back_to_school", "black_friday", "christmas", "newsletter"]
PAGES = ["home", "pricing", "product", "blog", "support", "checkout"]
PAGE_WEIGHTS = [0.3, 0.12, 0.3, 0.13, 0.08, 0.07]

# Archetypes: share of customers, then (minimum, Poisson mean of extra) orders over their active life.
ARCHETYPE_SHARES = [0.12, 0.20, 0.33, 0.30, 0.05]
ARCHETYPE_ORDERS = [(0, 0.0), (1, 0.0), (2, 2.0), (8, 8.0), (40, 30.0)]
CHURN_RATE = 0.35
HOLIDAY_BOOST = 1.8  # Nov-Dec days are this much more likely to receive an order


def _day(d: date) -> int:
    return (d - EPOCH).days


def _domain_variants(domain: str) -> list[str]:
    """The messy ways people type a company website: scheme, www, paths, capitals."""
    shouty = ".".join(part.title() if i < domain.count(".") else part.upper()
                      for i, part in enumerate(domain.split(".")))
    return [domain, f"www.{domain}", f"https://www.{domain}/about", f"http://{domain}/",
            f"WWW.{shouty}", f"https://{domain}", f"{domain}/contact"]


def _pick(rng: np.random.Generator, values: list[str], weights: list[float] | None, n: int,
          null_rate: float = 0.0) -> pl.Series:
    """A String column drawn from `values`; gathering from a tiny Series keeps it vectorised."""
    p = None if weights is None else np.asarray(weights) / np.sum(weights)
    index = rng.choice(len(values), size=n, p=p)
    if null_rate:
        index[rng.random(n) < null_rate] = len(values)
    return pl.Series([*values, None], dtype=pl.String).gather(index)


def _dates(days: np.ndarray) -> pl.Series:
    return pl.Series(days.astype(np.int32)).cast(pl.Date)


def _datetimes(micros: np.ndarray) -> pl.Series:
    return pl.Series(micros.astype(np.int64)).cast(pl.Datetime("us"))


def _customers(rng: np.random.Generator, n: int, end: date) -> pl.DataFrame:
    signup = rng.integers(_day(FIRST_SIGNUP), _day(end) + 1, size=n)
    variants = [v for company in DOMAINS for v in _domain_variants(company)]
    birth = rng.integers(1950, 2006, size=n)
    return pl.DataFrame({
        "customer_id": pl.Series(np.arange(1, n + 1, dtype=np.int64)),
        "signup_date": _dates(signup),
        "country": _pick(rng, COUNTRIES, COUNTRY_WEIGHTS, n, null_rate=0.02),
        "plan": _pick(rng, PLANS, PLAN_WEIGHTS, n),
        "domain": _pick(rng, variants, None, n, null_rate=0.15),
        "newsletter_optin": pl.Series(rng.random(n) < 0.4),
        "birth_year": pl.Series(birth.astype(np.int32)).scatter(np.flatnonzero(rng.random(n) < 0.05), None),
        "acquisition_channel": _pick(rng, ACQUISITION, ACQUISITION_WEIGHTS, n),
    })


def _order_counts(rng: np.random.Generator, n: int) -> np.ndarray:
    """Orders per customer by archetype (~10 on average, ~12% never order, ~5% heavy)."""
    archetype = rng.choice(len(ARCHETYPE_SHARES), size=n, p=ARCHETYPE_SHARES)
    minimum = np.array([m for m, _ in ARCHETYPE_ORDERS])[archetype]
    extra = rng.poisson(np.array([lam for _, lam in ARCHETYPE_ORDERS])[archetype])
    return minimum + extra


def _active_until(rng: np.random.Generator, signup: np.ndarray, end_day: int) -> np.ndarray:
    """Last day a customer may order: churners stop at a random day after signup."""
    churn_day = signup + np.floor(rng.random(signup.size) * (end_day - signup + 1)).astype(np.int64)
    return np.where(rng.random(signup.size) < CHURN_RATE, churn_day, end_day)


def _is_holiday(days: np.ndarray) -> np.ndarray:
    month = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12 + 1
    return month >= 11


def _seasonal_days(rng: np.random.Generator, start: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """Days in [start, stop] with a Nov-Dec peak: keep a first draw if lucky, else take a second."""
    span = stop - start + 1
    first = start + np.floor(rng.random(start.size) * span).astype(np.int64)
    second = start + np.floor(rng.random(start.size) * span).astype(np.int64)
    keep = rng.random(start.size) * HOLIDAY_BOOST < np.where(_is_holiday(first), HOLIDAY_BOOST, 1.0)
    return np.where(keep, first, second)


def _quarters(values: np.ndarray) -> np.ndarray:
    """Prices in steps of 0.25: exact in binary, so every sum is exact whatever the order of
    addition, and engines (or two parallel runs) cannot disagree on `monetary > 1000` or ties."""
    return np.maximum(np.round(values * 4) / 4, 0.25)


def _orders(rng: np.random.Generator, signup: np.ndarray, end_day: int) -> pl.DataFrame:
    counts = _order_counts(rng, signup.size)
    until = _active_until(rng, signup, end_day)
    owner = np.repeat(np.arange(signup.size), counts)
    days = _seasonal_days(rng, signup[owner], until[owner])
    by_date = np.argsort(days, kind="stable")  # order ids increase with time, like a real shop
    owner, days = owner[by_date], days[by_date]
    spend_level = rng.lognormal(0.0, 0.5, size=signup.size)
    amount = _quarters(rng.lognormal(3.8, 0.9, size=owner.size) * spend_level[owner])
    m = owner.size
    return pl.DataFrame({
        "order_id": pl.Series(np.arange(1, m + 1, dtype=np.int64)),
        "customer_id": pl.Series(owner.astype(np.int64) + 1),
        "order_date": _dates(days),
        "amount": pl.Series(amount).scatter(np.flatnonzero(rng.random(m) < 0.005), None),
        "channel": _channels(_pick(rng, ORDER_CHANNELS, ORDER_CHANNEL_WEIGHTS, m), owner, signup.size),
        "category": _categories(rng, owner, signup.size),
    })


def _channels(drawn: pl.Series, owner: np.ndarray, customers: int) -> pl.Series:
    """Most customers keep to a preferred channel, so the channel of their next orders can be
    predicted (the channel example). A generator of its own, seeded by the sizes, leaves the main
    one's draws (and so every other column) as they were."""
    side = np.random.default_rng([customers, owner.size, 2026])
    preferred = side.choice(len(ORDER_CHANNELS), size=customers, p=[0.45, 0.35, 0.2])
    loyal = side.random(owner.size) < CHANNEL_LOYALTY
    chosen = pl.Series(ORDER_CHANNELS, dtype=pl.String).gather(preferred[owner])
    return pl.select(pl.when(pl.Series(loyal)).then(chosen).otherwise(drawn)).to_series().alias("channel")


def _categories(rng: np.random.Generator, owner: np.ndarray, customers: int) -> pl.Series:
    """Each customer has a favourite category that takes about half their orders, so past
    purchases predict future ones (what a propensity model learns); the rest follow the mix."""
    p = np.asarray(CATEGORY_WEIGHTS) / np.sum(CATEGORY_WEIGHTS)
    favourite = rng.choice(len(CATEGORIES), size=customers, p=p)
    any_category = rng.choice(len(CATEGORIES), size=owner.size, p=p)
    index = np.where(rng.random(owner.size) < CATEGORY_LOYALTY, favourite[owner], any_category)
    return pl.Series(CATEGORIES).gather(index)


def _event_owners_and_times(rng: np.random.Generator, signup: np.ndarray, end_day: int,
                            mean: float) -> tuple[np.ndarray, np.ndarray]:
    """Poisson(mean) events per customer at uniform instants between signup and the end day."""
    owner = np.repeat(np.arange(signup.size), rng.poisson(mean, size=signup.size))
    start_us = signup[owner] * DAY_US
    span_us = (end_day + 1 - signup[owner]) * DAY_US
    times = start_us + np.floor(rng.random(owner.size) * span_us).astype(np.int64)
    return owner, times


def _email_events(rng: np.random.Generator, signup: np.ndarray, end_day: int) -> pl.DataFrame:
    owner, times = _event_owners_and_times(rng, signup, end_day, 4.0)
    return pl.DataFrame({
        "customer_id": pl.Series(owner.astype(np.int64) + 1),
        "event_time": _datetimes(times),
        "event": _pick(rng, EMAIL_EVENTS, EMAIL_EVENT_WEIGHTS, owner.size),
        "campaign": _pick(rng, CAMPAIGNS, None, owner.size),
    })


def _web_visits(rng: np.random.Generator, signup: np.ndarray, end_day: int) -> pl.DataFrame:
    owner, times = _event_owners_and_times(rng, signup, end_day, 3.0)
    return pl.DataFrame({
        "customer_id": pl.Series(owner.astype(np.int64) + 1),
        "visit_time": _datetimes(times),
        "page": _pick(rng, PAGES, PAGE_WEIGHTS, owner.size),
    })


def generate(out_dir: Path, customers: int = 5000, seed: int = 7, end: date = date(2026, 11, 22)) -> dict[str, Path]:
    """Write the four tables as Parquet into `out_dir`; returns table name -> path."""
    rng = np.random.default_rng(seed)
    end_day = _day(end)
    people = _customers(rng, customers, end)
    people = people.hstack(personal_columns(seed, people["customer_id"].to_numpy(), people["country"]))
    signup = people["signup_date"].cast(pl.Int32).to_numpy().astype(np.int64)
    tables = {
        "customers": people,
        "orders": _orders(rng, signup, end_day),
        "email_events": _email_events(rng, signup, end_day),
        "web_visits": _web_visits(rng, signup, end_day),
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, frame in tables.items():
        paths[name] = out_dir / f"{name}.parquet"
        frame.write_parquet(paths[name])
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m segdsl.datagen", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the Parquet files into")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for name, path in generate(args.out, customers=args.customers, seed=args.seed).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
