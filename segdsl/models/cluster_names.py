"""Tying the names of `clusters(...)` to the clusters they were read from.

K-means numbers its clusters arbitrarily: re-training on new data, with another k or another
seed can renumber or move them, and `clusters(0="big baskets", ...)` then labels the wrong
customers without anything failing. So the sidecar records, for each named cluster, the centre
(in feature units) of the cluster the name was read from:
- when the declared names are those already recorded, their recorded centres are kept;
- otherwise the names are new and were read off the model in place, so that model's centres
  are recorded (on a first training, the new model's own).
Each re-training compares the recorded centres with the new model's: a name whose centre is now
nearest to another cluster, or that moved by more than half the distance to the next cluster,
is stale (W130 at `train`, and at `validate` as long as the declaration keeps that name).
"""

from __future__ import annotations

import numpy as np
from sklearn.pipeline import Pipeline


MOVE_TOLERANCE = 0.5  # of the distance from a cluster's centre to the nearest other centre


def centres(pipeline: Pipeline) -> dict[str, object]:
    """K-means centres in feature units (numbers unscaled, one-hot columns as shares) and the
    spread of each column (its training standard deviation; 1 for shares) to compare them."""
    columns_ct, model = pipeline[0], pipeline[-1]
    values = np.array(model.cluster_centers_, dtype=np.float64)
    scales = np.ones(values.shape[1])
    for name, transformer, _ in columns_ct.transformers_:
        if name != "numeric":
            continue
        block = columns_ct.output_indices_[name]
        scaler = transformer.named_steps["scale"]
        values[:, block] = values[:, block] * scaler.scale_ + scaler.mean_
        scales[block] = scaler.scale_
    return {"columns": [str(c) for c in columns_ct.get_feature_names_out()],
            "centres": values.tolist(), "scales": scales.tolist()}


def name_record(declared: dict[int, str], new: dict[str, object], previous: dict[str, object] | None) -> dict[str, object]:
    """The sidecar's `cluster_names`: names, the centres they were read from, and which moved."""
    names = {str(k): v for k, v in sorted(declared.items())}
    old_record = (previous or {}).get("cluster_names")
    old_clusters = (previous or {}).get("clusters")
    if isinstance(old_record, dict) and old_record.get("names") == names and isinstance(old_record.get("centres"), dict):
        read_from, columns = old_record["centres"], old_record.get("columns")
    elif isinstance(old_clusters, dict) and isinstance(old_clusters.get("centres"), list):
        read_from = {k: _centre(old_clusters["centres"], int(k)) for k in names}
        columns = old_clusters.get("columns")
    else:
        read_from = {k: _centre(new["centres"], int(k)) for k in names}
        columns = new["columns"]
    return {"names": names, "columns": columns, "centres": read_from, "moved": _moved(names, read_from, columns, new)}


def _centre(all_centres: list, index: int) -> list[float] | None:
    return all_centres[index] if 0 <= index < len(all_centres) else None


def _moved(names: dict[str, str], read_from: dict, columns: object, new: dict[str, object]) -> list[dict[str, object]]:
    current = np.array(new["centres"], dtype=np.float64)
    scales = np.array(new["scales"], dtype=np.float64)
    scales[scales == 0] = 1.0
    moved = []
    for key, name in names.items():
        number, old = int(key), read_from.get(key)
        if old is None or columns != new["columns"] or number >= len(current):
            moved.append({"cluster": number, "name": name, "nearest": None})
            continue
        distances = np.sqrt((((current - np.array(old)) / scales) ** 2).sum(axis=1))
        nearest = int(np.argmin(distances))
        others = np.sqrt((((current - current[number]) / scales) ** 2).sum(axis=1))
        others[number] = np.inf
        if nearest != number or distances[number] > MOVE_TOLERANCE * float(others.min()):
            moved.append({"cluster": number, "name": name, "nearest": nearest})
    return moved
