import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkModelsForTier, checkServingPools, ModelSchema, ServingPolicy } from "../lib/config/models";
import { formatPath } from "../lib/core/errors";
import { AUTOSCALING_METRICS, resolveServingModel, servingPresetProblems } from "../lib/serving/preset";
import { TIER_PRESETS } from "../lib/config/presets";

const SERVING_PRESETS = { dev: TIER_PRESETS.dev.serving, preprod: TIER_PRESETS.preprod.serving, prod: TIER_PRESETS.prod.serving };

const L4 = { name: "churn", machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, minReplicas: 1, maxReplicas: 2 };
const CPU = { name: "ranker", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 2 };
const GEMMA = { name: "gemma", source: "modelGarden", publisherModel: "publishers/google/models/gemma3@gemma-3-1b-it", acceptEula: true, machineType: "g2-standard-12", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 1, publicEndpoint: true };

/** `path: message` of every issue ModelSchema reports for `model`. */
function issues(model: object): string[] {
  const r = ModelSchema.safeParse(model);
  return r.success ? [] : r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

function only(model: object): string {
  const all = issues(model);
  assert.equal(all.length, 1, `expected one issue, got:\n${all.join("\n")}`);
  return all[0];
}

describe("ModelSchema: one model on its own", () => {
  test("valid custom, CPU-only and Model Garden models parse; source defaults to custom", () => {
    for (const m of [L4, CPU, GEMMA, { ...GEMMA, publisherModel: undefined, huggingFaceModel: "google/gemma-2-2b-it" }]) assert.deepEqual(issues(m), []);
    assert.equal(ModelSchema.parse(L4).source, "custom");
    assert.equal(ModelSchema.parse({ ...L4, minReplicas: undefined }).minReplicas, undefined, "minReplicas is optional: the tier's floor applies");
  });

  test("machine types and accelerators: unknown, wrong family, wrong count, retired (the machine catalog's messages)", () => {
    assert.equal(only({ ...CPU, machineType: "n1-standard-5" }).split(";")[0], "machineType: unknown machine type 'n1-standard-5'");
    assert.match(only({ ...L4, accelerator: { type: "NVIDIA_A10", count: 1 } }), /^accelerator\.type: unknown accelerator 'NVIDIA_A10'; allowed: NVIDIA_TESLA_T4, /);
    assert.match(only({ ...L4, machineType: "n1-standard-8" }), /^accelerator\.type: NVIDIA_L4 cannot be attached to n1-standard-8 \(N1 family\); NVIDIA_L4 runs on g2-standard-4/);
    assert.match(only({ ...L4, machineType: "a2-highgpu-1g" }), /^accelerator\.type: a2-highgpu-1g comes with NVIDIA_TESLA_A100, not NVIDIA_L4/);
    assert.match(only({ ...L4, machineType: "a3-highgpu-8g", accelerator: { type: "NVIDIA_TESLA_A100", count: 8 } }), /^accelerator\.type: a3-highgpu-8g comes with NVIDIA_H100_80GB, not NVIDIA_TESLA_A100/);
    assert.equal(only({ ...L4, accelerator: { type: "NVIDIA_L4", count: 2 } }), "accelerator.count: g2-standard-8 has exactly 1 NVIDIA_L4, not 2");
    assert.equal(only({ ...CPU, accelerator: { type: "NVIDIA_TESLA_T4", count: 3 } }), "accelerator.count: n1-standard-4 takes 1, 2, 4 × NVIDIA_TESLA_T4, not 3");
    assert.match(only({ ...CPU, accelerator: { type: "NVIDIA_TESLA_K80", count: 1 } }), /^accelerator\.type: NVIDIA_TESLA_K80 has reached end of life/);
  });

  test("replica bounds: min above max, zero or negative, fractions, non-numeric", () => {
    assert.equal(only({ ...L4, minReplicas: 3, maxReplicas: 2 }), "maxReplicas: must be at least minReplicas (3)");
    assert.equal(only({ ...L4, minReplicas: 0 }), "minReplicas: must be at least 1 (replicas)");
    assert.equal(only({ ...L4, maxReplicas: -1 }), "maxReplicas: must be at least 1 (replicas)");
    assert.equal(only({ ...L4, maxReplicas: 1.5 }), "maxReplicas: must be a whole number (replicas), 1-1000");
    assert.equal(only({ ...L4, maxReplicas: "three" }), "maxReplicas: must be a whole number (replicas), 1-1000");
    assert.equal(only({ ...L4, maxReplicas: undefined }), "maxReplicas: must be a whole number (replicas), 1-1000");
    assert.equal(only({ ...L4, minReplicas: undefined, allowBelowReplicaFloor: true }), "allowBelowReplicaFloor: needs an explicit minReplicas below the tier's floor; without minReplicas the floor applies");
  });

  test("source: only custom or modelGarden", () => {
    assert.equal(only({ ...L4, source: "vertex" }), "source: not a model source; allowed: custom, modelGarden");
  });

  test("modelGarden needs exactly one model reference, in the forms the deploy API takes", () => {
    assert.match(only({ ...GEMMA, publisherModel: undefined }), /^publisherModel: required when source is modelGarden: publisherModel \(publishers\/<publisher>\/models\/<model>@<version>, .*\) or huggingFaceModel/);
    assert.equal(only({ ...GEMMA, huggingFaceModel: "google/gemma-2-2b-it" }), "huggingFaceModel: give either publisherModel or huggingFaceModel, not both");
    assert.match(only({ ...GEMMA, publisherModel: "publishers/google/models/gemma3" }), /^publisherModel: not a Model Garden model; allowed: publishers\/<publisher>\/models\/<model>@<version>/);
    assert.match(only({ ...GEMMA, publisherModel: undefined, huggingFaceModel: "gemma-2-2b-it" }), /^huggingFaceModel: not a Hugging Face model; allowed: a Hugging Face model ID <author>\/<model>/);
    assert.equal(only({ ...GEMMA, pool: "shared" }), "pool: only source custom uses deployment resource pools; a Model Garden deployment gets its own replicas");
  });

  test("custom models take no Model Garden fields and no Spot VMs", () => {
    assert.equal(only({ ...L4, publisherModel: GEMMA.publisherModel }), "publisherModel: only for source: modelGarden; a custom model's versions are deployed by the pipelines");
    assert.equal(only({ ...L4, acceptEula: true }), "acceptEula: only for source: modelGarden; a custom model's versions are deployed by the pipelines");
    assert.equal(only({ ...L4, spot: true }), "spot: Spot VMs are only available for source: modelGarden (google_vertex_ai_deployment_resource_pool has no Spot setting on provider 7.45.0)");
  });

  test("autoscaling targets: whole percentages 1-100; duty cycle only with a GPU; not empty", () => {
    assert.equal(only({ ...L4, autoscaling: { acceleratorDutyCycle: 0 } }), "autoscaling.acceleratorDutyCycle: must be at least 1 (percent of GPU duty cycle)");
    assert.equal(only({ ...L4, autoscaling: { cpuUtilization: 101 } }), "autoscaling.cpuUtilization: must be at most 100 (percent of CPU utilization)");
    assert.equal(only({ ...L4, autoscaling: { cpuUtilization: "high" } }), "autoscaling.cpuUtilization: must be a whole number (percent of CPU utilization), 1-100");
    assert.equal(only({ ...CPU, autoscaling: { acceleratorDutyCycle: 70 } }), "autoscaling.acceleratorDutyCycle: needs an accelerator: a replica without GPUs scales on cpuUtilization only");
    assert.deepEqual(issues({ ...L4, machineType: "g2-standard-8", accelerator: undefined, autoscaling: { acceleratorDutyCycle: 70 } }), [], "g2 comes with its L4");
    assert.equal(only({ ...L4, autoscaling: {} }), "autoscaling: set acceleratorDutyCycle and/or cpuUtilization, or remove autoscaling to use the tier's targets");
    assert.ok(issues({ ...L4, autoscaling: { requestCount: 5 } }).some((i) => /^autoscaling: .*requestCount/.test(i)), "unknown keys are rejected");
  });

  test("logSamplingRate: a fraction in (0, 1]", () => {
    assert.deepEqual(issues({ ...L4, logSamplingRate: 1 }), []);
    assert.equal(only({ ...L4, logSamplingRate: 0 }), "logSamplingRate: must be greater than 0 and at most 1 (fraction of requests logged)");
    assert.equal(only({ ...L4, logSamplingRate: 1.5 }), "logSamplingRate: must be greater than 0 and at most 1 (fraction of requests logged)");
    assert.equal(only({ ...L4, logSamplingRate: "10%" }), "logSamplingRate: must be a number greater than 0 and at most 1");
  });

  test("flags and pool names have their types", () => {
    assert.equal(only({ ...L4, publicEndpoint: "yes" }), "publicEndpoint: must be true or false");
    assert.match(only({ ...L4, pool: "Shared_L4" }), /^pool: not a valid pool name; allowed: 1-40 lowercase letters/);
  });
});

describe("checkServingPools: models sharing a pool describe the same pool", () => {
  const shared = (m: object) => ({ ...L4, pool: "shared-l4", ...m });

  test("identical members pass, whatever the key order of their autoscaling", () => {
    const a = shared({ name: "a", autoscaling: { acceleratorDutyCycle: 70, cpuUtilization: 80 } });
    const b = shared({ name: "b", autoscaling: { cpuUtilization: 80, acceleratorDutyCycle: 70 } });
    assert.deepEqual(checkServingPools([a, b] as never), []);
  });

  test("a first model without a readable name is named by its index only", () => {
    const p = checkServingPools([shared({ name: { x: 1 } }), shared({ name: "b", maxReplicas: 4 })] as never);
    assert.deepEqual(
      p.map((x) => x.message),
      ["must match models[0], which shares pool 'shared-l4': a pool has one maxReplicas (2); give the model its own pool or change both"],
    );
  });

  test("each differing field is reported on the later model, naming the first", () => {
    const p = checkServingPools([shared({ name: "a" }), shared({ name: "b", maxReplicas: 4, autoscaling: { cpuUtilization: 50 } })] as never);
    assert.deepEqual(
      p.map((x) => `${x.index} ${x.field}: ${x.message}`),
      [
        "1 maxReplicas: must match models[0] ('a'), which shares pool 'shared-l4': a pool has one maxReplicas (2); give the model its own pool or change both",
        "1 autoscaling: must match models[0] ('a'), which shares pool 'shared-l4': a pool has one autoscaling (unset); give the model its own pool or change both",
      ],
    );
  });

  test("a shared pool cannot take the name of a model that owns its pool", () => {
    const p = checkServingPools([{ ...L4, name: "churn" }, shared({ name: "fraud", pool: "churn" })] as never);
    assert.deepEqual(p, [{ index: 1, field: "pool", message: "'churn' is the name of models[0], which has a pool of its own named after it; choose another pool name or set pool: churn on models[0] too" }]);
  });
});

describe("checkModelsForTier: replica floor, Spot, public endpoints, Model Garden limits", () => {
  const prod: ServingPolicy = { tier: "prod", ...SERVING_PRESETS.prod };
  const dev: ServingPolicy = { tier: "dev", ...SERVING_PRESETS.dev };
  const check = (m: object, policy: ServingPolicy) => checkModelsForTier([ModelSchema.parse(m)], policy).map((p) => `${p.field}: ${p.message}`);

  test("prod keeps two replicas unless the model explicitly accepts fewer", () => {
    assert.deepEqual(check({ ...L4, minReplicas: 1, maxReplicas: 3 }, prod), [
      "minReplicas: is below the prod tier's replica floor of 2 (with fewer replicas one failing node takes the model down); raise it, or set allowBelowReplicaFloor: true to accept the risk",
    ]);
    assert.deepEqual(check({ ...L4, minReplicas: 1, allowBelowReplicaFloor: true }, prod), []);
    assert.deepEqual(check({ ...L4, minReplicas: undefined, maxReplicas: 4 }, prod), []);
    assert.deepEqual(check({ ...L4, minReplicas: undefined, maxReplicas: 1 }, prod), [
      "maxReplicas: must be at least the prod tier's replica floor of 2, which minReplicas defaults to; raise maxReplicas, or set minReplicas with allowBelowReplicaFloor: true",
    ]);
    assert.deepEqual(check({ ...L4, minReplicas: 1 }, dev), []);
  });

  test("Spot VMs only in dev", () => {
    assert.deepEqual(check({ ...GEMMA, spot: true }, dev), []);
    assert.deepEqual(check({ ...GEMMA, spot: true }, { ...dev, tier: "preprod", allowSpot: false }), [
      "spot: Spot VMs are not allowed in the preprod tier: they can be preempted at any time; allowed only in dev",
    ]);
  });

  test("a public endpoint needs the tier's permission and an explicit flag; privateEndpoints overrides the tier", () => {
    assert.deepEqual(check({ ...L4, publicEndpoint: true }, dev), []);
    assert.deepEqual(check({ ...L4, minReplicas: 2, publicEndpoint: true }, prod), [
      "publicEndpoint: public endpoints are not allowed in the prod tier; remove publicEndpoint to get a private (Private Service Connect) endpoint",
    ]);
    assert.deepEqual(check({ ...L4, publicEndpoint: true }, { ...dev, privateEndpoints: true }), [
      "publicEndpoint: public endpoints are not allowed: this environment requires private endpoints (Private Service Connect)",
    ]);
  });

  test("Model Garden: public as the library creates it (explicit flag), never with CMEK, not where only private endpoints are allowed", () => {
    assert.deepEqual(check(GEMMA, dev), []);
    assert.match(check({ ...GEMMA, publicEndpoint: undefined }, dev)[0], /^publicEndpoint: must be true for source: modelGarden: this library creates Model Garden endpoints public \(without Private Service Connect\)/);
    assert.match(check(GEMMA, { ...dev, cmek: true })[0], /^source: a Model Garden deployment cannot use the environment's customer-managed key/);
    assert.deepEqual(check({ ...GEMMA, maxReplicas: 2 }, prod), [
      "source: modelGarden is not available here: this library creates its endpoint public (without Private Service Connect) and the prod tier allows only private endpoints; use source: custom and deploy the model from a pipeline",
    ]);
  });
});

describe("serving presets and resolution", () => {
  test("the tier values: prod floor 2, public endpoints and Spot only in dev, sampling falls with the tier", () => {
    assert.deepEqual(
      Object.entries(SERVING_PRESETS).map(([t, p]) => `${t} floor=${p.minReplicaFloor} gpu=${p.acceleratorDutyCycleTarget} cpu=${p.cpuUtilizationTarget} log=${p.logSamplingRate} public=${p.allowPublicEndpoints} spot=${p.allowSpot}`),
      [
        "dev floor=1 gpu=80 cpu=80 log=1 public=true spot=true",
        "preprod floor=1 gpu=70 cpu=70 log=0.5 public=false spot=false",
        "prod floor=2 gpu=60 cpu=60 log=0.1 public=false spot=false",
      ],
    );
    for (const [tier, p] of Object.entries(SERVING_PRESETS)) assert.deepEqual(servingPresetProblems(p, tier), []);
  });

  test("a preset given directly is checked", () => {
    const bad = servingPresetProblems({ ...SERVING_PRESETS.prod, minReplicaFloor: 0, cpuUtilizationTarget: 120, logSamplingRate: 0 }, "preset");
    assert.deepEqual(bad.map((p) => p.path), ["preset.minReplicaFloor", "preset.cpuUtilizationTarget", "preset.logSamplingRate"]);
  });

  test("defaults: the tier's floor, targets and sampling; the machine's built-in GPU; model values win", () => {
    const s = resolveServingModel(ModelSchema.parse({ ...L4, minReplicas: undefined, accelerator: undefined, maxReplicas: 5 }), SERVING_PRESETS.prod, true);
    assert.equal(s.minReplicas, 2);
    assert.deepEqual(s.accelerator, { type: "NVIDIA_L4", count: 1 });
    assert.deepEqual(s.autoscaling, [
      { metricName: AUTOSCALING_METRICS.acceleratorDutyCycle, target: 60 },
      { metricName: AUTOSCALING_METRICS.cpuUtilization, target: 60 },
    ]);
    assert.equal(s.logSamplingRate, 0.1);
    assert.equal(s.poolKey, "churn");
    const own = resolveServingModel(ModelSchema.parse({ ...CPU, autoscaling: { cpuUtilization: 45 }, logSamplingRate: 0.5, pool: "cpu" }), SERVING_PRESETS.dev, false);
    assert.deepEqual(own.autoscaling, [{ metricName: AUTOSCALING_METRICS.cpuUtilization, target: 45 }]);
    assert.equal(own.logSamplingRate, 0.5);
    assert.equal(own.poolKey, "cpu");
  });

  test("privateEndpoints never lets an endpoint be public", () => {
    const m = ModelSchema.parse({ ...L4, publicEndpoint: true });
    assert.equal(resolveServingModel(m, SERVING_PRESETS.dev, false).publicEndpoint, true);
    assert.equal(resolveServingModel(m, SERVING_PRESETS.dev, true).publicEndpoint, false);
    assert.equal(resolveServingModel(m, SERVING_PRESETS.prod, false).publicEndpoint, false);
  });
});
