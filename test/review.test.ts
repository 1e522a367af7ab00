import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { DEFAULT_RATES, estimateCost, machineRate, mergeRates, RateTable, workbenchHours } from "../lib/review/cost";
import { capacityDocument, renderCapacityDocument } from "../lib/serving/capacity";
import { renderDiagram } from "../lib/review/diagram";
import { diffStacks } from "../lib/review/diff";
import { capabilityOf, emptyStack, readStack } from "../lib/review/model";
import { readPolicyReport } from "../lib/review/policy";
import { cellPair, combineReviews, REVIEW_MARKER, reviewStack, reviewStacks } from "../lib/review/report";
import { isForceNew, STATEFUL_TYPES } from "../lib/review/stateful";
import { ValidationError } from "../lib/core/errors";
import { main } from "../lib/cli";
import { parseReviewArgs as parseArgs } from "../lib/cli/review";
import { synthEnvironment } from "./helpers";

// ---------------------------------------------------------------------------------------------
// Two small, handcrafted synthesized stacks (the shape cdktf writes to cdk.tf.json).
// ---------------------------------------------------------------------------------------------

const meta = (p: string, id: string) => ({ "//": { metadata: { path: `prod/${p}`, uniqueId: id } } });
const SA = "prod-serving@acme-ml.iam.gserviceaccount.com";

function baseJson(): any {
  return {
    "//": { metadata: { stackName: "prod", backend: "gcs" } },
    provider: { google: [{ project: "acme-ml", region: "us-central1" }] },
    resource: {
      google_storage_bucket: {
        Lake_data: { ...meta("Environment/DataLake/data/Resource", "Lake_data"), name: "acme-ml-data", location: "US-CENTRAL1", labels: { component: "data" }, lifecycle: { prevent_destroy: true } },
        Lake_logs: { ...meta("Environment/DataLake/logs/Resource", "Lake_logs"), name: "acme-ml-logs", location: "US-CENTRAL1", labels: { component: "logs" }, lifecycle: { prevent_destroy: true } },
      },
      google_bigquery_dataset: {
        Warehouse_raw: { ...meta("Environment/Warehouse/raw/Resource", "Warehouse_raw"), dataset_id: "prod_raw", location: "us-central1" },
      },
      google_artifact_registry_repository: {
        Registry_containers_OLD: { ...meta("Environment/Registry/containers/Resource", "Registry_containers_OLD"), repository_id: "prod-containers", format: "DOCKER", location: "us-central1" },
      },
      google_compute_network: {
        Network: { ...meta("Environment/Network/Network", "Network"), name: "prod-vpc", auto_create_subnetworks: false },
      },
      google_service_account: {
        Identity_serving: { ...meta("Environment/Identity/serving/Resource", "Identity_serving"), account_id: "prod-serving", project: "acme-ml" },
      },
      google_kms_crypto_key: {
        Keys_old: { ...meta("Environment/Encryption/storage-key", "Keys_old"), name: "storage", key_ring: "${google_kms_key_ring.Ring_A.id}", rotation_period: "7776000s" },
      },
    },
  };
}

function headJson(): any {
  const j = baseJson();
  const r = j.resource;
  // Changed in place: a label. Replaced: the location (ForceNew). Unprotected: prevent_destroy lifted.
  r.google_storage_bucket.Lake_data.labels = { component: "raw-data" };
  r.google_storage_bucket.Lake_logs.location = "EUROPE-WEST4";
  delete r.google_storage_bucket.Lake_data.lifecycle;
  // Destroyed: the dataset is gone.
  delete r.google_bigquery_dataset;
  // Address changed: the same repository under a new construct id, without a moved block.
  r.google_artifact_registry_repository = {
    Registry_images_NEW: { ...meta("Environment/Registry/images/Resource", "Registry_images_NEW"), repository_id: "prod-containers", format: "DOCKER", location: "us-central1" },
  };
  // Moved with a moved block: no warning.
  r.google_kms_crypto_key = {
    Keys_new: { ...meta("Environment/Encryption/storage", "Keys_new"), name: "storage", key_ring: "${google_kms_key_ring.Ring_A.id}", rotation_period: "7776000s" },
  };
  j.moved = [{ from: "google_kms_crypto_key.Keys_old", to: "google_kms_crypto_key.Keys_new" }];
  // Added: a serving fleet, an endpoint on the network, a Workbench instance and a grant.
  r.google_vertex_ai_deployment_resource_pool = {
    Serving_churn: {
      ...meta("Environment/Serving/churn/Pool", "Serving_churn"),
      name: "prod-churn",
      region: "us-central1",
      dedicated_resources: { machine_spec: { machine_type: "g2-standard-8", accelerator_type: "NVIDIA_L4", accelerator_count: 1 }, min_replica_count: 2, max_replica_count: 6 },
    },
  };
  r.google_vertex_ai_endpoint = {
    Serving_churn_ep: { ...meta("Environment/Serving/churn/Endpoint", "Serving_churn_ep"), name: "prod-churn", display_name: "churn", location: "us-central1", network: "${google_compute_network.Network.id}" },
  };
  r.google_workbench_instance = {
    Workbench_ada: {
      ...meta("Environment/Workbench/ada@example.com", "Workbench_ada"),
      name: "prod-wb-ada",
      location: "us-central1-b",
      gce_setup: {
        machine_type: "n1-standard-8",
        accelerator_configs: [{ type: "NVIDIA_TESLA_T4", core_count: "1" }],
        metadata: { "idle-timeout-seconds": "3600" },
        service_accounts: [{ email: SA }],
        network_interfaces: [{ network: "${google_compute_network.Network.id}" }],
      },
    },
  };
  r.google_storage_bucket_iam_member = {
    Lake_data_serving: { ...meta("Environment/DataLake/data/serving-storage-objectViewer", "Lake_data_serving"), bucket: "${google_storage_bucket.Lake_data.name}", role: "roles/storage.objectViewer", member: `serviceAccount:${SA}` },
  };
  return j;
}

const base = readStack(baseJson());
const head = readStack(headJson());

/** A rate table with round numbers, so the expected figures are easy to check by hand. */
const ROUND_RATES: RateTable = mergeRates(DEFAULT_RATES, {
  machines: { "g2-standard-8": 1, "n1-standard-8": 0.5 },
  accelerators: { NVIDIA_L4: 2, NVIDIA_TESLA_T4: 0.25 },
  servingPremium: 1,
  hoursPerMonth: 730,
  workbench: { workingDaysPerMonth: 20, activeHoursPerDay: 8 },
});

describe("reading a synthesized stack", () => {
  test("resources by address, with their construct path below the stack and their capability", () => {
    const bucket = head.resources.get("google_storage_bucket.Lake_data");
    assert.ok(bucket);
    assert.equal(bucket.path, "Environment/DataLake/data");
    assert.equal(bucket.capability, "DataLake");
    assert.equal(bucket.attributes.name, "acme-ml-data");
    assert.equal("//" in bucket.attributes, false);
    assert.equal(head.name, "prod");
    assert.equal(head.region, "us-central1");
    assert.deepEqual(head.moved, [{ from: "google_kms_crypto_key.Keys_old", to: "google_kms_crypto_key.Keys_new" }]);
  });

  test("the capability is the construct below Environment/", () => {
    assert.equal(capabilityOf("Environment/Serving/churn/Pool"), "Serving");
    assert.equal(capabilityOf("Delivery/Deployer"), "Delivery");
    assert.equal(capabilityOf("Network"), "(stack)");
  });

  test("a document that is not Terraform JSON is refused", () => {
    assert.throws(() => readStack([]), /not a synthesized Terraform JSON document/);
  });
});

describe("diff", () => {
  const diff = diffStacks(base, head);

  test("added, removed and changed resources by address", () => {
    assert.deepEqual(diff.added.map((r) => r.address), [
      "google_artifact_registry_repository.Registry_images_NEW",
      "google_storage_bucket_iam_member.Lake_data_serving",
      "google_vertex_ai_deployment_resource_pool.Serving_churn",
      "google_vertex_ai_endpoint.Serving_churn_ep",
      "google_workbench_instance.Workbench_ada",
    ]);
    assert.deepEqual(diff.removed.map((r) => r.address), ["google_artifact_registry_repository.Registry_containers_OLD", "google_bigquery_dataset.Warehouse_raw"]);
    assert.deepEqual(diff.changed.map((c) => c.before.address), ["google_storage_bucket.Lake_data", "google_storage_bucket.Lake_logs"]);
    assert.equal(diff.unchanged, 2); // the network and the service account
  });

  test("changed attributes with before and after; only ForceNew ones replace", () => {
    const data = diff.changed.find((c) => c.before.address === "google_storage_bucket.Lake_data")!;
    assert.deepEqual(data.changes, [
      { path: "labels.component", before: "data", after: "raw-data", forceNew: false },
      { path: "lifecycle", before: { prevent_destroy: true }, after: undefined, forceNew: false },
    ]);
    assert.equal(data.replaced, false);
    const logs = diff.changed.find((c) => c.before.address === "google_storage_bucket.Lake_logs")!;
    assert.deepEqual(logs.changes, [{ path: "location", before: "US-CENTRAL1", after: "EUROPE-WEST4", forceNew: true }]);
    assert.equal(logs.replaced, true);
  });

  test("a moved block keeps state: no removal, no addition, no warning", () => {
    assert.deepEqual(diff.moved, [{ from: "google_kms_crypto_key.Keys_old", to: "google_kms_crypto_key.Keys_new", changes: [] }]);
    assert.ok(!diff.warnings.some((w) => w.type === "google_kms_crypto_key"));
  });

  test("stateful resources destroyed, re-addressed, replaced or unprotected are warned about, worst first", () => {
    assert.deepEqual(
      diff.warnings.map((w) => [w.kind, w.address, w.name, w.newAddress]),
      [
        ["destroyed", "google_bigquery_dataset.Warehouse_raw", "prod_raw", undefined],
        ["address-changed", "google_artifact_registry_repository.Registry_containers_OLD", "prod-containers", "google_artifact_registry_repository.Registry_images_NEW"],
        ["replaced", "google_storage_bucket.Lake_logs", "acme-ml-logs", undefined],
        ["protection-lifted", "google_storage_bucket.Lake_data", "acme-ml-data", undefined],
      ],
    );
  });

  test("a moved stateful resource whose ForceNew attribute changes is still replaced", () => {
    const h = headJson();
    h.resource.google_kms_crypto_key.Keys_new.name = "storage-v2";
    const w = diffStacks(base, readStack(h)).warnings.filter((x) => x.type === "google_kms_crypto_key");
    assert.deepEqual(w.map((x) => [x.kind, x.newAddress, x.attributes?.map((a) => a.path)]), [["replaced", "google_kms_crypto_key.Keys_new", ["name"]]]);
  });

  test("ForceNew table: nested paths, whole blocks, meta-arguments and types replaced on any change", () => {
    assert.equal(isForceNew("google_workbench_instance", "gce_setup.network_interfaces[0].subnet"), true);
    assert.equal(isForceNew("google_workbench_instance", "gce_setup.machine_type"), false);
    assert.equal(isForceNew("google_vertex_ai_endpoint", "encryption_spec"), true);
    assert.equal(isForceNew("google_vertex_ai_endpoint", "encryption_spec.kms_key_name"), true);
    assert.equal(isForceNew("google_vertex_ai_endpoint", "display_name"), false);
    assert.equal(isForceNew("google_vertex_ai_deployment_resource_pool", "dedicated_resources.max_replica_count"), true);
    assert.equal(isForceNew("google_vertex_ai_deployment_resource_pool", "lifecycle"), false);
    assert.equal(isForceNew("google_compute_network", "name"), false, "types outside the table are never predicted");
    for (const type of ["google_storage_bucket", "google_bigquery_dataset", "google_kms_crypto_key", "google_kms_key_ring", "google_artifact_registry_repository", "google_workbench_instance", "google_vertex_ai_endpoint", "google_vertex_ai_deployment_resource_pool"]) {
      assert.ok(STATEFUL_TYPES[type], type);
    }
  });
});

describe("worst-case monthly cost", () => {
  test("serving: max replicas × (machine + GPUs × GPU rate) × premium × 730 h", () => {
    const cost = estimateCost(head, ROUND_RATES);
    const serving = cost.lines.filter((l) => l.workload === "serving");
    assert.equal(serving.length, 1);
    assert.deepEqual({ ...serving[0] }, {
      workload: "serving",
      address: "google_vertex_ai_deployment_resource_pool.Serving_churn",
      path: "Environment/Serving/churn/Pool",
      capability: "Serving",
      machineType: "g2-standard-8",
      accelerator: { type: "NVIDIA_L4", count: 1 },
      units: 6,
      hoursPerMonth: 730,
      hourly: 3,
      monthly: 13140, // 6 replicas × (1 + 1 × 2) × 730
      problem: undefined,
    });
  });

  test("serving with CMEK: the models the capacity document deploys with dedicated resources, priced alike; pool models only through their pool", () => {
    const h = headJson();
    const doc = capacityDocument({
      projectId: "p",
      region: "us-central1",
      servingAccountEmail: "s@p.iam.gserviceaccount.com",
      cmek: true,
      models: [
        { spec: { name: "fraud", source: "custom", machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 2 }, minReplicas: 2, maxReplicas: 4, autoscaling: [], logSamplingRate: 1, publicEndpoint: false, spot: false, acceptEula: false }, endpointName: "p-fraud" },
        { spec: { name: "pooled", source: "custom", machineType: "n1-standard-8", minReplicas: 1, maxReplicas: 1, autoscaling: [], logSamplingRate: 1, publicEndpoint: false, spot: false, acceptEula: false, poolKey: "x" }, endpointName: "p-pooled", poolName: "p-x" },
      ],
    });
    h.resource.google_storage_bucket_object = {
      Serving_Capacity: { "//": { metadata: { path: "prod/Environment/Serving/Capacity" } }, bucket: "b", name: "serving/capacity.json", content: renderCapacityDocument(doc) },
    };
    const lines = estimateCost(readStack(h), ROUND_RATES).lines.filter((l) => l.address.startsWith("google_storage_bucket_object"));
    assert.equal(lines.length, 1);
    assert.equal(lines[0].machineType, "n1-standard-8");
    assert.deepEqual(lines[0].accelerator, { type: "NVIDIA_TESLA_T4", count: 2 });
    assert.equal(lines[0].units, 4);
    assert.equal(lines[0].monthly, 4 * (0.5 + 2 * 0.25) * 730);
  });

  test("workbench: (machine + GPUs) × working days × (hours in use + idle timeout)", () => {
    const cost = estimateCost(head, ROUND_RATES);
    const wb = cost.lines.find((l) => l.workload === "workbench")!;
    assert.equal(wb.hoursPerMonth, 180); // 20 days × (8 h + 1 h idle timeout)
    assert.equal(wb.monthly, 135); // (0.5 + 0.25) × 180
    assert.equal(cost.total, 13140 + 135);
    assert.equal(workbenchHours(ROUND_RATES, undefined), 730, "no idle timeout: all month");
  });

  test("the default table prices the known fleet from per-vCPU, per-GB and per-GPU rates", () => {
    // g2-standard-8: 8 vCPU × 0.024988 + 32 GB × 0.002927, plus one L4 at 0.56, × 1.15, × 6 × 730.
    assert.equal(Number(machineRate(DEFAULT_RATES, "g2-standard-8")!.toFixed(6)), 0.293568);
    assert.equal(Number(machineRate(DEFAULT_RATES, "n1-standard-4")!.toFixed(4)), 0.19);
    const serving = estimateCost(head).lines.find((l) => l.workload === "serving")!;
    assert.equal(serving.monthly!.toFixed(2), "4299.42");
  });

  test("a machine without a rate is reported, and the total is a lower bound", () => {
    const h = headJson();
    h.resource.google_vertex_ai_deployment_resource_pool.Serving_churn.dedicated_resources.machine_spec = { machine_type: "a3-highgpu-8g", accelerator_type: "NVIDIA_H100_80GB", accelerator_count: 8 };
    const cost = estimateCost(readStack(h));
    const line = cost.lines.find((l) => l.workload === "serving")!;
    assert.equal(line.monthly, undefined);
    assert.equal(line.problem, "no rate for a3-highgpu-8g and NVIDIA_H100_80GB; add it to a rate file (--rates)");
    assert.equal(cost.incomplete, 1);
  });

  test("a rate file with unknown fields or negative rates is refused, naming each problem", () => {
    assert.throws(
      () => mergeRates(DEFAULT_RATES, { acelerators: {}, machines: { "n1-standard-4": -1 } }, "rates.json"),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError);
        assert.deepEqual(
          e.problems.map((p) => `${p.path}: ${p.message}`),
          [
            "machines.n1-standard-4: must be at least 0",
            ": unknown field(s) acelerators; allowed: asOf, region, currency, sources, hoursPerMonth, families, machines, accelerators, servingPremium, workbench",
          ],
        );
        return true;
      },
    );
  });
});

describe("diagram", () => {
  const text = renderDiagram(head);

  test("nodes for the network, buckets, accounts, Workbench, endpoint and resource pool, grouped by capability", () => {
    for (const node of [
      '{{"VPC<br/>prod-vpc"}}',
      '[("bucket<br/>acme-ml-data")]',
      '[("bucket<br/>acme-ml-logs")]',
      '(["service account<br/>prod-serving"])',
      '["Workbench<br/>prod-wb-ada"]',
      '["endpoint<br/>churn"]',
      '["resource pool<br/>prod-churn"]',
      '[("repository<br/>prod-containers")]',
    ]) {
      assert.ok(text.includes(node), `missing ${node} in\n${text}`);
    }
    for (const group of ["DataLake", "Identity", "Network", "Registry", "Serving", "Workbench"]) assert.match(text, new RegExp(`subgraph g\\d+\\["${group}"\\]`));
    assert.ok(text.startsWith("flowchart LR"));
  });

  test("edges from grants, references and the account an instance runs as", () => {
    const ids = new Map<string, string>();
    for (const m of text.matchAll(/(n\d+)[[({]+"[^"]*<br\/>([^"]+)"/g)) ids.set(m[2], m[1]);
    const e = (from: string, label: string, to: string) => `${ids.get(from)} -->|"${label}"| ${ids.get(to)}`;
    assert.ok(text.includes(e("prod-serving", "storage.objectViewer", "acme-ml-data")), text);
    assert.ok(text.includes(e("prod-wb-ada", "runs as", "prod-serving")), text);
    assert.ok(text.includes(e("prod-wb-ada", "network", "prod-vpc")), text);
    assert.ok(text.includes(e("churn", "network", "prod-vpc")), text);
  });

  test("reviewed against a base, new nodes are green, replaced ones red and removed ones dashed", () => {
    const md = reviewStack({ base, head, baseLabel: "origin/main" }).markdown;
    assert.match(md, /class n\d+ added/);
    assert.match(md, /\("dataset<br\/>prod_raw \(removed\)"\)/);
    assert.match(md, /classDef removed .*stroke-dasharray/);
    assert.match(md, /classDef danger /);
  });
});

describe("policy report", () => {
  test("findings and suppressions in the library's shape or close to it", () => {
    const report = readPolicyReport({
      findings: [
        { ruleId: "MLOPS-STO-1", level: "warning", address: "google_storage_bucket.Lake_data", message: "no retention policy" },
        { rule: "MLOPS-IAM-2", severity: "ERROR", resource: "google_project_iam_member.x", cause: "project-wide data role" },
      ],
      suppressions: [{ ruleId: "MLOPS-NET-3", address: "google_compute_firewall.x", reason: "IAP range only" }],
    });
    assert.deepEqual(report.findings, [
      { ruleId: "MLOPS-IAM-2", address: "google_project_iam_member.x", message: "project-wide data role", level: "error" },
      { ruleId: "MLOPS-STO-1", address: "google_storage_bucket.Lake_data", message: "no retention policy", level: "warning" },
    ]);
    assert.deepEqual(report.suppressions, [{ ruleId: "MLOPS-NET-3", address: "google_compute_firewall.x", reason: "IAP range only" }]);
  });

  test("a finding marked suppressed is listed with the suppressions", () => {
    const report = readPolicyReport([{ id: "R1", level: "error", address: "a.b", message: "m", suppressed: true, reason: "accepted risk" }]);
    assert.deepEqual(report.findings, []);
    assert.deepEqual(report.suppressions, [{ ruleId: "R1", address: "a.b", reason: "accepted risk" }]);
  });
});

describe("the report", () => {
  const policy = readPolicyReport({
    findings: [{ ruleId: "MLOPS-IAM-2", level: "error", address: "google_project_iam_member.x", message: "project-wide data role" }],
    suppressions: [{ ruleId: "MLOPS-NET-3", address: "google_compute_firewall.x", reason: "IAP range only" }],
  });
  const review = reviewStack({ base, head, baseLabel: "origin/main", policy, rates: ROUND_RATES });
  const md = review.markdown;

  test("headline counts against the base", () => {
    assert.ok(md.includes("Compared with `origin/main`: **5 to add, 2 to change (1 replaced), 2 to destroy**, 1 moved, 2 unchanged; 10 resources in the stack."), md.split("\n").slice(0, 4).join("\n"));
  });

  test("a loud caution for the stateful resources that would be destroyed or replaced", () => {
    assert.ok(md.includes("> [!CAUTION]\n> **🚨 3 stateful resources would be DESTROYED or REPLACED. Their data would be lost.**"));
    assert.ok(md.includes("> - 🚨 **DESTROYED**: BigQuery dataset `prod_raw` (`google_bigquery_dataset.Warehouse_raw`, `Environment/Warehouse/raw`) is removed from the code"));
    assert.ok(md.includes("> - 🚨 **REPLACED**: Cloud Storage bucket `acme-ml-logs` (`google_storage_bucket.Lake_logs`, `Environment/DataLake/logs`): `location` `\"US-CENTRAL1\"` → `\"EUROPE-WEST4\"` cannot change in place"));
    assert.ok(md.includes("🚨 **DESTROYED AND RECREATED (address changed)**: Artifact Registry repository `prod-containers`"));
    assert.ok(md.includes("now has the address `google_artifact_registry_repository.Registry_images_NEW`"));
    assert.ok(md.includes("> [!WARNING]\n> - ⚠️ **UNPROTECTED**: Cloud Storage bucket `acme-ml-data`"));
  });

  test("changed attributes in a table with before and after", () => {
    assert.ok(md.includes("| `Environment/DataLake/data`<br/>`google_storage_bucket` | `labels.component` | `\"data\"` | `\"raw-data\"` |"));
    assert.ok(md.includes("| `Environment/DataLake/logs`<br/>`google_storage_bucket` | `location` 🚨 forces replacement | `\"US-CENTRAL1\"` | `\"EUROPE-WEST4\"` |"));
  });

  test("what the stack creates, by capability, with the changes per capability", () => {
    assert.ok(md.includes("| **DataLake** | 2 × `google_storage_bucket`, 1 × `google_storage_bucket_iam_member` | 1 | 2 |  |"));
    assert.ok(md.includes("| **Warehouse** | _(none left)_ |  |  | 1 |"));
    assert.ok(md.includes("| **Serving** | 1 × `google_vertex_ai_deployment_resource_pool`, 1 × `google_vertex_ai_endpoint` | 2 |  |  |"));
  });

  test("policy findings and suppressions", () => {
    assert.ok(md.includes("**1 finding** (1 error, 0 warnings), 1 suppression."));
    assert.ok(md.includes("| ⛔ error | `MLOPS-IAM-2` | `google_project_iam_member.x` | project-wide data role |"));
    assert.ok(md.includes("| `MLOPS-NET-3` | `google_compute_firewall.x` | IAP range only |"));
  });

  test("the cost table, the total and the change against the base", () => {
    assert.ok(md.includes("| serving | `Environment/Serving/churn/Pool` | `g2-standard-8` | 1 × NVIDIA_L4 | 6 | 730 | $3.00 | **$13,140.00** |"));
    assert.ok(md.includes("| workbench | `Environment/Workbench/ada@example.com` | `n1-standard-8` | 1 × NVIDIA_TESLA_T4 | 1 | 180 | $0.75 | **$135.00** |"));
    assert.ok(md.includes("**Total: $13,275.00 per month** (serving $13,140.00, Workbench $135.00); base $0.00, change **+$13,275.00**."));
    assert.ok(md.includes(`as of ${ROUND_RATES.asOf}`));
  });

  test("the diagram is a mermaid block", () => {
    assert.match(md, /### Environment diagram\n\n```mermaid\nflowchart LR\n/);
  });

  test("without a base, everything is new and nothing is warned about", () => {
    const r = reviewStack({ base: emptyStack("prod"), head });
    assert.ok(r.markdown.includes("Compared with an empty base: everything is new. **10 to add, 0 to change, 0 to destroy**"));
    assert.ok(!r.markdown.includes("[!CAUTION]"));
    assert.ok(r.markdown.includes("_No `policy-report.json` next to the synthesized stack._"));
  });

  test("one comment for every stack, cut down to summaries when too long", () => {
    const full = combineReviews([review]);
    assert.ok(full.startsWith(`${REVIEW_MARKER}\n# Infrastructure review\n\n🚨 **3 stateful resources would be destroyed or replaced: read the warnings below.**`));
    assert.ok(full.includes("### Environment diagram"));
    const short = combineReviews([review], { maxChars: 5000, fullReportsAt: "cdktf.out/review" });
    assert.ok(short.length <= 5000);
    assert.ok(short.includes("The full reports are in `cdktf.out/review`."));
    assert.ok(short.includes("[!CAUTION]"), "the warnings survive");
    assert.ok(!short.includes("### Environment diagram"));
  });

  test("stacks without changes are one line each in the comment; their full reports stay in the files", () => {
    const same = reviewStack({ base: readStack(headJson()), head: readStack(headJson()), baseLabel: "origin/main" });
    const fresh = reviewStack({ base: emptyStack("prod"), head: readStack(headJson()) });
    assert.equal(same.unchanged, true);
    assert.equal(review.unchanged, false);
    assert.equal(fresh.unchanged, false, "against an empty base everything is new");
    const comment = combineReviews([review, { ...same, stack: "preprod" }, { ...same, stack: "dev" }], { fullReportsAt: "cdktf.out/review" });
    assert.equal(comment.split("## Infrastructure review: ").length - 1, 1, "only the changed stack's report");
    assert.ok(comment.includes("## Unchanged: `preprod`, `dev`"), comment.slice(-600));
    assert.match(comment, /- `dev`: no resource changes; \d+ resources, worst-case \$[\d,.]+ per month\./);
    assert.ok(comment.includes("_Their full reports are in the review's output folder (`cdktf.out/review`)._"));
    assert.ok(!comment.includes("No resource changes."), "no unchanged stack's full report");
  });
});

describe("two synthesized environments", () => {
  // The same prod environment, moved to another region and given a second team member.
  const before = readStack(synthEnvironment({ tier: "prod", region: "us-central1" }).json, "test");
  const after = readStack(synthEnvironment({ tier: "prod", region: "europe-west4", team: [{ email: "ada@example.com" }, { email: "grace@example.com" }] }).json, "test");
  const review = reviewStack({ base: before, head: after, baseLabel: "main" });

  test("moving the region replaces every bucket, dataset, repository and key: loudly", () => {
    const replaced = review.diff.warnings.filter((w) => w.kind === "replaced").map((w) => `${w.type} ${w.path}`);
    for (const p of ["google_storage_bucket Environment/DataLake/data", "google_bigquery_dataset Environment/Warehouse/raw", "google_artifact_registry_repository Environment/Registry/containers", "google_kms_key_ring Environment/Encryption/KeyRing", "google_workbench_instance Environment/Workbench/ada@example.com"]) {
      assert.ok(replaced.includes(p), `${p} not in ${replaced.join(", ")}`);
    }
    assert.match(review.markdown, /> - 🚨 \*\*REPLACED\*\*: Cloud Storage bucket `acme-ml-test-data` .*`location` `"US-CENTRAL1"` → `"EUROPE-WEST4"`/);
  });

  test("the new member's instance is added; nothing is destroyed", () => {
    assert.ok(review.diff.added.some((r) => r.type === "google_workbench_instance" && r.attributes.name === "test-wb-grace"));
    assert.equal(review.diff.warnings.filter((w) => w.kind === "destroyed").length, 0);
  });

  test("the diagram shows the environment's nodes", () => {
    for (const node of ["VPC<br/>test-vpc", "subnet<br/>test-subnet", "bucket<br/>acme-ml-test-data", "dataset<br/>test_raw", "repository<br/>test-containers", "service account<br/>test-pipelines", "Workbench<br/>test-wb-grace"]) {
      assert.ok(review.markdown.includes(node), node);
    }
  });
});

describe("Terraform state locations", () => {
  const stack = (name: string, prefix: string | undefined, bucket = "acme-terraform-state") => {
    const j = baseJson();
    j["//"].metadata.stackName = name;
    if (prefix !== undefined) j.terraform = { backend: { gcs: { bucket, prefix } } };
    return readStack(j, name);
  };

  test("the location is the state object the GCS backend writes, however the prefix is spelled", () => {
    assert.equal(stack("dev", "mlops/prod").stateLocation, "gs://acme-terraform-state/mlops/prod/default.tfstate");
    for (const prefix of ["mlops/prod/", "/mlops/prod", "mlops//prod", "mlops/dev/../prod", "./mlops/prod"]) {
      assert.equal(stack("dev", prefix).stateLocation, "gs://acme-terraform-state/mlops/prod/default.tfstate", prefix);
    }
    assert.equal(stack("dev", undefined).stateLocation, undefined);
  });

  test("dev pointed at prod's state: the loudest warning, in the stack's report and at the top of the comment", () => {
    const reviews = reviewStacks(
      [
        { name: "dev", base: stack("dev", "mlops/dev"), head: stack("dev", "mlops/dev/../prod") },
        { name: "prod", base: stack("prod", "mlops/prod"), head: stack("prod", "mlops/prod") },
      ],
      { baseLabel: "main" },
    );
    const [dev, prod] = reviews;
    assert.deepEqual(dev.state, [
      { kind: "shared", stack: "dev", location: "gs://acme-terraform-state/mlops/prod/default.tfstate", sharedWith: [{ stack: "prod", side: "head" }] },
      { kind: "moved", stack: "dev", location: "gs://acme-terraform-state/mlops/prod/default.tfstate", before: "gs://acme-terraform-state/mlops/dev/default.tfstate" },
    ]);
    assert.deepEqual(prod.state.map((w) => [w.kind, w.sharedWith]), [["shared", [{ stack: "dev", side: "head" }]]]);
    assert.equal(dev.diff.warnings.length, 0, "no resource changes: the resource diff alone sees nothing");
    assert.match(dev.markdown, /> - ⛔ \*\*SHARED TERRAFORM STATE\*\*: `dev` keeps its state at `gs:\/\/acme-terraform-state\/mlops\/prod\/default\.tfstate`, which is also the state of `prod`\./);
    assert.match(dev.markdown, /> - 🚨 \*\*STATE MOVED\*\*: `dev` keeps its state at .* instead of `gs:\/\/acme-terraform-state\/mlops\/dev\/default\.tfstate`/);
    assert.ok(dev.markdown.indexOf("SHARED TERRAFORM STATE") < dev.markdown.indexOf("### What the stack creates"), "before everything else");
    const comment = combineReviews(reviews);
    const lines = comment.split("\n");
    assert.match(lines[3], /^⛔ \*\*`dev`, `prod` share a Terraform state with another environment: applying one can destroy the other's resources and data\./);
    assert.ok(!comment.includes("No stateful resource is destroyed or replaced."));
    assert.ok(combineReviews(reviews, { maxChars: 3000 }).includes("SHARED TERRAFORM STATE"), "the warning survives the summary");
  });

  test("taking over the state another environment had in the base is sharing too", () => {
    // prod moves away and dev takes prod's old location in the same change.
    const reviews = reviewStacks([
      { name: "dev", base: stack("dev", "mlops/dev"), head: stack("dev", "mlops/prod") },
      { name: "prod", base: stack("prod", "mlops/prod"), head: stack("prod", "mlops/prod-v2") },
    ]);
    assert.deepEqual(reviews[0].state[0].sharedWith, [{ stack: "prod", side: "base" }]);
    assert.match(reviews[0].markdown, /which is also the state of `prod` \(in the base: its state until this change\)/);
  });

  test("distinct locations, a new stack and a renamed stack that keeps its state warn about nothing", () => {
    const reviews = reviewStacks([
      { name: "dev", base: emptyStack("dev"), head: stack("dev", "mlops/dev") },
      { name: "development", base: stack("development", "mlops/dev"), head: emptyStack("development") },
      { name: "prod", base: stack("prod", "mlops/prod"), head: stack("prod", "mlops/prod") },
      { name: "qa", base: emptyStack("qa"), head: stack("qa", "mlops/qa") },
    ]);
    assert.deepEqual(reviews.flatMap((r) => r.state), []);
    assert.ok(!combineReviews(reviews).includes("⛔"));
  });
});

describe("renames, feature views and long values in the review", () => {
  const store = (views: string[], storage: "bigtable" | "optimized" = "bigtable") => ({
    storage,
    groups: [{ name: "customer_profile", table: "customer_profile", entityIdColumns: ["customer_id"], features: [{ name: "tenure_days" }, { name: "plan" }], columns: { customer_id: "STRING" as const, tenure_days: "INT64" as const, plan: "STRING" as const } }],
    views: views.map((name) => ({ name, groups: ["customer_profile"] })),
  });

  test("feature views and features are stateful: removing them is a loud warning", () => {
    const before = readStack(synthEnvironment({ featureStore: store(["churn_online", "fraud_online"]) }).json, "test");
    const afterJson = synthEnvironment({ featureStore: { ...store(["churn_online"]), groups: [{ ...store([]).groups[0], features: [{ name: "tenure_days" }] }] } }).json;
    const review = reviewStack({ base: before, head: readStack(afterJson, "test"), baseLabel: "main" });
    const destroyed = review.diff.warnings.filter((w) => w.kind === "destroyed").map((w) => `${w.type} ${w.name}`);
    assert.deepEqual(destroyed.sort(), ["google_vertex_ai_feature_group_feature customer_profile/plan", `google_vertex_ai_feature_online_store_featureview ${destroyedStoreName(before)}/fraud_online`].sort());
    assert.match(review.markdown, /🚨 \*\*DESTROYED\*\*: Vertex AI feature view `[^`]+\/fraud_online`/);
    assert.equal(isForceNew("google_vertex_ai_feature_online_store_featureview", "feature_registry_source.feature_groups[0].feature_ids"), false);
    assert.equal(isForceNew("google_vertex_ai_feature_group_feature", "feature_group"), true);
  });

  test("a model renamed looks like one: the warning says so and points at the docs", () => {
    const model = (name: string) => [{ name, machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, minReplicas: 1, maxReplicas: 2 }];
    const before = readStack(synthEnvironment({ models: model("churn") }).json, "test");
    const after = readStack(synthEnvironment({ models: model("churn-v2") }).json, "test");
    const review = reviewStack({ base: before, head: after, baseLabel: "main" });
    const endpoint = review.diff.warnings.find((w) => w.type === "google_vertex_ai_endpoint");
    assert.equal(endpoint?.kind, "destroyed");
    assert.deepEqual({ from: endpoint?.renamedTo?.from, to: endpoint?.renamedTo?.to }, { from: "churn", to: "churn-v2" });
    assert.match(
      review.markdown,
      /🚨 \*\*DESTROYED\*\*: Vertex AI endpoint `test-churn` .* This looks like a rename of `churn` to `churn-v2` \(the new `[^`]*churn-v2[^`]*`\): a rename creates a new Vertex AI endpoint and destroys this one, it never carries the data over\. To rename without losing it, follow \[docs\/stable-addresses\.md\]\(docs\/stable-addresses\.md\)/,
    );
    assert.ok(review.diff.warnings.some((w) => w.type === "google_vertex_ai_deployment_resource_pool" && w.renamedTo?.to === "churn-v2"));
  });

  test("a removal with no added twin is not called a rename", () => {
    const two = [
      { name: "churn", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 2 },
      { name: "fraud", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 2 },
    ];
    const before = readStack(synthEnvironment({ models: two }).json, "test");
    const after = readStack(synthEnvironment({ models: [two[0]] }).json, "test");
    const review = reviewStack({ base: before, head: after, baseLabel: "main" });
    assert.ok(review.diff.warnings.some((w) => w.kind === "destroyed" && w.type === "google_vertex_ai_endpoint"));
    assert.ok(review.diff.warnings.every((w) => w.renamedTo === undefined));
    assert.doesNotMatch(review.markdown, /looks like a rename/);
  });

  test("a long value that changes deep inside shows the change, in both cells", () => {
    const tiles = (threshold: number) => JSON.stringify({ displayName: "test", mosaicLayout: { columns: 48, tiles: [...Array(20)].map((_, i) => ({ width: 24, height: 16, widget: { title: `chart ${i}`, threshold: i === 17 ? threshold : 1 } })) } });
    const [before, after] = cellPair(tiles(500), tiles(800));
    assert.notEqual(before, after, "the cells differ");
    assert.match(before, /threshold\\":500/);
    assert.match(after, /threshold\\":800/);
    assert.ok(before.startsWith("`…") && after.startsWith("`…"), "cut at the same place, marked");
    assert.deepEqual(cellPair("short", "other"), ['`"short"`', '`"other"`']);
    assert.deepEqual(cellPair(undefined, "x"), ["_(none)_", '`"x"`']);
  });

  test("changing the online store's storage is an in-place change, not a replacement", () => {
    const before = readStack(synthEnvironment({ featureStore: store(["churn_online"], "bigtable") }).json, "test");
    const after = readStack(synthEnvironment({ featureStore: store(["churn_online"], "optimized") }).json, "test");
    const review = reviewStack({ base: before, head: after, baseLabel: "main" });
    const storeChange = review.diff.changed.find((c) => c.after.type === "google_vertex_ai_feature_online_store");
    assert.ok(storeChange, "the store changes");
    assert.equal(storeChange.replaced, false);
    assert.ok(!review.diff.warnings.some((w) => w.type === "google_vertex_ai_feature_online_store"));
  });
});

/** The name of the feature online store of a stack, as the review names a view (`<store>/<view>`). */
function destroyedStoreName(stack: ReturnType<typeof readStack>): string {
  const s = [...stack.resources.values()].find((r) => r.type === "google_vertex_ai_feature_online_store");
  return String(s?.attributes.name);
}

describe("npm run review", () => {
  const temporary: string[] = [];
  const tmpdir = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  after(() => temporary.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** Writes a synth output in cdktf's layout: <dir>/stacks/<name>/cdk.tf.json. */
  function synthOutput(stacks: Record<string, unknown>, extra: Record<string, Record<string, unknown>> = {}): string {
    const dir = tmpdir("review-test-");
    for (const [name, json] of Object.entries(stacks)) {
      fs.mkdirSync(path.join(dir, "stacks", name), { recursive: true });
      fs.writeFileSync(path.join(dir, "stacks", name, "cdk.tf.json"), JSON.stringify(json));
      for (const [file, content] of Object.entries(extra[name] ?? {})) fs.writeFileSync(path.join(dir, "stacks", name, file), JSON.stringify(content));
    }
    return dir;
  }

  test("arguments: base or base dir, head dir, out, rates; unknown ones are refused", () => {
    assert.deepEqual(parseArgs(["--base", "origin/main"]), { base: "origin/main", baseDir: undefined, headDir: undefined, out: path.join("cdktf.out", "review"), rates: undefined, maxRows: undefined, synthCommand: undefined });
    assert.equal(parseArgs(["--base-dir=a", "--head-dir", "b", "--out", "c"]).baseDir, "a");
    assert.throws(() => parseArgs(["--bsae", "x"]), /unknown option '--bsae'; allowed: --base, --base-dir, --head-dir, --max-rows, --out, --rates, --synth-command/);
    assert.throws(() => parseArgs(["--max-rows", "0"]), /--max-rows must be a whole number, at least 1 \(got '0'\)/);
    assert.throws(() => parseArgs(["--base", "x", "--base-dir", "y"]), /give either --base or --base-dir, not both/);
    assert.throws(() => parseArgs(["--base"]), /--base needs a value/);
  });

  test("offline, on two synth outputs: one report per stack plus the comment, the policy report read next to the stack", () => {
    const baseDir = synthOutput({ prod: baseJson() });
    const headDir = synthOutput({ prod: headJson(), staging: headJson() }, { prod: { "policy-report.json": { findings: [{ ruleId: "R-1", level: "warning", address: "x.y", message: "hello" }] } } });
    const out = tmpdir("review-out-");
    const rates = path.join(out, "rates.json");
    fs.writeFileSync(rates, JSON.stringify({ machines: { "g2-standard-8": 1 }, accelerators: { NVIDIA_L4: 2 }, servingPremium: 1 }));
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = main(["review", "--base-dir", baseDir, "--head-dir", headDir, "--out", out, "--rates", rates], { stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) } });
    assert.equal(code, 0, stderr.join(""));
    assert.deepEqual(stdout.join("").trim().split("\n"), [path.join(out, "prod.md"), path.join(out, "staging.md"), path.join(out, "pr-comment.md")]);
    const prod = fs.readFileSync(path.join(out, "prod.md"), "utf8");
    assert.ok(prod.includes(`Compared with \`${baseDir}\`: **5 to add, 2 to change (1 replaced), 2 to destroy**`));
    assert.ok(prod.includes("| ⚠️ warning | `R-1` | `x.y` | hello |"));
    assert.ok(prod.includes("**$13,140.00**"), "the rate file is applied");
    const staging = fs.readFileSync(path.join(out, "staging.md"), "utf8");
    assert.ok(staging.includes("**10 to add, 0 to change, 0 to destroy**"), "a stack the base lacks is all new");
    assert.ok(fs.readFileSync(path.join(out, "pr-comment.md"), "utf8").startsWith(REVIEW_MARKER));
  });

  test("mlops-env review runs as a command and fails with a message on a bad rate file", () => {
    const headDir = synthOutput({ prod: headJson() });
    const out = tmpdir("review-out-");
    const rates = path.join(out, "rates.json");
    fs.writeFileSync(rates, JSON.stringify({ machines: { x: "cheap" } }));
    const root = path.join(__dirname, "..");
    const ok = spawnSync(process.execPath, ["scripts/synth.cjs", "review", "--head-dir", headDir, "--out", out], { cwd: root, encoding: "utf8" });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, `${path.join(out, "prod.md")}\n${path.join(out, "pr-comment.md")}\n`);
    const bad = spawnSync(process.execPath, ["scripts/synth.cjs", "review", "--head-dir", headDir, "--out", out, "--rates", rates], { cwd: root, encoding: "utf8" });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^error: 1 problem in \S*rates\.json:\n  - \S*rates\.json: machines\.x: must be a number of currency units per hour/);
  });
});

describe("replacements that follow from others", () => {
  test("a key whose key ring is replaced is replaced too, and said so", () => {
    const b = baseJson();
    b.resource.google_kms_key_ring = { Ring_A: { ...meta("Environment/Encryption/KeyRing", "Ring_A"), name: "prod-mlops", location: "us-central1" } };
    const h = baseJson();
    h.resource.google_kms_key_ring = { Ring_A: { ...meta("Environment/Encryption/KeyRing", "Ring_A"), name: "prod-mlops", location: "europe-west4" } };
    const review = reviewStack({ base: readStack(b), head: readStack(h), baseLabel: "main" });
    assert.deepEqual(review.diff.warnings.map((w) => [w.kind, w.address]), [
      ["replaced", "google_kms_crypto_key.Keys_old"],
      ["replaced", "google_kms_key_ring.Ring_A"],
    ]);
    const key = review.diff.changed.find((c) => c.after.address === "google_kms_crypto_key.Keys_old")!;
    assert.deepEqual(key.changes, [{ path: "key_ring", before: "${google_kms_key_ring.Ring_A.id}", after: "${google_kms_key_ring.Ring_A.id}", forceNew: true, via: "google_kms_key_ring.Ring_A" }]);
    assert.equal(review.diff.unchanged, 6);
    assert.ok(review.markdown.includes("> - 🚨 **REPLACED**: Cloud KMS key `storage` (`google_kms_crypto_key.Keys_old`, `Environment/Encryption/storage-key`): `key_ring` refers to `google_kms_key_ring.Ring_A`, which is replaced, so Terraform destroys and recreates it. Lost: every key version is scheduled for destruction"));
  });
});

describe("cost of other shapes", () => {
  test("a model deployed on dedicated machines inside any resource, e.g. a Model Garden deployment", () => {
    const stack = readStack({
      resource: {
        google_vertex_ai_endpoint_with_model_garden_deployment: {
          Serving_llm: {
            ...meta("Environment/Serving/llm/Deployment", "Serving_llm"),
            publisher_model_name: "publishers/google/models/gemma3@gemma-3-1b-it",
            deploy_config: { dedicated_resources: { machine_spec: { machine_type: "g2-standard-12", accelerator_type: "NVIDIA_L4", accelerator_count: 1 }, min_replica_count: 1, max_replica_count: 3, spot: true } },
          },
        },
      },
    });
    const [line] = estimateCost(stack, mergeRates(DEFAULT_RATES, { machines: { "g2-standard-12": 1 }, accelerators: { NVIDIA_L4: 1 }, servingPremium: 1 })).lines;
    assert.deepEqual([line.workload, line.units, line.monthly], ["serving", 3, 3 * 2 * 730]);
    assert.match(renderDiagram(stack), /\["endpoint<br\/>publishers\/google\/models\/gemma3@gemma-3-1b-it"\]/);
  });

  test("a family added in a rate file prices its standard, highmem and highcpu shapes", () => {
    const rates = mergeRates(DEFAULT_RATES, { families: { n2d: { vcpu: 0.03, memoryGb: 0.004 } } });
    assert.equal(machineRate(rates, "n2d-standard-8")!.toFixed(4), (8 * 0.03 + 32 * 0.004).toFixed(4));
    assert.equal(machineRate(rates, "n1-highcpu-16")!.toFixed(4), (16 * 0.031611 + 14.4 * 0.004237).toFixed(4));
    assert.equal(machineRate(DEFAULT_RATES, "n2d-standard-8"), undefined, "no default for n2d");
  });
});
