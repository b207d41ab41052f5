"""The VS Code extension: its manifest, its TextMate grammar (tokenised by VS Code's own engine
on the examples) and the packaged .vsix. `make vscode` (run by `.ci/run` and `make test`)
installs the npm packages and builds the package."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

from tests.services import require

EXTENSION = Path(__file__).resolve().parents[2] / "editors" / "vscode"


def test_manifest_declares_the_language_grammar_and_client():
    manifest = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))
    [language] = manifest["contributes"]["languages"]
    assert language["extensions"] == [".seg"]
    [grammar] = manifest["contributes"]["grammars"]
    assert grammar["language"] == language["id"]
    tm = json.loads((EXTENSION / grammar["path"]).read_text(encoding="utf-8"))
    assert tm["scopeName"] == grammar["scopeName"]
    configuration = json.loads((EXTENSION / language["configuration"]).read_text(encoding="utf-8"))
    assert configuration["comments"]["lineComment"] == "#"
    client = (EXTENSION / manifest["main"]).read_text(encoding="utf-8")
    assert '["-m", "segdsl", "lsp"' in client
    assert "segdsl.interpreter" in json.dumps(manifest["contributes"]["configuration"])


def _require_built() -> None:
    require(shutil.which("node") is not None, "Node.js", "apt-get install nodejs npm")
    require((EXTENSION / "node_modules" / "vscode-textmate").is_dir(), "the extension's npm packages", "make vscode")


def test_grammar_tokenises_the_examples_with_vscode_textmate():
    _require_built()
    run = subprocess.run(["node", "--test", "test/"], cwd=EXTENSION, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# pass 1" in run.stdout and "# fail 0" in run.stdout


def test_vsix_package_contains_the_extension_and_its_client_library():
    _require_built()
    vsix = EXTENSION / "segdsl.vsix"
    require(vsix.is_file(), "the built extension package", "make vscode")
    manifest = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))
    with zipfile.ZipFile(vsix) as package:
        names = set(package.namelist())
        packaged = json.loads(package.read("extension/package.json"))
    assert {"extension/extension.js", "extension/syntaxes/segdsl.tmLanguage.json",
            "extension/language-configuration.json", "extension/node_modules/vscode-languageclient/package.json",
            "extension.vsixmanifest"} <= names
    assert (packaged["name"], packaged["version"]) == (manifest["name"], manifest["version"])
    assert not any(name.startswith(("extension/node_modules/vscode-textmate/", "extension/test/")) for name in names)
