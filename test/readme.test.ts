/**
 * The README's TypeScript is compiled: `npm run typecheck` writes every ```ts block of README.md to
 * .build/readme/ (scripts/readme-snippets.cjs) and type-checks it with the rest of the repository.
 * This test makes sure that what was type-checked is what the README says now.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

const snippets: { OUT: string; snippetFile(n: number): string; tsBlocks(markdown: string): string[] } = require("../scripts/readme-snippets.cjs");

test("every ```ts block of README.md is type-checked by npm run typecheck, as it reads now", () => {
  const blocks = snippets.tsBlocks(fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8"));
  assert.ok(blocks.length >= 1, "the README has TypeScript to check");
  const stale = "run `npm run typecheck` (it writes the README's blocks to .build/readme/ and type-checks them)";
  blocks.forEach((code, i) => {
    const file = snippets.snippetFile(i + 1);
    assert.ok(fs.existsSync(file), `${path.relative(process.cwd(), file)} is missing: ${stale}`);
    assert.equal(fs.readFileSync(file, "utf8"), code, `${path.relative(process.cwd(), file)} differs from block ${i + 1} of README.md: ${stale}`);
  });
  assert.deepEqual(fs.readdirSync(snippets.OUT).sort(), blocks.map((_, i) => `README-${i + 1}.ts`).sort(), stale);
  const tsconfig = fs.readFileSync(path.join(__dirname, "..", "tsconfig.json"), "utf8");
  assert.ok(tsconfig.includes('".build/readme/*.ts"'), "tsconfig.json includes the extracted blocks");
  // TypeScript 7 type-checks with tsconfig.json's files and options; only the module resolution it no longer has is replaced.
  const typecheck = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "tsconfig.typecheck.json"), "utf8"));
  assert.deepEqual(typecheck, { extends: "./tsconfig.json", compilerOptions: { moduleResolution: "bundler" } });
  assert.match(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"), /"typecheck": "node scripts\/readme-snippets\.cjs && node node_modules\/typescript-native\/bin\/tsc -p tsconfig\.typecheck\.json( --incremental --tsBuildInfoFile \.build\/typecheck-native\.tsbuildinfo)?"/);
});
