import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

const ROOT = path.join(__dirname, "..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (rel.endsWith(".ts")) out.push(rel);
  }
  return out;
}

const files = ["lib", "stacks", "examples", "test", "bench", "scripts"].flatMap(sources);

test("provider resources are imported by deep path, never through the provider's barrel", () => {
  for (const f of files) {
    const text = fs.readFileSync(path.join(ROOT, f), "utf8");
    assert.doesNotMatch(text, /from ["']@cdktf\/provider-google["']|require\(["']@cdktf\/provider-google["']\)/, f);
  }
});

test("only lib/cdktf.ts imports the cdktf and constructs packages (one place to change engines)", () => {
  const offenders = files.filter((f) => f !== path.join("lib", "cdktf.ts") && /from ["'](cdktf|constructs)["']/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
  assert.deepEqual(offenders, []);
});
