import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { inventoryFile, renderInventories } from "../lib/cli/inventory";

const DIR = path.join(__dirname, "inventory");
const current = renderInventories(path.join(__dirname, "..", "stacks"));

describe("stack inventories (run `npm run inventory` and review the diff when a change is intended)", () => {
  for (const [stack, text] of Object.entries(current)) {
    test(`${stack}: what the stack creates matches test/inventory/${stack}.yaml`, () => {
      assert.ok(fs.existsSync(inventoryFile(stack, DIR)), `missing ${inventoryFile(stack, DIR)}`);
      const committed = parse(fs.readFileSync(inventoryFile(stack, DIR), "utf8"));
      const now = parse(text);
      assert.deepEqual(now.counts, committed.counts, "resource counts changed");
      const gone = Object.keys(committed.resources).filter((a) => !(a in now.resources));
      const added = Object.keys(now.resources).filter((a) => !(a in committed.resources));
      assert.deepEqual({ gone, added }, { gone: [], added: [] }, "resource addresses changed: a changed address destroys and recreates the resource");
      assert.deepEqual(now, committed);
    });
  }

  test("the default app has dev, preprod and prod with the expected resource counts", () => {
    assert.deepEqual(Object.keys(current), ["dev", "preprod", "prod"]);
    const counts = parse(current.prod).counts;
    assert.equal(counts.google_storage_bucket, 4);
    assert.equal(counts.google_bigquery_dataset, 3);
    assert.equal(counts.google_artifact_registry_repository, 2);
    assert.equal(counts.google_service_account, 4, "workbench, pipelines, serving, and the skew queries' account");
  });
});
