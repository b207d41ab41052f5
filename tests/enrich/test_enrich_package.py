"""The enrichment code installs as `segdsl_enrich`: the top-level name `enrich` belongs to a PyPI
project, and shipping a second `enrich` would break whichever of the two was installed first."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.services import require

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_ships_segdsl_enrich_and_no_top_level_enrich(tmp_path: Path) -> None:
    try:
        from hatchling.builders.wheel import WheelBuilder
    except ImportError:
        require(False, "hatchling", "pip install -e '.[dev]'")
    wheel = next(iter(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"])))
    names = zipfile.ZipFile(wheel).namelist()
    assert "segdsl_enrich/extract.py" in names and "segdsl_enrich/crawl.py" in names
    assert not [name for name in names if name.startswith("enrich/")]
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target),
                    wheel], check=True)
    code = "import segdsl_enrich.extract, segdsl_enrich.crawl, segdsl_enrich; print(segdsl_enrich.__file__)"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(target)


def test_no_module_imports_the_old_name() -> None:
    """Every import in the code, tests and benchmarks uses `segdsl_enrich`."""
    offenders = []
    for folder in ("segdsl", "enrich", "tests", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                        [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
                offenders += [f"{path}: {n}" for n in names if n == "enrich" or n.startswith("enrich.")]
    assert offenders == []


def test_the_evaluation_web_does_not_import_the_extractor() -> None:
    """The corpus says things the way sites do, not the way the extractor reads them."""
    for path in (ROOT / "benchmarks" / "enrich_corpus").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not [n for n in names if n.startswith(("segdsl_enrich", "segdsl"))], path
