/**
 * The Pulumi ServingFleet under `pulumi.runtime.setMocks`: the attributes test/serving.test.ts
 * asserts on the cdktf synthesis, on the inputs the Pulumi engine would receive (in Terraform's
 * shape through the mapping rows), plus protect, ignoreChanges, dependencies and names. This file
 * loads no cdktf module.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import * as bigquery from "@pulumi/gcp/bigquery";
import * as kms from "@pulumi/gcp/kms";
import * as projects from "@pulumi/gcp/projects";
import { ValidationError } from "../lib/core/errors";
import { RESOURCE_MAPPINGS } from "../lib/pulumi/mapping";
import { MIRRORED } from "../lib/pulumi/mappings/serving";
import { SERVING_COMPONENT_TYPES, ServingFleet, ServingFleetArgs, vertexAiServiceAgent } from "../lib/pulumi/serving";
import { MockedRun, RecordedResource, runWithMocks, valueOf } from "../lib/pulumi/testing";
import { CHURN, DEV, FRAUD, GEMMA, KEY, LTV, PROD, PROJECT, RANKER, SA_EMAIL, SERVING_PRESETS } from "./fixtures/serving";

const DUTY = "aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle";
const CPU = "aiplatform.googleapis.com/prediction/online/cpu/utilization";

type Args = Omit<ServingFleetArgs, "servingAccount" | "encryption" | "predictionLogs" | "dependsOn">;

const POOL = "google_vertex_ai_deployment_resource_pool";
const ENDPOINT = "google_vertex_ai_endpoint";
const GARDEN = "google_vertex_ai_endpoint_with_model_garden_deployment";

interface Built {
  readonly run: MockedRun<ServingFleet>;
  /** Mapped resources of a Terraform type, by logical key (pool or endpoint name, Model Garden display name). */
  of(type: string): Record<string, RecordedResource>;
  /** `ignoreChanges` of each resource, by `<Pulumi type> <name>`. */
  readonly ignoreChanges: Record<string, string[] | undefined>;
  /** URNs of the API, key grant and log dataset grant the fleet is given. */
  readonly inputs: { readonly api: string; readonly keyGrant: string; readonly logGrant: string };
}

/** Builds a fleet named `Serving` with an API, a key grant and a dataset grant to depend on (as test/serving.test.ts does). */
async function build(args: Args, opts: { cmek?: boolean } = {}): Promise<Built> {
  const ignoreChanges: Record<string, string[] | undefined> = {};
  const run = await runWithMocks(() => {
    const api = new projects.Service("api", { project: PROJECT, service: "aiplatform.googleapis.com" });
    const keyGrant = new kms.CryptoKeyIAMMember("keyGrant", { cryptoKeyId: KEY, role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", member: "serviceAccount:agent" });
    const logGrant = new bigquery.DatasetIamMember("logGrant", { datasetId: "prod_monitoring", role: "roles/bigquery.dataEditor", member: "serviceAccount:agent" });
    return new ServingFleet(
      "Serving",
      {
        ...args,
        servingAccount: { member: `serviceAccount:${SA_EMAIL}`, grantKey: "serving", email: SA_EMAIL },
        encryption: opts.cmek ? { keyId: KEY, grants: [keyGrant] } : undefined,
        predictionLogs: { projectId: PROJECT, datasetId: "prod_monitoring", grants: [logGrant] },
        dependsOn: [api],
      },
      {
        // Records the options each resource is registered with (the mocks see inputs only).
        transformations: [
          (t) => {
            ignoreChanges[`${t.type} ${t.name}`] = t.opts.ignoreChanges;
            return undefined;
          },
        ],
      },
    );
  });
  const urnOf = (name: string) => run.resources.find((r) => r.name === name)!.urn;
  return {
    run,
    of: (type) => Object.fromEntries(run.resources.filter((r) => r.terraform?.type === type).map((r) => [r.terraform!.key, r])),
    ignoreChanges,
    inputs: { api: urnOf("api"), keyGrant: urnOf("keyGrant"), logGrant: urnOf("logGrant") },
  };
}

const attrs = (r: RecordedResource | undefined) => {
  assert.ok(r?.terraform, "a mapped resource");
  return r.terraform.attributes;
};

const prod = build(PROD);
const dev = build({ ...DEV, models: [CHURN, { ...RANKER, publicEndpoint: true }, GEMMA] }, { cmek: false });

describe("custom models: one deployment resource pool per model or per shared pool", () => {
  test("pools keyed by pool name: a model's own pool is named after it, a shared pool once; named <fleet>-<pool>-pool", async () => {
    const pools = (await prod).of(POOL);
    assert.deepEqual(Object.keys(pools).sort(), ["prod-churn", "prod-ranker", "prod-shared-t4"]);
    assert.deepEqual(Object.values(pools).map((p) => p.name).sort(), ["Serving-churn-pool", "Serving-ranker-pool", "Serving-shared-t4-pool"]);
    for (const p of Object.values(pools)) {
      assert.equal(attrs(p).region, "us-central1");
      assert.equal(attrs(p).project, PROJECT);
      assert.equal(p.protect, false, "pools are not guarded: every change of theirs is a replacement");
    }
  });

  test("machine spec, GPUs, replica bounds (prod floor 2 by default) and autoscaling targets per model", async () => {
    const pools = (await prod).of(POOL);
    assert.deepEqual(attrs(pools["prod-churn"]).dedicated_resources, {
      machine_spec: { machine_type: "g2-standard-8", accelerator_type: "NVIDIA_L4", accelerator_count: 1 },
      min_replica_count: 2,
      max_replica_count: 6,
      autoscaling_metric_specs: [
        { metric_name: DUTY, target: 70 },
        { metric_name: CPU, target: 60 },
      ],
    });
    assert.deepEqual(attrs(pools["prod-shared-t4"]).dedicated_resources, {
      machine_spec: { machine_type: "n1-standard-8", accelerator_type: "NVIDIA_TESLA_T4", accelerator_count: 2 },
      min_replica_count: 2,
      max_replica_count: 4,
      autoscaling_metric_specs: [
        { metric_name: DUTY, target: 60 },
        { metric_name: CPU, target: 60 },
      ],
    });
    assert.deepEqual(attrs(pools["prod-ranker"]).dedicated_resources, {
      machine_spec: { machine_type: "n1-highcpu-16" },
      min_replica_count: 3,
      max_replica_count: 10,
      autoscaling_metric_specs: [{ metric_name: CPU, target: 50 }],
    });
  });

  test("an accelerator-optimized machine without an explicit accelerator gets its built-in GPU in the machine spec", async () => {
    const built = await build({ ...PROD, models: [{ ...CHURN, accelerator: undefined }] });
    assert.deepEqual(attrs(built.of(POOL)["prod-churn"]).dedicated_resources.machine_spec, { machine_type: "g2-standard-8", accelerator_type: "NVIDIA_L4", accelerator_count: 1 });
  });

  test("dev defaults: floor 1, targets 80 %", async () => {
    const churn = attrs((await dev).of(POOL)["dev-churn"]).dedicated_resources;
    assert.equal(churn.min_replica_count, 1);
    assert.deepEqual(churn.autoscaling_metric_specs, [
      { metric_name: DUTY, target: 70 },
      { metric_name: CPU, target: 80 },
    ]);
  });

  test("pools wait for the API only", async () => {
    const built = await prod;
    for (const p of Object.values(built.of(POOL))) assert.deepEqual(p.dependencies, [built.inputs.api]);
  });
});

describe("endpoints", () => {
  test("one per model, keyed by model name, named <prefix>-<model>, labelled; each in its own ServedModel component", async () => {
    const built = await prod;
    const endpoints = built.of(ENDPOINT);
    assert.deepEqual(Object.keys(endpoints).sort(), ["prod-churn", "prod-fraud", "prod-ltv", "prod-ranker"]);
    const churn = attrs(endpoints["prod-churn"]);
    assert.equal(churn.name, "prod-churn");
    assert.equal(churn.display_name, "prod-churn");
    assert.equal(churn.location, "us-central1");
    assert.equal(churn.region, "us-central1");
    assert.deepEqual(churn.labels, { environment: "prod", component: "serving", model: "churn" });
    assert.equal(churn.description, `Model churn: the pipelines deploy its versions into deployment resource pool prod-churn as ${SA_EMAIL}`);
    assert.match(attrs(endpoints["prod-ltv"]).description, /into deployment resource pool prod-shared-t4 as /);
    const component = built.run.resources.find((r) => r.type === SERVING_COMPONENT_TYPES.model && r.name === "Serving-churn");
    assert.ok(component && !component.custom);
    assert.equal(endpoints["prod-churn"].name, "Serving-churn");
    assert.equal(endpoints["prod-churn"].parent, component.urn);
  });

  test("prod: private through Private Service Connect, allowlisting only the project; no network peering, no dedicated public DNS", async () => {
    for (const e of Object.values((await prod).of(ENDPOINT))) {
      assert.deepEqual(attrs(e).private_service_connect_config, { enable_private_service_connect: true, project_allowlist: [PROJECT] });
      assert.equal(attrs(e).network, undefined);
      assert.equal(attrs(e).dedicated_endpoint_enabled, undefined);
    }
  });

  test("prod: CMEK with the Vertex AI key; waits for the API, the key grant and the log dataset grant; no pools", async () => {
    const built = await build({ ...PROD, models: PROD.models.map(({ pool: _pool, ...m }) => m) }, { cmek: true });
    assert.deepEqual(built.of("google_vertex_ai_deployment_resource_pool"), {});
    const { api, keyGrant, logGrant } = built.inputs;
    for (const e of Object.values(built.of(ENDPOINT))) {
      assert.deepEqual(attrs(e).encryption_spec, { kms_key_name: KEY });
      assert.deepEqual([...e.dependencies].sort(), [api, keyGrant, logGrant].sort());
    }
  });

  test("request/response logging to the prediction-logs dataset, one table per model, tier sampling unless the model sets it", async () => {
    const endpoints = (await prod).of(ENDPOINT);
    assert.deepEqual(attrs(endpoints["prod-churn"]).predict_request_response_logging_config, {
      enabled: true,
      sampling_rate: 0.1,
      bigquery_destination: { output_uri: `bq://${PROJECT}.prod_monitoring.predictions_churn` },
    });
    assert.equal(attrs(endpoints["prod-ranker"]).predict_request_response_logging_config.sampling_rate, 0.01);
    assert.equal(attrs((await dev).of(ENDPOINT)["dev-churn"]).predict_request_response_logging_config.sampling_rate, 1);
  });

  test("prod endpoints are protected; every endpoint leaves the traffic split to the pipelines", async () => {
    const p = await prod;
    for (const e of Object.values(p.of(ENDPOINT))) {
      assert.equal(e.protect, true);
      assert.deepEqual(p.ignoreChanges[`${e.type} ${e.name}`], ["trafficSplit"]);
    }
    const d = await dev;
    for (const e of Object.values(d.of(ENDPOINT))) {
      assert.equal(e.protect, false);
      assert.deepEqual(d.ignoreChanges[`${e.type} ${e.name}`], ["trafficSplit"]);
    }
    const garden = d.of(GARDEN)["dev-gemma"];
    assert.ok(`${garden.type} ${garden.name}` in d.ignoreChanges, "recorded");
    assert.equal(d.ignoreChanges[`${garden.type} ${garden.name}`], undefined, "a Model Garden deployment has no traffic split of the pipelines");
  });

  test("dev: private by default; public (dedicated DNS, no PSC) only with publicEndpoint: true; Google-managed keys", async () => {
    const d = (await dev).of(ENDPOINT);
    assert.deepEqual(attrs(d["dev-churn"]).private_service_connect_config, { enable_private_service_connect: true, project_allowlist: [PROJECT] });
    assert.equal(attrs(d["dev-ranker"]).private_service_connect_config, undefined);
    assert.equal(attrs(d["dev-ranker"]).dedicated_endpoint_enabled, true);
    for (const e of Object.values(d)) assert.equal(attrs(e).encryption_spec, undefined);
  });

  test("without CMEK, endpoints wait for the API and the log dataset grant", async () => {
    const built = await dev;
    for (const e of Object.values(built.of(ENDPOINT))) assert.deepEqual([...e.dependencies].sort(), [built.inputs.api, built.inputs.logGrant].sort());
  });
});

describe("Model Garden models: deployed end to end", () => {
  test("the model reference, EULA, machine spec, replicas, autoscaling and Spot from the YAML", async () => {
    const built = await dev;
    const garden = built.of(GARDEN)["dev-gemma"];
    const a = attrs(garden);
    assert.equal(a.publisher_model_name, "publishers/google/models/gemma3@gemma-3-1b-it");
    assert.equal(a.hugging_face_model_id, undefined);
    assert.equal(a.location, "us-central1");
    assert.deepEqual(a.model_config, { accept_eula: true, model_display_name: "dev-gemma" });
    assert.deepEqual(a.endpoint_config, { endpoint_display_name: "dev-gemma", dedicated_endpoint_enabled: true });
    assert.deepEqual(a.deploy_config.dedicated_resources, {
      machine_spec: { machine_type: "g2-standard-12", accelerator_type: "NVIDIA_L4", accelerator_count: 1 },
      min_replica_count: 1,
      max_replica_count: 2,
      spot: true,
      autoscaling_metric_specs: [
        { metric_name: DUTY, target: 80 },
        { metric_name: CPU, target: 80 },
      ],
    });
    assert.equal(built.of(POOL)["dev-gemma"], undefined, "no pool: the deployment holds its own replicas");
    assert.deepEqual(garden.dependencies, [built.inputs.api]);
    assert.equal(garden.protect, false);
  });

  test("a Hugging Face model is referenced by its ID; Spot only where the tier allows it", async () => {
    const built = await build({ ...DEV, models: [{ ...GEMMA, publisherModel: undefined, huggingFaceModel: "google/gemma-2-2b-it", spot: undefined }] }, { cmek: false });
    const a = attrs(built.of(GARDEN)["dev-gemma"]);
    assert.equal(a.hugging_face_model_id, "google/gemma-2-2b-it");
    assert.equal(a.publisher_model_name, undefined);
    assert.equal(a.deploy_config.dedicated_resources.spot, false);
  });

  test("protected where the fleet's protection says so", async () => {
    const built = await build({ ...DEV, protection: undefined, models: [GEMMA] }, { cmek: false });
    assert.equal(built.of(GARDEN)["dev-gemma"].protect, true, "guarded by default");
  });
});

describe("outputs per model", () => {
  test("model_<name>_endpoint_id and, for custom models, model_<name>_resource_pool_id", async () => {
    const p = (await prod).run.value;
    assert.deepEqual(Object.keys(p.outputs).sort(), [
      "model_churn_endpoint_id",
      "model_churn_resource_pool_id",
      "model_fraud_endpoint_id",
      "model_fraud_resource_pool_id",
      "model_ltv_endpoint_id",
      "model_ltv_resource_pool_id",
      "model_ranker_endpoint_id",
      "model_ranker_resource_pool_id",
    ]);
    assert.equal(await valueOf(p.outputs.model_churn_endpoint_id), `${ENDPOINT}:prod-churn.id`);
    assert.equal(await valueOf(p.outputs.model_churn_resource_pool_id), `${POOL}:prod-churn.id`);
    assert.equal(await valueOf(p.outputs.model_fraud_resource_pool_id), `${POOL}:prod-shared-t4.id`);
    assert.equal(await valueOf(p.outputs.model_ltv_resource_pool_id), `${POOL}:prod-shared-t4.id`);
    const d = (await dev).run.value;
    assert.equal(await valueOf(d.outputs.model_gemma_endpoint_id), `${GARDEN}:dev-gemma.id`);
    assert.equal(d.outputs.model_gemma_resource_pool_id, undefined);
  });

  test("the served models as the monitoring reads them: endpoint name, public or not, resolved spec", async () => {
    const models = (await dev).run.value.models;
    assert.deepEqual([...models.keys()], ["churn", "ranker", "gemma"]);
    const churn = models.get("churn")!;
    assert.equal(churn.endpointName, "dev-churn");
    assert.equal(churn.isPublic, false);
    assert.equal(churn.spec.source, "custom");
    assert.equal(churn.spec.maxReplicas, 6);
    assert.equal(models.get("ranker")!.isPublic, true);
    assert.equal(models.get("gemma")!.isPublic, true);
    assert.equal(models.get("gemma")!.resourcePoolId, undefined);
    assert.equal((await dev).run.value.servingAccountEmail, SA_EMAIL);
  });
});

describe("changes are visible: what each edit adds", () => {
  const custom = (b: Built) => new Map(b.run.resources.filter((r) => r.custom && !["api", "keyGrant", "logGrant"].includes(r.name)).map((r) => [r.urn, r]));

  test("adding a model (anywhere in the list) creates only its own resources; no other name or attribute changes", async () => {
    const before = custom(await build({ ...PROD, models: [CHURN, FRAUD] }));
    const after = custom(await build({ ...PROD, models: [{ ...RANKER, name: "aaa-first" }, CHURN, { ...LTV }, FRAUD] }));
    for (const [urn, r] of before) assert.deepEqual(after.get(urn)?.inputs, r.inputs, urn);
    assert.deepEqual(
      [...after.values()].filter((r) => !before.has(r.urn)).map((r) => `${r.terraform!.type} ${r.name}`).sort(),
      [`${POOL} Serving-aaa-first-pool`, `${ENDPOINT} Serving-aaa-first`, `${ENDPOINT} Serving-ltv`],
    );
  });

  test("removing a model removes only its endpoint (a shared pool stays while another model uses it)", async () => {
    const before = custom(await build(PROD));
    const after = custom(await build({ ...PROD, models: [CHURN, FRAUD, RANKER] }));
    assert.deepEqual([...before.values()].filter((r) => !after.has(r.urn)).map((r) => r.name), ["Serving-ltv"]);
  });
});

/** Asserts that building `args` throws a ValidationError with exactly these `path: message` lines (in any order). */
async function assertProblems(args: Args, expected: string[], opts: { cmek?: boolean } = {}): Promise<void> {
  await assert.rejects(build(args, opts), (err: unknown) => {
    assert.ok(err instanceof ValidationError, String(err));
    assert.deepEqual(err.problems.map((p) => `${p.path}: ${p.message}`).sort(), [...expected].sort());
    assert.match(err.message, /in the serving fleet 'Serving':/);
    return true;
  });
}

describe("bad input is rejected before anything is created, with the cdktf side's messages", () => {
  test("every problem of every model at once, at <fleet>.models.<name>.<field>", async () => {
    await assertProblems({ ...PROD, region: "us-west2", models: [CHURN, { ...FRAUD, minReplicas: 1 }, { ...LTV, maxReplicas: "four" as never }] }, [
      "Serving.models.churn.accelerator.type: NVIDIA_L4 is not offered for Vertex AI prediction in us-west2; us-west2 offers NVIDIA_TESLA_P4, NVIDIA_TESLA_T4; NVIDIA_L4 is offered in us-central1, us-east1, us-east4, us-west1, us-west4 (lib/catalog/gpu-regions.ts, 2026-08: update it if Google now offers NVIDIA_L4 in us-west2)",
      "Serving.models.fraud.minReplicas: is below the prod tier's replica floor of 2 (with fewer replicas one failing node takes the model down); raise it, or set allowBelowReplicaFloor: true to accept the risk",
      "Serving.models.ltv.maxReplicas: must be a whole number (replicas), 1-1000",
      "Serving.models.ltv.minReplicas: must match models[1] ('fraud'), which shares pool 'shared-t4': a pool has one minReplicas (1); give the model its own pool or change both",
      "Serving.models.ltv.maxReplicas: must match models[1] ('fraud'), which shares pool 'shared-t4': a pool has one maxReplicas (4); give the model its own pool or change both",
    ]);
  });

  test("unknown machine type, incompatible family, wrong count (the catalog's checks, reused)", async () => {
    await assertProblems({ ...PROD, models: [{ ...CHURN, machineType: "g3-standard-8" }, { ...FRAUD, machineType: "e2-standard-8", pool: undefined }, { ...RANKER, machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 3 } }] }, [
      "Serving.models.churn.machineType: unknown machine type 'g3-standard-8'; allowed: one of the families n1, e2, n2, n2d, c2, g2, a2, a3, a4, a4x, g4 (e.g. n1-standard-4, g2-standard-8)",
      "Serving.models.fraud.accelerator.type: NVIDIA_TESLA_T4 cannot be attached to e2-standard-8 (E2 family); NVIDIA_TESLA_T4 runs on N1 machine types (n1-standard-*, n1-highmem-*, n1-highcpu-*) with 1, 2, 4 GPUs",
      "Serving.models.ranker.accelerator.count: n1-standard-4 takes 1, 2, 4 × NVIDIA_TESLA_T4, not 3",
    ]);
  });

  test("duplicate model names", async () => {
    await assertProblems({ ...PROD, models: [CHURN, CHURN] }, ["Serving.models[1].name: duplicate model name 'churn', already used by models[0]"]);
  });

  test("a public endpoint where private endpoints are required", async () => {
    await assertProblems({ ...PROD, models: [{ ...CHURN, publicEndpoint: true }] }, [
      "Serving.models.churn.publicEndpoint: public endpoints are not allowed: this environment requires private endpoints (Private Service Connect)",
    ]);
  });

  test("Spot outside dev, and Model Garden with CMEK", async () => {
    await assertProblems({ ...DEV, tier: "preprod", preset: SERVING_PRESETS.preprod, models: [GEMMA] }, [
      "Serving.models.gemma.spot: Spot VMs are not allowed in the preprod tier: they can be preempted at any time; allowed only in dev",
      "Serving.models.gemma.source: a Model Garden deployment cannot use the environment's customer-managed key (google_vertex_ai_endpoint_with_model_garden_deployment has no encryption_spec on provider 7.45.0); use source: custom and deploy the model from a pipeline into the encrypted endpoint, or use a dev environment without CMEK",
    ], { cmek: true });
  });

  test("modelGarden without a model reference", async () => {
    await assertProblems(
      { ...DEV, models: [{ ...GEMMA, publisherModel: undefined }] },
      [
        "Serving.models.gemma.publisherModel: required when source is modelGarden: publisherModel (publishers/<publisher>/models/<model>@<version>, e.g. publishers/google/models/gemma3@gemma-3-1b-it) or huggingFaceModel (a Hugging Face model ID <author>/<model>, e.g. google/gemma-2-2b-it)",
      ],
      { cmek: false },
    );
  });

  test("fleet-level props: project, region, prefix, labels, preset", async () => {
    await assertProblems(
      { ...PROD, projectId: "Acme", region: "mars-north1", namePrefix: "Prod_", labels: { team: "ML" }, preset: { ...SERVING_PRESETS.prod, logSamplingRate: 2 }, models: [] },
      [
        "Serving.labels.team: not a valid label value; allowed: 0-63 lowercase letters, digits, '_' or '-'",
        "Serving.preset.logSamplingRate: must be greater than 0 and at most 1 (fraction of requests logged)",
        "Serving.projectId: not a valid project ID; allowed: 6-30 lowercase letters, digits or hyphens, starting with a letter, not ending with a hyphen, not containing 'google' or 'ssl'",
        "Serving.region: not a region where Vertex AI is offered",
        "Serving.namePrefix: allowed: 1-22 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
      ],
    );
  });

  test("a guard that would delete data", async () => {
    await assert.rejects(build({ ...PROD, protection: { preventDestroy: true, allowDataTeardown: true } }), /Serving\.protection: allowDataTeardown cannot be combined with preventDestroy/);
  });

  test("values not known while the program runs (Outputs) are taken as given", async () => {
    const built = await build({ ...PROD, namePrefix: undefined, projectId: pulumi.output("Not A Project") as never, models: [RANKER] });
    assert.equal(attrs(built.of(ENDPOINT).ranker).project, "Not A Project");
  });
});

describe("the Vertex AI service agent as a grantee", () => {
  test("its member is built from the project number, its grant key is stable", async () => {
    const run = await runWithMocks(() => vertexAiServiceAgent(pulumi.output("123456789012")));
    assert.equal(run.value.grantKey, "vertex-ai-agent");
    assert.equal(await valueOf(run.value.member as unknown as pulumi.Output<string>), "serviceAccount:service-123456789012@gcp-sa-aiplatform.iam.gserviceaccount.com");
  });
});

describe("mapping rows", () => {
  test("the serving types map to @pulumi/gcp vertex resources (and the capacity document to a bucket object) and are listed under the Serving construct", () => {
    assert.deepEqual(MIRRORED, { Serving: [POOL, ENDPOINT, GARDEN, "google_storage_bucket_object"] });
    const rows = Object.fromEntries(RESOURCE_MAPPINGS.map((m) => [m.terraform, m]));
    assert.equal(rows[POOL].pulumi, "gcp:vertex/aiDeploymentResourcePool:AiDeploymentResourcePool");
    assert.equal(rows[ENDPOINT].pulumi, "gcp:vertex/aiEndpoint:AiEndpoint");
    assert.equal(rows[GARDEN].pulumi, "gcp:vertex/aiEndpointWithModelGardenDeployment:AiEndpointWithModelGardenDeployment");
    assert.ok(rows[ENDPOINT].security.includes("private_service_connect_config"));
    assert.ok(rows[ENDPOINT].security.includes("encryption_spec"));
    assert.equal(rows.google_storage_bucket_object.pulumi, "gcp:storage/bucketObject:BucketObject");
  });
});
