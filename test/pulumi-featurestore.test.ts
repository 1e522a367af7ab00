/**
 * The Pulumi FeatureStore under `pulumi.runtime.setMocks`: the attributes test/featurestore.test.ts
 * asserts on the cdktf synthesis, on the inputs the Pulumi engine would receive (in Terraform's
 * shape through the mapping rows), plus protect, dependencies and names. This file loads no cdktf
 * module.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import * as projects from "@pulumi/gcp/projects";
import { FeatureStoreConfigInput } from "../lib/config/features";
import { ValidationError } from "../lib/core/errors";
import { FeatureStorePreset } from "../lib/featurestore/presets";
import { MlopsDataset } from "../lib/pulumi/bigquery";
import { FEATURE_READER_ROLE, FEATURE_STORE_COMPONENT_TYPE, FeatureStore, FeatureStoreArgs } from "../lib/pulumi/feature-store";
import { WorkloadServiceAccount } from "../lib/pulumi/identity";
import { RESOURCE_MAPPINGS } from "../lib/pulumi/mapping";
import { MIRRORED } from "../lib/pulumi/mappings/featurestore";
import { MockedRun, RecordedResource, runWithMocks, valueOf } from "../lib/pulumi/testing";
import { config, FEATURE_STORE_PRESETS, PROTECTION, Tier } from "./fixtures/featurestore";

interface Options {
  readonly tier?: Tier;
  readonly config?: FeatureStoreConfigInput;
  readonly preset?: FeatureStorePreset;
  readonly args?: Partial<FeatureStoreArgs>;
  /** Enable the Vertex AI API and pass it as `dependsOn`. */
  readonly withApi?: boolean;
  /** Runs on the service accounts before the store is created (e.g. grants made elsewhere). */
  readonly before?: (accounts: { serving: WorkloadServiceAccount; pipelines: WorkloadServiceAccount }) => void;
}

const STORE = "google_vertex_ai_feature_online_store";
const GROUP = "google_vertex_ai_feature_group";
const FEATURE = "google_vertex_ai_feature_group_feature";
const VIEW = "google_vertex_ai_feature_online_store_featureview";
const PROJECT_MEMBER = "google_project_iam_member";
const TABLE = "google_bigquery_table";
const DATASET_MEMBER = "google_bigquery_dataset_iam_member";
const AGENT = "serviceAccount:service-data.google_project.number@gcp-sa-aiplatform.iam.gserviceaccount.com";

interface Built {
  readonly run: MockedRun<FeatureStore>;
  /** Mapped resources of a Terraform type, by logical key. */
  of(type: string): Record<string, RecordedResource>;
  /** The one mapped resource of a type with a key; fails when absent. */
  one(type: string, key: string): RecordedResource;
  /** URN of the custom resource with this Pulumi name. */
  urn(name: string): string;
}

/** The features dataset, the two workload accounts and a FeatureStore named `FeatureStore` (as test/featurestore.test.ts builds them). */
async function build(o: Options = {}): Promise<Built> {
  const tier = o.tier ?? "dev";
  const run = await runWithMocks(() => {
    const features = new MlopsDataset("features", { projectId: "acme-ml-test", region: "us-central1", datasetId: "test_features", purpose: "features" });
    const account = (key: string) => new WorkloadServiceAccount(key, { projectId: "acme-ml-test", accountId: `test-${key}`, grantKey: key, displayName: key });
    const serving = account("serving");
    const pipelines = account("pipelines");
    o.before?.({ serving, pipelines });
    const api = o.withApi ? [new projects.Service("VertexApi", { project: "acme-ml-test", service: "aiplatform.googleapis.com" })] : undefined;
    return new FeatureStore("FeatureStore", {
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
      ...o.args,
    });
  });
  const of = (type: string) => Object.fromEntries(run.resources.filter((r) => r.terraform?.type === type).map((r) => [r.terraform!.key, r]));
  return {
    run,
    of,
    one(type, key) {
      const all = of(type);
      assert.ok(all[key], `no ${type} '${key}'; have: ${Object.keys(all).join(", ")}`);
      return all[key];
    },
    urn(name) {
      const r = run.resources.find((x) => x.custom && x.name === name);
      assert.ok(r, `no resource named ${name}`);
      return r.urn;
    },
  };
}

const attrs = (r: RecordedResource) => r.terraform!.attributes;

/** Every problem of a ValidationError as `path: message`, or fails. */
async function problemsOf(built: Promise<unknown>): Promise<string[]> {
  try {
    await built;
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
    test(`${tier}: Bigtable with autoscaling ${expected[tier].min}-${expected[tier].max} nodes at ${expected[tier].cpu} % CPU`, async () => {
      const built = await build({ tier });
      const store = attrs(built.one(STORE, "test_features"));
      assert.equal(store.name, "test_features");
      assert.equal(store.region, "us-central1");
      assert.equal(store.project, "acme-ml-test");
      assert.deepEqual(store.bigtable, {
        auto_scaling: { min_node_count: expected[tier].min, max_node_count: expected[tier].max, cpu_utilization_target: expected[tier].cpu },
      });
      assert.equal(store.optimized, undefined);
      assert.equal(store.dedicated_serving_endpoint, undefined, "Bigtable stores have no dedicated endpoint");
      assert.equal(store.encryption_spec, undefined, "no CMEK, as on the cdktf side's provider");
      assert.deepEqual(store.labels, { environment: "test", tier, component: "feature-store" });
      // The store takes the component's name.
      const component = built.run.resources.find((r) => r.type === FEATURE_STORE_COMPONENT_TYPE)!;
      assert.equal(built.one(STORE, "test_features").name, component.name);
      assert.equal(built.one(STORE, "test_features").parent, component.urn);
    });
  }

  test("deletion guards: protect on the store and the groups in prod; forceDestroy only where teardown is allowed", async () => {
    const prod = await build({ tier: "prod" });
    assert.equal(prod.one(STORE, "test_features").protect, true);
    assert.equal(attrs(prod.one(STORE, "test_features")).force_destroy, false);
    for (const g of Object.values(prod.of(GROUP))) assert.equal(g.protect, true);
    for (const r of [...Object.values(prod.of(FEATURE)), ...Object.values(prod.of(VIEW))]) assert.equal(r.protect, false, "features and views hold no data of their own");
    const dev = await build({ tier: "dev" });
    assert.equal(dev.one(STORE, "test_features").protect, false);
    assert.equal(attrs(dev.one(STORE, "test_features")).force_destroy, true);
    for (const g of Object.values(dev.of(GROUP))) assert.equal(g.protect, false);
    assert.equal(attrs((await build({ tier: "preprod" })).one(STORE, "test_features")).force_destroy, false);
  });

  test("the YAML's sizing overrides the preset field by field", async () => {
    const built = await build({ tier: "prod", config: { ...config(), bigtable: { maxNodes: 6 } } });
    assert.deepEqual(attrs(built.one(STORE, "test_features")).bigtable.auto_scaling, { min_node_count: 2, max_node_count: 6, cpu_utilization_target: 50 });
  });

  test("optimized outside prod: a public dedicated endpoint, its domain name as an output", async () => {
    const built = await build({ tier: "dev", config: { ...config(), storage: "optimized" } });
    const store = attrs(built.one(STORE, "test_features"));
    assert.deepEqual(store.optimized, {});
    assert.equal(store.bigtable, undefined);
    assert.deepEqual(store.dedicated_serving_endpoint, {});
    // Provider-computed: the mocks return the inputs, which do not have it.
    assert.ok("feature_online_store_endpoint" in built.run.value.outputs);
  });

  test("optimized in prod: Private Service Connect only, the environment's project and the allowlist may connect", async () => {
    const built = await build({ tier: "prod", config: { ...config(), storage: "optimized", projectAllowlist: ["acme-ml-clients", "acme-ml-test"] } });
    assert.deepEqual(attrs(built.one(STORE, "test_features")).dedicated_serving_endpoint, {
      private_service_connect_config: { enable_private_service_connect: true, project_allowlist: ["acme-ml-test", "acme-ml-clients"] },
    });
    assert.equal(built.run.value.privateEndpoint, true);
    assert.ok("feature_online_store_endpoint" in built.run.value.outputs);
  });

  test("optimized can opt out of the private endpoint in prod, and into it elsewhere", async () => {
    const publicProd = await build({ tier: "prod", config: { ...config(), storage: "optimized", privateEndpoint: false } });
    assert.deepEqual(attrs(publicProd.one(STORE, "test_features")).dedicated_serving_endpoint, {});
    const privateDev = await build({ tier: "dev", config: { ...config(), storage: "optimized", privateEndpoint: true } });
    assert.equal(attrs(privateDev.one(STORE, "test_features")).dedicated_serving_endpoint.private_service_connect_config.enable_private_service_connect, true);
  });
});

describe("feature groups: BigQuery sources", () => {
  const built = build();

  test("each group registers its table of the features dataset with its entity id columns", async () => {
    const b = await built;
    const profile = attrs(b.one(GROUP, "customer_profile"));
    assert.equal(profile.name, "customer_profile");
    assert.equal(profile.region, "us-central1");
    assert.equal(profile.description, "Slowly changing customer attributes");
    assert.deepEqual(profile.big_query, {
      big_query_source: { input_uri: "bq://acme-ml-test.test_features.customer_profile_v1" },
      entity_id_columns: ["customer_id"],
    });
    assert.equal(attrs(b.one(GROUP, "customer_activity")).big_query.big_query_source.input_uri, "bq://acme-ml-test.test_features.customer_activity");
    assert.deepEqual(profile.labels, { environment: "test", tier: "dev", component: "feature-store" });
    assert.equal(b.one(GROUP, "customer_profile").name, "FeatureStore-customer_profile");
  });

  test("one feature per column, in its group; a different column is the version column", async () => {
    const b = await built;
    const features = b.of(FEATURE);
    assert.deepEqual(Object.keys(features).sort(), [
      "customer_activity orders_30d",
      "customer_activity sessions_7d",
      "customer_profile plan",
      "customer_profile tenure_days",
    ]);
    const plan = features["customer_profile plan"];
    assert.equal(attrs(plan).feature_group, "customer_profile");
    assert.equal(attrs(plan).name, "plan");
    assert.equal(attrs(plan).version_column_name, "plan_name");
    assert.equal(attrs(plan).region, "us-central1");
    assert.equal(attrs(features["customer_profile tenure_days"]).version_column_name, undefined);
    assert.deepEqual(plan.dependencies, [b.one(GROUP, "customer_profile").urn]);
    assert.equal(plan.name, "FeatureStore-customer_profile-plan");
  });

  test("groups are keyed by name: adding one changes no other name or input", async () => {
    const before = (await built).run.resources.filter((r) => r.custom);
    const more = config();
    more.groups.unshift({ name: "aaa_first", table: "t", entityIdColumns: ["customer_id"], features: [{ name: "x" }], columns: { customer_id: "STRING", x: "INT64" } });
    more.views.unshift({ name: "aaa_view", groups: ["aaa_first"] });
    const after = new Map((await build({ config: more })).run.resources.map((r) => [r.urn, r]));
    for (const r of before) assert.deepEqual(after.get(r.urn)?.inputs, r.inputs, r.urn);
  });
});

describe("feature groups: the group's table from its columns, as on the cdktf side", () => {
  test("the same schema, partitioning, clustering and deletion protection; the group waits for its table", async () => {
    const b = await build();
    const table = attrs(b.one(TABLE, "test_features.customer_profile_v1"));
    assert.deepEqual(JSON.parse(table.schema).map((c: { name: string; mode: string }) => `${c.name} ${c.mode}`), [
      "customer_id REQUIRED",
      "feature_timestamp REQUIRED",
      "tenure_days NULLABLE",
      "plan_name NULLABLE",
      "region NULLABLE",
    ]);
    assert.deepEqual(table.time_partitioning, { type: "DAY", field: "feature_timestamp" });
    assert.deepEqual(table.clustering, ["customer_id"]);
    assert.equal(table.deletion_protection, false, "dev allows teardown");
    const group = b.one(GROUP, "customer_profile");
    assert.ok(group.dependencies.includes(b.one(TABLE, "test_features.customer_profile_v1").urn));
  });

  test("prod: deletion protection and protect", async () => {
    const b = await build({ tier: "prod" });
    for (const t of Object.values(b.of(TABLE))) {
      assert.equal(attrs(t).deletion_protection, true);
      assert.equal(t.protect, true);
    }
  });
});

describe("feature views: sources and sync schedules", () => {
  const built = build();

  test("a view serves whole groups and chosen features from the feature registry", async () => {
    const view = attrs((await built).one(VIEW, "test_features churn_online"));
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

  test("the sync schedule carries its time zone", async () => {
    assert.deepEqual(attrs((await built).one(VIEW, "test_features churn_online")).sync_config, { cron: "TZ=Europe/Paris 0 */6 * * *" });
    const utc = config();
    utc.views[0].sync = { cron: "30 2 * * MON-FRI" };
    assert.deepEqual(attrs((await build({ config: utc })).one(VIEW, "test_features churn_online")).sync_config, { cron: "TZ=Etc/UTC 30 2 * * MON-FRI" });
  });

  test("a view without a schedule syncs on demand only", async () => {
    assert.equal(attrs((await built).one(VIEW, "test_features activity_on_demand")).sync_config, undefined);
  });

  test("a view waits for the store and for every feature it serves", async () => {
    const b = await built;
    const features = b.of(FEATURE);
    assert.deepEqual(b.one(VIEW, "test_features churn_online").dependencies, [
      b.one(STORE, "test_features").urn,
      features["customer_profile tenure_days"].urn,
      features["customer_profile plan"].urn,
      features["customer_activity orders_30d"].urn,
    ]);
  });

  test("outputs: the store id and each view id, under the cdktf side's names", async () => {
    const outputs = (await built).run.value.outputs;
    assert.deepEqual(Object.keys(outputs).sort(), ["feature_online_store", "feature_view_activity_on_demand", "feature_view_churn_online"]);
    assert.equal(await valueOf(outputs.feature_online_store), `${STORE}:test_features.id`);
    assert.equal(await valueOf(outputs.feature_view_churn_online), `${VIEW}:test_features churn_online.id`);
    assert.equal(await valueOf(outputs.feature_view_activity_on_demand), `${VIEW}:test_features activity_on_demand.id`);
    assert.equal(outputs.feature_online_store_endpoint, undefined, "Bigtable stores have no dedicated endpoint");
  });
});

describe("IAM: serving reads, pipelines sync, the service agent reads the sources", () => {
  const built = build();

  test("the serving account may fetch online features (Feature Store Data Viewer), nothing broader", async () => {
    const serving = Object.values((await built).of(PROJECT_MEMBER)).filter((m) => attrs(m).member === "serviceAccount:test-serving@acme-ml-test.iam.gserviceaccount.com");
    assert.deepEqual(serving.map((m) => [attrs(m).project, attrs(m).role]), [["acme-ml-test", FEATURE_READER_ROLE]]);
    assert.equal(FEATURE_READER_ROLE, "roles/aiplatform.featurestoreDataViewer");
    assert.equal(serving[0].name, "FeatureStore-serving-aiplatform-featurestoreDataViewer");
  });

  test("the pipelines account may trigger syncs (Vertex AI User, the narrowest predefined role with featureViews.sync)", async () => {
    const pipelines = Object.values((await built).of(PROJECT_MEMBER)).filter((m) => attrs(m).member === "serviceAccount:test-pipelines@acme-ml-test.iam.gserviceaccount.com");
    assert.deepEqual(pipelines.map((m) => [attrs(m).project, attrs(m).role]), [["acme-ml-test", "roles/aiplatform.user"]]);
  });

  test("a sync grant the environment already made is reused, not duplicated", async () => {
    const again = await build({ before: ({ pipelines }) => pipelines.allowVertexAi() });
    assert.equal(Object.values(again.of(PROJECT_MEMBER)).filter((m) => attrs(m).role === "roles/aiplatform.user").length, 1);
  });

  test("the Vertex AI service agent reads the features dataset (BigQuery Data Viewer on the dataset), and groups wait for it", async () => {
    const b = await built;
    const grants = Object.values(b.of(DATASET_MEMBER));
    assert.equal(grants.length, 1);
    const [agent] = grants;
    assert.equal(attrs(agent).member, AGENT);
    assert.equal(attrs(agent).role, "roles/bigquery.dataViewer");
    assert.equal(attrs(agent).dataset_id, "test_features");
    assert.ok(agent.dependencies.includes(b.urn("features")), "the grant refers to the dataset");
    assert.deepEqual(b.run.invokes.filter((i) => i.token === "gcp:organizations/getProject:getProject").map((i) => i.inputs), [{ projectId: "acme-ml-test" }]);
    for (const g of Object.values(b.of(GROUP))) assert.ok(g.dependencies.includes(agent.urn));
  });

  test("the agent's grant and the store wait for the APIs given in dependsOn", async () => {
    const b = await build({ withApi: true });
    const api = b.urn("VertexApi");
    // The grant's member is built from the project lookup, which waits for the API.
    assert.ok(Object.values(b.of(DATASET_MEMBER))[0].dependencies.includes(api));
    assert.deepEqual(b.one(STORE, "test_features").dependencies, [api]);
    for (const g of Object.values(b.of(GROUP))) assert.ok(g.dependencies.includes(api));
  });

  test("no primitive, admin or feature store admin role anywhere", async () => {
    const b = await built;
    const roles = [...Object.values(b.of(PROJECT_MEMBER)), ...Object.values(b.of(DATASET_MEMBER))].map((m) => attrs(m).role);
    for (const banned of ["roles/owner", "roles/editor", "roles/viewer", "roles/aiplatform.admin", "roles/aiplatform.featurestoreAdmin"]) {
      assert.ok(!roles.includes(banned), banned);
    }
  });

  test("grantReadFeatures gives other principals the reader role once", async () => {
    const run = await runWithMocks(() => {
      const store = new FeatureStore("fs", {
        projectId: "acme-ml-test",
        region: "us-central1",
        config: config(),
        preset: FEATURE_STORE_PRESETS.dev,
        featuresDataset: new MlopsDataset("features", { projectId: "acme-ml-test", region: "us-central1", datasetId: "test_features", purpose: "features" }),
        servingAccount: { member: "serviceAccount:s@acme-ml-test.iam.gserviceaccount.com", grantKey: "serving" },
        pipelinesAccount: { member: "serviceAccount:p@acme-ml-test.iam.gserviceaccount.com", grantKey: "pipelines", allowVertexAi: () => undefined },
        protection: PROTECTION.dev,
      });
      const first = store.grantReadFeatures({ member: "group:analysts@example.com", grantKey: "analysts" });
      return { first, second: store.grantReadFeatures({ member: "group:analysts@example.com", grantKey: "analysts" }) };
    });
    assert.equal(run.value.second, run.value.first);
    assert.equal(run.resources.filter((r) => r.inputs.member === "group:analysts@example.com").length, 1);
  });
});

describe("validation of the component's args: the cdktf side's checks and messages", () => {
  test("the YAML schema's checks run on config passed from TypeScript, with the component's path", async () => {
    const bad = config();
    bad.views[0].groups = ["customer_profiles"];
    bad.views[1].sync = { cron: "0 3 * *", timeZone: "Mars/Olympus" };
    const problems = await problemsOf(build({ config: bad }));
    assert.equal(problems.length, 3, problems.join("\n"));
    assert.ok(problems.includes("FeatureStore.config.views[0].groups[0]: no feature group named 'customer_profiles' is declared in featureStore.groups; declared: customer_profile, customer_activity"));
    assert.ok(problems.some((p) => p.startsWith("FeatureStore.config.views[1].sync.cron: has 4 fields, cron needs exactly five")));
    assert.ok(problems.includes("FeatureStore.config.views[1].sync.timeZone: not a time zone; allowed: an IANA time zone name such as Etc/UTC, Europe/Paris or America/New_York"));
  });

  test("store name", async () => {
    assert.deepEqual(await problemsOf(build({ args: { name: "test-features" } })), [
      "FeatureStore.name: not a valid feature online store name; allowed: 1-60 lowercase letters, digits or underscores, not starting with a digit",
    ]);
  });

  test("the name defaults to config.name", async () => {
    const b = await build({ config: { ...config(), name: "from_yaml" }, args: { name: undefined } });
    assert.equal(attrs(b.one(STORE, "from_yaml")).name, "from_yaml");
    assert.equal(attrs(b.one(VIEW, "from_yaml churn_online")).feature_online_store, "from_yaml");
  });

  test("sizing that breaks the bounds only once the preset fills the rest", async () => {
    assert.deepEqual(await problemsOf(build({ tier: "prod", config: { ...config(), bigtable: { maxNodes: 30 } } })), [
      "FeatureStore.config.bigtable.maxNodes: must be at most 10 × minNodes (20): Vertex AI scales a Bigtable online store to at most ten times its minimum (minNodes 2 and maxNodes 30 once the tier preset fills what the YAML leaves out)",
    ]);
    assert.deepEqual(await problemsOf(build({ tier: "prod", config: { ...config(), bigtable: { minNodes: 12 } } })), [
      "FeatureStore.config.bigtable.maxNodes: must be at least minNodes (12) (minNodes 12 and maxNodes 10 once the tier preset fills what the YAML leaves out)",
    ]);
  });

  const optimizedPreset: FeatureStorePreset = { ...FEATURE_STORE_PRESETS.dev, storage: "optimized" };

  test("Bigtable sizing when the preset's storage is optimized", async () => {
    assert.deepEqual(await problemsOf(build({ preset: optimizedPreset, config: { ...config(), bigtable: { minNodes: 2 } } })), [
      "FeatureStore.config.bigtable: applies only to storage: bigtable; this store uses optimized storage (the tier preset's)",
    ]);
  });

  test("a private endpoint asked for a store whose preset storage is Bigtable", async () => {
    assert.deepEqual(await problemsOf(build({ config: { ...config(), privateEndpoint: true } })), [
      "FeatureStore.config.privateEndpoint: applies only to storage: optimized; this store uses Bigtable storage (the tier preset's), which has no dedicated endpoint (its clients use the regional Vertex AI API, privately through Private Google Access)",
    ]);
  });

  test("an allowlist without a private endpoint", async () => {
    assert.deepEqual(await problemsOf(build({ config: { ...config(), projectAllowlist: ["acme-ml-clients"] } })), [
      "FeatureStore.config.projectAllowlist: applies only to storage: optimized with a private endpoint; this store uses Bigtable storage (the tier preset's)",
    ]);
    assert.deepEqual(await problemsOf(build({ preset: optimizedPreset, args: { projectAllowlist: ["acme-ml-clients"] } })), [
      "FeatureStore.projectAllowlist: needs a private endpoint (privateEndpoint: true): the allowlist says who may connect through Private Service Connect",
    ]);
  });

  test("allowlist entries passed as args are project IDs; Outputs are taken as given", async () => {
    const preset = { ...optimizedPreset, privateEndpoint: true };
    const problems = await problemsOf(build({ tier: "prod", preset, args: { projectAllowlist: ["Acme_Clients"] } }));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /^FeatureStore\.projectAllowlist\[0\]: not a valid project ID; allowed: /);
    const b = await build({ tier: "prod", preset, args: { projectAllowlist: [pulumi.output("Not Yet Known") as never] } });
    assert.deepEqual(attrs(b.one(STORE, "test_features")).dedicated_serving_endpoint.private_service_connect_config.project_allowlist, ["acme-ml-test", "Not Yet Known"]);
  });

  test("a private endpoint passed for a Bigtable store is ignored: it has no dedicated endpoint", async () => {
    const b = await build({ tier: "prod", args: { privateEndpoint: true } });
    assert.equal(b.run.value.privateEndpoint, false);
    assert.equal(attrs(b.one(STORE, "test_features")).dedicated_serving_endpoint, undefined);
  });

  test("label values", async () => {
    assert.deepEqual(await problemsOf(build({ args: { labels: { team: "ML Platform" } } })), [
      "FeatureStore.labels.team: not a valid label value; allowed: 0-63 lowercase letters, digits, '_' or '-'",
    ]);
  });

  test("every problem at once, in one error naming the feature store", async () => {
    const bad = config();
    bad.groups[0].features[0].name = "Tenure";
    await assert.rejects(build({ config: bad, args: { name: "Bad", labels: { team: "ML Platform" } } }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.equal(err.problems.length, 3);
      assert.match(err.message, /^3 problems in the feature store 'FeatureStore':/);
      return true;
    });
  });

  test("a guard that would delete data", async () => {
    await assert.rejects(build({ args: { protection: { preventDestroy: true, allowDataTeardown: true } } }), /FeatureStore\.protection: allowDataTeardown cannot be combined with preventDestroy/);
  });
});

describe("mapping rows", () => {
  test("the feature store types map to @pulumi/gcp vertex resources and are listed under the FeatureStore construct", () => {
    assert.deepEqual(MIRRORED, { FeatureStore: [TABLE, STORE, GROUP, FEATURE, VIEW, PROJECT_MEMBER] });
    const rows = Object.fromEntries(RESOURCE_MAPPINGS.map((m) => [m.terraform, m]));
    assert.equal(rows[TABLE].pulumi, "gcp:bigquery/table:Table");
    assert.equal(rows[STORE].pulumi, "gcp:vertex/aiFeatureOnlineStore:AiFeatureOnlineStore");
    assert.equal(rows[GROUP].pulumi, "gcp:vertex/aiFeatureGroup:AiFeatureGroup");
    assert.equal(rows[FEATURE].pulumi, "gcp:vertex/aiFeatureGroupFeature:AiFeatureGroupFeature");
    assert.equal(rows[VIEW].pulumi, "gcp:vertex/aiFeatureOnlineStoreFeatureview:AiFeatureOnlineStoreFeatureview");
    assert.equal(RESOURCE_MAPPINGS.filter((m) => m.terraform === PROJECT_MEMBER).length, 1, "the project IAM row is shared, not repeated");
  });
});
