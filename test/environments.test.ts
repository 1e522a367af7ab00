/**
 * The example environments (whatever stacks/*.yaml holds) and their records: every stack has its
 * inventory (test/inventory/<stack>.yaml) and its address manifest (test/addresses/<stack>.txt),
 * both match what the stack synthesizes now, and no record belongs to a stack that is gone. Other
 * tests use test/fixtures/stacks, so the examples can change: adding an environment by the
 * README's steps ("Adding an environment") keeps `npm test` green, as the last test shows.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { parseDocument } from "yaml";
import { buildApp } from "../lib/app";
import { main } from "../lib/cli";
import { checkManifests, movedBlocks, StackAddresses, statefulResources } from "../lib/cli/addresses";
import { checkInventories, renderInventory } from "../lib/cli/inventory";

const ROOT = path.join(__dirname, "..");

/** Every problem of a config folder's records: missing, stale, or not matching the stacks (one synthesis). */
function recordProblems(configDir: string, inventoryDir: string, addressesDir: string): string[] {
  const { stacks } = buildApp({ configDir });
  const addresses: StackAddresses[] = [];
  const inventories: Record<string, string> = {};
  for (const stack of stacks) {
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    addresses.push({ stack: stack.node.id, resources: statefulResources(json), moved: movedBlocks(json) });
    inventories[stack.node.id] = renderInventory(stack.node.id, json);
  }
  const problems: string[] = [];
  const manifests = checkManifests(addresses, addressesDir, "npm run addresses");
  for (const c of manifests.checks) if (c.failure) problems.push(c.failure);
  for (const s of manifests.stale) problems.push(`${path.join(addressesDir, `${s}.txt`)} belongs to no stack (run \`npm run addresses\`)`);
  const inv = checkInventories(inventories, inventoryDir);
  for (const [s, d] of Object.entries(inv.differences)) problems.push(`stack '${s}' differs from its inventory (run \`npm run inventory\` and review the diff):\n  - ${d.join("\n  - ")}`);
  for (const s of inv.missing) problems.push(`stack '${s}' has no inventory (run \`npm run inventory\`)`);
  for (const s of inv.stale) problems.push(`${path.join(inventoryDir, `${s}.yaml`)} belongs to no stack (run \`npm run inventory\`)`);
  return problems;
}

describe("the example environments in stacks/", () => {
  test("each stack's inventory and address manifest match; no record of a stack that is gone", () => {
    const problems = recordProblems(path.join(ROOT, "stacks"), path.join(__dirname, "inventory"), path.join(__dirname, "addresses"));
    assert.deepEqual(problems, [], problems.join("\n"));
  });

  const temporary: string[] = [];
  after(() => temporary.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  test("adding environments by the README's steps (qa on the dev tier, staging on the preprod tier) keeps the checks green", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-add-env-"));
    temporary.push(tmp);
    const stacks = path.join(tmp, "stacks");
    const inventory = path.join(tmp, "inventory");
    const addresses = path.join(tmp, "addresses");
    fs.cpSync(path.join(ROOT, "stacks"), stacks, { recursive: true });
    fs.cpSync(path.join(__dirname, "inventory"), inventory, { recursive: true });
    fs.cpSync(path.join(__dirname, "addresses"), addresses, { recursive: true });

    // Names the folder does not use yet (the examples may already hold a qa or a staging environment).
    const taken = new Set(fs.readdirSync(stacks).map((f) => f.replace(/\.ya?ml$/, "")));
    const free = (base: string) => {
      let name = base;
      for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
      return name;
    };
    const [qa, staging] = [free("qa"), free("staging")];

    // 1. Copy stacks/dev.yaml to stacks/<name>.yaml; set name, projectId, tier and a distinct backend.prefix.
    for (const [name, tier] of [[qa, "dev"], [staging, "preprod"]]) {
      const doc = parseDocument(fs.readFileSync(path.join(stacks, "dev.yaml"), "utf8"));
      doc.set("name", name);
      doc.set("projectId", `acme-mlops-${name}`);
      doc.set("tier", tier);
      doc.setIn(["backend", "prefix"], `mlops/${name}`);
      fs.writeFileSync(path.join(stacks, `${name}.yaml`), doc.toString());
    }
    const before = recordProblems(stacks, inventory, addresses);
    assert.ok(before.some((p) => p.includes(`stack '${qa}' has no address manifest`)), before.join("\n"));
    assert.ok(before.includes(`stack '${staging}' has no inventory (run \`npm run inventory\`)`), before.join("\n"));

    // 2. npm run synth, and review the new stacks.
    // Nothing on stderr but the quota budget's notes on quotas whose default is unknown (not checked, shown on every synth).
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => /^warning: [^\n]*: quotas: not checked, Google's default unknown: [^\n]*\n$/.test(s) || assert.fail(s) }, env: {} };
    assert.equal(main(["synth", "--config-dir", stacks, "--out", path.join(tmp, "out")], io), 0);
    for (const name of [qa, staging]) assert.ok(fs.existsSync(path.join(tmp, "out", "stacks", name, "cdk.tf.json")));

    // 3. npm run inventory and npm run addresses, then npm test.
    assert.equal(main(["inventory", "--config-dir", stacks, "--dir", inventory], io), 0);
    assert.equal(main(["addresses", "--config-dir", stacks, "--dir", addresses], io), 0);
    assert.deepEqual(recordProblems(stacks, inventory, addresses), []);
    assert.deepEqual(fs.readdirSync(inventory).sort(), [...taken, qa, staging].map((s) => `${s}.yaml`).sort());
  });
});
