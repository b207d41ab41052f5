"""Synthetic personal columns for the example customers: e-mail, first name, phone and consent.

Fake but realistic, so masking, consent and the ad platforms' normalisation are exercised:
first names per country, e-mail addresses at each country's usual providers (some typed with
capitals or stray spaces, so trimming and lower-casing matter; some at gmail.com with dots, so
Google's rule matters), phone numbers written the ways people write them (national with a
trunk `0`, international with `+` or `00`, spaces, dashes, brackets; Italian and Spanish numbers
have no trunk prefix). Drawn from a generator of their own, seeded by the data's seed, so the
other columns stay exactly as they were and the same seed gives the same people.
"""

from __future__ import annotations

import numpy as np
import polars as pl

FIRST_NAMES = {
    "FR": ["Camille", "Léa", "Manon", "Chloé", "Louis", "Hugo", "Théo", "Jules"],
    "DE": ["Lena", "Mia", "Hannah", "Jonas", "Lukas", "Felix", "Jürgen", "Anna"],
    "GB": ["Olivia", "Amelia", "Isla", "Oliver", "George", "Harry", "Jack", "Emily"],
    "US": ["Emma", "Ava", "Sophia", "Liam", "Noah", "Ethan", "Mason", "Madison"],
    "BE": ["Lotte", "Elise", "Marie", "Arthur", "Lucas", "Noah", "Wout", "Fien"],
    "NL": ["Sanne", "Fleur", "Daan", "Sem", "Bram", "Tess", "Jesse", "Anouk"],
    "ES": ["Lucía", "Sofía", "Martina", "Hugo", "Mateo", "Álvaro", "Pablo", "Carmen"],
    "IT": ["Giulia", "Chiara", "Francesca", "Lorenzo", "Matteo", "Alessandro", "Niccolò", "Sofia"],
    "SE": ["Elsa", "Maja", "Astrid", "Oskar", "Lucas", "Björn", "Linnea", "Nils"],
    "CH": ["Mila", "Lina", "Nina", "Leon", "Noah", "Luca", "Gian", "Léonie"],
}
PROVIDERS = {
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net"], "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de"],
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"], "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "BE": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com"], "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"], "IT": ["gmail.com", "libero.it", "virgilio.it", "alice.it"],
    "SE": ["gmail.com", "telia.com", "hotmail.se", "outlook.com"], "CH": ["gmail.com", "bluewin.ch", "gmx.ch", "googlemail.com"],
}
# `#` is a random digit. National forms first (with the trunk prefix where the country has one).
PHONE_TEMPLATES = {
    "FR": ["06 ## ## ## ##", "07########", "+33 6 ## ## ## ##", "0033 7 ## ## ## ##", "01.##.##.##.##"],
    "DE": ["0151 ########", "0171-#######", "+49 160 #######", "+49 (0)30 #######", "0049 152 ########"],
    "GB": ["07### ######", "07#########", "+44 7### ######", "+44 (0)20 #### ####", "020 #### ####"],
    "US": ["(415) 555-0###", "212-555-0###", "+1 617 555 0###", "1 (303) 555-0###", "646.555.0###"],
    "BE": ["0470 ## ## ##", "0495/##.##.##", "+32 470 ## ## ##", "02 ### ## ##", "+32 2 ### ## ##"],
    "NL": ["06 ########", "06-########", "+31 6 ########", "020 ### ####", "+31 (0)6 ########"],
    "ES": ["6## ## ## ##", "6########", "+34 6## ### ###", "91 ### ## ##", "0034 6## ### ###"],
    "IT": ["3## ### ####", "3#########", "+39 3## #######", "06 ########", "+39 06 ########"],
    "SE": ["070-### ## ##", "073 ### ## ##", "+46 70 ### ## ##", "08-### ### ##", "+46 8 ### ### ##"],
    "CH": ["079 ### ## ##", "076 ### ## ##", "+41 79 ### ## ##", "044 ### ## ##", "0041 78 ### ## ##"],
}
SEPARATORS = [".", "_", ""]


def personal_columns(seed: int, customer_ids: np.ndarray, country: pl.Series) -> pl.DataFrame:
    """first_name, email, phone, email_optin, ads_optin, sms_optin for each customer (in order)."""
    n = customer_ids.size
    rng = np.random.default_rng([seed, n, 1679])  # its own stream: the other columns are unchanged
    home = country.fill_null("FR")
    frame = pl.DataFrame({"customer_id": customer_ids, "country": home, "pick": rng.integers(0, 1 << 30, size=n)})
    first = _per_country(frame, FIRST_NAMES)
    provider = _per_country(frame.with_columns(pl.col("pick") // 7), PROVIDERS)
    separator = pl.Series(SEPARATORS).gather(rng.integers(0, len(SEPARATORS), size=n))
    local = (_ascii(first).str.to_lowercase() + separator + pl.Series(customer_ids).cast(pl.String))
    email = (local + "@" + provider).to_frame("email")
    shout = rng.random(n) < 0.10  # typed with capitals
    spaced = rng.random(n) < 0.05  # a stray space before or after
    email = email.with_columns(
        pl.when(pl.Series(shout)).then(pl.col("email").str.to_titlecase()).otherwise(pl.col("email")).alias("email"))
    email = email.with_columns(
        pl.when(pl.Series(spaced)).then(pl.lit(" ") + pl.col("email") + pl.lit("  ")).otherwise(pl.col("email")).alias("email"))
    phone = _phones(frame, rng)
    return pl.DataFrame({
        "first_name": first.scatter(np.flatnonzero(rng.random(n) < 0.03), None),
        "email": email["email"].scatter(np.flatnonzero(rng.random(n) < 0.08), None),
        "phone": phone.scatter(np.flatnonzero(rng.random(n) < 0.12), None),
        "email_optin": pl.Series(rng.random(n) < 0.55).scatter(np.flatnonzero(rng.random(n) < 0.03), None),
        "ads_optin": pl.Series(rng.random(n) < 0.35),
        "sms_optin": pl.Series(rng.random(n) < 0.25),
    })


def _per_country(frame: pl.DataFrame, choices: dict[str, list[str]]) -> pl.Series:
    """One value per row from its country's list, chosen by the row's `pick`."""
    table = pl.DataFrame({"country": list(choices), "values": list(choices.values())})
    joined = frame.join(table, on="country", how="left", maintain_order="left")
    return joined.select(pl.col("values").list.get(pl.col("pick") % pl.col("values").list.len())).to_series()


def _ascii(names: pl.Series) -> pl.Series:
    """Names as people type them in e-mail addresses: without accents."""
    plain = names
    for accented, letter in (("é", "e"), ("è", "e"), ("ü", "u"), ("ö", "o"), ("í", "i"), ("á", "a"), ("Á", "A"), ("ò", "o"), ("ó", "o")):
        plain = plain.str.replace_all(accented, letter, literal=True)
    return plain


def _phones(frame: pl.DataFrame, rng: np.random.Generator) -> pl.Series:
    """Each customer's phone from one of their country's templates, `#` filled with digits."""
    n = frame.height
    digits = pl.Series(rng.integers(0, 10, size=(n, 12)).astype(np.uint8).astype(str).tolist()).list.join("")
    style = rng.integers(0, 5, size=n)
    result = pl.Series([None] * n, dtype=pl.String)
    countries = frame["country"]
    for code, templates in PHONE_TEMPLATES.items():
        for index, template in enumerate(templates):
            rows = np.flatnonzero((countries == code).to_numpy() & (style == index))
            if rows.size:
                result = result.scatter(rows, _fill(template, digits.gather(rows)))
    return result


def _fill(template: str, digits: pl.Series) -> pl.Series:
    parts: list[pl.Expr] = []
    used = 0
    for char in template:
        if char == "#":
            parts.append(pl.col("d").str.slice(used, 1))
            used += 1
        else:
            parts.append(pl.lit(char))
    return digits.to_frame("d").select(pl.concat_str(parts)).to_series()
