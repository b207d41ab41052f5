"""The output row: one per domain, with an explicit schema so every run's Parquet file agrees."""

from __future__ import annotations

import polars as pl

STATUSES = ("ok", "failed", "blocked", "robots")

OUTPUT_SCHEMA = pl.Schema(
    {
        "domain": pl.String,
        "name": pl.String,
        "legal_name": pl.String,
        "industry": pl.String,
        "industry_inferred": pl.String,
        "employee_count": pl.Int64,
        "employee_range_min": pl.Int64,
        "employee_range_max": pl.Int64,
        "founded_year": pl.Int32,
        "street_address": pl.String,
        "locality": pl.String,
        "region": pl.String,
        "postal_code": pl.String,
        "country_code": pl.String,
        "language": pl.String,
        "description": pl.String,
        "linkedin_url": pl.String,
        "twitter_url": pl.String,
        "facebook_url": pl.String,
        "technologies": pl.List(pl.String),
        "final_url": pl.String,
        "http_status": pl.Int32,
        "status": pl.String,
        "error": pl.String,
        "fetched_at": pl.Datetime("us", "UTC"),
        # Where each stored fact came from: one entry per field (see README, Provenance).
        "sources": pl.List(pl.Struct({"field": pl.String, "source": pl.String, "url": pl.String})),
    }
)

# The columns extraction fills; the rest describe the fetch.
FACT_FIELDS: tuple[str, ...] = tuple(OUTPUT_SCHEMA.names()[1:20])


def to_frame(rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts, missing keys = null) as a frame with exactly OUTPUT_SCHEMA."""
    return pl.DataFrame([{name: row.get(name) for name in OUTPUT_SCHEMA.names()} for row in rows],
                        schema=OUTPUT_SCHEMA, orient="row")
