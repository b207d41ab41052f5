"""Benchmarks: segdsl against hand-written Polars, DuckDB SQL and pandas."""
