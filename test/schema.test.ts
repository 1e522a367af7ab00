import assert from "node:assert/strict";
import * as fs from "node:fs";
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
  for (const f of ["dev", "preprod", "prod"]) {
    const text = fs.readFileSync(`${__dirname}/../stacks/${f}.yaml`, "utf8");
    assert.match(text, /^# yaml-language-server: \$schema=\.\.\/schema\/environment\.schema\.json$/m);
  }
});
