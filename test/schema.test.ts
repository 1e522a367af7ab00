import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { renderSchema, SCHEMA_FILE } from "../scripts/gen-schema";

test("the committed JSON Schema matches the zod schema (run `npm run schema` after changing it)", () => {
  assert.equal(fs.readFileSync(SCHEMA_FILE, "utf8"), renderSchema());
});

test("the JSON Schema rejects unknown keys and offers the regions and tiers", () => {
  const schema = JSON.parse(renderSchema());
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, ["name", "projectId", "region", "tier"]);
  assert.ok(schema.properties.region.enum.includes("us-central1"));
  assert.deepEqual(schema.properties.tier.enum, ["dev", "preprod", "prod"]);
});

test("every environment file points editors at the schema", () => {
  const root = path.join(__dirname, "..");
  const dirs = ["stacks", path.join("examples", "minimal"), path.join("examples", "consumer", "environments"), path.join("test", "fixtures", "stacks")];
  const files = dirs.flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(d, f)));
  assert.ok(files.length >= 8, files.join(", "));
  for (const f of files) {
    const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(fs.readFileSync(path.join(root, f), "utf8"));
    assert.ok(m, `${f} has no yaml-language-server schema comment`);
    // The consumer's points into its installed package, which ships the schema at the same path.
    const target = path.resolve(path.dirname(path.join(root, f)), m[1]).replace(path.join(root, "examples", "consumer", "node_modules", "gcp-mlops-constructs"), root);
    assert.equal(target, SCHEMA_FILE, f);
  }
});
