"""A real LSP client (pytest-lsp) talking to `python -m segdsl lsp` over stdio."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the examples (definitions and schema file, no data): edits never touch the repo."""
    folder = tmp_path_factory.mktemp("project")
    for path in EXAMPLES.glob("*.seg"):
        shutil.copy(path, folder / path.name)
    shutil.copy(EXAMPLES / "segdsl.schema.json", folder / "segdsl.schema.json")
    return folder


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "segdsl", "lsp"]),
)
async def client(lsp_client: LanguageClient, project: Path):
    params = types.InitializeParams(
        capabilities=types.ClientCapabilities(),
        root_uri=project.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=project.as_uri(), name="project")],
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()
