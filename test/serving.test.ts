import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BigqueryDatasetIamMember } from "../provider/google/bigquery-dataset-iam-member";
import { KmsCryptoKeyIamMember } from "../provider/google/kms-crypto-key-iam-member";
import { ProjectService } from "../provider/google/project-service";
import { GoogleProvider } from "../provider/google/provider";
import { TerraformStack, Testing } from "../lib/cdktn";
import { ValidationError } from "../lib/core/errors";
import type { ModelInput } from "../lib/config/models";
import { CAPACITY_KIND, parseCapacityDocument } from "../lib/serving/capacity";
import { ServingFleet, ServingFleetProps } from "../lib/serving/fleet";
import { CHURN, DEV, FRAUD, GEMMA, KEY, LTV, PROD, PROJECT, RANKER, SA_EMAIL, SERVING_PRESETS } from "./fixtures/serving";

const DUTY = "aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle";
const CPU = "aiplatform.googleapis.com/prediction/online/cpu/utilization";

type Props = Omit<ServingFleetProps, "servingAccount" | "encryption" | "predictionLogs" | "dependsOn">;

/**
 * Builds a fleet in a fresh stack, with an API, a key grant and a dataset grant to depend on.
 * Google-managed keys unless `cmek` (with a key, models get no deployment resource pools).
 */
function build(props: Props, opts: { cmek?: boolean; capacityBucket?: string } = {}): any {
  const stack = new TerraformStack(Testing.app(), "t");
  new GoogleProvider(stack, "google", { project: PROJECT, region: "us-central1" });
  const api = new ProjectService(stack, "api", { project: PROJECT, service: "aiplatform.googleapis.com" });
  const keyGrant = new KmsCryptoKeyIamMember(stack, "keyGrant", { cryptoKeyId: KEY, role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", member: "serviceAccount:agent" });
  const logGrant = new BigqueryDatasetIamMember(stack, "logGrant", { datasetId: "prod_monitoring", role: "roles/bigquery.dataEditor", member: "serviceAccount:agent" });
  new ServingFleet(stack, "Serving", {
    ...props,
    servingAccount: { member: `serviceAccount:${SA_EMAIL}`, grantKey: "serving", email: SA_EMAIL },
    encryption: opts.cmek ? { keyId: KEY, grants: [keyGrant] } : undefined,
    capacityBucket: opts.capacityBucket,
    predictionLogs: { projectId: PROJECT, datasetId: "prod_monitoring", grants: [logGrant] },
    dependsOn: [api],
  });
  Testing.synth(stack, true);
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

/** Resources of one type by construct path below the fleet (e.g. `Models/churn/Endpoint`). */
function byPath(json: any, type: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const r of Object.values<any>(json.resource?.[type] ?? {})) out[r["//"].metadata.path.replace(/^t\/Serving\//, "")] = r;
  return out;
}

const ref = (type: string, r: any, attr = "id") => `\${${type}.${r["//"].metadata.uniqueId}.${attr}}`;
const POOL = "google_vertex_ai_deployment_resource_pool";
const ENDPOINT = "google_vertex_ai_endpoint";
const GARDEN = "google_vertex_ai_endpoint_with_model_garden_deployment";

const prod = build(PROD);
/** Prod with the environment's key, as every preprod and prod environment has: no pools. */
const withoutPools = (models: readonly ModelInput[]) => models.map(({ pool: _pool, ...m }) => m);
const prodCmek = build({ ...PROD, models: withoutPools(PROD.models) }, { cmek: true, capacityBucket: "acme-prod-artifacts" });
const dev = build({ ...DEV, models: [CHURN, { ...RANKER, publicEndpoint: true }, GEMMA] }, { cmek: false });

describe("custom models: one deployment resource pool per model or per shared pool", () => {
  const pools = byPath(prod, POOL);

  test("pools keyed by pool name: a model's own pool is named after it, a shared pool once", () => {
    assert.deepEqual(Object.keys(pools).sort(), ["Pools/churn", "Pools/ranker", "Pools/shared-t4"]);
    assert.deepEqual(Object.values(pools).map((p) => p.name).sort(), ["prod-churn", "prod-ranker", "prod-shared-t4"]);
    for (const p of Object.values(pools)) {
      assert.equal(p.region, "us-central1");
      assert.equal(p.project, PROJECT);
      assert.equal(p.lifecycle, undefined, "pools are not guarded: every change of theirs is a replacement");
    }
  });

  test("machine spec, GPUs, replica bounds (prod floor 2 by default) and autoscaling targets per model", () => {
    assert.deepEqual(pools["Pools/churn"].dedicated_resources, {
      machine_spec: { machine_type: "g2-standard-8", accelerator_type: "NVIDIA_L4", accelerator_count: 1 },
      min_replica_count: 2,
      max_replica_count: 6,
      autoscaling_metric_specs: [
        { metric_name: DUTY, target: 70 },
        { metric_name: CPU, target: 60 },
      ],
    });
    assert.deepEqual(pools["Pools/shared-t4"].dedicated_resources, {
      machine_spec: { machine_type: "n1-standard-8", accelerator_type: "NVIDIA_TESLA_T4", accelerator_count: 2 },
      min_replica_count: 2,
      max_replica_count: 4,
      autoscaling_metric_specs: [
        { metric_name: DUTY, target: 60 },
        { metric_name: CPU, target: 60 },
      ],
    });
    assert.deepEqual(pools["Pools/ranker"].dedicated_resources, {
      machine_spec: { machine_type: "n1-highcpu-16" },
      min_replica_count: 3,
      max_replica_count: 10,
      autoscaling_metric_specs: [{ metric_name: CPU, target: 50 }],
    });
  });

  test("an accelerator-optimized machine without an explicit accelerator gets its built-in GPU in the machine spec", () => {
    const json = build({ ...PROD, models: [{ ...CHURN, accelerator: undefined }] });
    assert.deepEqual(byPath(json, POOL)["Pools/churn"].dedicated_resources.machine_spec, { machine_type: "g2-standard-8", accelerator_type: "NVIDIA_L4", accelerator_count: 1 });
  });

  test("dev defaults: floor 1, targets 80 %", () => {
    const churn = byPath(dev, POOL)["Pools/churn"].dedicated_resources;
    assert.equal(churn.min_replica_count, 1);
    assert.deepEqual(churn.autoscaling_metric_specs, [
      { metric_name: DUTY, target: 70 },
      { metric_name: CPU, target: 80 },
    ]);
  });
});

describe("endpoints", () => {
  const endpoints = byPath(prod, ENDPOINT);
  const grants = [
    `google_project_service.${Object.keys(prodCmek.resource.google_project_service)[0]}`,
    `google_kms_crypto_key_iam_member.${Object.keys(prodCmek.resource.google_kms_crypto_key_iam_member)[0]}`,
    `google_bigquery_dataset_iam_member.${Object.keys(prodCmek.resource.google_bigquery_dataset_iam_member)[0]}`,
  ];

  test("one per model, keyed by model name, named <prefix>-<model>, labelled", () => {
    assert.deepEqual(Object.keys(endpoints).sort(), ["Models/churn/Endpoint", "Models/fraud/Endpoint", "Models/ltv/Endpoint", "Models/ranker/Endpoint"]);
    const churn = endpoints["Models/churn/Endpoint"];
    assert.equal(churn.name, "prod-churn");
    assert.equal(churn.display_name, "prod-churn");
    assert.equal(churn.location, "us-central1");
    assert.deepEqual(churn.labels, { environment: "prod", component: "serving", model: "churn" });
    assert.equal(churn.description, `Model churn: the pipelines deploy its versions into deployment resource pool prod-churn as ${SA_EMAIL}`);
    assert.match(endpoints["Models/ltv/Endpoint"].description, /into deployment resource pool prod-shared-t4 as /);
  });

  test("prod: private through Private Service Connect, allowlisting only the project; no network peering, no dedicated public DNS", () => {
    for (const e of Object.values(endpoints)) {
      assert.deepEqual(e.private_service_connect_config, { enable_private_service_connect: true, project_allowlist: [PROJECT] });
      assert.equal(e.network, undefined);
      assert.equal(e.dedicated_endpoint_enabled, undefined);
    }
  });

  test("prod: CMEK with the Vertex AI key; waits for the API, the key grant and the log dataset grant", () => {
    for (const e of Object.values(byPath(prodCmek, ENDPOINT))) {
      assert.deepEqual(e.encryption_spec, { kms_key_name: KEY });
      assert.deepEqual([...e.depends_on].sort(), [...grants].sort());
    }
  });

  test("request/response logging to the prediction-logs dataset, one table per model, tier sampling unless the model sets it", () => {
    assert.deepEqual(endpoints["Models/churn/Endpoint"].predict_request_response_logging_config, {
      enabled: true,
      sampling_rate: 0.1,
      bigquery_destination: { output_uri: `bq://${PROJECT}.prod_monitoring.predictions_churn` },
    });
    assert.equal(endpoints["Models/ranker/Endpoint"].predict_request_response_logging_config.sampling_rate, 0.01);
    assert.equal(byPath(dev, ENDPOINT)["Models/churn/Endpoint"].predict_request_response_logging_config.sampling_rate, 1);
  });

  test("prod endpoints carry prevent_destroy; every endpoint leaves the traffic split to the pipelines", () => {
    for (const e of Object.values(endpoints)) assert.deepEqual(e.lifecycle, { prevent_destroy: true, ignore_changes: ["traffic_split"] });
    for (const e of Object.values(byPath(dev, ENDPOINT))) assert.deepEqual(e.lifecycle, { ignore_changes: ["traffic_split"] });
  });

  test("dev: private by default; public (dedicated DNS, no PSC) only with publicEndpoint: true; Google-managed keys", () => {
    const d = byPath(dev, ENDPOINT);
    assert.deepEqual(d["Models/churn/Endpoint"].private_service_connect_config, { enable_private_service_connect: true, project_allowlist: [PROJECT] });
    assert.equal(d["Models/ranker/Endpoint"].private_service_connect_config, undefined);
    assert.equal(d["Models/ranker/Endpoint"].dedicated_endpoint_enabled, true);
    for (const e of Object.values(d)) assert.equal(e.encryption_spec, undefined);
  });
});

describe("Model Garden models: deployed end to end", () => {
  const garden = byPath(dev, GARDEN)["Models/gemma/Deployment"];

  test("the model reference, EULA, machine spec, replicas, autoscaling and Spot from the YAML", () => {
    assert.equal(garden.publisher_model_name, "publishers/google/models/gemma3@gemma-3-1b-it");
    assert.equal(garden.hugging_face_model_id, undefined);
    assert.equal(garden.location, "us-central1");
    assert.deepEqual(garden.model_config, { accept_eula: true, model_display_name: "dev-gemma" });
    assert.deepEqual(garden.endpoint_config, { endpoint_display_name: "dev-gemma", dedicated_endpoint_enabled: true });
    assert.deepEqual(garden.deploy_config.dedicated_resources, {
      machine_spec: { machine_type: "g2-standard-12", accelerator_type: "NVIDIA_L4", accelerator_count: 1 },
      min_replica_count: 1,
      max_replica_count: 2,
      spot: true,
      autoscaling_metric_specs: [
        { metric_name: DUTY, target: 80 },
        { metric_name: CPU, target: 80 },
      ],
    });
    assert.equal(byPath(dev, POOL)["Pools/gemma"], undefined, "no pool: the deployment holds its own replicas");
  });

  test("a Hugging Face model is referenced by its ID", () => {
    const json = build({ ...DEV, models: [{ ...GEMMA, publisherModel: undefined, huggingFaceModel: "google/gemma-2-2b-it", spot: undefined }] }, { cmek: false });
    const d = byPath(json, GARDEN)["Models/gemma/Deployment"];
    assert.equal(d.hugging_face_model_id, "google/gemma-2-2b-it");
    assert.equal(d.publisher_model_name, undefined);
    assert.equal(d.deploy_config.dedicated_resources.spot, false);
  });
});

describe("outputs per model", () => {
  test("model_<name>_endpoint_id and, for custom models, model_<name>_resource_pool_id", () => {
    const pools = byPath(prod, POOL);
    const endpoints = byPath(prod, ENDPOINT);
    assert.deepEqual(Object.keys(prod.output).sort(), [
      "model_churn_endpoint_id",
      "model_churn_resource_pool_id",
      "model_fraud_endpoint_id",
      "model_fraud_resource_pool_id",
      "model_ltv_endpoint_id",
      "model_ltv_resource_pool_id",
      "model_ranker_endpoint_id",
      "model_ranker_resource_pool_id",
    ]);
    assert.equal(prod.output.model_churn_endpoint_id.value, ref(ENDPOINT, endpoints["Models/churn/Endpoint"]));
    assert.equal(prod.output.model_churn_resource_pool_id.value, ref(POOL, pools["Pools/churn"]));
    assert.equal(prod.output.model_fraud_resource_pool_id.value, ref(POOL, pools["Pools/shared-t4"]));
    assert.equal(prod.output.model_ltv_resource_pool_id.value, ref(POOL, pools["Pools/shared-t4"]));
    assert.equal(dev.output.model_gemma_endpoint_id.value, ref(GARDEN, byPath(dev, GARDEN)["Models/gemma/Deployment"]));
    assert.equal(dev.output.model_gemma_resource_pool_id, undefined);
  });
});

/**
 * What `terraform plan` would do to each address between two syntheses, from the provider schema
 * (google provider 7.45.0, resource_vertex_ai_*.go: ForceNew and the update functions): every field of a deployment resource pool and of a
 * Model Garden deployment is immutable, so any change replaces them; an endpoint is replaced when
 * one of its immutable fields changes.
 */
const FORCE_NEW: Record<string, "*" | readonly string[]> = {
  [POOL]: "*",
  [GARDEN]: "*",
  [ENDPOINT]: ["name", "project", "location", "region", "network", "encryption_spec", "private_service_connect_config"],
};

function plan(before: any, after: any): Record<string, string> {
  const out: Record<string, string> = {};
  const types = new Set([...Object.keys(before.resource ?? {}), ...Object.keys(after.resource ?? {})]);
  for (const type of types) {
    const b = before.resource?.[type] ?? {};
    const a = after.resource?.[type] ?? {};
    for (const id of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const addr = `${type}.${id}`;
      if (!(id in a)) out[addr] = "destroy";
      else if (!(id in b)) out[addr] = "create";
      else {
        const changed = Object.keys({ ...a[id], ...b[id] })
          .filter((k) => k !== "//" && JSON.stringify(a[id][k]) !== JSON.stringify(b[id][k]))
          .sort();
        if (changed.length === 0) continue;
        const forceNew = FORCE_NEW[type];
        out[addr] = forceNew === "*" || changed.some((k) => forceNew?.includes(k)) ? `replace (${changed.join(", ")})` : `update (${changed.join(", ")})`;
      }
    }
  }
  return out;
}

describe("with a customer-managed key: no pools, the capacity document instead", () => {
  test("no deployment resource pool; endpoints say how their versions are deployed; no pool outputs", () => {
    assert.equal(prodCmek.resource[POOL], undefined);
    const endpoints = byPath(prodCmek, ENDPOINT);
    assert.equal(endpoints["Models/churn/Endpoint"].description, `Model churn: the pipelines deploy its versions with dedicated resources from serving/capacity.json as ${SA_EMAIL}`);
    assert.deepEqual(Object.keys(prodCmek.output).filter((o) => o.endsWith("_resource_pool_id")), []);
    assert.equal(prodCmek.output.serving_capacity_uri.value, "gs://acme-prod-artifacts/serving/capacity.json");
  });

  test("the document: per model its endpoint, machine, GPUs, replica bounds and autoscaling targets, the serving account", () => {
    const object = Object.values<any>(prodCmek.resource.google_storage_bucket_object)[0];
    assert.equal(object.bucket, "acme-prod-artifacts");
    assert.equal(object.name, "serving/capacity.json");
    assert.equal(object.content_type, "application/json");
    const doc = parseCapacityDocument(object.content)!;
    assert.equal(doc.kind, CAPACITY_KIND);
    assert.equal(doc.servingAccount, SA_EMAIL);
    assert.deepEqual(Object.keys(doc.models), ["churn", "fraud", "ltv", "ranker"]);
    assert.deepEqual(doc.models.churn, {
      endpoint: `projects/${PROJECT}/locations/us-central1/endpoints/prod-churn`,
      mode: "dedicated",
      machineType: "g2-standard-8",
      accelerator: { type: "NVIDIA_L4", count: 1 },
      minReplicas: 2,
      maxReplicas: 6,
      autoscaling: { acceleratorDutyCycle: 70, cpuUtilization: 60 },
      encrypted: true,
    });
    // Written once the endpoints it names exist.
    assert.equal(object.depends_on.length, 4);
  });

  test("without a key the document names each model's pool, and a shared pool once per model", () => {
    const doc = parseCapacityDocument(Object.values<any>(build(PROD, { capacityBucket: "b" }).resource.google_storage_bucket_object)[0].content)!;
    assert.equal(doc.models.fraud.mode, "pool");
    assert.equal(doc.models.fraud.deploymentResourcePool, `projects/${PROJECT}/locations/us-central1/deploymentResourcePools/prod-shared-t4`);
    assert.equal(doc.models.ltv.deploymentResourcePool, doc.models.fraud.deploymentResourcePool);
    assert.equal(doc.models.churn.encrypted, false);
  });

  test("no capacity bucket, no document", () => {
    assert.equal(prod.resource.google_storage_bucket_object, undefined);
  });
});

describe("changes are visible: what each edit adds, replaces or updates", () => {
  test("adding a model (anywhere in the list) creates only its own resources; no other address or attribute changes", () => {
    const before = build({ ...PROD, models: [CHURN, FRAUD] });
    const after = build({ ...PROD, models: [{ ...RANKER, name: "aaa-first" }, CHURN, { ...LTV }, FRAUD] });
    assert.deepEqual(
      Object.entries(plan(before, after)).map(([addr, action]) => `${action} ${addr.replace(/_[0-9A-F]{8}$/, "")}`).sort(),
      [
        "create google_vertex_ai_deployment_resource_pool.Serving_Pools_aaa-first",
        "create google_vertex_ai_endpoint.Serving_Models_aaa-first_Endpoint",
        "create google_vertex_ai_endpoint.Serving_Models_ltv_Endpoint",
      ],
    );
    assert.deepEqual(Object.keys(after.output).filter((o) => !(o in before.output)).sort(), [
      "model_aaa_first_endpoint_id",
      "model_aaa_first_resource_pool_id",
      "model_ltv_endpoint_id",
      "model_ltv_resource_pool_id",
    ]);
  });

  test("removing a model destroys only its resources (a shared pool stays while another model uses it)", () => {
    const p = plan(build(PROD), build({ ...PROD, models: [CHURN, FRAUD, RANKER] }));
    assert.deepEqual(Object.entries(p).map(([a, x]) => `${x} ${a.replace(/_[0-9A-F]{8}$/, "")}`), ["destroy google_vertex_ai_endpoint.Serving_Models_ltv_Endpoint"]);
  });

  test("changing replica bounds replaces the pool (and only the pool)", () => {
    const p = plan(build(PROD), build({ ...PROD, models: [{ ...CHURN, maxReplicas: 8 }, FRAUD, LTV, RANKER] }));
    assert.deepEqual(Object.entries(p).map(([a, x]) => `${x} ${a.replace(/_[0-9A-F]{8}$/, "")}`), [
      "replace (dedicated_resources) google_vertex_ai_deployment_resource_pool.Serving_Pools_churn",
    ]);
  });

  test("changing a Model Garden deployment's replicas replaces the deployment, its endpoint included", () => {
    const p = plan(build({ ...DEV, models: [GEMMA] }, { cmek: false }), build({ ...DEV, models: [{ ...GEMMA, maxReplicas: 3 }] }, { cmek: false }));
    assert.deepEqual(Object.entries(p).map(([a, x]) => `${x} ${a.replace(/_[0-9A-F]{8}$/, "")}`), [
      "replace (deploy_config) google_vertex_ai_endpoint_with_model_garden_deployment.Serving_Models_gemma_Deployment",
    ]);
  });

  test("changing the sampling rate updates the endpoint in place; turning it public replaces it", () => {
    const base = build({ ...DEV, models: [CHURN] }, { cmek: false });
    const sampled = plan(base, build({ ...DEV, models: [{ ...CHURN, logSamplingRate: 0.2 }] }, { cmek: false }));
    assert.deepEqual(Object.values(sampled), ["update (predict_request_response_logging_config)"]);
    const opened = plan(base, build({ ...DEV, models: [{ ...CHURN, publicEndpoint: true }] }, { cmek: false }));
    assert.deepEqual(Object.values(opened), ["replace (dedicated_endpoint_enabled, private_service_connect_config)"]);
  });
});

/** Asserts that building `props` throws a ValidationError with exactly these `path: message` lines (in any order). */
function assertProblems(props: Props, expected: string[], opts: { cmek?: boolean } = {}): void {
  assert.throws(
    () => build(props, opts),
    (err: unknown) => {
      assert.ok(err instanceof ValidationError, String(err));
      assert.deepEqual(err.problems.map((p) => `${p.path}: ${p.message}`).sort(), [...expected].sort());
      return true;
    },
  );
}

describe("bad input fails synthesis, naming the model and the field", () => {
  test("every problem of every model at once, at <fleet>.models.<name>.<field>", () => {
    assertProblems({ ...PROD, region: "us-west2", models: [CHURN, { ...FRAUD, minReplicas: 1 }, { ...LTV, maxReplicas: "four" as never }] }, [
      "Serving.models.churn.accelerator.type: NVIDIA_L4 is not offered for Vertex AI prediction in us-west2; us-west2 offers NVIDIA_TESLA_P4, NVIDIA_TESLA_T4; NVIDIA_L4 is offered in us-central1, us-east1, us-east4, us-west1, us-west4 (lib/catalog/gpu-regions.ts, 2026-08: update it if Google now offers NVIDIA_L4 in us-west2)",
      "Serving.models.fraud.minReplicas: is below the prod tier's replica floor of 2 (with fewer replicas one failing node takes the model down); raise it, or set allowBelowReplicaFloor: true to accept the risk",
      "Serving.models.ltv.maxReplicas: must be a whole number (replicas), 1-1000",
      "Serving.models.ltv.minReplicas: must match models[1] ('fraud'), which shares pool 'shared-t4': a pool has one minReplicas (1); give the model its own pool or change both",
      "Serving.models.ltv.maxReplicas: must match models[1] ('fraud'), which shares pool 'shared-t4': a pool has one maxReplicas (4); give the model its own pool or change both",
    ]);
  });

  test("unknown machine type, incompatible family, wrong count (the catalog's checks, reused)", () => {
    assertProblems({ ...PROD, models: [{ ...CHURN, machineType: "g3-standard-8" }, { ...FRAUD, machineType: "e2-standard-8", pool: undefined }, { ...RANKER, machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 3 } }] }, [
      "Serving.models.churn.machineType: unknown machine type 'g3-standard-8'; allowed: one of the families n1, e2, n2, n2d, c2, g2, a2, a3, a4, a4x, g4 (e.g. n1-standard-4, g2-standard-8)",
      "Serving.models.fraud.accelerator.type: NVIDIA_TESLA_T4 cannot be attached to e2-standard-8 (E2 family); NVIDIA_TESLA_T4 runs on N1 machine types (n1-standard-*, n1-highmem-*, n1-highcpu-*) with 1, 2, 4 GPUs",
      "Serving.models.ranker.accelerator.count: n1-standard-4 takes 1, 2, 4 × NVIDIA_TESLA_T4, not 3",
    ]);
  });

  test("duplicate model names", () => {
    assertProblems({ ...PROD, models: [CHURN, CHURN] }, ["Serving.models[1].name: duplicate model name 'churn', already used by models[0]"]);
  });

  test("a public endpoint where private endpoints are required", () => {
    assertProblems({ ...PROD, models: [{ ...CHURN, publicEndpoint: true }] }, [
      "Serving.models.churn.publicEndpoint: public endpoints are not allowed: this environment requires private endpoints (Private Service Connect)",
    ]);
  });

  test("Spot outside dev, and Model Garden with CMEK", () => {
    assertProblems({ ...DEV, tier: "preprod", preset: SERVING_PRESETS.preprod, models: [GEMMA] }, [
      "Serving.models.gemma.spot: Spot VMs are not allowed in the preprod tier: they can be preempted at any time; allowed only in dev",
      "Serving.models.gemma.source: a Model Garden deployment cannot use the environment's customer-managed key (google_vertex_ai_endpoint_with_model_garden_deployment has no encryption_spec on provider 7.45.0); use source: custom and deploy the model from a pipeline into the encrypted endpoint, or use a dev environment without CMEK",
    ], { cmek: true });
  });

  test("a deployment resource pool next to an endpoint with a customer-managed key", () => {
    assertProblems({ ...PROD, models: [CHURN, FRAUD] }, [
      "Serving.models.fraud.pool: a deployment resource pool cannot serve an endpoint with a customer-managed key: Vertex AI requires the endpoint and its pool to have the same EncryptionSpec, and google_vertex_ai_deployment_resource_pool has none (provider 7.45.0); remove pool: the model is deployed with dedicated resources from the serving capacity document, which inherit the endpoint's key",
    ], { cmek: true });
  });

  test("modelGarden without a model reference", () => {
    assertProblems({ ...DEV, models: [{ ...GEMMA, publisherModel: undefined }] }, [
      "Serving.models.gemma.publisherModel: required when source is modelGarden: publisherModel (publishers/<publisher>/models/<model>@<version>, e.g. publishers/google/models/gemma3@gemma-3-1b-it) or huggingFaceModel (a Hugging Face model ID <author>/<model>, e.g. google/gemma-2-2b-it)",
    ], { cmek: false });
  });

  test("fleet-level props: project, region, prefix, labels, preset", () => {
    assertProblems(
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
});
