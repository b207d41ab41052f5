"""Identifiers prepared as the ad platforms' customer-match rules say, then SHA-256 hashed, all
as Polars expressions (in the plan: no Python loop per row).

- e-mail: trimmed, lower-cased; for Google, dots before the @ of gmail.com / googlemail.com
  addresses removed (Google Ads Customer Match and enhanced conversions' formatting rules);
- phone: E.164. A number written internationally (`+41 79 ...`, `0041 79 ...`) keeps its
  country code; a national one (`079 ...`) loses its trunk prefix (`0`; none in Italy or
  Spain) and gains its country's calling code. Both come from the `phonenumbers` package's
  metadata (libphonenumber's, maintained by Google), joined in the plan on the customer's
  country. Google takes `+41791234567`, Meta the digits `41791234567`. A result outside 8-15
  digits is no phone (dropped as a missing identifier);
- names: trimmed, lower-cased; country and zip: lower-cased (Meta hashes them; Google sends
  them in clear).

Hashing uses the `polars-hash` plugin (`chash.sha2_256`, hex digests): measured faster than
DuckDB's `sha256()` over the same Arrow frame (benchmarks/RESULTS.md "export hashing"), and it
stays a Polars expression, so it fuses with the normalisation.
"""

from __future__ import annotations

from functools import cache

import polars as pl

from segdsl.exports.formats import DIGITS, EMAIL, LOWER, NAME, PHONE, Format
from segdsl.extras import require_module

REGION = "__export.region"
CALLING_CODE = "__export.calling_code"
TRUNK = "__export.trunk"
_GMAIL = r"^(.*)@(gmail\.com|googlemail\.com)$"


def email(value: pl.Expr, google: bool) -> pl.Expr:
    clean = value.str.strip_chars().str.to_lowercase()
    if google:
        local = clean.str.extract(_GMAIL, 1)
        clean = pl.when(local.is_not_null()).then(
            pl.concat_str([local.str.replace_all(".", "", literal=True), pl.lit("@"), clean.str.extract(_GMAIL, 2)])
        ).otherwise(clean)
    return _empty_is_missing(clean)


def phone_digits(value: pl.Expr) -> pl.Expr:
    """E.164 digits (no `+`) of a phone written any usual way; needs the CALLING_CODE and TRUNK
    columns of the customer's country (`with_calling_codes`)."""
    text = value.str.strip_chars().str.replace_all("(0)", "", literal=True)
    digits = text.str.replace_all(r"[^0-9]", "")
    national = pl.when(pl.col(TRUNK).is_not_null() & digits.str.starts_with(pl.col(TRUNK)))\
        .then(digits.str.slice(pl.col(TRUNK).str.len_chars())).otherwise(digits)
    full = (pl.when(text.str.starts_with("+")).then(digits)
            .when(text.str.starts_with("00")).then(digits.str.slice(2))
            .otherwise(pl.concat_str([pl.col(CALLING_CODE), national])))
    return pl.when(full.str.len_chars().is_between(8, 15)).then(full)


def prepared(value: pl.Expr, kind: str, fmt: Format) -> pl.Expr:
    """A field's value as the platform wants it before hashing."""
    text = value.cast(pl.String)
    if kind == EMAIL:
        return email(text, fmt.google_email)
    if kind == PHONE:
        digits = phone_digits(text)
        return pl.concat_str([pl.lit("+"), digits]) if fmt.phone_plus else digits
    if kind in (NAME, LOWER):
        return _empty_is_missing(text.str.strip_chars().str.to_lowercase())
    if kind == DIGITS:
        return _empty_is_missing(text.str.replace_all(r"[^0-9]", ""))
    return text


def sha256(value: pl.Expr) -> pl.Expr:
    """Hex SHA-256 of each UTF-8 value (missing stays missing), as a plugin expression."""
    require_module("polars_hash", "exports", "hashing identifiers for ad platforms")  # registers `chash`
    return value.chash.sha2_256()


def _empty_is_missing(value: pl.Expr) -> pl.Expr:
    return pl.when(value.str.len_chars() > 0).then(value)


@cache
def calling_codes() -> pl.DataFrame:
    """Region (ISO 3166 alpha-2) -> country calling code and national (trunk) prefix, from the
    `phonenumbers` metadata: every region it supports."""
    phonenumbers = require_module("phonenumbers", "exports", "writing phone numbers in E.164")
    rows = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None:
            rows.append((region, str(metadata.country_code), metadata.national_prefix))
    return pl.DataFrame(rows, schema={REGION: pl.String, CALLING_CODE: pl.String, TRUNK: pl.String}, orient="row")


def with_calling_codes(frame: pl.LazyFrame, region: pl.Expr | None) -> pl.LazyFrame:
    """`frame` with CALLING_CODE and TRUNK of each row's country (missing when unknown)."""
    if region is None:
        return frame.with_columns(pl.lit(None, pl.String).alias(CALLING_CODE), pl.lit(None, pl.String).alias(TRUNK))
    keyed = frame.with_columns(region.cast(pl.String).str.strip_chars().str.to_uppercase().alias(REGION))
    return keyed.join(calling_codes().lazy(), on=REGION, how="left", maintain_order="left").drop(REGION)
