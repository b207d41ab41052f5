"""An installed wheel works like a clone: build it, install it into a fresh virtualenv (its
dependencies come from this environment, so no network is needed), and run `segdsl demo` in an
empty folder: it writes the example project there and runs every step."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import polars as pl
import pytest

import segdsl

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding only the built wheel; a .pth file lends it this environment's
    dependencies (a .pth line adds a folder, not that folder's own .pth files, so the editable
    install of the clone stays out)."""
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            str(REPO), "-w", str(work / "dist")], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    wheel = next((work / "dist").glob("segdsl-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                              "--no-index", str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def _clean_env() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_the_installed_package_is_the_wheel(installed, tmp_path):
    code = "import segdsl, segdsl_enrich.fixture_server as f; print(segdsl.__file__); print(f.WEB_ROOT)"
    out = subprocess.run([str(installed / "bin" / "python"), "-c", code], capture_output=True, text=True,
                         cwd=tmp_path, env=_clean_env(), check=True).stdout.split()
    assert all(str(installed) in line for line in out), out
    version = subprocess.run([str(installed / "bin" / "segdsl"), "--version"], capture_output=True, text=True, env=_clean_env())
    assert version.returncode == 0 and version.stdout.startswith("segdsl ")


def test_demo_in_an_empty_folder_writes_and_runs_the_example_project(installed, tmp_path):
    result = subprocess.run([str(installed / "bin" / "segdsl"), "demo", "--customers", "400"], capture_output=True,
                            text=True, cwd=tmp_path, env=_clean_env(), timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    project = tmp_path / "examples"
    assert sorted(p.name for p in project.glob("*.seg")) == sorted(p.name for p in (REPO / "examples").glob("*.seg"))
    firmographics = pl.read_parquet(project / "data" / "firmographics.parquet")
    assert firmographics.height == 12 and firmographics["status"].to_list() == ["ok"] * 12
    customers = pl.read_parquet(project / "data" / "customers.parquet")
    assert customers.height == 400
    for definition in ("rfm", "lifecycle", "b2b", "models"):
        plan = segdsl.load(project / f"{definition}.seg").ir  # only customers who exist as of `as of`
        since = plan.customers.since
        existing = customers if since is None else customers.filter(pl.col(since).is_null() | (pl.col(since) <= plan.as_of))
        assert pl.read_parquet(project / "out" / f"{definition}.parquet").height == existing.height


def test_a_failed_enrichment_fails_the_demo(installed, tmp_path):
    """The fixture web without its site files: every domain fails, so must the demo."""
    site = Path(subprocess.run([str(installed / "bin" / "python"), "-c", "import segdsl_enrich, pathlib; print(pathlib.Path(segdsl_enrich.__file__).parent)"],
                               capture_output=True, text=True, check=True, cwd=tmp_path, env=_clean_env()).stdout.strip())
    assert str(installed) in str(site)  # never touch the clone
    web = site / "web"
    hidden = site / "web.hidden"
    web.rename(hidden)
    (web).mkdir()
    try:
        result = subprocess.run([str(installed / "bin" / "segdsl"), "demo", "--customers", "100"], capture_output=True,
                                text=True, cwd=tmp_path, env=_clean_env(), timeout=600)
    finally:
        web.rmdir()
        hidden.rename(web)
    assert result.returncode == 1 and "enrichment did not succeed for 12 of 12 domains" in result.stdout
