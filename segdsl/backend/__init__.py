"""Backends turn the IR into an executable query. Polars is the one backend today."""
