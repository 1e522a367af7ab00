import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { ProjectService } from "../provider/google/project-service";
import { StorageBucket } from "../provider/google/storage-bucket";
import { TerraformOutput, TerraformStack, Testing } from "../lib/cdktn";
import { ValidationError } from "../lib/core/errors";
import { assertProblem as assertThrows } from "./helpers";
import { Encryption, EncryptionProps, KEY_DOMAINS, KeyDomain } from "../lib/encryption/encryption";

const BASE: EncryptionProps = { projectId: "p-123456", region: "us-central1", keyRingName: "mlops-keys" };

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "t");
  new GoogleProvider(stack, "google", { project: "p-123456", region: "us-central1" });
  return stack;
}

function build(props: Partial<EncryptionProps> = {}) {
  const stack = setup();
  const enc = new Encryption(stack, "enc", { ...BASE, ...props });
  const json = JSON.parse(Testing.synth(stack, true));
  return { enc, json };
}

/** Entries of one resource type as [address, resource]. */
function all(json: any, type: string): [string, any][] {
  return Object.entries<any>(json.resource?.[type] ?? {}).map(([k, r]) => [`${type}.${k}`, r]);
}

/** Address of the crypto key named `name`. */
function keyAddress(json: any, name: string): string {
  const found = all(json, "google_kms_crypto_key").filter(([, r]) => r.name === name);
  assert.equal(found.length, 1, `expected one key named ${name}`);
  return found[0][0];
}

function assertProblem(props: Partial<EncryptionProps>, path: string, message: RegExp): void {
  assertThrows(() => build(props), path, message);
}

const PROJECT_NUMBER = (json: any) => `\${data.google_project.${Object.keys(json.data.google_project)[0]}.number}`;

describe("Encryption (all domains)", () => {
  const { json } = build({ labels: { env: "dev" } });
  const [[ringAddress, ring]] = all(json, "google_kms_key_ring");

  test("one protected key ring in the region", () => {
    assert.deepEqual(ring, { name: "mlops-keys", project: "p-123456", location: "us-central1", lifecycle: { prevent_destroy: true } });
  });

  test("the project number comes from data.google_project", () => {
    assert.deepEqual(Object.values(json.data.google_project), [{ project_id: "p-123456" }]);
  });

  test("one key per domain, rotated every 90 days, software symmetric, never destroyed", () => {
    const keys = all(json, "google_kms_crypto_key").map(([, r]) => r);
    assert.deepEqual(keys.map((k) => k.name).sort(), [...KEY_DOMAINS].sort());
    for (const k of keys) {
      assert.deepEqual(k, {
        name: k.name,
        key_ring: `\${${ringAddress}.id}`,
        purpose: "ENCRYPT_DECRYPT",
        rotation_period: "7776000s",
        version_template: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protection_level: "SOFTWARE" },
        labels: { env: "dev", component: "encryption" },
        lifecycle: { prevent_destroy: true },
        deletion_policy: "PREVENT",
      });
    }
  });

  test("each service agent is granted encrypt/decrypt on its own domain's key only", () => {
    const n = PROJECT_NUMBER(json);
    const expected: Record<KeyDomain, string[]> = {
      // Read through the data sources that also create these two agents when missing.
      storage: [`\${data.google_storage_project_service_account.${Object.keys(json.data.google_storage_project_service_account)[0]}.member}`],
      bigquery: [`\${data.google_bigquery_default_service_account.${Object.keys(json.data.google_bigquery_default_service_account)[0]}.member}`],
      "vertex-ai": [`serviceAccount:service-${n}@gcp-sa-aiplatform.iam.gserviceaccount.com`],
      "artifact-registry": [`serviceAccount:service-${n}@gcp-sa-artifactregistry.iam.gserviceaccount.com`],
      "workbench-disks": [
        `serviceAccount:service-${n}@compute-system.iam.gserviceaccount.com`,
        `serviceAccount:service-${n}@gcp-sa-notebooks.iam.gserviceaccount.com`,
      ],
      orchestration: [`serviceAccount:service-${n}@gcp-sa-pubsub.iam.gserviceaccount.com`, `serviceAccount:service-${n}@gcp-sa-workflows.iam.gserviceaccount.com`],
    };
    const members = all(json, "google_kms_crypto_key_iam_member").map(([, r]) => r);
    assert.equal(members.length, 8);
    for (const m of members) assert.equal(m.role, "roles/cloudkms.cryptoKeyEncrypterDecrypter");
    for (const domain of KEY_DOMAINS) {
      const onKey = members.filter((m) => m.crypto_key_id === `\${${keyAddress(json, domain)}.id}`).map((m) => m.member).sort();
      assert.deepEqual(onKey, expected[domain], domain);
    }
  });

  test("no grant on the key ring or the project", () => {
    for (const type of Object.keys(json.resource)) {
      assert.ok(!/^google_(kms_key_ring|project)_iam_/.test(type), `unexpected ${type}`);
    }
  });
});

describe("Encryption options", () => {
  test("rotationPeriodDays sets the rotation period in seconds", () => {
    for (const [days, period] of [[1, "86400s"], [30, "2592000s"], [90, "7776000s"]] as const) {
      const { json } = build({ rotationPeriodDays: days, domains: ["storage"] });
      assert.equal(all(json, "google_kms_crypto_key")[0][1].rotation_period, period);
    }
  });

  test("only the configured domains get keys and grants", () => {
    const { enc, json } = build({ domains: ["storage", "bigquery"] });
    assert.deepEqual(all(json, "google_kms_crypto_key").map(([, r]) => r.name).sort(), ["bigquery", "storage"]);
    assert.equal(all(json, "google_kms_crypto_key_iam_member").length, 2);
    assert.deepEqual(enc.domains, ["storage", "bigquery"]);
    assert.equal(enc.keyFor("vertex-ai"), undefined);
    assert.ok(enc.keyFor("storage"));
  });

  test("key() of a domain that is not configured throws a ValidationError naming the configured ones", () => {
    const { enc } = build({ domains: ["storage", "bigquery"] });
    assert.throws(
      () => enc.key("vertex-ai"),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(err.problems, [{ path: "enc.domains", message: "has no key for 'vertex-ai'; configured: storage, bigquery", value: "vertex-ai" }]);
        return true;
      },
    );
  });

  test("key() gives the key id and the grants a consumer depends on", () => {
    const stack = setup();
    const enc = new Encryption(stack, "enc", { ...BASE, domains: ["storage", "workbench-disks"] });
    const key = enc.key("storage");
    new StorageBucket(stack, "bucket", {
      name: "b-123",
      location: "US-CENTRAL1",
      encryption: { defaultKmsKeyName: key.keyId },
      dependsOn: key.grants,
    });
    new TerraformOutput(stack, "keyRingId", { value: enc.keyRingId });
    const json = JSON.parse(Testing.synth(stack, true));
    const storageKey = keyAddress(json, "storage");
    const bucket = all(json, "google_storage_bucket")[0][1];
    assert.equal(bucket.encryption.default_kms_key_name, `\${${storageKey}.id}`);
    const storageGrants = all(json, "google_kms_crypto_key_iam_member")
      .filter(([, r]) => r.crypto_key_id === `\${${storageKey}.id}`)
      .map(([a]) => a);
    assert.equal(storageGrants.length, 1);
    assert.deepEqual(bucket.depends_on, storageGrants);
    assert.equal(json.output.keyRingId.value, `\${${all(json, "google_kms_key_ring")[0][0]}.id}`);
    assert.equal(enc.key("workbench-disks").grants.length, 2);
    // Callers get a copy: changing it does not change the construct's list.
    enc.key("storage").grants.pop();
    assert.equal(enc.key("storage").grants.length, 1);
  });

  test("dependsOn is applied to the key ring and the grants", () => {
    const stack = setup();
    const api = new ProjectService(stack, "kms", { project: "p-123456", service: "cloudkms.googleapis.com" });
    new Encryption(stack, "enc", { ...BASE, domains: ["bigquery"], dependsOn: [api] });
    const json = JSON.parse(Testing.synth(stack, true));
    const apiAddress = all(json, "google_project_service")[0][0];
    assert.deepEqual(all(json, "google_kms_key_ring")[0][1].depends_on, [apiAddress]);
    assert.deepEqual(all(json, "google_kms_crypto_key_iam_member")[0][1].depends_on, [apiAddress]);
  });
});

describe("Encryption validation", () => {
  test("rotation period above the 90-day ceiling, below 1 day, or not whole", () => {
    for (const v of [91, 0, 1.5, -3]) {
      assertProblem({ rotationPeriodDays: v }, "enc.rotationPeriodDays", /^must be a whole number of days from 1 to 90$/);
    }
  });

  test("invalid key ring name", () => {
    for (const v of ["my ring", "a".repeat(64), "", "ring.v2"]) {
      assertProblem({ keyRingName: v }, "enc.keyRingName", /^not a valid Cloud KMS name; allowed: 1-63 letters, digits, '_' or '-'$/);
    }
    assert.doesNotThrow(() => build({ keyRingName: "Ring_1-" + "a".repeat(56) }));
  });

  test("unknown domain", () => {
    assertProblem(
      { domains: ["storage", "pubsub" as KeyDomain] },
      "enc.domains[1]",
      /^unknown key domain; allowed: storage, bigquery, vertex-ai, artifact-registry, workbench-disks, orchestration$/,
    );
  });

  test("duplicate domain", () => {
    assertProblem({ domains: ["storage", "bigquery", "storage"] }, "enc.domains[2]", /^duplicate of domains\[0\]; list each domain once$/);
  });

  test("empty domain list", () => {
    assertProblem({ domains: [] }, "enc.domains", /^must list at least one domain/);
  });

  test("invalid label value", () => {
    assertProblem({ labels: { env: "Dev" } }, "enc.labels.env", /^not a valid label value/);
  });

  test("all problems are reported together, each with the value given", () => {
    assert.throws(
      () => build({ keyRingName: "bad ring", rotationPeriodDays: 365, domains: ["storage", "storage", "gpu" as KeyDomain] }),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(err.problems.map((p) => [p.path, p.value]), [
          ["enc.keyRingName", "bad ring"],
          ["enc.rotationPeriodDays", 365],
          ["enc.domains[1]", "storage"],
          ["enc.domains[2]", "gpu"],
        ]);
        assert.match(err.message, /^4 problems in the encryption 'enc':/);
        return true;
      },
    );
  });
});
