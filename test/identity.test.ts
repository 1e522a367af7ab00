import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { allResources, resources, synthEnvironment } from "./helpers";

const json = synthEnvironment({ tier: "prod" }).json;
const sa = (w: string) => `serviceAccount:test-${w}@acme-ml-test.iam.gserviceaccount.com`;

/** role@resource-path for every grant to `member`. */
function grantsOf(member: string): string[] {
  const out: string[] = [];
  for (const [type, path, r] of allResources(json)) {
    if (!type.endsWith("_iam_member") || r.member !== member) continue;
    out.push(`${r.role} on ${type === "google_project_iam_member" ? "project" : path.split("/").slice(0, -1).join("/")}`);
  }
  return out.sort();
}

describe("workload service accounts", () => {
  test("one account per workload, named <env>-<workload>", () => {
    const accounts = resources(json, "google_service_account");
    assert.deepEqual(
      Object.values(accounts).map((a) => a.account_id).sort(),
      ["test-pipelines", "test-serving", "test-workbench"],
    );
  });

  test("no service account keys, no default compute account", () => {
    assert.equal(json.resource.google_service_account_key, undefined);
    for (const [, , r] of allResources(json)) {
      assert.doesNotMatch(JSON.stringify(r), /-compute@developer\.gserviceaccount\.com/);
    }
  });

  test("no primitive roles and no public members anywhere", () => {
    for (const [type, path, r] of allResources(json)) {
      if (!type.endsWith("_iam_member")) continue;
      assert.ok(!["roles/owner", "roles/editor", "roles/viewer"].includes(r.role), `${type} ${path}: ${r.role}`);
      assert.ok(!["allUsers", "allAuthenticatedUsers"].includes(r.member), `${type} ${path}: ${r.member}`);
    }
  });

  test("workbench: explore data, write artifacts, submit pipelines as the pipelines account", () => {
    assert.deepEqual(grantsOf(sa("workbench")), [
      "roles/aiplatform.user on project",
      "roles/artifactregistry.reader on Environment/Registry/containers",
      "roles/artifactregistry.reader on Environment/Registry/pipelines",
      "roles/bigquery.dataViewer on Environment/Warehouse/features",
      "roles/bigquery.dataViewer on Environment/Warehouse/raw",
      "roles/bigquery.jobUser on project",
      "roles/iam.serviceAccountUser on Environment/Identity/pipelines",
      "roles/logging.logWriter on project",
      "roles/monitoring.metricWriter on project",
      "roles/storage.objectUser on Environment/DataLake/artifacts",
      "roles/storage.objectUser on Environment/DataLake/checkpoints",
      "roles/storage.objectUser on Environment/DataLake/pipeline-root",
      "roles/storage.objectViewer on Environment/DataLake/data",
    ]);
  });

  test("pipelines: run jobs as itself, build features, deploy with the serving identity", () => {
    assert.deepEqual(grantsOf(sa("pipelines")), [
      "roles/aiplatform.user on project",
      "roles/artifactregistry.reader on Environment/Registry/containers",
      "roles/artifactregistry.reader on Environment/Registry/pipelines",
      "roles/bigquery.dataEditor on Environment/Warehouse/features",
      "roles/bigquery.dataViewer on Environment/Warehouse/monitoring",
      "roles/bigquery.dataViewer on Environment/Warehouse/raw",
      "roles/bigquery.jobUser on project",
      "roles/iam.serviceAccountUser on Environment/Identity/pipelines",
      "roles/iam.serviceAccountUser on Environment/Identity/serving",
      "roles/logging.logWriter on project",
      "roles/monitoring.metricWriter on project",
      "roles/storage.objectUser on Environment/DataLake/artifacts",
      "roles/storage.objectUser on Environment/DataLake/checkpoints",
      "roles/storage.objectUser on Environment/DataLake/pipeline-root",
      "roles/storage.objectViewer on Environment/DataLake/data",
    ]);
  });

  test("serving: read artifacts and images, write telemetry, nothing else", () => {
    assert.deepEqual(grantsOf(sa("serving")), [
      "roles/artifactregistry.reader on Environment/Registry/containers",
      "roles/logging.logWriter on project",
      "roles/monitoring.metricWriter on project",
      "roles/storage.objectViewer on Environment/DataLake/artifacts",
    ]);
  });

  test("iam.serviceAccountUser is never granted on the project", () => {
    for (const r of Object.values(resources(json, "google_project_iam_member"))) {
      assert.notEqual(r.role, "roles/iam.serviceAccountUser");
    }
  });
});
