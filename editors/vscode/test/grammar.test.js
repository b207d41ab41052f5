// Tokenises the repository's example definitions with VS Code's own TextMate engine
// (vscode-textmate + the Oniguruma regex library VS Code uses) and checks the scopes.
"use strict";

const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { test } = require("node:test");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const root = path.resolve(__dirname, "..");
const examples = path.resolve(root, "..", "..", "examples");

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => {
      const file = path.join(root, "syntaxes", "segdsl.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  return registry.loadGrammar("source.segdsl");
}

function tokenize(grammar, text) {
  const found = [];
  let state = vsctm.INITIAL;
  for (const line of text.split("\n")) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      found.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  }
  return found;
}

function scopesOf(tokens, text) {
  // every scope given to any token with this text: a word may be a label here, a string there
  const found = tokens.filter((t) => t.text === text);
  assert.ok(found.length, `no token ${JSON.stringify(text)}`);
  return found.map((t) => t.scopes.join(" ")).join(" | ");
}

test("every example tokenises, with keywords, names, strings, numbers and comments scoped", async () => {
  const grammar = await loadGrammar();
  const files = fs.readdirSync(examples).filter((f) => f.endsWith(".seg"));
  assert.ok(files.length >= 4);
  for (const file of files) {
    const text = fs.readFileSync(path.join(examples, file), "utf8");
    const tokens = tokenize(grammar, text);
    assert.strictEqual(tokens.map((t) => t.text).join(""), text.split("\n").join(""), file);
    for (const token of tokens) {
      if (token.text.trimStart().startsWith("#")) {
        assert.match(token.scopes.join(" "), /comment\.line/, `${file}: ${token.text}`);
      }
    }
  }
  const rfm = tokenize(grammar, fs.readFileSync(path.join(examples, "rfm.seg"), "utf8"));
  assert.match(scopesOf(rfm, "segmentation"), /keyword\.declaration/);
  assert.match(scopesOf(rfm, "rfm_group"), /entity\.name\.function/);
  assert.match(scopesOf(rfm, "when"), /keyword\.control/);
  assert.match(scopesOf(rfm, "and"), /keyword\.operator\.logical/);
  assert.match(scopesOf(rfm, "champions"), /string\.quoted\.double/);
  assert.match(scopesOf(rfm, "200"), /constant\.numeric/);
  const common = tokenize(grammar, fs.readFileSync(path.join(examples, "common.seg"), "utf8"));
  assert.match(scopesOf(common, "days_since"), /support\.function/);
  assert.match(scopesOf(common, "2026-11-01"), /constant\.numeric\.date/);
  assert.match(scopesOf(common, "days"), /keyword\.other\.unit/);
});
