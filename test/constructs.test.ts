import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MlopsDataset } from "../lib/bigquery/dataset";
import { TerraformStack, Testing } from "../lib/cdktn";
import { ValidationError } from "../lib/core/errors";
import { WorkloadServiceAccount } from "../lib/identity/service-account";
import { ProjectServices } from "../lib/project/services";
import { ArtifactRepository } from "../lib/registry/repository";
import { MlopsBucket } from "../lib/storage/bucket";

const place = { projectId: "acme-ml-test", region: "us-central1" };
const stack = () => new TerraformStack(Testing.app(), "t");

/** The messages of the ValidationError that `fn` throws. */
function messages(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ValidationError, String(e));
    return e.problems.map((p) => `${p.path}: ${p.message} (${JSON.stringify(p.value)})`);
  }
  assert.fail("expected a ValidationError");
}

describe("constructs used directly validate their props, reporting every problem", () => {
  test("MlopsBucket", () => {
    assert.deepEqual(
      messages(() => new MlopsBucket(stack(), "b", { ...place, bucketName: "My_Bucket", purpose: "x", softDeleteRetentionDays: 3, noncurrentVersionRetentionDays: 0, labels: { team: "A B" } })),
      [
        `b.labels.team: not a valid label value; allowed: 0-63 lowercase letters, digits, '_' or '-' ("A B")`,
        `b.bucketName: not a valid bucket name; allowed: 3-63 lowercase letters, digits, '-' or '_', starting and ending with a letter or digit, not starting with 'goog' and not containing 'google' (or look-alikes such as 'g00gle') ("My_Bucket")`,
        `b.noncurrentVersionRetentionDays: must be a whole number of days, at least 1 (0)`,
        `b.softDeleteRetentionDays: must be a whole number of days from 7 to 90 (3)`,
      ],
    );
    assert.match(messages(() => new MlopsBucket(stack(), "b", { ...place, bucketName: "acme-g00gle-data", purpose: "x" }))[0], /bucketName: not a valid bucket name/);
  });

  test("a guarded resource cannot also delete its contents", () => {
    assert.deepEqual(
      messages(() => new MlopsBucket(stack(), "b", { ...place, bucketName: "acme-data", purpose: "x", protection: { preventDestroy: true, allowDataTeardown: true } })),
      ["b.protection: allowDataTeardown cannot be combined with preventDestroy; a guarded resource never deletes its contents (undefined)"],
    );
  });

  test("constructs default to guarded: prevent_destroy on, contents kept", () => {
    const s = stack();
    const b = new MlopsBucket(s, "b", { ...place, bucketName: "acme-data", purpose: "x" });
    const json = JSON.parse(Testing.synth(s));
    const r = json.resource.google_storage_bucket[Object.keys(json.resource.google_storage_bucket)[0]];
    assert.deepEqual(r.lifecycle, { prevent_destroy: true });
    assert.equal(r.force_destroy, false);
    assert.equal(b.bucketUrl, "gs://acme-data");
  });

  test("MlopsDataset", () => {
    assert.deepEqual(
      messages(() => new MlopsDataset(stack(), "d", { ...place, datasetId: "1-raw", purpose: "raw", timeTravelHours: 100, tableExpirationDays: 0.5 })),
      [
        `d.datasetId: not a valid BigQuery dataset ID; allowed: 1-1024 letters, digits or underscores, starting with a letter ("1-raw")`,
        `d.tableExpirationDays: must be a whole number of days, at least 1 (0.5)`,
        `d.timeTravelHours: must be 48, 72, 96, 120, 144 or 168 (100)`,
      ],
    );
  });

  test("ArtifactRepository", () => {
    assert.deepEqual(
      messages(() => new ArtifactRepository(stack(), "r", { ...place, repositoryId: "Repo", format: "KFP", purpose: "p", immutableTags: true, keepRecentVersions: 0 })),
      [
        `r.repositoryId: not a valid Artifact Registry repository ID; allowed: 1-63 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit ("Repo")`,
        `r.keepRecentVersions: must be a whole number, at least 1 (0)`,
        `r.immutableTags: only DOCKER repositories have tags that can be made immutable (true)`,
      ],
    );
  });

  test("WorkloadServiceAccount: account id rule; grants are idempotent", () => {
    assert.match(messages(() => new WorkloadServiceAccount(stack(), "sa", { projectId: "acme-ml-test", accountId: "sa", grantKey: "x", displayName: "x" }))[0], /sa\.accountId: not a valid service account ID; allowed: 6-30/);
    const s = stack();
    const a = new WorkloadServiceAccount(s, "a", { projectId: "acme-ml-test", accountId: "acme-a", grantKey: "a", displayName: "a" });
    assert.equal(a.allowVertexAi(), a.allowVertexAi());
    assert.equal(a.email, "acme-a@acme-ml-test.iam.gserviceaccount.com");
  });

  test("ProjectServices.enable is idempotent and rejects non-service names", () => {
    const services = new ProjectServices(stack(), "s", { projectId: "acme-ml-test" });
    assert.equal(services.enable("storage.googleapis.com"), services.enable("storage.googleapis.com"));
    assert.deepEqual(services.apis, ["storage.googleapis.com"]);
    assert.throws(() => services.enable("storage"), /'storage' is not a service name; expected e\.g\. 'storage\.googleapis\.com'/);
  });
});
