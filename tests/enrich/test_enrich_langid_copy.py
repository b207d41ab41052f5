"""The language model's uncompressed copy in the cache folder: it answers exactly as the model
py3langid ships, and a copy that is damaged or cannot be written only costs the decompression."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import py3langid.langid as langid  # the `enrich` extra, which the test command installs: missing is a failure
import pytest

from segdsl_enrich.langid_model import copy_path, load_identifier

TEXTS = [
    "Die Firma wurde 1999 gegründet und beschäftigt heute zwölf Mitarbeiter in der Hauptstraße in Berlin.",
    "Nous sommes une entreprise familiale fondée en 1985 à Lyon, spécialisée dans la menuiserie sur mesure.",
    "Obitelj se vinom bavi od 1904., a vinarija je osnovana 1994. godine u Istri.",
    "当社は1972年に設立され、現在従業員は約120名です。",
    "ok",
]


def packaged() -> Path:
    model = Path(langid.MODEL_FILE)
    return model if model.is_absolute() else Path(langid.MODEL_DIR) / model


def ranks(identifier: object) -> list[list[tuple[str, float]]]:
    return [identifier.rank(text) for text in TEXTS]  # type: ignore[attr-defined]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_the_copy_answers_as_the_packaged_model(cache_home: Path) -> None:
    reference = ranks(langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True))
    first = load_identifier()  # decompresses and writes the copy
    copy = copy_path(packaged())
    assert copy.parent.parent == cache_home and copy.stat().st_size > 0
    with np.load(copy, allow_pickle=False) as data:  # plain arrays, nothing to unpickle
        assert {"ptc", "pc", "classes", "nextmove", "row", "output"} <= set(data.files)
    second = load_identifier()  # reads the copy
    assert ranks(first) == reference and ranks(second) == reference


def test_a_copy_for_another_release_is_removed_when_the_new_one_is_written(cache_home: Path) -> None:
    older = cache_home / "segdsl" / "py3langid-0.0.1-0123456789abcdef.npz"
    older.parent.mkdir(parents=True)
    older.write_bytes(b"an older copy")
    load_identifier()
    assert copy_path(packaged()).exists() and not older.exists()


def test_a_damaged_copy_is_replaced(cache_home: Path) -> None:
    copy = copy_path(packaged())
    copy.parent.mkdir(parents=True)
    copy.write_bytes(b"PK\x03\x04 cut short")
    reference = ranks(langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True))
    assert ranks(load_identifier()) == reference
    with np.load(copy, allow_pickle=False) as data:
        assert data["ptc"].shape[1] == len(data["classes"])


def test_a_cache_folder_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert load_identifier() is not None
    assert blocker.is_file()
