/**
 * Serving policy per tier, and the fully resolved serving settings of one model. Free of cdktn
 * and provider imports: the config resolves models with it.
 */
import type { ModelConfig, ModelSource } from "../config/models";
import { effectiveAccelerator, poolKeyOf } from "../config/models";
import type { Problem } from "../core/errors";

/** What differs between tiers for serving; the values live in the tier preset table. */
export interface ServingPreset {
  /**
   * Fewest replicas a model runs with. It is the default of `minReplicas`, and a lower explicit
   * value needs `allowBelowReplicaFloor: true` on the model.
   */
  readonly minReplicaFloor: number;
  /** Default target of the GPU duty cycle autoscaling metric, percent (1-100). */
  readonly acceleratorDutyCycleTarget: number;
  /** Default target of the CPU utilization autoscaling metric, percent (1-100). */
  readonly cpuUtilizationTarget: number;
  /** Default fraction of prediction requests and responses logged to BigQuery, in (0, 1]. */
  readonly logSamplingRate: number;
  /** A model may ask for a public endpoint (`publicEndpoint: true`); otherwise every endpoint is private. */
  readonly allowPublicEndpoints: boolean;
  /** Model Garden deployments may run on Spot VMs (`spot: true`). */
  readonly allowSpot: boolean;
}

/** Autoscaling metric names of Vertex AI online prediction (provider description of autoscaling_metric_specs). */
export const AUTOSCALING_METRICS = {
  acceleratorDutyCycle: "aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle",
  cpuUtilization: "aiplatform.googleapis.com/prediction/online/cpu/utilization",
} as const;

/** One model's serving settings with every default applied. */
export interface ServingModelSpec {
  readonly name: string;
  readonly source: ModelSource;
  readonly machineType: string;
  /** The GPU of each replica, explicit or built into the machine type. */
  readonly accelerator?: { readonly type: string; readonly count: number };
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** One entry per metric: duty cycle (GPU models only), then CPU. */
  readonly autoscaling: readonly { readonly metricName: string; readonly target: number }[];
  readonly logSamplingRate: number;
  readonly publicEndpoint: boolean;
  readonly spot: boolean;
  /** The deployment resource pool of a custom model (shared or its own); undefined for Model Garden and with CMEK. */
  readonly poolKey?: string;
  readonly publisherModel?: string;
  readonly huggingFaceModel?: string;
  readonly acceptEula: boolean;
}

/**
 * Applies the tier's defaults to a validated model. `privateEndpoints` forces a private endpoint
 * whatever the model asks (validation reports the conflict; this never makes an endpoint public).
 * With `cmek`, custom models get no deployment resource pool (a pool cannot share the endpoint's
 * key; see capacity.ts): they are deployed with dedicated resources.
 */
export function resolveServingModel(m: ModelConfig, preset: ServingPreset, privateEndpoints: boolean, cmek = false): ServingModelSpec {
  const accelerator = effectiveAccelerator(m);
  const autoscaling: { metricName: string; target: number }[] = [];
  if (accelerator) {
    autoscaling.push({ metricName: AUTOSCALING_METRICS.acceleratorDutyCycle, target: m.autoscaling?.acceleratorDutyCycle ?? preset.acceleratorDutyCycleTarget });
  }
  autoscaling.push({ metricName: AUTOSCALING_METRICS.cpuUtilization, target: m.autoscaling?.cpuUtilization ?? preset.cpuUtilizationTarget });
  const source = m.source ?? "custom";
  return {
    name: m.name,
    source,
    machineType: m.machineType,
    accelerator,
    minReplicas: m.minReplicas ?? Math.min(preset.minReplicaFloor, m.maxReplicas),
    maxReplicas: m.maxReplicas,
    autoscaling,
    logSamplingRate: m.logSamplingRate ?? preset.logSamplingRate,
    publicEndpoint: m.publicEndpoint === true && preset.allowPublicEndpoints && !privateEndpoints,
    spot: m.spot === true && preset.allowSpot,
    poolKey: source === "custom" && !cmek ? poolKeyOf(m) : undefined,
    publisherModel: m.publisherModel,
    huggingFaceModel: m.huggingFaceModel,
    acceptEula: m.acceptEula ?? false,
  };
}

/** The model is reachable from the internet: a public dedicated endpoint, or a Model Garden deployment (always public). */
export function isPublicModel(s: Pick<ServingModelSpec, "publicEndpoint" | "source">): boolean {
  return s.publicEndpoint || s.source === "modelGarden";
}

/** Problems of a preset given directly (the tier table's values are checked by its tests). */
export function servingPresetProblems(p: ServingPreset, where: string): Problem[] {
  const out: Problem[] = [];
  const wholeIn = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!wholeIn(p.minReplicaFloor, 1, 1000)) out.push({ path: `${where}.minReplicaFloor`, message: "must be a whole number of replicas from 1 to 1000", value: p.minReplicaFloor });
  for (const k of ["acceleratorDutyCycleTarget", "cpuUtilizationTarget"] as const) {
    if (!wholeIn(p[k], 1, 100)) out.push({ path: `${where}.${k}`, message: "must be a whole percentage from 1 to 100", value: p[k] });
  }
  if (!(typeof p.logSamplingRate === "number" && p.logSamplingRate > 0 && p.logSamplingRate <= 1)) {
    out.push({ path: `${where}.logSamplingRate`, message: "must be greater than 0 and at most 1 (fraction of requests logged)", value: p.logSamplingRate });
  }
  return out;
}
