import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { buildExample } from "../examples/extend-environment";
import { loadEnvironmentDir } from "../lib/config/load";
import { resource, resources } from "./helpers";

test("examples/minimal is a valid environment folder", () => {
  const [env] = loadEnvironmentDir(path.join(__dirname, "..", "examples", "minimal"));
  assert.equal(env.config.name, "sandbox");
  assert.deepEqual(env.config.team, []);
});

test("examples/extend-environment adds a guarded bucket with grants by intent", () => {
  const { stack } = buildExample();
  const json = JSON.parse(JSON.stringify(stack.toTerraform()));
  const b = resource(json, "google_storage_bucket", "Environment/Labelling");
  assert.equal(b.name, "acme-ml-sandbox-labelling");
  assert.equal(b.public_access_prevention, "enforced");
  assert.equal(b.labels.component, "labelling");
  const grants = Object.entries(resources(json, "google_storage_bucket_iam_member"))
    .filter(([p]) => p.startsWith("Environment/Labelling/"))
    .map(([, g]) => `${g.member} ${g.role}`)
    .sort();
  assert.deepEqual(grants, [
    "group:labelling-vendor@example.com roles/storage.objectViewer",
    "serviceAccount:sandbox-pipelines@acme-ml-sandbox.iam.gserviceaccount.com roles/storage.objectUser",
  ]);
  const writers = Object.values(resources(json, "google_artifact_registry_repository_iam_member")).filter((g) => g.role === "roles/artifactregistry.writer");
  assert.deepEqual(writers.map((g) => g.member), ["group:ml-ci@example.com"]);
});
