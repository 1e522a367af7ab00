/**
 * Stable addresses: what `mlops-env addresses` records and checks (the address of every stateful
 * resource per stack), how a lost address is reported, and how a moved resource keeps its state.
 * The example environments' own manifests (test/addresses/<stack>.txt) are checked by
 * test/environments.test.ts.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { stringify, parse } from "yaml";
import { TerraformStack, Testing } from "../lib/cdktn";
import { MlopsBucket } from "../lib/storage/bucket";
import {
  checkManifests,
  compareAddresses,
  currentAddresses,
  formatManifest,
  lostAddressesMessage,
  manifestFile,
  movedBlocks,
  parseManifest,
  REGENERATE_COMMAND,
  STATEFUL_ADDRESS_TYPES,
  StackAddresses,
  statefulResources,
} from "../lib/cli/addresses";

/** The fixture environments (copies of the examples); the examples' own manifests are checked by test/environments.test.ts. */
const FIXTURES = path.join(__dirname, "fixtures", "stacks");
const now = currentAddresses(FIXTURES);

describe("stable addresses of stateful resources", () => {
  test("the manifests cover every stateful type the fixture stacks create, and nothing else", () => {
    const prod = now.find((s) => s.stack === "prod")!;
    const types = [...new Set(prod.resources.map((r) => r.type))].sort();
    assert.deepEqual(types, [
      "google_artifact_registry_repository",
      "google_bigquery_dataset",
      "google_bigquery_table",
      "google_kms_crypto_key",
      "google_kms_key_ring",
      "google_storage_bucket",
      "google_vertex_ai_endpoint",
      "google_vertex_ai_feature_group",
      "google_vertex_ai_feature_group_feature",
      "google_vertex_ai_feature_online_store",
      "google_vertex_ai_feature_online_store_featureview",
      "google_vertex_ai_tensorboard",
      "google_workbench_instance",
    ]);
    assert.ok(prod.resources.some((r) => r.address.startsWith("google_storage_bucket.Environment_DataLake_data_")));
    assert.ok(!prod.resources.some((r) => r.type.endsWith("_iam_member")), "IAM members are not stateful");
    assert.ok(prod.resources.every((r) => STATEFUL_ADDRESS_TYPES.includes(r.type)));
    // What the generator writes for the current stack round-trips through the parser.
    assert.deepEqual(parseManifest(formatManifest("prod", prod.resources.map((r) => r.address))), prod.resources.map((r) => r.address));
  });

  test("adding a model in front of the others keeps every recorded address (collections are keyed by name)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "addresses-"));
    try {
      const prod = parse(fs.readFileSync(path.join(FIXTURES, "prod.yaml"), "utf8"));
      prod.models.unshift({ name: "fraud", machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, minReplicas: 2, maxReplicas: 4 });
      prod.team.unshift({ email: "alan@example.com" });
      fs.writeFileSync(path.join(dir, "prod.yaml"), stringify(prod));
      const [changed] = currentAddresses(dir);
      const before = now.find((s) => s.stack === "prod")!.resources.map((r) => r.address);
      const changes = compareAddresses(before, changed);
      assert.deepEqual(changes.lost, [], lostAddressesMessage("prod", changes));
      assert.deepEqual(
        changes.added.map((r) => r.address.replace(/_[0-9A-F]{8}$/, "")),
        [
          "google_vertex_ai_endpoint.Environment_Serving_Models_fraud_Endpoint",
          "google_workbench_instance.Environment_Workbench_alanexamplecom",
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a manifest that is missing, unsorted or lists other types fails the check; so does one of no stack", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "addresses-"));
    try {
      const prod = now.find((s) => s.stack === "prod")!;
      const addresses = prod.resources.map((r) => r.address);
      assert.match(checkManifests([prod], dir).checks[0].failure!, /stack 'prod' has no address manifest/);
      fs.writeFileSync(manifestFile("prod", dir), formatManifest("prod", [...addresses].reverse()));
      assert.match(checkManifests([prod], dir).checks[0].failure!, /must list each address once, sorted/);
      fs.writeFileSync(manifestFile("prod", dir), formatManifest("prod", [...addresses, "google_storage_bucket_iam_member.x"].sort()));
      assert.match(checkManifests([prod], dir).checks[0].failure!, /lists addresses of types that are not stateful: google_storage_bucket_iam_member\.x/);
      fs.writeFileSync(manifestFile("prod", dir), formatManifest("prod", addresses));
      fs.writeFileSync(manifestFile("qa", dir), formatManifest("qa", []));
      assert.deepEqual(checkManifests([prod], dir), { checks: [{ stack: "prod", changes: { lost: [], moved: [], added: [] } }], stale: ["qa"] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("moving a stateful resource", () => {
  /** A stack with one guarded bucket `acme-ml-labelling` at construct id `id`; `move` runs on it before synthesis. */
  function bucketStack(id: string, move?: (b: MlopsBucket) => void): StackAddresses {
    const stack = new TerraformStack(Testing.app(), "t");
    new GoogleProvider(stack, "google", { project: "acme-ml-test", region: "us-central1" });
    const bucket = new MlopsBucket(stack, id, { projectId: "acme-ml-test", region: "us-central1", bucketName: "acme-ml-labelling", purpose: "labelling" });
    move?.(bucket);
    Testing.synth(stack, true);
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    return { stack: "t", resources: statefulResources(json), moved: movedBlocks(json) };
  }

  const before = bucketStack("Labelling");
  const recorded = before.resources.map((r) => r.address);
  const oldAddress = recorded[0];

  test("renaming the construct without a move loses the address, and the message says how to keep it", () => {
    assert.match(oldAddress, /^google_storage_bucket\.Labelling_[0-9A-F]{8}$/);
    const after = bucketStack("Annotations");
    const newAddress = after.resources[0].address;
    const changes = compareAddresses(recorded, after);
    assert.deepEqual(changes.lost, [oldAddress]);
    assert.deepEqual(changes.added.map((r) => r.address), [newAddress]);
    const message = lostAddressesMessage("t", changes);
    assert.match(message, /stack 't': 1 stateful resource would be destroyed by the next apply/);
    assert.ok(message.includes(`new in this change, same type: ${newAddress} (Annotations)`), message);
    assert.ok(message.includes(`.resource.moveFromId("${oldAddress}")`), message);
    assert.ok(message.includes(`.moveToId("${newAddress}")`), message);
    assert.ok(message.includes(".addMoveTarget(") && message.includes(".moveTo("), message);
    assert.ok(message.includes(`moved { from = ${oldAddress}  to = ${newAddress} }`), message);
    assert.ok(message.includes(`\`${REGENERATE_COMMAND}\``), message);
  });

  test("a removed resource with no successor is reported as removed, not renamed", () => {
    const changes = compareAddresses(recorded, { stack: "t", resources: [], moved: [] });
    assert.deepEqual(changes.lost, [oldAddress]);
    assert.match(lostAddressesMessage("t", changes), /no new resource of this type: it is removed, not renamed/);
  });

  test("moveFromId on the renamed resource writes a moved block, and the state is kept", () => {
    const after = bucketStack("Annotations", (b) => b.resource.moveFromId(oldAddress));
    const newAddress = after.resources[0].address;
    assert.deepEqual(after.moved, [{ from: oldAddress, to: newAddress }]);
    const changes = compareAddresses(recorded, after);
    assert.deepEqual(changes, { lost: [], moved: [{ from: oldAddress, to: newAddress }], added: [] });
  });

  test("a moved block whose target does not exist does not count as a move", () => {
    const changes = compareAddresses(recorded, { stack: "t", resources: [], moved: [{ from: oldAddress, to: "google_storage_bucket.Nowhere_00000000" }] });
    assert.deepEqual(changes.lost, [oldAddress]);
  });
});
