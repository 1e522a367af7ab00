import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, test } from "node:test";
import { buildApp } from "../lib/app";
import { LABEL_ATTRIBUTE } from "../lib/policy/labelable-types";
import { addressOf, allResources, resource, resources, synthEnvironment } from "./helpers";

const dev = synthEnvironment({ tier: "dev" }).json;
const preprod = synthEnvironment({ tier: "preprod" }).json;
const prod = synthEnvironment({ tier: "prod" }).json;
const PURPOSES = ["data", "artifacts", "pipeline-root", "checkpoints"];

describe("Cloud Storage buckets", () => {
  test("one bucket per purpose, named <projectId>-<purpose>, in the environment's region", () => {
    const buckets = resources(prod, "google_storage_bucket");
    assert.deepEqual(Object.keys(buckets).sort(), PURPOSES.map((p) => `Environment/DataLake/${p}`).sort());
    for (const p of PURPOSES) {
      const b = buckets[`Environment/DataLake/${p}`];
      assert.equal(b.name, `acme-ml-test-${p}`);
      assert.equal(b.location, "EUROPE-WEST4");
      assert.equal(b.project, "acme-ml-test");
    }
  });

  test("private and versioned in every tier", () => {
    for (const json of [dev, preprod, prod]) {
      for (const b of Object.values(resources(json, "google_storage_bucket"))) {
        assert.equal(b.uniform_bucket_level_access, true);
        assert.equal(b.public_access_prevention, "enforced");
        assert.deepEqual(b.versioning, { enabled: true });
      }
    }
  });

  test("noncurrent versions and soft delete follow the tier", () => {
    const expected = { dev: [7, 7], preprod: [30, 14], prod: [90, 30] } as const;
    for (const [json, tier] of [[dev, "dev"], [preprod, "preprod"], [prod, "prod"]] as const) {
      const b = resource(json, "google_storage_bucket", "Environment/DataLake/data");
      const [noncurrentDays, softDeleteDays] = expected[tier];
      assert.deepEqual(b.lifecycle_rule[0], {
        action: { type: "Delete" },
        condition: { days_since_noncurrent_time: noncurrentDays, with_state: "ARCHIVED" },
      });
      assert.deepEqual(b.lifecycle_rule[1], { action: { type: "AbortIncompleteMultipartUpload" }, condition: { age: 7 } });
      assert.equal(b.soft_delete_policy.retention_duration_seconds, softDeleteDays * 86400);
    }
  });

  test("bucketPrefix overrides the name prefix", () => {
    const json = synthEnvironment({ naming: { bucketPrefix: "acme-eu-test" } }).json;
    assert.equal(resource(json, "google_storage_bucket", "Environment/DataLake/checkpoints").name, "acme-eu-test-checkpoints");
  });
});

describe("BigQuery datasets", () => {
  test("raw, features and monitoring datasets in the region with labels", () => {
    const ds = resources(prod, "google_bigquery_dataset");
    assert.deepEqual(Object.keys(ds).sort(), ["Environment/Warehouse/features", "Environment/Warehouse/monitoring", "Environment/Warehouse/raw"]);
    const raw = ds["Environment/Warehouse/raw"];
    assert.equal(raw.dataset_id, "test_raw");
    assert.equal(raw.location, "europe-west4");
    assert.equal(raw.labels.component, "raw");
    assert.equal(raw.access, undefined, "access is granted through IAM members, not legacy access blocks");
  });

  test("dev tables expire after 30 days; preprod and prod tables never expire", () => {
    assert.equal(resource(dev, "google_bigquery_dataset", "Environment/Warehouse/raw").default_table_expiration_ms, 30 * 86_400_000);
    for (const json of [preprod, prod]) {
      assert.equal(resource(json, "google_bigquery_dataset", "Environment/Warehouse/raw").default_table_expiration_ms, undefined);
    }
  });

  test("time travel: 2 days in dev, 7 days in prod", () => {
    assert.equal(resource(dev, "google_bigquery_dataset", "Environment/Warehouse/features").max_time_travel_hours, "48");
    assert.equal(resource(prod, "google_bigquery_dataset", "Environment/Warehouse/features").max_time_travel_hours, "168");
  });
});

describe("Artifact Registry", () => {
  test("a DOCKER repository with vulnerability scanning and a KFP repository", () => {
    const c = resource(prod, "google_artifact_registry_repository", "Environment/Registry/containers");
    assert.equal(c.format, "DOCKER");
    assert.equal(c.repository_id, "test-containers");
    assert.equal(c.location, "europe-west4");
    assert.deepEqual(c.vulnerability_scanning_config, { enablement_config: "INHERITED" });
    const k = resource(prod, "google_artifact_registry_repository", "Environment/Registry/pipelines");
    assert.equal(k.format, "KFP");
    assert.equal(k.vulnerability_scanning_config, undefined);
  });

  test("cleanup policies delete old untagged versions and keep recent ones, per tier", () => {
    const expected = [
      [dev, "604800s", 5, false],
      [prod, "2592000s", 20, true],
    ] as const;
    for (const [json, olderThan, keep, immutable] of expected) {
      const c = resource(json, "google_artifact_registry_repository", "Environment/Registry/containers");
      assert.equal(c.cleanup_policy_dry_run, false);
      assert.deepEqual(c.cleanup_policies, [
        { id: "delete-untagged", action: "DELETE", condition: { tag_state: "UNTAGGED", older_than: olderThan } },
        { id: "keep-recent", action: "KEEP", most_recent_versions: { keep_count: keep } },
      ]);
      assert.deepEqual(c.docker_config, { immutable_tags: immutable });
    }
  });
});

describe("deletion guards", () => {
  const STATEFUL = ["google_storage_bucket", "google_bigquery_dataset", "google_artifact_registry_repository"];

  test("prod: every stateful resource has prevent_destroy and never deletes its contents", () => {
    for (const type of STATEFUL) {
      const all = resources(prod, type);
      assert.ok(Object.keys(all).length > 0, type);
      for (const [path, r] of Object.entries(all)) {
        assert.deepEqual(r.lifecycle, { prevent_destroy: true }, `${type} ${path}`);
        assert.notEqual(r.force_destroy, true, `${type} ${path}`);
        assert.notEqual(r.delete_contents_on_destroy, true, `${type} ${path}`);
      }
    }
  });

  test("preprod: no prevent_destroy, but contents are never deleted with their resource", () => {
    for (const r of Object.values(resources(preprod, "google_storage_bucket"))) {
      assert.equal(r.lifecycle, undefined);
      assert.equal(r.force_destroy, false);
    }
    for (const r of Object.values(resources(preprod, "google_bigquery_dataset"))) assert.equal(r.delete_contents_on_destroy, false);
  });

  test("dev: teardown allowed", () => {
    for (const r of Object.values(resources(dev, "google_storage_bucket"))) {
      assert.equal(r.lifecycle, undefined);
      assert.equal(r.force_destroy, true);
    }
    for (const r of Object.values(resources(dev, "google_bigquery_dataset"))) assert.equal(r.delete_contents_on_destroy, true);
  });
});

describe("project services", () => {
  test("APIs are enabled, stay enabled on destroy, and resources depend on them", () => {
    // dev uses Google-managed keys, so the API is the only dependency (with CMEK, the key grants are too).
    const services = resources(dev, "google_project_service");
    const apis = Object.values(services).map((s) => s.service).sort();
    for (const api of ["aiplatform.googleapis.com", "artifactregistry.googleapis.com", "bigquery.googleapis.com", "containerscanning.googleapis.com", "iam.googleapis.com", "storage.googleapis.com"]) {
      assert.ok(apis.includes(api), api);
    }
    for (const s of Object.values(services)) assert.equal(s.disable_on_destroy, false);
    const storageApi = Object.values(services).find((s) => s.service === "storage.googleapis.com")!;
    const bucket = resource(dev, "google_storage_bucket", "Environment/DataLake/data");
    assert.deepEqual(bucket.depends_on, [addressOf("google_project_service", storageApi)]);
    const bqApi = Object.values(services).find((s) => s.service === "bigquery.googleapis.com")!;
    assert.deepEqual(resource(dev, "google_bigquery_dataset", "Environment/Warehouse/raw").depends_on, [addressOf("google_project_service", bqApi)]);
  });
});

describe("service accounts wait for the IAM API", () => {
  test("every account of every default stack and of the everything-enabled fixture depends on iam.googleapis.com", () => {
    // test/fixtures holds one environment file: everything-prod.yaml.
    const dirs = [path.join(__dirname, "..", "stacks"), path.join(__dirname, "fixtures")];
    let accounts = 0;
    for (const configDir of dirs) {
      for (const stack of buildApp({ configDir }).stacks) {
        const json = JSON.parse(JSON.stringify(stack.toTerraform()));
        const iam = Object.values<any>(json.resource.google_project_service).find((s) => s.service === "iam.googleapis.com");
        assert.ok(iam, `${stack.node.id}: the IAM API is enabled`);
        for (const [p, account] of Object.entries(resources(json, "google_service_account"))) {
          accounts++;
          assert.ok((account.depends_on ?? []).includes(addressOf("google_project_service", iam)), `${stack.node.id} ${p} waits for the IAM API`);
        }
      }
    }
    assert.ok(accounts >= 15, `only ${accounts} accounts checked`);
  });
});

describe("labels", () => {
  test("every labelable resource carries environment, tier, component, managed-by and the user's labels", () => {
    // Which types take labels, and in which attribute, comes from the provider's schema (lib/policy/labelable-types.ts).
    const json = synthEnvironment({ tier: "prod", labels: { "cost-center": "ml" } }).json;
    const checked = new Set<string>();
    for (const [type, path, r] of allResources(json)) {
      const attribute = LABEL_ATTRIBUTE[type];
      if (!attribute) continue;
      checked.add(type);
      const labels = r[attribute];
      assert.equal(labels?.environment, "test", `${type} ${path}`);
      assert.equal(labels?.tier, "prod", `${type} ${path}`);
      assert.equal(labels?.["managed-by"], "gcp-mlops-constructs", `${type} ${path}`);
      assert.equal(labels?.["cost-center"], "ml", `${type} ${path}`);
      assert.match(labels?.component ?? "", /^[a-z][a-z0-9-]*$/, `${type} ${path}`);
    }
    for (const type of ["google_storage_bucket", "google_bigquery_dataset", "google_artifact_registry_repository", "google_kms_crypto_key", "google_compute_global_address", "google_workbench_instance", "google_vertex_ai_endpoint", "google_monitoring_alert_policy"]) {
      assert.ok(checked.has(type), `${type} was checked`);
    }
  });
});

describe("backend and provider", () => {
  test("GCS backend with a prefix per environment", () => {
    assert.deepEqual(prod.terraform.backend, { gcs: { bucket: "acme-ml-test-tfstate", prefix: "mlops/test" } });
    const custom = synthEnvironment({ backend: { bucket: "acme-state", prefix: "envs/test" } }).json;
    assert.deepEqual(custom.terraform.backend, { gcs: { bucket: "acme-state", prefix: "envs/test" } });
  });

  test("the google provider targets the environment's project and region", () => {
    assert.deepEqual(prod.provider.google, [{ project: "acme-ml-test", region: "europe-west4" }]);
  });

  test("outputs have readable names", () => {
    const names = Object.keys(prod.output);
    for (const name of [
      "bucket_artifacts",
      "bucket_checkpoints",
      "bucket_data",
      "bucket_pipeline_root",
      "dataset_features",
      "dataset_monitoring",
      "dataset_raw",
      "key_ring",
      "network",
      "registry_containers",
      "registry_pipelines",
      "service_account_pipelines",
      "service_account_serving",
      "service_account_workbench",
      "subnetwork",
      "workbench_test_wb_ada",
    ]) {
      assert.ok(names.includes(name), name);
    }
    for (const name of names) assert.match(name, /^[a-z][a-z0-9_]*$/, "no hashed or mixed-case output names");
    assert.equal(prod.output.bucket_data.value, "gs://acme-ml-test-data");
    assert.equal(prod.output.registry_containers.value, "europe-west4-docker.pkg.dev/acme-ml-test/test-containers");
    assert.equal(prod.output.dataset_raw.value, "acme-ml-test.test_raw");
  });
});
