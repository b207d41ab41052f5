"""CI integration as other repositories use it: the pre-commit hooks and the documented GitHub
Actions workflow, run on a copy of the examples."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_manifest

ROOT = Path(__file__).parent.parent
SEGDSL = str(Path(sys.executable).with_name("segdsl"))


@pytest.fixture
def repo(tmp_path) -> Path:
    """A copy of the examples (definitions, tests, fixtures, schema file; no data)."""
    folder = tmp_path / "segments"
    shutil.copytree(ROOT / "examples", folder, ignore=shutil.ignore_patterns("data", "models", "out"))
    return folder


def hooks() -> dict[str, dict]:
    return {hook["id"]: hook for hook in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}


def run_hook(hook: dict, files: list[Path]) -> subprocess.CompletedProcess:
    """As pre-commit runs a `language: python` hook: entry, args, then the matching files."""
    matching = [str(f) for f in files if re.search(hook["files"], f.name)]
    argv = shlex.split(hook["entry"]) + hook["args"] + matching
    argv[0] = SEGDSL if argv[0] == "segdsl" else argv[0]
    return subprocess.run(argv, capture_output=True, text=True)


def test_the_hook_manifest_is_valid_and_names_three_hooks():
    assert sorted(hooks()) == ["segdsl-fmt", "segdsl-test", "segdsl-validate"]
    assert all(hook["language"] == "python" for hook in hooks().values())


def test_hooks_pass_on_the_examples(repo):
    files = sorted(repo.iterdir())
    for hook in hooks().values():
        result = run_hook(hook, files)
        assert result.returncode == 0, (hook["id"], result.stdout, result.stderr)


def test_each_hook_fails_on_what_it_guards(repo):
    broken = repo / "rfm.seg"
    broken.write_text(broken.read_text().replace("monetary > 200", "monetary > "))
    result = run_hook(hooks()["segdsl-validate"], [broken])
    assert result.returncode == 1 and "error[E" in result.stderr

    messy = repo / "common.seg"
    messy.write_text(messy.read_text().replace("let r = quintile(recency) descending", "let   r=quintile( recency )descending"))
    result = run_hook(hooks()["segdsl-fmt"], [messy])
    assert result.returncode == 1 and "+let r" in result.stdout

    segtest = repo / "lifecycle.segtest"
    text = segtest.read_text()
    changed = re.sub(r'(members\.\w+ = \[)(\d+)', lambda m: f"{m.group(1)}{int(m.group(2)) + 1000}", text, count=1)
    assert changed != text
    segtest.write_text(changed)
    result = run_hook(hooks()["segdsl-test"], [segtest])
    assert result.returncode == 1


def _workflow() -> dict:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### GitHub Actions"):]
    block = section[section.index("```yaml") + len("```yaml"): section.index("```", section.index("```yaml") + 7)]
    return yaml.safe_load(block)


def test_the_documented_workflow_runs_on_the_examples(repo):
    steps = _workflow()["jobs"]["segments"]["steps"]
    commands = [step["run"] for step in steps if step.get("run", "").startswith("segdsl ")]
    assert len(commands) == 4
    for command in commands:
        argv = shlex.split(command.split(">")[0].replace("segments/", str(repo)))
        result = subprocess.run([SEGDSL, *argv[1:]], capture_output=True, text=True)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        if "--format sarif" in command:
            assert '"version": "2.1.0"' in result.stdout
