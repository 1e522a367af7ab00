import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ProjectService } from "../provider/google/project-service";
import { GoogleProvider } from "../provider/google/provider";
import { MlopsDataset } from "../lib/bigquery/dataset";
import { TerraformStack, Testing } from "../lib/cdktn";
import { FeatureStoreConfigInput } from "../lib/config/features";
import { ValidationError } from "../lib/core/errors";
import { FEATURE_READER_ROLE, FeatureStore, FeatureStoreProps } from "../lib/featurestore/feature-store";
import { FeatureStorePreset } from "../lib/featurestore/presets";
import { WorkloadServiceAccount } from "../lib/identity/service-account";
import { config, FEATURE_STORE_PRESETS, PROTECTION, Tier } from "./fixtures/featurestore";
import { synthEnvironment } from "./helpers";

interface Built {
  readonly json: any;
  readonly store: FeatureStore;
}

interface Options {
  readonly tier?: Tier;
  readonly config?: FeatureStoreConfigInput;
  readonly preset?: FeatureStorePreset;
  readonly props?: Partial<FeatureStoreProps>;
  /** Enable the Vertex AI API in the stack and pass it as `dependsOn`. */
  readonly withApi?: boolean;
  /** Runs on the stack's service accounts before the store is created (e.g. grants made elsewhere). */
  readonly before?: (accounts: { serving: WorkloadServiceAccount; pipelines: WorkloadServiceAccount }) => void;
}

/** A stack with the features dataset, the two workload accounts and a FeatureStore with id `FeatureStore`. */
function build(o: Options = {}): Built {
  const tier = o.tier ?? "dev";
  const stack = new TerraformStack(Testing.app(), "t");
  new GoogleProvider(stack, "google", { project: "acme-ml-test", region: "us-central1" });
  const features = new MlopsDataset(stack, "features", { projectId: "acme-ml-test", region: "us-central1", datasetId: "test_features", purpose: "features" });
  const account = (key: string) =>
    new WorkloadServiceAccount(stack, key, { projectId: "acme-ml-test", accountId: `test-${key}`, grantKey: key, displayName: key });
  const serving = account("serving");
  const pipelines = account("pipelines");
  o.before?.({ serving, pipelines });
  const api = o.withApi ? [new ProjectService(stack, "VertexApi", { project: "acme-ml-test", service: "aiplatform.googleapis.com" })] : undefined;
  const store = new FeatureStore(stack, "FeatureStore", {
    projectId: "acme-ml-test",
    region: "us-central1",
    labels: { environment: "test", tier },
    name: "test_features",
    config: o.config ?? config(),
    preset: o.preset ?? FEATURE_STORE_PRESETS[tier],
    featuresDataset: features,
    servingAccount: serving,
    pipelinesAccount: pipelines,
    protection: PROTECTION[tier],
    dependsOn: api,
    ...o.props,
  });
  Testing.synth(stack, true);
  return { json: JSON.parse(JSON.stringify(stack.toTerraform())), store };
}

/** Resources of one type keyed by construct path below the stack, without the hidden `Resource` segment. */
function resources(json: any, type: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const r of Object.values<any>(json.resource?.[type] ?? {})) {
    out[r["//"].metadata.path.split("/").slice(1).filter((s: string) => s !== "Resource").join("/")] = r;
  }
  return out;
}

function resource(json: any, type: string, path: string): any {
  const all = resources(json, type);
  assert.ok(all[path], `no ${type} at ${path}; have: ${Object.keys(all).join(", ")}`);
  return all[path];
}

const ref = (type: string, r: any, attr: string) => `\${${type}.${r["//"].metadata.uniqueId}.${attr}}`;
const address = (type: string, r: any) => `${type}.${r["//"].metadata.uniqueId}`;

const STORE = "google_vertex_ai_feature_online_store";
const GROUP = "google_vertex_ai_feature_group";
const FEATURE = "google_vertex_ai_feature_group_feature";
const VIEW = "google_vertex_ai_feature_online_store_featureview";
const TABLE = "google_bigquery_table";

/** Every problem of a ValidationError as `path: message`, or fails. */
function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ValidationError, `expected ValidationError, got ${String(err)}`);
    return err.problems.map((p) => `${p.path}: ${p.message}`);
  }
  assert.fail("expected a ValidationError");
}

describe("online store: kind and sizing per tier", () => {
  const expected: Record<Tier, { min: number; max: number; cpu: number }> = {
    dev: { min: 1, max: 2, cpu: 70 },
    preprod: { min: 1, max: 4, cpu: 60 },
    prod: { min: 2, max: 10, cpu: 50 },
  };
  for (const tier of ["dev", "preprod", "prod"] as const) {
    test(`${tier}: Bigtable with autoscaling ${expected[tier].min}-${expected[tier].max} nodes at ${expected[tier].cpu} % CPU`, () => {
      const store = resource(build({ tier }).json, STORE, "FeatureStore/OnlineStore");
      assert.equal(store.name, "test_features");
      assert.equal(store.region, "us-central1");
      assert.equal(store.project, "acme-ml-test");
      assert.deepEqual(store.bigtable, {
        auto_scaling: { min_node_count: expected[tier].min, max_node_count: expected[tier].max, cpu_utilization_target: expected[tier].cpu },
      });
      assert.equal(store.optimized, undefined);
      assert.equal(store.dedicated_serving_endpoint, undefined, "Bigtable stores have no dedicated endpoint");
      assert.deepEqual(store.labels, { environment: "test", tier, component: "feature-store" });
    });
  }

  test("every tier's preset stays within Vertex AI's bounds (1 ≤ min ≤ max ≤ 10 × min, CPU 10-80)", () => {
    for (const [tier, p] of Object.entries(FEATURE_STORE_PRESETS)) {
      assert.ok(p.bigtable.minNodes >= 1 && p.bigtable.maxNodes >= p.bigtable.minNodes && p.bigtable.maxNodes <= 10 * p.bigtable.minNodes, tier);
      assert.ok(p.bigtable.cpuTarget >= 10 && p.bigtable.cpuTarget <= 80, tier);
    }
  });

  test("deletion guards: prevent_destroy on the store and the groups in prod; force_destroy only where teardown is allowed", () => {
    const prod = build({ tier: "prod" }).json;
    assert.deepEqual(resource(prod, STORE, "FeatureStore/OnlineStore").lifecycle, { prevent_destroy: true });
    assert.equal(resource(prod, STORE, "FeatureStore/OnlineStore").force_destroy, false);
    for (const g of Object.values(resources(prod, GROUP))) assert.deepEqual(g.lifecycle, { prevent_destroy: true });
    const dev = build({ tier: "dev" }).json;
    assert.equal(resource(dev, STORE, "FeatureStore/OnlineStore").lifecycle, undefined);
    assert.equal(resource(dev, STORE, "FeatureStore/OnlineStore").force_destroy, true);
    for (const g of Object.values(resources(dev, GROUP))) assert.equal(g.lifecycle, undefined);
    assert.equal(resource(build({ tier: "preprod" }).json, STORE, "FeatureStore/OnlineStore").force_destroy, false);
  });

  test("with a key, the store's data is encrypted with it and the store waits for the key's grants; without, Google-managed keys", () => {
    const keyId = "projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/vertex-ai";
    const { json } = build({ tier: "prod", withApi: true, props: { encryption: { keyId, grants: [] } } });
    const store = resource(json, STORE, "FeatureStore/OnlineStore");
    assert.deepEqual(store.encryption_spec, { kms_key_name: keyId });
    assert.equal(resource(build({ tier: "dev" }).json, STORE, "FeatureStore/OnlineStore").encryption_spec, undefined);
  });

  test("in an environment with CMEK, the store uses the environment's vertex-ai key and waits for its grants", () => {
    const { json } = synthEnvironment({
      tier: "preprod",
      featureStore: { groups: [{ name: "customer", table: "customer", entityIdColumns: ["customer_id"], columns: { customer_id: "STRING", plan: "STRING" }, features: [{ name: "plan" }] }] },
    });
    const store = Object.values<any>(json.resource[STORE])[0];
    const key = Object.values<any>(json.resource.google_kms_crypto_key).find((k) => k.name === "vertex-ai");
    assert.equal(store.encryption_spec.kms_key_name, `\${google_kms_crypto_key.${key["//"].metadata.uniqueId}.id}`);
    const grants = Object.entries<any>(json.resource.google_kms_crypto_key_iam_member)
      .filter(([, g]) => g.crypto_key_id === store.encryption_spec.kms_key_name)
      .map(([id]) => `google_kms_crypto_key_iam_member.${id}`);
    assert.ok(grants.length > 0);
    for (const g of grants) assert.ok(store.depends_on.includes(g), g);
  });

  test("the YAML's sizing overrides the preset field by field", () => {
    const json = build({ tier: "prod", config: { ...config(), bigtable: { maxNodes: 6 } } }).json;
    assert.deepEqual(resource(json, STORE, "FeatureStore/OnlineStore").bigtable.auto_scaling, { min_node_count: 2, max_node_count: 6, cpu_utilization_target: 50 });
  });

  test("optimized outside prod: a public dedicated endpoint, its domain name as an output", () => {
    const json = build({ tier: "dev", config: { ...config(), storage: "optimized" } }).json;
    const store = resource(json, STORE, "FeatureStore/OnlineStore");
    assert.deepEqual(store.optimized, {});
    assert.equal(store.bigtable, undefined);
    assert.deepEqual(store.dedicated_serving_endpoint, {});
    assert.equal(json.output.feature_online_store_endpoint.value, ref(STORE, store, "dedicated_serving_endpoint[0].public_endpoint_domain_name"));
  });

  test("optimized in prod: Private Service Connect only, the environment's project and the allowlist may connect", () => {
    const json = build({ tier: "prod", config: { ...config(), storage: "optimized", projectAllowlist: ["acme-ml-clients", "acme-ml-test"] } }).json;
    const store = resource(json, STORE, "FeatureStore/OnlineStore");
    assert.deepEqual(store.dedicated_serving_endpoint, {
      private_service_connect_config: { enable_private_service_connect: true, project_allowlist: ["acme-ml-test", "acme-ml-clients"] },
    });
    assert.equal(json.output.feature_online_store_endpoint.value, ref(STORE, store, "dedicated_serving_endpoint[0].service_attachment"));
  });

  test("optimized can opt out of the private endpoint in prod, and into it elsewhere", () => {
    const publicProd = build({ tier: "prod", config: { ...config(), storage: "optimized", privateEndpoint: false } }).json;
    assert.deepEqual(resource(publicProd, STORE, "FeatureStore/OnlineStore").dedicated_serving_endpoint, {});
    const privateDev = build({ tier: "dev", config: { ...config(), storage: "optimized", privateEndpoint: true } }).json;
    assert.equal(resource(privateDev, STORE, "FeatureStore/OnlineStore").dedicated_serving_endpoint.private_service_connect_config.enable_private_service_connect, true);
  });
});

describe("feature groups: BigQuery sources", () => {
  const { json } = build();

  test("each group registers its table of the features dataset with its entity id columns", () => {
    const profile = resource(json, GROUP, "FeatureStore/Groups/customer_profile");
    assert.equal(profile.name, "customer_profile");
    assert.equal(profile.region, "us-central1");
    assert.equal(profile.description, "Slowly changing customer attributes");
    assert.deepEqual(profile.big_query, {
      big_query_source: { input_uri: "bq://acme-ml-test.test_features.customer_profile_v1" },
      entity_id_columns: ["customer_id"],
    });
    assert.equal(resource(json, GROUP, "FeatureStore/Groups/customer_activity").big_query.big_query_source.input_uri, "bq://acme-ml-test.test_features.customer_activity");
    assert.deepEqual(profile.labels, { environment: "test", tier: "dev", component: "feature-store" });
  });

  test("one feature per column, in its group; a different column is the version column", () => {
    const features = resources(json, FEATURE);
    assert.deepEqual(Object.keys(features).sort(), [
      "FeatureStore/Groups/customer_activity/orders_30d",
      "FeatureStore/Groups/customer_activity/sessions_7d",
      "FeatureStore/Groups/customer_profile/plan",
      "FeatureStore/Groups/customer_profile/tenure_days",
    ]);
    const plan = features["FeatureStore/Groups/customer_profile/plan"];
    assert.equal(plan.feature_group, "customer_profile");
    assert.equal(plan.name, "plan");
    assert.equal(plan.version_column_name, "plan_name");
    assert.equal(plan.region, "us-central1");
    assert.equal(features["FeatureStore/Groups/customer_profile/tenure_days"].version_column_name, undefined);
    assert.deepEqual(plan.depends_on, [address(GROUP, resource(json, GROUP, "FeatureStore/Groups/customer_profile"))]);
  });

  test("groups are keyed by name: adding one changes no other address", () => {
    const more = config();
    more.groups.unshift({ name: "aaa_first", table: "t", entityIdColumns: ["customer_id"], features: [{ name: "x" }], columns: { customer_id: "STRING", x: "INT64" } });
    more.views.unshift({ name: "aaa_view", groups: ["aaa_first"] });
    const after = build({ config: more }).json;
    for (const type of [STORE, GROUP, TABLE, FEATURE, VIEW]) {
      for (const [path, r] of Object.entries(resources(json, type))) {
        assert.equal(resource(after, type, path)["//"].metadata.uniqueId, r["//"].metadata.uniqueId, path);
      }
    }
  });
});

describe("feature groups: the library creates each group's table from its columns", () => {
  const { json } = build();

  test("entity id columns (required), feature_timestamp (TIMESTAMP, required), features, then other columns", () => {
    const table = resource(json, TABLE, "FeatureStore/Groups/customer_profile/Table");
    assert.equal(table.project, "acme-ml-test");
    assert.equal(table.dataset_id, ref("google_bigquery_dataset", resource(json, "google_bigquery_dataset", "features"), "dataset_id"));
    assert.equal(table.table_id, "customer_profile_v1");
    assert.deepEqual(JSON.parse(table.schema), [
      { name: "customer_id", type: "STRING", mode: "REQUIRED", description: "Entity id" },
      { name: "feature_timestamp", type: "TIMESTAMP", mode: "REQUIRED", description: "When the row's feature values were observed (Vertex AI time series)" },
      { name: "tenure_days", type: "INT64", mode: "NULLABLE", description: "Feature tenure_days" },
      { name: "plan_name", type: "STRING", mode: "NULLABLE", description: "Feature plan" },
      { name: "region", type: "STRING", mode: "NULLABLE" },
    ]);
    assert.deepEqual(table.time_partitioning, { type: "DAY", field: "feature_timestamp" });
    assert.deepEqual(table.clustering, ["customer_id"]);
    assert.deepEqual(table.labels, { environment: "test", tier: "dev", component: "feature-store" });
  });

  test("the table names the dataset by reference (so it waits for it and inherits its default key); the group waits for the table", () => {
    const table = resource(json, TABLE, "FeatureStore/Groups/customer_profile/Table");
    assert.ok(resource(json, GROUP, "FeatureStore/Groups/customer_profile").depends_on.includes(address(TABLE, table)));
  });

  test("deletion: BigQuery's deletion protection unless the tier allows teardown (dev); prevent_destroy in prod", () => {
    const tables = (tier: Tier) => Object.values(resources(build({ tier }).json, TABLE));
    for (const t of tables("dev")) assert.equal(t.deletion_protection, false);
    for (const t of tables("preprod")) {
      assert.equal(t.deletion_protection, true);
      assert.equal(t.lifecycle, undefined);
    }
    for (const t of tables("prod")) {
      assert.equal(t.deletion_protection, true);
      assert.deepEqual(t.lifecycle, { prevent_destroy: true });
    }
  });
});

describe("feature views: sources and sync schedules", () => {
  const { json } = build();

  test("a view serves whole groups and chosen features from the feature registry", () => {
    const view = resource(json, VIEW, "FeatureStore/Views/churn_online");
    assert.equal(view.name, "churn_online");
    assert.equal(view.feature_online_store, "test_features");
    assert.equal(view.region, "us-central1");
    assert.deepEqual(view.feature_registry_source, {
      feature_groups: [
        { feature_group_id: "customer_profile", feature_ids: ["tenure_days", "plan"] },
        { feature_group_id: "customer_activity", feature_ids: ["orders_30d"] },
      ],
    });
    assert.equal(view.big_query_source, undefined);
  });

  test("the sync schedule carries its time zone", () => {
    assert.deepEqual(resource(json, VIEW, "FeatureStore/Views/churn_online").sync_config, { cron: "TZ=Europe/Paris 0 */6 * * *" });
    const utc = config();
    utc.views[0].sync = { cron: "30 2 * * MON-FRI" };
    assert.deepEqual(resource(build({ config: utc }).json, VIEW, "FeatureStore/Views/churn_online").sync_config, { cron: "TZ=Etc/UTC 30 2 * * MON-FRI" });
  });

  test("a view without a schedule syncs on demand only", () => {
    assert.equal(resource(json, VIEW, "FeatureStore/Views/activity_on_demand").sync_config, undefined);
  });

  test("a view waits for the store and for every feature it serves", () => {
    const view = resource(json, VIEW, "FeatureStore/Views/churn_online");
    const features = resources(json, FEATURE);
    assert.deepEqual(view.depends_on, [
      address(STORE, resource(json, STORE, "FeatureStore/OnlineStore")),
      address(FEATURE, features["FeatureStore/Groups/customer_profile/tenure_days"]),
      address(FEATURE, features["FeatureStore/Groups/customer_profile/plan"]),
      address(FEATURE, features["FeatureStore/Groups/customer_activity/orders_30d"]),
    ]);
  });

  test("outputs: the store id and each view id, under readable names", () => {
    assert.equal(json.output.feature_online_store.value, ref(STORE, resource(json, STORE, "FeatureStore/OnlineStore"), "id"));
    assert.equal(json.output.feature_view_churn_online.value, ref(VIEW, resource(json, VIEW, "FeatureStore/Views/churn_online"), "id"));
    assert.equal(json.output.feature_view_activity_on_demand.value, ref(VIEW, resource(json, VIEW, "FeatureStore/Views/activity_on_demand"), "id"));
    assert.equal(json.output.feature_online_store_endpoint, undefined, "Bigtable stores have no dedicated endpoint");
  });
});

describe("IAM: serving reads, pipelines sync, the service agent reads the sources", () => {
  const { json } = build();
  const projectMembers = Object.values(resources(json, "google_project_iam_member"));

  test("the serving account may fetch online features (Feature Store Data Viewer), nothing broader", () => {
    const serving = projectMembers.filter((m) => m.member === "serviceAccount:test-serving@acme-ml-test.iam.gserviceaccount.com");
    assert.deepEqual(serving.map((m) => [m.project, m.role]), [["acme-ml-test", FEATURE_READER_ROLE]]);
    assert.equal(FEATURE_READER_ROLE, "roles/aiplatform.featurestoreDataViewer");
  });

  test("the pipelines account may trigger syncs (Vertex AI User, the narrowest predefined role with featureViews.sync)", () => {
    const pipelines = projectMembers.filter((m) => m.member === "serviceAccount:test-pipelines@acme-ml-test.iam.gserviceaccount.com");
    assert.deepEqual(pipelines.map((m) => [m.project, m.role]), [["acme-ml-test", "roles/aiplatform.user"]]);
  });

  test("a sync grant the environment already made is reused, not duplicated", () => {
    const again = build({ before: ({ pipelines }) => pipelines.allowVertexAi() }).json;
    const user = Object.values(resources(again, "google_project_iam_member")).filter((m) => m.role === "roles/aiplatform.user");
    assert.equal(user.length, 1);
  });

  test("the Vertex AI service agent reads the features dataset (BigQuery Data Viewer on the dataset), and groups wait for it", () => {
    const grants = Object.values(resources(json, "google_bigquery_dataset_iam_member"));
    assert.equal(grants.length, 1);
    const [agent] = grants;
    const project = Object.values<any>(json.data.google_project)[0];
    assert.equal(project.project_id, "acme-ml-test");
    assert.equal(agent.member, `serviceAccount:service-\${data.google_project.${project["//"].metadata.uniqueId}.number}@gcp-sa-aiplatform.iam.gserviceaccount.com`);
    assert.equal(agent.role, "roles/bigquery.dataViewer");
    assert.equal(agent.dataset_id, ref("google_bigquery_dataset", resource(json, "google_bigquery_dataset", "features"), "dataset_id"));
    for (const g of Object.values(resources(json, GROUP))) assert.ok(g.depends_on.includes(address("google_bigquery_dataset_iam_member", agent)));
  });

  test("the agent's grant and the store wait for the APIs given in dependsOn", () => {
    const { json: withApi } = build({ withApi: true });
    const apiAddress = address("google_project_service", resource(withApi, "google_project_service", "VertexApi"));
    // The grant's member is built from this lookup, so the grant waits for it too.
    const lookup = Object.values<any>(withApi.data.google_project)[0];
    assert.deepEqual(lookup.depends_on, [apiAddress]);
    assert.deepEqual(resource(withApi, STORE, "FeatureStore/OnlineStore").depends_on, [apiAddress]);
    for (const g of Object.values(resources(withApi, GROUP))) assert.ok(g.depends_on.includes(apiAddress));
  });

  test("no primitive, admin or feature store admin role anywhere", () => {
    const roles = [...projectMembers, ...Object.values(resources(json, "google_bigquery_dataset_iam_member"))].map((m) => m.role);
    for (const banned of ["roles/owner", "roles/editor", "roles/viewer", "roles/aiplatform.admin", "roles/aiplatform.featurestoreAdmin"]) {
      assert.ok(!roles.includes(banned), banned);
    }
  });

  test("grantReadFeatures gives other principals the reader role once", () => {
    const stackStore = build().store;
    const first = stackStore.grantReadFeatures({ member: "group:analysts@example.com", grantKey: "analysts" });
    assert.equal(stackStore.grantReadFeatures({ member: "group:analysts@example.com", grantKey: "analysts" }), first);
  });
});

describe("validation of the construct's props", () => {
  test("the YAML schema's checks run on config passed from TypeScript, with the construct's path", () => {
    const bad = config();
    bad.views[0].groups = ["customer_profiles"];
    bad.views[1].sync = { cron: "0 3 * *", timeZone: "Mars/Olympus" };
    const problems = problemsOf(() => build({ config: bad }));
    assert.equal(problems.length, 3, problems.join("\n"));
    assert.ok(problems.includes("FeatureStore.config.views[0].groups[0]: no feature group named 'customer_profiles' is declared in featureStore.groups; declared: customer_profile, customer_activity"));
    assert.ok(problems.some((p) => p.startsWith("FeatureStore.config.views[1].sync.cron: has 4 fields, cron needs exactly five")));
    assert.ok(problems.includes("FeatureStore.config.views[1].sync.timeZone: not a time zone; allowed: an IANA time zone name such as Etc/UTC, Europe/Paris or America/New_York"));
  });

  test("store name", () => {
    assert.deepEqual(problemsOf(() => build({ props: { name: "test-features" } })), [
      "FeatureStore.name: not a valid feature online store name; allowed: 1-60 lowercase letters, digits or underscores, not starting with a digit",
    ]);
  });

  test("the name defaults to config.name", () => {
    const { json } = build({ config: { ...config(), name: "from_yaml" }, props: { name: undefined } });
    assert.equal(resource(json, STORE, "FeatureStore/OnlineStore").name, "from_yaml");
    assert.equal(resource(json, VIEW, "FeatureStore/Views/churn_online").feature_online_store, "from_yaml");
  });

  test("sizing that breaks the bounds only once the preset fills the rest", () => {
    assert.deepEqual(problemsOf(() => build({ tier: "prod", config: { ...config(), bigtable: { maxNodes: 30 } } })), [
      "FeatureStore.config.bigtable.maxNodes: must be at most 10 × minNodes (20): Vertex AI scales a Bigtable online store to at most ten times its minimum (minNodes 2 and maxNodes 30 once the tier preset fills what the YAML leaves out)",
    ]);
    assert.deepEqual(problemsOf(() => build({ tier: "prod", config: { ...config(), bigtable: { minNodes: 12 } } })), [
      "FeatureStore.config.bigtable.maxNodes: must be at least minNodes (12) (minNodes 12 and maxNodes 10 once the tier preset fills what the YAML leaves out)",
    ]);
  });

  const optimizedPreset: FeatureStorePreset = { ...FEATURE_STORE_PRESETS.dev, storage: "optimized" };

  test("Bigtable sizing when the preset's storage is optimized", () => {
    assert.deepEqual(problemsOf(() => build({ preset: optimizedPreset, config: { ...config(), bigtable: { minNodes: 2 } } })), [
      "FeatureStore.config.bigtable: applies only to storage: bigtable; this store uses optimized storage (the tier preset's)",
    ]);
  });

  test("a private endpoint asked for a store whose preset storage is Bigtable", () => {
    assert.deepEqual(problemsOf(() => build({ config: { ...config(), privateEndpoint: true } })), [
      "FeatureStore.config.privateEndpoint: applies only to storage: optimized; this store uses Bigtable storage (the tier preset's), which has no dedicated endpoint (its clients use the regional Vertex AI API, privately through Private Google Access)",
    ]);
  });

  test("an allowlist without a private endpoint", () => {
    assert.deepEqual(problemsOf(() => build({ config: { ...config(), projectAllowlist: ["acme-ml-clients"] } })), [
      "FeatureStore.config.projectAllowlist: applies only to storage: optimized with a private endpoint; this store uses Bigtable storage (the tier preset's)",
    ]);
    assert.deepEqual(problemsOf(() => build({ preset: optimizedPreset, props: { projectAllowlist: ["acme-ml-clients"] } })), [
      "FeatureStore.projectAllowlist: needs a private endpoint (privateEndpoint: true): the allowlist says who may connect through Private Service Connect",
    ]);
  });

  test("allowlist entries passed as props are project IDs", () => {
    const problems = problemsOf(() => build({ tier: "prod", preset: { ...optimizedPreset, privateEndpoint: true }, props: { projectAllowlist: ["Acme_Clients"] } }));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /^FeatureStore\.projectAllowlist\[0\]: not a valid project ID; allowed: /);
  });

  test("a private endpoint passed for a Bigtable store is ignored: it has no dedicated endpoint", () => {
    const { json, store } = build({ tier: "prod", props: { privateEndpoint: true } });
    assert.equal(store.privateEndpoint, false);
    assert.equal(resource(json, STORE, "FeatureStore/OnlineStore").dedicated_serving_endpoint, undefined);
  });

  test("label values", () => {
    assert.deepEqual(problemsOf(() => build({ props: { labels: { team: "ML Platform" } } })), [
      "FeatureStore.labels.team: not a valid label value; allowed: 0-63 lowercase letters, digits, '_' or '-'",
    ]);
  });

  test("every problem at once", () => {
    const bad = config();
    bad.groups[0].features[0].name = "Tenure";
    assert.equal(problemsOf(() => build({ config: bad, props: { name: "Bad", labels: { team: "ML Platform" } } })).length, 3);
  });
});
