"""py3langid's identifier, loaded from an uncompressed copy kept in segdsl's cache folder.

py3langid ships its model LZMA-compressed (4.5 MB on disk, 66 MB of arrays) and decompresses it
at every load: about half a second of CPU, paid by every crawl process, and there is one per CPU.
The copy holds the same arrays stored uncompressed by NumPy (no pickle: `allow_pickle=False`),
named after py3langid's version and the packaged file's content, so an upgrade makes a new copy
and removes the old one. Anything wrong with the copy (missing, unreadable, cut short, another
layout) only means the packaged model is loaded as before and the copy is written again; a cache
folder that cannot be written costs the decompression, nothing else.
"""

from __future__ import annotations

import hashlib
from array import array
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from segdsl.cache_dir import cache_folder, store

_PREFIX = "py3langid-"


def load_identifier() -> Any | None:
    """A py3langid `LanguageIdentifier` over all its languages with calibrated probabilities, or
    None when py3langid is not installed."""
    try:
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    packaged = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else Path(MODEL_DIR) / MODEL_FILE
    try:
        copy: Path | None = copy_path(packaged)
    except (OSError, PackageNotFoundError):  # no file to name the copy after: no copy
        copy = None
    if copy is not None:
        try:
            return _from_copy(copy, LanguageIdentifier)
        except Exception:  # noqa: BLE001 - a cache: whatever is wrong with the copy (not a zip, cut short, other arrays), rebuild it
            pass
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if copy is not None:
        _save_copy(identifier, copy)
    return identifier


def copy_path(packaged: Path) -> Path:
    """Named after the packaged model's content (4.5 MB hashed in ~10 ms), so that every install
    of one py3langid release shares one copy."""
    digest = hashlib.sha256(packaged.read_bytes()).hexdigest()[:16]
    return cache_folder() / f"{_PREFIX}{version('py3langid')}-{digest}.npz"


def _from_copy(copy: Path, identifier_class: type) -> Any:
    import numpy as np

    with np.load(copy, allow_pickle=False) as data:
        return identifier_class(
            data["ptc"], data["pc"], data["classes"].tolist(),
            array(str(data["nextmove_code"]), data["nextmove"].tobytes()), data["output"].tolist(),
            norm_probs=True, tk_row=array(str(data["row_code"]), data["row"].tobytes()))


def _save_copy(identifier: Any, copy: Path) -> None:
    import numpy as np

    arrays = {
        "ptc": np.asarray(identifier.nb_ptc), "pc": np.asarray(identifier.nb_pc), "classes": np.array(identifier.nb_classes),
        "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=f"u{identifier.tk_nextmove.itemsize}"),
        "nextmove_code": np.array(identifier.tk_nextmove.typecode),
        "row": np.frombuffer(identifier.tk_row, dtype=f"u{identifier.tk_row.itemsize}"),
        "row_code": np.array(identifier.tk_row.typecode),
        "output": np.asarray(identifier.tk_output, dtype=np.int64),
    }

    def write(temporary: Path) -> None:
        with temporary.open("wb") as file:  # a file object: np.savez would add ".npz" to a name
            np.savez(file, **arrays)

    if not store(copy, write):
        return  # a read-only cache folder: the next process decompresses again
    try:
        for older in copy.parent.glob(f"{_PREFIX}*.npz"):  # one copy at a time: 66 MB each
            if older != copy:
                older.unlink(missing_ok=True)
    except OSError:
        pass  # another process removed it, or the folder turned read-only: left for next time
