"""Dependencies by need: with scikit-learn, skops, Scrapy, Twisted, SciPy and pyarrow made
unimportable, the core commands work and the others stop with E901 (exit 2) naming the extra."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("sklearn", "skops", "scrapy", "twisted", "scipy", "pyarrow")
# Setting sys.modules[name] = None makes `import name` raise ImportError, as if not installed.
WRAPPER = ("import sys\n"
           f"for name in {HEAVY!r}:\n    sys.modules[name] = None\n"
           "sys.argv = ['segdsl'] + sys.argv[1:]\n"
           "from segdsl.cli import main\nmain()\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    from segdsl.datagen import generate

    folder = tmp_path_factory.mktemp("core") / "examples"
    shutil.copytree(REPO / "examples", folder, ignore=shutil.ignore_patterns("data", "models", "out"))
    generate(folder / "data", customers=300, seed=5)
    return folder


def core(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("args", [
    ("validate", "."), ("fmt", "--check", "."), ("test", "."), ("eval", "rfm.seg"), ("eval", "lifecycle.seg"),
    ("preview", "rfm.seg"), ("explain", "rfm.seg"), ("audit", "rfm.seg"), ("schema", "data/orders.parquet"),
])
def test_core_commands_work_without_the_extras(project, args):
    result = core(*args, cwd=project)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.parametrize("args, extra", [
    (("train", "models.seg"), "models"), (("eval", "models.seg"), "models"), (("explain", "models.seg"), "models"),
    (("preview", "models.seg"), "models"), (("enrich", "data/customers.parquet", "--out", "f.parquet"), "enrich"),
    (("demo", "elsewhere"), "all"),
])
def test_commands_needing_an_extra_say_which(project, args, extra):
    result = core(*args, cwd=project)
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    assert "E901" in result.stderr and f'pip install "segdsl[{extra}]"' in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
