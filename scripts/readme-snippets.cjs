#!/usr/bin/env node
/**
 * Writes every ```ts block of README.md to .build/readme/README-<n>.ts, so that `npm run typecheck`
 * (and so `npm test`) type-checks the README's code with the repository's sources: tsconfig.json
 * maps the package's name and entry points to lib/. test/readme.test.ts checks that the files hold
 * the README's current blocks.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const OUT = path.join(root, ".build", "readme");

/** The ```ts blocks of a Markdown text, in order. */
function tsBlocks(markdown) {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

/** The file name of the n-th block (from 1). */
function snippetFile(n) {
  return path.join(OUT, `README-${n}.ts`);
}

function write() {
  const blocks = tsBlocks(fs.readFileSync(path.join(root, "README.md"), "utf8"));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  blocks.forEach((code, i) => fs.writeFileSync(snippetFile(i + 1), code));
  return blocks.length;
}

module.exports = { OUT, snippetFile, tsBlocks, write };

if (require.main === module) write();
