"""A hash of customer keys that is the same on every machine, run and library version.

Holdout groups must not move when Polars changes its internal hash, so we hash ourselves:
splitmix64 for integer keys (vectorised in NumPy), BLAKE2b of the text for any other key.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:  # NumPy loads only when a holdout is drawn: most evaluations never need it
    import numpy as np

_GOLDEN = 0x9E3779B97F4A7C15


def _splitmix64(values: np.ndarray) -> np.ndarray:
    import numpy as np

    with np.errstate(over="ignore"):
        z = values + np.uint64(_GOLDEN)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def stable_unit_hash(keys: pl.Series, seed: int) -> pl.Series:
    """A number in [0, 1) per key, uniform and stable; missing keys never draw below 1."""
    import numpy as np

    if keys.dtype.is_integer():
        raw = keys.cast(pl.Int64).fill_null(0).to_numpy().astype(np.uint64)
        mixed = _splitmix64(raw ^ _splitmix64(np.full(raw.shape, seed, dtype=np.uint64)))
        unit = (mixed >> np.uint64(11)).astype(np.float64) / float(1 << 53)
    else:
        unit = np.array([
            int.from_bytes(hashlib.blake2b(f"{seed}:{key}".encode(), digest_size=8).digest(), "big") / 2.0**64
            for key in keys.cast(pl.String).to_list()
        ], dtype=np.float64)
    result = pl.Series(keys.name, unit)
    return result.set(keys.is_null(), 1.0) if keys.null_count() else result
