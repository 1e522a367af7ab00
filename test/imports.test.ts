import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

const ROOT = path.join(__dirname, "..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    // examples/consumer is an application that installs the packed package, not part of the library.
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist" && rel !== path.join("examples", "consumer")) out.push(...sources(rel));
    }
    else if (rel.endsWith(".ts")) out.push(rel);
  }
  return out;
}

const files = ["lib", "bin", "stacks", "examples", "test", "bench", "scripts"].filter((d) => fs.existsSync(path.join(ROOT, d))).flatMap(sources);

test("provider resources come from the bindings generated in provider/google, never from a prebuilt package", () => {
  for (const f of files) {
    const text = fs.readFileSync(path.join(ROOT, f), "utf8");
    assert.doesNotMatch(text, /from ["']@cdktf\/|require\(["']@cdktf\/|from ["']cdktf["']/, f);
  }
});

test("only lib/cdktn.ts imports the cdktn and constructs packages (one place to change engines)", () => {
  const offenders = files.filter((f) => f !== path.join("lib", "cdktn.ts") && /from ["'](cdktn|cdktf|constructs)["']/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
  assert.deepEqual(offenders, []);
});
