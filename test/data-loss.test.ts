/**
 * Data-loss guards, proved on one environment with every capability turned on
 * (test/fixtures/everything-prod.yaml): in prod every stateful resource carries
 * lifecycle.prevent_destroy and no flag that deletes its contents with it; keys and key rings are
 * guarded in every tier; dev allows the teardown the docs promise and preprod keeps contents.
 *
 * Every resource type the stack creates is classified below as stateful or not, so a capability
 * that brings a new type fails here until someone decides whether, and how, it is guarded.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse, stringify } from "yaml";
import { Testing } from "../lib/cdktn";
import { parseEnvironment } from "../lib/config/load";
import { resolveEnvironment } from "../lib/config/spec";
import { formatProblem } from "../lib/core/errors";
import { STATEFUL_TYPES as POLICY_STATEFUL_TYPES } from "../lib/policy/stateful";
import { hasDeletionPolicy } from "../lib/policy/rules/deletion-prevent-destroy";
import { STATEFUL_TYPES as REVIEW_STATEFUL_TYPES } from "../lib/review/stateful";
import { MlopsStack } from "../lib/stack";

const FIXTURE = path.join(__dirname, "fixtures", "everything-prod.yaml");
const FIXTURE_YAML = parse(fs.readFileSync(FIXTURE, "utf8"));

/** Stateful as the library's two lists define it: the policy pack's deletion guards and the change review's replacement warnings. */
const STATEFUL = new Set([...Object.keys(POLICY_STATEFUL_TYPES), ...Object.keys(REVIEW_STATEFUL_TYPES)]);

/** The stateful types an environment with every capability creates. A new one must be added here, with its guard. */
const EXPECTED_STATEFUL_TYPES = [
  "google_artifact_registry_repository",
  "google_bigquery_dataset",
  "google_bigquery_table",
  "google_iam_workload_identity_pool",
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
];

/** Every other type the stack creates, and why losing it loses no data. */
const NOT_STATEFUL: Readonly<Record<string, string>> = {
  google_access_context_manager_service_perimeter: "perimeter configuration, recreated from the YAML",
  google_artifact_registry_repository_iam_member: "IAM grant",
  google_bigquery_data_transfer_config: "scheduled query definition; its results live in the monitoring dataset",
  google_bigquery_dataset_iam_member: "IAM grant",
  google_billing_budget: "budget definition",
  google_cloud_scheduler_job: "schedule definition",
  google_compute_firewall: "network configuration",
  google_compute_global_address: "reserved range, recreated with the same CIDR",
  google_compute_network: "network configuration",
  google_compute_router: "network configuration",
  google_compute_router_nat: "network configuration",
  google_storage_bucket_object: "the serving capacity document, rewritten from the YAML on every apply",
  time_sleep: "a wait on create (the overdue alert's log-based metric); nothing in Google Cloud",
  google_compute_subnetwork: "network configuration",
  google_eventarc_trigger: "event routing",
  google_iam_workload_identity_pool_provider: "trust configuration of a guarded pool (it carries prevent_destroy in prod too)",
  google_kms_crypto_key_iam_member: "IAM grant",
  google_logging_metric: "metric definition",
  google_monitoring_alert_policy: "alert definition",
  google_monitoring_dashboard: "dashboard definition",
  google_monitoring_notification_channel: "channel definition; secrets stay in Secret Manager",
  google_project_iam_audit_config: "audit configuration",
  google_project_iam_member: "IAM grant",
  google_project_service: "API enablement, left enabled on destroy",
  google_pubsub_topic: "alert fan-out; messages are transient",
  google_pubsub_topic_iam_member: "IAM grant",
  google_service_account: "identity without keys; grants made outside the stack must be renewed if it is recreated",
  google_service_account_iam_member: "IAM grant",
  google_service_networking_connection: "peering configuration",
  google_storage_bucket_iam_member: "IAM grant",
  google_workbench_instance_iam_member: "IAM grant",
  google_workflows_workflow: "workflow definition (deletion_protection follows the tier)",
};

/**
 * Stateful types without prevent_destroy in prod, on purpose: none in a prod environment today.
 * (Deployment resource pools, which are immutable and unguarded, exist only without CMEK, so never in prod.)
 */
const UNGUARDED_BY_DESIGN: Readonly<Record<string, string>> = {
  // Stateful for the review (destroying one interrupts serving: a loud warning), but they hold no
  // data of their own: a feature is a registration of a column, a view's data is synced again from BigQuery.
  google_vertex_ai_feature_group_feature: "a registration of a column of its guarded group's table; recreated from the YAML",
  google_vertex_ai_feature_online_store_featureview: "its data is synced again from BigQuery; the review warns when one is destroyed",
};

/** Keys make data readable: guarded in every tier (README, "Keys are forever"). */
const GUARDED_IN_EVERY_TIER = ["google_kms_crypto_key", "google_kms_key_ring"];

/** The fixture as YAML text, with `edit` applied to its parsed form; validated like a stack file. */
function environmentYaml(edit?: (doc: any) => void): string {
  const doc = structuredClone(FIXTURE_YAML);
  edit?.(doc);
  return stringify(doc);
}

function synth(edit?: (doc: any) => void): any {
  const { config, problems } = parseEnvironment(environmentYaml(edit), "everything-prod.yaml");
  assert.ok(config, problems.map(formatProblem).join("\n"));
  const stack = new MlopsStack(Testing.app(), { spec: resolveEnvironment(config) });
  Testing.synth(stack, true); // runs the policy pack: an error finding in prod fails here
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

interface Found {
  readonly type: string;
  readonly path: string;
  readonly r: any;
}

function all(json: any): Found[] {
  return Object.entries<Record<string, any>>(json.resource ?? {}).flatMap(([type, byId]) =>
    Object.values(byId).map((r) => ({ type, path: String(r["//"]?.metadata?.path ?? "?"), r })),
  );
}

const stateful = (json: any) => all(json).filter((f) => STATEFUL.has(f.type));
const typesOf = (found: Found[]) => [...new Set(found.map((f) => f.type))].sort();

/** The attribute, if any, through which destroying a resource of `type` also deletes its contents, and the value that does. */
function teardownOf(type: string): { attribute: string; dangerous: boolean } | undefined {
  return POLICY_STATEFUL_TYPES[type]?.teardown;
}

const prod = synth();
const preprod = synth((d) => {
  d.tier = "preprod";
});
// Dev with customer-managed keys, so that keys exist to be checked.
const dev = synth((d) => {
  d.tier = "dev";
  d.encryption = { cmek: true };
});

describe("data-loss guards (test/fixtures/everything-prod.yaml: every capability on)", () => {
  test("the stateful types found are exactly the expected list", () => {
    assert.deepEqual(typesOf(stateful(prod)), EXPECTED_STATEFUL_TYPES, "a stateful type appeared or disappeared: add it with its guard, or remove it");
    for (const json of [preprod, dev]) assert.deepEqual(typesOf(stateful(json)), EXPECTED_STATEFUL_TYPES);
  });

  test("every resource type the stack creates is classified as stateful or not", () => {
    const unclassified = [prod, preprod, dev].flatMap((json) => typesOf(all(json))).filter((t) => !STATEFUL.has(t) && !(t in NOT_STATEFUL));
    assert.deepEqual([...new Set(unclassified)], [], "new resource types: list them in lib/policy/stateful.ts when they hold data, or in NOT_STATEFUL here with the reason");
    const stale = Object.keys(NOT_STATEFUL).filter((t) => STATEFUL.has(t) || !typesOf(all(prod)).includes(t));
    assert.deepEqual(stale, [], "NOT_STATEFUL names types the prod stack does not create, or that are stateful");
  });

  test("the fixture exercises every capability: capacity document, all triggers, skew, feature store, perimeter, delivery", () => {
    const types = typesOf(all(prod));
    for (const t of [
      "google_workbench_instance",
      "google_vertex_ai_feature_online_store",
      "google_cloud_scheduler_job",
      "google_eventarc_trigger",
      "google_pubsub_topic",
      "google_bigquery_data_transfer_config",
      "google_billing_budget",
      "google_access_context_manager_service_perimeter",
      "google_iam_workload_identity_pool",
      "google_project_iam_audit_config",
    ]) {
      assert.ok(types.includes(t), `no ${t}`);
    }
    // Three models; CMEK endpoints, so no deployment resource pool: their capacity is in the document.
    assert.equal(Object.keys(prod.resource.google_vertex_ai_endpoint).length, 3);
    assert.equal(prod.resource.google_vertex_ai_deployment_resource_pool, undefined);
    const capacity = JSON.parse(Object.values<any>(prod.resource.google_storage_bucket_object)[0].content);
    assert.deepEqual(Object.keys(capacity.models), ["churn", "fraud", "ltv"]);
    // Deployer and planner pools.
    assert.equal(Object.keys(prod.resource.google_iam_workload_identity_pool).length, 2);
  });

  test("prod: every stateful resource carries lifecycle.prevent_destroy", () => {
    const unguarded = stateful(prod).filter((f) => f.r.lifecycle?.prevent_destroy !== true && !(f.type in UNGUARDED_BY_DESIGN));
    assert.deepEqual(unguarded.map((f) => `${f.type} ${f.path}`), []);
    for (const type of Object.keys(UNGUARDED_BY_DESIGN)) {
      const found = stateful(prod).filter((f) => f.type === type);
      for (const f of found) assert.equal(f.r.lifecycle?.prevent_destroy, undefined, `${f.path}: now guarded; update UNGUARDED_BY_DESIGN and lib/serving/README.md`);
    }
  });

  test('prod: every guarded resource also carries deletion_policy = "PREVENT" where the provider has it; Workbench its own deletion protection', () => {
    const guarded = stateful(prod).filter((f) => f.r.lifecycle?.prevent_destroy === true);
    const withPolicy = guarded.filter((f) => hasDeletionPolicy(f.type));
    assert.deepEqual(guarded.filter((f) => !hasDeletionPolicy(f.type)).map((f) => f.type), ["google_kms_key_ring"], "only the key ring has no deletion_policy");
    assert.deepEqual(withPolicy.filter((f) => f.r.deletion_policy !== "PREVENT").map((f) => `${f.type} ${f.path}`), []);
    assert.ok(withPolicy.length >= 20, `${withPolicy.length} resources`);
    for (const w of Object.values<any>(prod.resource.google_workbench_instance)) assert.equal(w.enable_deletion_protection, true);
    // Resources that are not guarded keep the provider's default.
    assert.deepEqual(all(prod).filter((f) => f.r.deletion_policy !== undefined && f.r.lifecycle?.prevent_destroy !== true).map((f) => f.type), []);
  });

  test('preprod and dev: only the keys carry deletion_policy = "PREVENT"', () => {
    for (const json of [preprod, dev]) {
      const set = all(json).filter((f) => f.r.deletion_policy !== undefined);
      assert.deepEqual([...new Set(set.map((f) => `${f.type}=${f.r.deletion_policy}`))], ["google_kms_crypto_key=PREVENT"]);
      for (const w of Object.values<any>(json.resource.google_workbench_instance)) assert.equal(w.enable_deletion_protection, undefined);
    }
  });

  test("prod: no resource of any type deletes contents on destroy or lifts deletion protection", () => {
    const offenders = all(prod).filter((f) => f.r.force_destroy === true || f.r.delete_contents_on_destroy === true || f.r.deletion_protection === false);
    assert.deepEqual(offenders.map((f) => `${f.type} ${f.path}`), []);
  });

  test("prod: stateful types with a teardown flag set it to the safe value explicitly", () => {
    const flagged = stateful(prod).filter((f) => teardownOf(f.type));
    assert.deepEqual(typesOf(flagged), ["google_bigquery_dataset", "google_bigquery_table", "google_storage_bucket", "google_vertex_ai_feature_online_store"]);
    for (const f of flagged) {
      const { attribute, dangerous } = teardownOf(f.type)!;
      assert.equal(f.r[attribute], !dangerous, `${f.type} ${f.path}: ${attribute}`);
    }
    assert.equal(Object.values<any>(prod.resource.google_workflows_workflow)[0].deletion_protection, true);
  });

  test("keys and the key ring carry prevent_destroy in every tier", () => {
    for (const [tier, json] of Object.entries({ dev, preprod, prod })) {
      for (const type of GUARDED_IN_EVERY_TIER) {
        const found = all(json).filter((f) => f.type === type);
        assert.ok(found.length > 0, `${tier}: no ${type}`);
        for (const f of found) assert.equal(f.r.lifecycle?.prevent_destroy, true, `${tier}: ${type} ${f.path}`);
      }
    }
    assert.equal(Object.keys(prod.resource.google_kms_crypto_key).length, 6);
  });

  test("preprod: contents are never deleted with their resource, and nothing else is guarded", () => {
    for (const f of stateful(preprod)) {
      const flag = teardownOf(f.type);
      if (flag) assert.equal(f.r[flag.attribute], !flag.dangerous, `${f.type} ${f.path}: ${flag.attribute}`);
      const guarded = GUARDED_IN_EVERY_TIER.includes(f.type);
      assert.equal(f.r.lifecycle?.prevent_destroy, guarded ? true : undefined, `${f.type} ${f.path}`);
    }
  });

  test("dev: teardown is allowed where documented (buckets, datasets, the feature tables, the online store delete their contents; only keys are guarded)", () => {
    const torn = stateful(dev).filter((f) => teardownOf(f.type));
    assert.deepEqual(typesOf(torn), ["google_bigquery_dataset", "google_bigquery_table", "google_storage_bucket", "google_vertex_ai_feature_online_store"]);
    for (const f of torn) {
      const { attribute, dangerous } = teardownOf(f.type)!;
      assert.equal(f.r[attribute], dangerous, `${f.type} ${f.path}: ${attribute}`);
    }
    for (const f of stateful(dev)) {
      const guarded = GUARDED_IN_EVERY_TIER.includes(f.type);
      assert.equal(f.r.lifecycle?.prevent_destroy, guarded ? true : undefined, `${f.type} ${f.path}`);
    }
  });

  test("Model Garden deployments (no CMEK, always public) exist only in dev, where teardown is allowed: preprod and prod refuse them", () => {
    const garden = {
      name: "gemma",
      source: "modelGarden",
      publisherModel: "publishers/google/models/gemma3@gemma-3-1b-it",
      acceptEula: true,
      machineType: "g2-standard-12",
      maxReplicas: 1,
      publicEndpoint: true,
    };
    for (const tier of ["prod", "preprod"]) {
      const { problems } = parseEnvironment(
        environmentYaml((d) => {
          d.tier = tier;
          d.models.push(garden);
        }),
        "everything-prod.yaml",
      );
      assert.ok(
        problems.some((p) => p.path === "models[3].source" && /customer-managed key/.test(p.message)),
        `${tier}: ${problems.map(formatProblem).join("\n")}`,
      );
    }
    // Dev without customer-managed keys, the only place a Model Garden deployment is accepted.
    const json = synth((d) => {
      d.tier = "dev";
      d.models = [garden];
      delete d.alerting; // its overrides name the fixture's models
    });
    const deployments = Object.values<any>(json.resource.google_vertex_ai_endpoint_with_model_garden_deployment);
    assert.equal(deployments.length, 1);
    assert.equal(deployments[0].lifecycle?.prevent_destroy, undefined, "dev: torn down with the environment");
  });
});
