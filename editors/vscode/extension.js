// The VS Code client: starts `python -m segdsl lsp` from the configured interpreter and lets
// the language server do everything else (the server is the same for every editor).
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

async function interpreter() {
  const configured = vscode.workspace.getConfiguration("segdsl").get("interpreter");
  if (configured) {
    return configured;
  }
  const python = vscode.extensions.getExtension("ms-python.python");
  if (python) {
    try {
      const api = python.isActive ? python.exports : await python.activate();
      const details = api.settings.getExecutionDetails(vscode.workspace.workspaceFolders?.[0]?.uri);
      if (details?.execCommand?.length) {
        return details.execCommand[0];
      }
    } catch (error) {
      // fall back to python3 below
    }
  }
  return "python3";
}

async function start() {
  const extraArgs = vscode.workspace.getConfiguration("segdsl").get("serverArgs") || [];
  const serverOptions = {
    command: await interpreter(),
    args: ["-m", "segdsl", "lsp", ...extraArgs],
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "segdsl" }, { scheme: "untitled", language: "segdsl" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{seg,parquet,csv,ndjson,json}") },
  };
  client = new LanguageClient("segdsl", "segdsl language server", serverOptions, clientOptions);
  await client.start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("segdsl.restartServer", async () => {
      if (client) {
        await client.stop();
      }
      await start();
    }),
  );
  await start();
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
