/**
 * The Pulumi variant under `pulumi.runtime.setMocks`: the attributes the cdktf tests assert, on
 * the inputs the Pulumi engine would receive, plus what only Pulumi has (protect, retainOnDelete,
 * URNs, the program's stack outputs). This file loads no cdktf module: the last test checks it.
 */
import assert from "node:assert/strict";
import { LABEL_ATTRIBUTE } from "../lib/policy/labelable-types";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { parse } from "yaml";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { resolveEnvironment } from "../lib/config/spec";
import { principal } from "../lib/core/common";
import { deployEnvironment, environmentFileFor, projectRoot, pulumiConfigDir, runStack } from "../lib/pulumi/program";
import { KEY_DOMAINS } from "../lib/pulumi/catalog";
import { MlopsEnvironment } from "../lib/pulumi/environment";
import { DATA_SOURCE_MAPPINGS, RESOURCE_MAPPINGS, snakeCase, toTerraformShape } from "../lib/pulumi/mapping";
import { MockedRun, RecordedResource, runWithMocks, valueOf } from "../lib/pulumi/testing";
import program = require("../pulumi/index");

const FIXTURE_STACKS = path.join(__dirname, "fixtures", "stacks");

/**
 * pulumi/index.ts on the fixture environments: MLOPS_CONFIG_DIR (relative to the project root, as
 * the program takes it) is set only while the program starts, which is when it reads it, so other
 * tests sharing this process see the environment unchanged.
 */
function fixtureProgram(): ReturnType<typeof program> {
  const before = process.env.MLOPS_CONFIG_DIR;
  process.env.MLOPS_CONFIG_DIR = path.relative(path.join(__dirname, ".."), FIXTURE_STACKS);
  try {
    return program();
  } finally {
    if (before === undefined) delete process.env.MLOPS_CONFIG_DIR;
    else process.env.MLOPS_CONFIG_DIR = before;
  }
}

const TEAM = [
  { email: "ada@example.com" },
  { email: "grace.hopper@example.com", workbench: { machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, dataDiskSizeGb: 500, idleTimeoutMinutes: 30 } },
  { email: "alan@example.com", workbench: { containerImage: "notebooks/pytorch:2.4" } },
];

/**
 * The environment of the cdktf tests (test/helpers.ts baseConfig) without the blocks of
 * capabilities the Pulumi side does not mirror yet; kept here so this file loads no cdktf module.
 */
function config(overrides: Partial<EnvironmentConfigInput> = {}): EnvironmentConfigInput {
  return { name: "test", projectId: "acme-ml-test", region: "europe-west4", tier: "dev", team: [{ email: "ada@example.com" }], ...overrides };
}

interface Built {
  readonly run: MockedRun<MlopsEnvironment>;
  /** Mapped resources of a Terraform type, keyed by logical key. */
  of(terraformType: string): Record<string, RecordedResource>;
  /** The one resource of a Terraform type with a key; fails when absent. */
  one(terraformType: string, key: string): RecordedResource;
  /** Terraform type and key of the resource with this URN. */
  at(urn: string): string;
}

function build(overrides: Partial<EnvironmentConfigInput> = {}): Promise<Built> {
  const spec = resolveEnvironment(EnvironmentConfigSchema.parse(config(overrides)));
  return runWithMocks(() => deployEnvironment(spec).environment, { stack: spec.name }).then((run) => {
    const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
    const of = (type: string) => Object.fromEntries(run.resources.filter((r) => r.terraform?.type === type).map((r) => [r.terraform!.key, r]));
    return {
      run,
      of,
      one(type, key) {
        const all = of(type);
        assert.ok(all[key], `no ${type} '${key}'; have: ${Object.keys(all).join(", ")}`);
        return all[key];
      },
      at(urn) {
        const r = byUrn.get(urn);
        return r?.terraform ? `${r.terraform.type} ${r.terraform.key}` : `${r?.type} ${r?.name}`;
      },
    };
  });
}

/** Memoized builds: each environment is built once, when a test first needs it. */
function lazily(overrides: Partial<EnvironmentConfigInput>): () => Promise<Built> {
  let built: Promise<Built> | undefined;
  return () => (built ??= build(overrides));
}

const dev = lazily({ tier: "dev", team: TEAM });
const preprod = lazily({ tier: "preprod", team: TEAM });
const prod = lazily({ tier: "prod", team: TEAM, labels: { "cost-center": "ml" } });
const TIERS = { dev, preprod, prod } as const;
const devCmek = lazily({ tier: "dev", encryption: { cmek: true, rotationDays: 30 } });
const sharedVpcDryRun = lazily({
  tier: "prod",
  network: { sharedVpc: { hostProjectId: "acme-net-host", network: "shared", subnetwork: "ml-europe" } },
  vpcServiceControls: { enabled: true, accessPolicy: "123456789" },
});
const PURPOSES = ["data", "artifacts", "pipeline-root", "checkpoints"];
const attrs = (r: RecordedResource) => r.terraform!.attributes;

describe("the Pulumi program (pulumi/index.ts) on the fixture environments", () => {
  test("stack dev reads <config dir>/dev.yaml, pins the provider and exports the cdktf stack's outputs (parity checks all three)", async () => {
    const run = await runWithMocks(() => fixtureProgram(), { stack: "dev" });
    const outputs = run.value;
    assert.deepEqual(Object.keys(outputs).filter((o) => !o.startsWith("workbench_") && !o.startsWith("model_") && !o.startsWith("feature_")).sort(), [
      "bucket_artifacts",
      "bucket_checkpoints",
      "bucket_data",
      "bucket_pipeline_root",
      "dataset_features",
      "dataset_monitoring",
      "dataset_raw",
      "network",
      "registry_containers",
      "registry_pipelines",
      "service_account_pipelines",
      "service_account_serving",
      "service_account_workbench",
      "subnetwork",
    ]);
    assert.equal(await valueOf(outputs.bucket_data), "gs://acme-mlops-dev-data");
    assert.equal(await valueOf(outputs.dataset_raw), "acme-mlops-dev.dev_raw");
    assert.equal(await valueOf(outputs.registry_containers), "us-central1-docker.pkg.dev/acme-mlops-dev/dev-containers");
    assert.deepEqual(await valueOf(outputs.workbench_dev_wb_ada), { name: "dev-wb-ada", proxyUri: "google_workbench_instance:dev-wb-ada.proxy_uri" });
    assert.deepEqual(
      run.resources.filter((r) => r.parent === "").map((r) => `${r.type} ${r.name} ${JSON.stringify(r.custom ? r.inputs : {})}`),
      ['pulumi:providers:gcp google {"project":"acme-mlops-dev","region":"us-central1"}', "mlops:index:MlopsEnvironment dev {}"],
    );
  });

  test("every custom resource uses the explicit provider pinned to the environment's project and region", async () => {
    const { run } = await prod();
    const provider = run.resources.find((r) => r.type === "pulumi:providers:gcp")!;
    for (const r of run.resources.filter((x) => x.custom && x.type !== "pulumi:providers:gcp")) {
      assert.equal(r.provider.split("::").slice(0, -1).join("::"), provider.urn, `${r.type} ${r.name}`);
    }
  });

  test("a stack without an environment file stops with the stacks that have one", () => {
    assert.throws(
      () => runStack("sandbox", FIXTURE_STACKS),
      (err: unknown) => {
        assert.ok(err instanceof pulumi.RunError, String(err));
        assert.match(err.message, /no environment file for stack 'sandbox': expected .*fixtures\/stacks\/sandbox\.yaml; stacks with a file: dev, preprod, prod/);
        return true;
      },
    );
  });

  test("an invalid environment file stops with every problem, file and line, and no stack trace", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-pulumi-"));
    fs.writeFileSync(path.join(dir, "dev.yaml"), "name: dev\nprojectId: Acme_ML\nregion: us-central1\ntier: dev\nmodles: []\n");
    assert.throws(
      () => runStack("dev", dir),
      (err: unknown) => {
        assert.ok(err instanceof pulumi.RunError);
        assert.match(err.message, /^error: 2 problems in \S*dev\.yaml:/, "a file's path, not 'the <path>'");
        assert.match(err.message, /dev\.yaml:2:12: projectId: not a valid project ID/);
        assert.match(err.message, /dev\.yaml:5:1: modles: unknown field; did you mean 'models'\?/);
        return true;
      },
    );
  });

  test("Pulumi.yaml: project gcp-mlops-constructs, nodejs loading index.ts through tsx (not Pulumi's bundled TypeScript 3.8)", () => {
    const project = parse(fs.readFileSync(path.join(__dirname, "..", "pulumi", "Pulumi.yaml"), "utf8"));
    assert.deepEqual(project.runtime, { name: "nodejs", options: { typescript: false, nodeargs: "--import=tsx", packagemanager: "npm" } });
    assert.equal(project.name, "gcp-mlops-constructs");
    assert.ok(fs.existsSync(path.join(__dirname, "..", "pulumi", project.main)));
  });

  test("config folder: MLOPS_CONFIG_DIR relative to the project root, else stacks/; .yml accepted", () => {
    const root = path.resolve(__dirname, "..");
    assert.equal(projectRoot(path.join(root, "pulumi")), root, "Pulumi runs the program in pulumi/; the project root is the nearest folder with a package.json");
    assert.equal(pulumiConfigDir({}, path.join(root, "examples")), path.join(root, "examples", "stacks"));
    assert.equal(pulumiConfigDir({}), path.join(root, "stacks"));
    assert.equal(pulumiConfigDir({ MLOPS_CONFIG_DIR: "examples/minimal" }), path.join(root, "examples", "minimal"));
    assert.equal(pulumiConfigDir({ MLOPS_CONFIG_DIR: "/abs/envs" }), "/abs/envs");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-pulumi-"));
    fs.writeFileSync(path.join(dir, "qa.yml"), "");
    assert.equal(environmentFileFor("qa", dir), path.join(dir, "qa.yml"));
  });
});

describe("Cloud Storage buckets", () => {
  test("one bucket per purpose, named <projectId>-<purpose>, in the environment's region", async () => {
    const buckets = (await prod()).of("google_storage_bucket");
    assert.deepEqual(Object.keys(buckets).sort(), PURPOSES.map((p) => `acme-ml-test-${p}`).sort());
    for (const b of Object.values(buckets)) {
      assert.equal(attrs(b).location, "EUROPE-WEST4");
      assert.equal(attrs(b).project, "acme-ml-test");
    }
  });

  test("private and versioned in every tier", async () => {
    for (const built of Object.values(TIERS)) {
      for (const b of Object.values((await built()).of("google_storage_bucket"))) {
        assert.equal(attrs(b).uniform_bucket_level_access, true);
        assert.equal(attrs(b).public_access_prevention, "enforced");
        assert.deepEqual(attrs(b).versioning, { enabled: true });
      }
    }
  });

  test("noncurrent versions and soft delete follow the tier", async () => {
    const expected = { dev: [7, 7], preprod: [30, 14], prod: [90, 30] } as const;
    for (const [tier, built] of Object.entries(TIERS) as [keyof typeof TIERS, () => Promise<Built>][]) {
      const b = attrs((await built()).one("google_storage_bucket", "acme-ml-test-data"));
      const [noncurrentDays, softDeleteDays] = expected[tier];
      assert.deepEqual(b.lifecycle_rule, [
        { action: { type: "Delete" }, condition: { days_since_noncurrent_time: noncurrentDays, with_state: "ARCHIVED" } },
        { action: { type: "AbortIncompleteMultipartUpload" }, condition: { age: 7 } },
      ]);
      assert.equal(b.soft_delete_policy.retention_duration_seconds, softDeleteDays * 86400);
    }
  });
});

describe("BigQuery datasets", () => {
  test("raw, features and monitoring datasets in the region, access through IAM members only", async () => {
    const ds = (await prod()).of("google_bigquery_dataset");
    assert.deepEqual(Object.keys(ds).sort(), ["test_features", "test_monitoring", "test_raw"]);
    assert.equal(attrs(ds.test_raw).location, "europe-west4");
    assert.equal(attrs(ds.test_raw).labels.component, "raw");
    assert.equal(attrs(ds.test_raw).access, undefined);
  });

  test("dev tables expire after 30 days and time travel is 2 days; prod keeps tables and 7 days", async () => {
    const d = attrs((await dev()).one("google_bigquery_dataset", "test_raw"));
    assert.equal(d.default_table_expiration_ms, 30 * 86_400_000);
    assert.equal(d.max_time_travel_hours, "48");
    const p = attrs((await prod()).one("google_bigquery_dataset", "test_raw"));
    assert.equal(p.default_table_expiration_ms, undefined);
    assert.equal(p.max_time_travel_hours, "168");
  });
});

describe("Artifact Registry", () => {
  test("a DOCKER repository with vulnerability scanning and a KFP repository", async () => {
    const built = await prod();
    const c = attrs(built.one("google_artifact_registry_repository", "test-containers"));
    assert.equal(c.format, "DOCKER");
    assert.equal(c.location, "europe-west4");
    assert.deepEqual(c.vulnerability_scanning_config, { enablement_config: "INHERITED" });
    const k = attrs(built.one("google_artifact_registry_repository", "test-pipelines"));
    assert.equal(k.format, "KFP");
    assert.equal(k.vulnerability_scanning_config, undefined);
  });

  test("cleanup policies per tier; immutable tags in prod", async () => {
    for (const [built, olderThan, keep, immutable] of [[dev, "604800s", 5, false], [prod, "2592000s", 20, true]] as const) {
      const c = attrs((await built()).one("google_artifact_registry_repository", "test-containers"));
      assert.equal(c.cleanup_policy_dry_run, false);
      assert.deepEqual(c.cleanup_policies, [
        { id: "delete-untagged", action: "DELETE", condition: { tag_state: "UNTAGGED", older_than: olderThan } },
        { id: "keep-recent", action: "KEEP", most_recent_versions: { keep_count: keep } },
      ]);
      assert.deepEqual(c.docker_config, { immutable_tags: immutable });
    }
  });
});

describe("deletion guards: protect is Pulumi's prevent_destroy", () => {
  const STATEFUL = ["google_storage_bucket", "google_bigquery_dataset", "google_artifact_registry_repository", "google_workbench_instance", "google_vertex_ai_tensorboard"];
  const FOREVER = ["google_kms_key_ring", "google_kms_crypto_key"];

  test("prod: exactly the stateful resources and the keys are protected; contents never deleted", async () => {
    const { run } = await prod();
    const protectedTypes = new Set(run.resources.filter((r) => r.protect).map((r) => r.terraform?.type ?? r.type));
    assert.deepEqual([...protectedTypes].sort(), [...STATEFUL, ...FOREVER].sort());
    for (const r of run.resources.filter((x) => STATEFUL.includes(x.terraform?.type ?? ""))) {
      assert.equal(r.protect, true, r.name);
      assert.equal(r.retainOnDelete, false, `${r.name}: a deliberate delete after lifting protect deletes, as after lifting prevent_destroy`);
      assert.notEqual(attrs(r).force_destroy, true);
      assert.notEqual(attrs(r).delete_contents_on_destroy, true);
    }
    assert.equal(run.resources.filter((r) => !r.custom && r.protect).length, 0, "no component is protected, so protect is not inherited by IAM members");
  });

  test("keys and key rings: protected and retained on delete in every tier that has them", async () => {
    for (const built of [preprod, prod, devCmek]) {
      const { run } = await built();
      const keys = run.resources.filter((r) => FOREVER.includes(r.terraform?.type ?? ""));
      assert.equal(keys.length, 1 + KEY_DOMAINS.length);
      for (const k of keys) assert.deepEqual([k.protect, k.retainOnDelete], [true, true], k.name);
    }
  });

  test("preprod: nothing protected but the keys; contents never deleted with their resource", async () => {
    const built = await preprod();
    assert.deepEqual(built.run.resources.filter((r) => r.protect && !FOREVER.includes(r.terraform?.type ?? "")).map((r) => r.name), []);
    for (const b of Object.values(built.of("google_storage_bucket"))) assert.equal(attrs(b).force_destroy, false);
    for (const d of Object.values(built.of("google_bigquery_dataset"))) assert.equal(attrs(d).delete_contents_on_destroy, false);
  });

  test("dev: nothing protected, teardown allowed", async () => {
    const built = await dev();
    assert.equal(built.run.resources.filter((r) => r.protect).length, 0);
    for (const b of Object.values(built.of("google_storage_bucket"))) assert.equal(attrs(b).force_destroy, true);
    for (const d of Object.values(built.of("google_bigquery_dataset"))) assert.equal(attrs(d).delete_contents_on_destroy, true);
  });
});

describe("project services", () => {
  test("APIs stay enabled on destroy and resources wait for them (and, with CMEK, for their key's grants)", async () => {
    const d = await dev();
    for (const s of Object.values(d.of("google_project_service"))) assert.equal(attrs(s).disable_on_destroy, false);
    assert.deepEqual(d.one("google_storage_bucket", "acme-ml-test-data").dependencies.map(d.at), ["google_project_service storage.googleapis.com"]);
    const p = await prod();
    const deps = p.one("google_bigquery_dataset", "test_raw").dependencies.map(p.at).sort();
    assert.ok(deps.includes("google_project_service bigquery.googleapis.com"));
    assert.ok(deps.some((x) => x.startsWith("google_kms_crypto_key_iam_member google_kms_crypto_key:bigquery.id roles/cloudkms.cryptoKeyEncrypterDecrypter")), deps.join("\n"));
  });
});

describe("network", () => {
  test("no allow rule from 0.0.0.0/0, SSH only from IAP, an explicit logged deny-all", async () => {
    for (const built of Object.values(TIERS)) {
      const fw = (await built()).of("google_compute_firewall");
      for (const r of Object.values(fw)) {
        if (attrs(r).allow) assert.ok(!attrs(r).source_ranges.includes("0.0.0.0/0"), r.name);
        assert.deepEqual(attrs(r).log_config, { metadata: "INCLUDE_ALL_METADATA" });
      }
      assert.deepEqual(attrs(fw["test-allow-iap-ssh"]).source_ranges, ["35.235.240.0/20"]);
      assert.deepEqual(attrs(fw["test-allow-iap-ssh"]).allow, [{ protocol: "tcp", ports: ["22"] }]);
      assert.deepEqual(attrs(fw["test-deny-all-ingress"]).deny, [{ protocol: "all" }]);
      assert.equal(attrs(fw["test-deny-all-ingress"]).priority, 65534);
    }
  });

  test("the subnet has Private Google Access and flow logs per tier; egress through Cloud NAT", async () => {
    for (const [tier, built] of Object.entries(TIERS)) {
      const b = await built();
      const subnet = attrs(b.one("google_compute_subnetwork", "test-subnet"));
      assert.equal(subnet.private_ip_google_access, true);
      assert.equal(subnet.ip_cidr_range, "10.10.0.0/20");
      assert.equal(subnet.network, "google_compute_network:test-vpc.id");
      assert.equal(subnet.log_config.flow_sampling, tier === "dev" ? 0.25 : 0.5);
      const nat = attrs(b.one("google_compute_router_nat", "test-nat"));
      assert.equal(nat.nat_ip_allocate_option, "AUTO_ONLY");
      assert.equal(nat.source_subnetwork_ip_ranges_to_nat, "LIST_OF_SUBNETWORKS");
      assert.deepEqual(nat.subnetwork, [{ name: "google_compute_subnetwork:test-subnet.id", source_ip_ranges_to_nat: ["ALL_IP_RANGES"] }]);
    }
  });

  test("no resource anywhere gets a public IP", async () => {
    for (const built of Object.values(TIERS)) {
      for (const r of (await built()).run.resources) assert.doesNotMatch(JSON.stringify(r.terraform?.attributes ?? {}), /access_config|"nat_ip"/, r.name);
    }
  });

  test("private services access in preprod and prod, not dev", async () => {
    assert.deepEqual((await dev()).of("google_service_networking_connection"), {});
    for (const built of [preprod, prod]) {
      const b = await built();
      const range = attrs(b.one("google_compute_global_address", "test-psa-range"));
      assert.equal(range.purpose, "VPC_PEERING");
      assert.equal(`${range.address}/${range.prefix_length}`, "10.20.0.0/16");
      const conn = attrs(b.one("google_service_networking_connection", "google_compute_network:test-vpc.id servicenetworking.googleapis.com"));
      assert.deepEqual(conn.reserved_peering_ranges, ["test-psa-range"]);
    }
  });

  test("a shared VPC creates no network and no private services access", async () => {
    const b = await sharedVpcDryRun();
    assert.deepEqual(b.run.resources.filter((r) => /^gcp:(compute|servicenetworking)\//.test(r.type)).map((r) => r.type), []);
    assert.equal(await valueOf(b.run.value.outputs.subnetwork), "projects/acme-net-host/regions/europe-west4/subnetworks/ml-europe");
    const ada = attrs(b.one("google_workbench_instance", "test-wb-ada"));
    assert.deepEqual(ada.gce_setup.network_interfaces, [
      { network: "projects/acme-net-host/global/networks/shared", subnet: "projects/acme-net-host/regions/europe-west4/subnetworks/ml-europe", nic_type: "GVNIC" },
    ]);
  });
});

describe("customer-managed encryption", () => {
  test("preprod and prod: buckets, datasets, repositories and Workbench disks use their domain's key and wait for its grants", async () => {
    const KEY_OF: Record<string, [string, (a: any) => unknown[]]> = {
      google_storage_bucket: ["storage", (a) => [a.encryption?.default_kms_key_name]],
      google_bigquery_dataset: ["bigquery", (a) => [a.default_encryption_configuration?.kms_key_name]],
      google_artifact_registry_repository: ["artifact-registry", (a) => [a.kms_key_name]],
      google_workbench_instance: ["workbench-disks", (a) => [a.gce_setup.boot_disk.kms_key, a.gce_setup.data_disks.kms_key]],
    };
    for (const built of [preprod, prod]) {
      const b = await built();
      let checked = 0;
      for (const [type, [domain, keysOf]] of Object.entries(KEY_OF)) {
        for (const r of Object.values(b.of(type))) {
          checked++;
          const key = `google_kms_crypto_key:${domain}.id`;
          assert.deepEqual(keysOf(attrs(r)), keysOf(attrs(r)).map(() => key), `${type} ${r.name}`);
          const grants = Object.values(b.of("google_kms_crypto_key_iam_member")).filter((g) => attrs(g).crypto_key_id === key);
          assert.ok(grants.length > 0);
          for (const g of grants) assert.ok(r.dependencies.includes(g.urn), `${r.name} waits for ${attrs(g).member}`);
        }
      }
      assert.equal(checked, 12);
    }
  });

  test("dev uses Google-managed keys (GMEK disks) unless it asks for CMEK", async () => {
    const d = await dev();
    assert.deepEqual(d.of("google_kms_crypto_key"), {});
    assert.equal(attrs(d.one("google_storage_bucket", "acme-ml-test-data")).encryption, undefined);
    const disk = attrs(d.one("google_workbench_instance", "test-wb-ada")).gce_setup.boot_disk;
    assert.deepEqual(disk, { disk_type: "PD_BALANCED", disk_size_gb: "150", disk_encryption: "GMEK" });
  });

  test("one key per domain, rotation from the config (90 days by default), in the region's key ring", async () => {
    for (const [b, rotation] of [[await prod(), "7776000s"], [await devCmek(), "2592000s"]] as const) {
      const keys = b.of("google_kms_crypto_key");
      assert.deepEqual(Object.keys(keys).sort(), [...KEY_DOMAINS].sort());
      for (const k of Object.values(keys)) {
        assert.equal(attrs(k).rotation_period, rotation);
        assert.equal(attrs(k).key_ring, "google_kms_key_ring:test-mlops.id");
        assert.deepEqual(attrs(k).version_template, { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protection_level: "SOFTWARE" });
      }
      assert.equal(attrs(b.one("google_kms_key_ring", "test-mlops")).location, "europe-west4");
    }
  });

  test("service agents hold encrypt/decrypt on exactly the keys they use, never on the ring or project", async () => {
    const b = await prod();
    const byDomain: Record<string, string[]> = {};
    for (const g of Object.values(b.of("google_kms_crypto_key_iam_member"))) {
      assert.equal(attrs(g).role, "roles/cloudkms.cryptoKeyEncrypterDecrypter");
      const domain = /^google_kms_crypto_key:(.+)\.id$/.exec(attrs(g).crypto_key_id)![1];
      (byDomain[domain] ??= []).push(attrs(g).member);
    }
    assert.deepEqual(byDomain, {
      storage: ["data.google_storage_project_service_account.member"],
      bigquery: ["data.google_bigquery_default_service_account.member"],
      "vertex-ai": ["serviceAccount:service-data.google_project.number@gcp-sa-aiplatform.iam.gserviceaccount.com"],
      "artifact-registry": ["serviceAccount:service-data.google_project.number@gcp-sa-artifactregistry.iam.gserviceaccount.com"],
      "workbench-disks": [
        "serviceAccount:service-data.google_project.number@compute-system.iam.gserviceaccount.com",
        "serviceAccount:service-data.google_project.number@gcp-sa-notebooks.iam.gserviceaccount.com",
      ],
      orchestration: [
        "serviceAccount:service-data.google_project.number@gcp-sa-pubsub.iam.gserviceaccount.com",
        "serviceAccount:service-data.google_project.number@gcp-sa-workflows.iam.gserviceaccount.com",
      ],
    });
    // The environment also reads the project number (for the Vertex AI agent's grants), hence the set.
    assert.deepEqual([...new Set(b.run.invokes.map((i) => i.token))].sort(), [
      "gcp:bigquery/getDefaultServiceAccount:getDefaultServiceAccount",
      "gcp:organizations/getProject:getProject",
      "gcp:storage/getProjectServiceAccount:getProjectServiceAccount",
    ]);
    for (const r of Object.values(b.of("google_project_iam_member"))) assert.doesNotMatch(attrs(r).role, /cloudkms/);
  });
});

describe("identity", () => {
  const sa = (w: string) => `serviceAccount:test-${w}@acme-ml-test.iam.gserviceaccount.com`;
  /** role on <what> for every grant to `member`, as identity.test.ts lists them. */
  async function grantsOf(member: string): Promise<string[]> {
    const b = await prod();
    const target: Record<string, (a: any) => string> = {
      google_project_iam_member: () => "project",
      google_storage_bucket_iam_member: (a) => `bucket ${a.bucket}`,
      google_bigquery_dataset_iam_member: (a) => `dataset ${a.dataset_id}`,
      google_artifact_registry_repository_iam_member: (a) => `repository ${a.repository}`,
      google_service_account_iam_member: (a) => `account ${a.service_account_id}`,
    };
    return b.run.resources
      .filter((r) => r.terraform && target[r.terraform.type] && attrs(r).member === member)
      .map((r) => `${attrs(r).role} on ${target[r.terraform!.type](attrs(r))}`)
      .sort();
  }

  test("one account per workload, named <env>-<workload>; no keys, no default compute account", async () => {
    const b = await prod();
    assert.deepEqual(Object.keys(b.of("google_service_account")).sort(), ["test-pipelines", "test-serving", "test-workbench"]);
    assert.equal(b.run.resources.filter((r) => /serviceaccount\/key:|ServiceAccountKey|hmacKey/i.test(r.type)).length, 0);
    for (const r of b.run.resources) assert.doesNotMatch(JSON.stringify(r.inputs), /-compute@developer\.gserviceaccount\.com/);
  });

  test("no primitive roles, no public members, serviceAccountUser never on the project", async () => {
    for (const built of Object.values(TIERS)) {
      for (const r of (await built()).run.resources.filter((x) => /_iam_member$/.test(x.terraform?.type ?? ""))) {
        assert.ok(!["roles/owner", "roles/editor", "roles/viewer"].includes(attrs(r).role), r.name);
        assert.ok(!["allUsers", "allAuthenticatedUsers"].includes(attrs(r).member), r.name);
        if (r.terraform!.type === "google_project_iam_member") assert.notEqual(attrs(r).role, "roles/iam.serviceAccountUser");
      }
    }
  });

  test("workbench: explore data, write artifacts, submit pipelines as the pipelines account", async () => {
    assert.deepEqual(await grantsOf(sa("workbench")), [
      "roles/aiplatform.user on project",
      "roles/artifactregistry.reader on repository google_artifact_registry_repository:test-containers.name",
      "roles/artifactregistry.reader on repository google_artifact_registry_repository:test-pipelines.name",
      "roles/bigquery.dataViewer on dataset test_features",
      "roles/bigquery.dataViewer on dataset test_raw",
      "roles/bigquery.jobUser on project",
      "roles/iam.serviceAccountUser on account google_service_account:test-pipelines.name",
      "roles/logging.logWriter on project",
      "roles/monitoring.metricWriter on project",
      "roles/storage.objectUser on bucket acme-ml-test-artifacts",
      "roles/storage.objectUser on bucket acme-ml-test-checkpoints",
      "roles/storage.objectUser on bucket acme-ml-test-pipeline-root",
      "roles/storage.objectViewer on bucket acme-ml-test-data",
    ]);
  });

  test("pipelines: run jobs as itself, build features, deploy with the serving identity", async () => {
    assert.deepEqual(await grantsOf(sa("pipelines")), [
      "roles/aiplatform.user on project",
      "roles/artifactregistry.reader on repository google_artifact_registry_repository:test-containers.name",
      "roles/artifactregistry.reader on repository google_artifact_registry_repository:test-pipelines.name",
      "roles/bigquery.dataEditor on dataset test_features",
      "roles/bigquery.dataViewer on dataset test_monitoring",
      "roles/bigquery.dataViewer on dataset test_raw",
      "roles/bigquery.jobUser on project",
      "roles/iam.serviceAccountUser on account google_service_account:test-pipelines.name",
      "roles/iam.serviceAccountUser on account google_service_account:test-serving.name",
      "roles/logging.logWriter on project",
      "roles/monitoring.metricWriter on project",
      "roles/storage.objectUser on bucket acme-ml-test-artifacts",
      "roles/storage.objectUser on bucket acme-ml-test-checkpoints",
      "roles/storage.objectUser on bucket acme-ml-test-pipeline-root",
      "roles/storage.objectViewer on bucket acme-ml-test-data",
    ]);
  });

  test("serving: read artifacts and images, write telemetry, nothing else", async () => {
    assert.deepEqual(await grantsOf(sa("serving")), [
      "roles/artifactregistry.reader on repository google_artifact_registry_repository:test-containers.name",
      "roles/logging.logWriter on project",
      "roles/monitoring.metricWriter on project",
      "roles/storage.objectViewer on bucket acme-ml-test-artifacts",
    ]);
  });

  test("grants by intent are made once, and extend the environment like on the cdktf side", async () => {
    const run = await runWithMocks(() => {
      const env = deployEnvironment(resolveEnvironment(EnvironmentConfigSchema.parse(config()))).environment;
      const ci = principal("group", "ml-ci@example.com");
      const first = env.registry.containers.grantWrite(ci);
      assert.equal(env.registry.containers.grantWrite(ci), first);
      return env;
    });
    const writers = run.resources.filter((r) => r.terraform?.type === "google_artifact_registry_repository_iam_member" && r.inputs.role === "roles/artifactregistry.writer");
    assert.deepEqual(writers.map((r) => [r.name, r.inputs.member]), [["test-registry-containers-group-ml-ci@example.com-artifactregistry-writer", "group:ml-ci@example.com"]]);
  });
});

describe("audit logs and VPC Service Controls", () => {
  test("Data Access audit logs for Vertex AI, BigQuery and Cloud Storage in preprod and prod", async () => {
    assert.deepEqual((await dev()).of("google_project_iam_audit_config"), {});
    for (const built of [preprod, prod]) {
      const configs = (await built()).of("google_project_iam_audit_config");
      assert.deepEqual(Object.keys(configs).sort(), ["aiplatform.googleapis.com", "bigquery.googleapis.com", "storage.googleapis.com"]);
      for (const c of Object.values(configs)) assert.deepEqual(attrs(c).audit_log_config, [{ log_type: "ADMIN_READ" }, { log_type: "DATA_READ" }, { log_type: "DATA_WRITE" }]);
    }
  });

  test("no perimeter by default; when enabled, dry-run first, enforced on request", async () => {
    assert.deepEqual((await prod()).of("google_access_context_manager_service_perimeter"), {});
    const name = "accessPolicies/123456789/servicePerimeters/test_mlops";
    const dry = attrs((await sharedVpcDryRun()).one("google_access_context_manager_service_perimeter", name));
    assert.equal(dry.parent, "accessPolicies/123456789");
    assert.equal(dry.use_explicit_dry_run_spec, true);
    assert.equal(dry.status, undefined);
    assert.deepEqual(dry.spec, {
      resources: ["projects/data.google_project.number"],
      restricted_services: ["aiplatform.googleapis.com", "artifactregistry.googleapis.com", "bigquery.googleapis.com", "notebooks.googleapis.com", "storage.googleapis.com"],
      vpc_accessible_services: { enable_restriction: true, allowed_services: ["RESTRICTED-SERVICES"] },
    });
    const enforced = attrs(
      (await build({ tier: "prod", vpcServiceControls: { enabled: true, accessPolicy: "123456789", mode: "enforced" } })).one("google_access_context_manager_service_perimeter", name),
    );
    assert.equal(enforced.use_explicit_dry_run_spec, false);
    assert.equal(enforced.spec, undefined);
    assert.equal(enforced.status.restricted_services.length, 5);
  });
});

describe("Workbench: one private, hardened instance per team member", () => {
  const instance = async (built: () => Promise<Built>, name: string) => attrs((await built()).one("google_workbench_instance", name));

  test("one instance per member, owned by that member alone, running as the workbench account", async () => {
    const all = (await prod()).of("google_workbench_instance");
    assert.deepEqual(Object.keys(all).sort(), ["test-wb-ada", "test-wb-alan", "test-wb-grace-hopper"]);
    const ada = attrs(all["test-wb-ada"]);
    assert.deepEqual(ada.instance_owners, ["ada@example.com"]);
    assert.equal(ada.location, "europe-west4-b");
    for (const r of Object.values(all)) assert.deepEqual(attrs(r).gce_setup.service_accounts, [{ email: "test-workbench@acme-ml-test.iam.gserviceaccount.com" }]);
  });

  test("no public IP, on the environment's subnet, Shielded VM, root disabled, proxy access on", async () => {
    for (const r of Object.values((await prod()).of("google_workbench_instance"))) {
      const g = attrs(r).gce_setup;
      assert.equal(g.disable_public_ip, true);
      assert.equal(g.enable_ip_forwarding, false);
      assert.deepEqual(g.network_interfaces, [{ network: "google_compute_network:test-vpc.id", subnet: "google_compute_subnetwork:test-subnet.id", nic_type: "GVNIC" }]);
      assert.deepEqual(g.shielded_instance_config, { enable_secure_boot: true, enable_vtpm: true, enable_integrity_monitoring: true });
      assert.equal(g.metadata["notebook-disable-root"], "true");
      assert.equal(g.metadata["serial-port-enable"], "false");
      assert.equal(g.metadata["block-project-ssh-keys"], "true");
      assert.equal(attrs(r).disable_proxy_access, false);
    }
  });

  test("idle shutdown from the tier, overridable per member; downloads disabled in prod only", async () => {
    assert.equal((await instance(dev, "test-wb-ada")).gce_setup.metadata["idle-timeout-seconds"], "3600");
    assert.equal((await instance(prod, "test-wb-ada")).gce_setup.metadata["idle-timeout-seconds"], "10800");
    assert.equal((await instance(prod, "test-wb-grace-hopper")).gce_setup.metadata["idle-timeout-seconds"], "1800");
    assert.equal((await instance(prod, "test-wb-ada")).gce_setup.metadata["notebook-disable-downloads"], "true");
    assert.equal((await instance(dev, "test-wb-ada")).gce_setup.metadata["notebook-disable-downloads"], "false");
  });

  test("per-member machine type, GPU, data disk and container image", async () => {
    const grace = (await instance(prod, "test-wb-grace-hopper")).gce_setup;
    assert.equal(grace.machine_type, "n1-standard-8");
    assert.deepEqual(grace.accelerator_configs, [{ type: "NVIDIA_TESLA_T4", core_count: "1" }]);
    assert.equal(grace.data_disks.disk_size_gb, "500");
    const ada = (await instance(prod, "test-wb-ada")).gce_setup;
    assert.equal(ada.machine_type, "e2-standard-4");
    assert.equal(ada.accelerator_configs, undefined);
    assert.deepEqual((await instance(prod, "test-wb-alan")).gce_setup.container_image, {
      repository: "europe-west4-docker.pkg.dev/acme-ml-test/test-containers/notebooks/pytorch",
      tag: "2.4",
    });
  });

  test("each member administers only their own instance and may act as the workbench account", async () => {
    const b = await prod();
    assert.deepEqual(
      Object.values(b.of("google_workbench_instance_iam_member")).map((m) => `${attrs(m).member} ${attrs(m).role} ${attrs(m).name}`).sort(),
      [
        "user:ada@example.com roles/notebooks.admin test-wb-ada",
        "user:alan@example.com roles/notebooks.admin test-wb-alan",
        "user:grace.hopper@example.com roles/notebooks.admin test-wb-grace-hopper",
      ],
    );
    const actAs = Object.values(b.of("google_service_account_iam_member")).filter((m) => attrs(m).member.startsWith("user:"));
    assert.deepEqual(actAs.map((m) => `${attrs(m).member} ${attrs(m).role} ${attrs(m).service_account_id}`).sort(), [
      "user:ada@example.com roles/iam.serviceAccountUser google_service_account:test-workbench.name",
      "user:alan@example.com roles/iam.serviceAccountUser google_service_account:test-workbench.name",
      "user:grace.hopper@example.com roles/iam.serviceAccountUser google_service_account:test-workbench.name",
    ]);
    assert.equal(Object.values(b.of("google_project_iam_member")).filter((m) => attrs(m).member.startsWith("user:")).length, 0);
  });

  test("outputs: each member's instance name and proxy URI", async () => {
    assert.deepEqual(await valueOf((await prod()).run.value.outputs.workbench_test_wb_ada), {
      name: "test-wb-ada",
      proxyUri: "google_workbench_instance:test-wb-ada.proxy_uri",
    });
  });

  test("instances are keyed by email: adding or removing a member changes no other URN", async () => {
    const urns = (b: Built) => b.run.resources.filter((r) => /^gcp:workbench\//.test(r.type)).map((r) => r.urn).sort();
    const before = urns(await prod());
    const added = urns(await build({ tier: "prod", labels: { "cost-center": "ml" }, team: [{ email: "new@example.com" }, ...TEAM] }));
    assert.equal(added.length, 8);
    for (const u of before) assert.ok(added.includes(u), u);
    const removed = urns(await build({ tier: "prod", labels: { "cost-center": "ml" }, team: TEAM.slice(1) }));
    assert.deepEqual(removed, before.filter((u) => !u.includes("ada@example.com")));
    assert.ok(before.some((u) => u.endsWith("::test-workbench-ada@example.com")), before.join("\n"));
  });
});

describe("labels", () => {
  test("every labelable resource carries environment, tier, component, managed-by and the user's labels", async () => {
    // Which types take labels, and in which attribute, comes from the provider's schema (as on the cdktf side).
    const types = new Set<string>();
    for (const r of (await prod()).run.resources.filter((x) => x.terraform && LABEL_ATTRIBUTE[x.terraform.type])) {
      types.add(r.terraform!.type);
      const labels = attrs(r)[LABEL_ATTRIBUTE[r.terraform!.type]] ?? {};
      assert.deepEqual([labels.environment, labels.tier, labels["managed-by"], labels["cost-center"]], ["test", "prod", "gcp-mlops-constructs", "ml"], r.name);
      assert.match(labels.component ?? "", /^[a-z][a-z0-9-]*$/, r.name);
    }
    for (const type of ["google_storage_bucket", "google_bigquery_dataset", "google_artifact_registry_repository", "google_kms_crypto_key", "google_workbench_instance", "google_vertex_ai_tensorboard"]) {
      assert.ok(types.has(type), `${type} was checked`);
    }
  });
});

describe("Terraform's shape of Pulumi inputs", () => {
  test("snake_case names, pluralized blocks renamed, label and metadata keys kept", () => {
    assert.equal(snakeCase("sourceSubnetworkIpRangesToNat"), "source_subnetwork_ip_ranges_to_nat");
    const nat = RESOURCE_MAPPINGS.find((m) => m.terraform === "google_compute_router_nat");
    assert.deepEqual(
      toTerraformShape(nat, { subnetworks: [{ name: "s", sourceIpRangesToNats: ["ALL_IP_RANGES"] }], labels: { costCenter: "x" }, gceSetup: { metadata: { enableOsLogin: "1" } }, skipped: undefined }),
      { subnetwork: [{ name: "s", source_ip_ranges_to_nat: ["ALL_IP_RANGES"] }], labels: { costCenter: "x" }, gce_setup: { metadata: { enableOsLogin: "1" } } },
    );
  });

  test("the README's mapping tables list every row of RESOURCE_MAPPINGS and DATA_SOURCE_MAPPINGS", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "lib", "pulumi", "README.md"), "utf8");
    for (const m of [...RESOURCE_MAPPINGS, ...DATA_SOURCE_MAPPINGS]) assert.ok(readme.includes(`| \`${m.terraform}\` | \`${m.pulumi}\` |`), m.terraform);
  });

  test("each Terraform type and each Pulumi type is mapped once", () => {
    for (const side of ["terraform", "pulumi"] as const) {
      const all = RESOURCE_MAPPINGS.map((m) => m[side]);
      assert.deepEqual(all.filter((t, i) => all.indexOf(t) !== i), [], side);
    }
  });
});

describe("engines in separate entry points", () => {
  test("lib/pulumi imports no cdktf module, directly or through the parts of lib/ it uses", () => {
    const lib = path.join(__dirname, "..", "lib");
    const seen = new Set<string>();
    // Walks relative imports from a file; every module reached must be free of cdktf and the provider.
    const walk = (file: string, from: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(file, "utf8");
      // Type-only imports are erased before the code runs, so they load nothing.
      for (const [, typeOnly, spec] of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s*["']([^"']+)["']/gm)) {
        if (typeOnly) continue;
        assert.doesNotMatch(spec, /^(cdktf|constructs|@cdktf\/)/, `${path.relative(lib, file)} (reached from ${from}) imports ${spec}`);
        if (!spec.startsWith(".")) continue;
        const target = path.resolve(path.dirname(file), spec);
        assert.notEqual(path.relative(lib, target), "cdktf", `${path.relative(lib, file)} (reached from ${from}) imports lib/cdktf`);
        const candidates = [`${target}.ts`, path.join(target, "index.ts")];
        const found = candidates.find((c) => fs.existsSync(c));
        if (found) walk(found, from);
      }
    };
    const dir = path.join(lib, "pulumi");
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".ts"))) walk(path.join(dir, f), `lib/pulumi/${f}`);
    assert.ok(seen.size > 20, "sanity: the walk followed the imports");
  });

  test("the cdktf side never loads Pulumi: no @pulumi import, and from lib/pulumi only files that load no Pulumi module", () => {
    const root = path.join(__dirname, "..");
    const importsOf = (file: string) => [...fs.readFileSync(file, "utf8").matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
    // lib/pulumi files that load @pulumi, directly or through a sibling.
    const dir = path.join(root, "lib", "pulumi");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
    const bound = new Set<string>();
    for (let changed = true; changed; ) {
      changed = false;
      for (const f of files) {
        if (bound.has(f)) continue;
        const hit = importsOf(f).some((spec) => spec.startsWith("@pulumi/") || (spec.startsWith("./") && bound.has(path.join(dir, `${spec.slice(2)}.ts`))));
        if (hit) (bound.add(f), (changed = true));
      }
    }
    assert.ok(bound.has(path.join(dir, "index.ts")) && !bound.has(path.join(dir, "mapping.ts")), "sanity: index loads Pulumi, mapping does not");
    const sources = (rel: string): string[] =>
      fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
        const sub = path.join(rel, e.name);
        if (e.isDirectory()) return sub === path.join("lib", "pulumi") ? [] : sources(sub);
        return sub.endsWith(".ts") ? [sub] : [];
      });
    for (const f of [...sources("lib"), ...sources("stacks")]) {
      for (const spec of importsOf(path.join(root, f))) {
        assert.ok(!spec.startsWith("@pulumi/"), `${f} imports ${spec}`);
        if (!spec.startsWith(".")) continue;
        const target = path.resolve(root, path.dirname(f), spec);
        const file = fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, "index.ts");
        assert.ok(!bound.has(file), `${f} imports ${spec}, which loads Pulumi`);
      }
    }
  });
});
