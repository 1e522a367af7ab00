/**
 * The `models` block of an environment: each model gets a private, autoscaling serving
 * endpoint. Engine-neutral: the constructs and the GPU catalog checks share it.
 *
 * Three levels of checks, all pure functions of the YAML:
 * - one model on its own: `ModelSchema` (machine and GPU, replica bounds, source-specific fields);
 * - models against each other: `checkServingPools` (models sharing a pool agree on its shape);
 * - models against the tier: `checkModelsForTier` (replica floor, Spot, public endpoints, CMEK).
 * The region check lives with its data in `lib/catalog/gpu-regions.ts` (`checkModelsInRegion`).
 */
import { z } from "zod";
import { checkMachineAndAccelerator, MACHINE_TYPES } from "../catalog/machines";
import { ModelMonitoringSchema } from "./skew";
import { namingRule } from "../catalog/naming";
import { asRecord, checkAcross, int, named } from "./fields";
import { MAX_SHARDS } from "../serving/shards";

export const AcceleratorSchema = z
  .strictObject({
    type: z.string({ error: "must be an accelerator type such as NVIDIA_L4 or NVIDIA_TESLA_T4" }).describe("Vertex AI accelerator type, e.g. NVIDIA_L4."),
    count: int("GPUs per replica", 1, 16).describe("GPUs per replica; must be a count the machine type allows."),
  })
  .describe("GPUs attached to each replica.");

const MODEL_NAME_ALLOWED =
  "1-40 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit";
const MODEL_NAME = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;
const MODEL_NAME_RULE = namingRule("model name", MODEL_NAME_ALLOWED, MODEL_NAME);
const POOL_NAME_RULE = namingRule("pool name", MODEL_NAME_ALLOWED, MODEL_NAME);

/** Where a model comes from: trained by the environment's pipelines, or an open model from Model Garden / Hugging Face. */
export const MODEL_SOURCES = ["custom", "modelGarden"] as const;
export type ModelSource = (typeof MODEL_SOURCES)[number];

/** `publishers/<publisher>/models/<model>@<version>`, the form the Model Garden deploy API takes (the version is pinned). */
export const PUBLISHER_MODEL = /^publishers\/[A-Za-z0-9][A-Za-z0-9._-]*\/models\/[A-Za-z0-9][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PUBLISHER_MODEL_ALLOWED = "publishers/<publisher>/models/<model>@<version>, e.g. publishers/google/models/gemma3@gemma-3-1b-it";
/** A Hugging Face model ID, `<author>/<model>`. */
export const HUGGING_FACE_MODEL = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HUGGING_FACE_MODEL_ALLOWED = "a Hugging Face model ID <author>/<model>, e.g. google/gemma-2-2b-it";

const percent = (what: string) => int(what, 1, 100);

export const AutoscalingSchema = z
  .strictObject({
    acceleratorDutyCycle: percent("percent of GPU duty cycle")
      .optional()
      .describe("Add replicas when the GPUs are busier than this, 1-100 percent. Only with an accelerator. @default tier preset"),
    cpuUtilization: percent("percent of CPU utilization").optional().describe("Add replicas when the CPUs are busier than this, 1-100 percent. @default tier preset"),
  })
  .describe("Autoscaling targets. With a GPU, Vertex AI scales up when either metric exceeds its target and down when both are below.");

export const ModelSchema = checkAcross(
  z.strictObject({
    name: named(MODEL_NAME_RULE).describe("Model key: names its endpoint and resource pool; renaming it replaces them."),
    source: z
      .enum(MODEL_SOURCES, { error: `not a model source; allowed: ${MODEL_SOURCES.join(", ")}` })
      .default("custom")
      .describe("custom: trained by the pipelines, which deploy each version into the provisioned endpoint and pool. modelGarden: an open model deployed end to end by Terraform. @default custom"),
    publisherModel: z
      .string({ error: `must be a string: ${PUBLISHER_MODEL_ALLOWED}` })
      .regex(PUBLISHER_MODEL, { error: `not a Model Garden model; allowed: ${PUBLISHER_MODEL_ALLOWED}` })
      .optional()
      .describe(`source modelGarden: the Model Garden model, ${PUBLISHER_MODEL_ALLOWED}. Changing it replaces the deployment.`),
    huggingFaceModel: z
      .string({ error: `must be a string: ${HUGGING_FACE_MODEL_ALLOWED}` })
      .regex(HUGGING_FACE_MODEL, { error: `not a Hugging Face model; allowed: ${HUGGING_FACE_MODEL_ALLOWED}` })
      .optional()
      .describe("source modelGarden: a Hugging Face model instead of publisherModel, e.g. google/gemma-2-2b-it (gated models are not supported: their token would be stored in the Terraform state)."),
    acceptEula: z.boolean({ error: "must be true or false" }).optional().describe("source modelGarden: accept the model's license (required by Gemma, Llama and other gated models). @default false"),
    machineType: z.string({ error: "must be a machine type such as n1-standard-4 or g2-standard-8" }).describe("Machine type of each serving replica."),
    accelerator: AcceleratorSchema.optional(),
    minReplicas: int("replicas", 1, 1000).optional().describe("Replicas that always run (≥ 1). @default the tier's replica floor (prod 2, otherwise 1)"),
    maxReplicas: int("replicas", 1, 1000).describe("Upper bound for autoscaling (≥ minReplicas); quota is charged for it."),
    allowBelowReplicaFloor: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Accept fewer replicas than the tier's floor (in prod: a single replica, so one failing node takes the model down). @default false"),
    autoscaling: AutoscalingSchema.optional(),
    pool: named(POOL_NAME_RULE)
      .optional()
      .describe("source custom: share a deployment resource pool (co-hosting) with the other models naming the same pool; they must agree on machine, GPUs, replicas and autoscaling. @default a pool of its own, named after the model"),
    spot: z.boolean({ error: "must be true or false" }).optional().describe("source modelGarden, dev only: run on Spot VMs (cheaper, may be preempted at any time). @default false"),
    publicEndpoint: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Serve from a public (dedicated) endpoint instead of a private one; only where the tier allows it. Model Garden deployments are always public and need it. @default false"),
    logSamplingRate: z
      .number({ error: "must be a number greater than 0 and at most 1" })
      .gt(0, { error: "must be greater than 0 and at most 1 (fraction of requests logged)" })
      .max(1, { error: "must be greater than 0 and at most 1 (fraction of requests logged)" })
      .optional()
      .describe("Fraction of prediction requests and responses logged to BigQuery. @default tier preset"),
    monitoring: ModelMonitoringSchema.optional(),
    shard: int("serving stack", 0, MAX_SHARDS - 1)
      .optional()
      .describe("With serving.shards above 1: the serving stack (0-based) that holds this model, instead of the one its name hashes to. Changing it moves the model's endpoint to another stack's state. @default by a stable hash of the name"),
  }),
  (m, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", message, path });
    if (typeof m.machineType === "string") {
      for (const p of checkMachineAndAccelerator(m.machineType, acceleratorOf(m.accelerator))) {
        issue(p.field.split("."), p.message);
      }
    }
    // Bounds that break their own range (0, negative) are reported on their own, not compared.
    if (Number.isInteger(m.minReplicas) && Number.isInteger(m.maxReplicas) && (m.maxReplicas as number) >= 1 && (m.maxReplicas as number) < (m.minReplicas as number)) {
      issue(["maxReplicas"], `must be at least minReplicas (${m.minReplicas})`);
    }
    if (m.allowBelowReplicaFloor === true && m.minReplicas === undefined) {
      issue(["allowBelowReplicaFloor"], "needs an explicit minReplicas below the tier's floor; without minReplicas the floor applies");
    }
    const garden = m.source === "modelGarden";
    if (garden) {
      if (m.publisherModel === undefined && m.huggingFaceModel === undefined) {
        issue(["publisherModel"], `required when source is modelGarden: publisherModel (${PUBLISHER_MODEL_ALLOWED}) or huggingFaceModel (${HUGGING_FACE_MODEL_ALLOWED})`);
      } else if (m.publisherModel !== undefined && m.huggingFaceModel !== undefined) {
        issue(["huggingFaceModel"], "give either publisherModel or huggingFaceModel, not both");
      }
      if (m.pool !== undefined) {
        issue(["pool"], "only source custom uses deployment resource pools; a Model Garden deployment gets its own replicas");
      }
    } else if (m.source === "custom") {
      for (const field of ["publisherModel", "huggingFaceModel", "acceptEula"] as const) {
        if (m[field] !== undefined) issue([field], "only for source: modelGarden; a custom model's versions are deployed by the pipelines");
      }
      if (m.spot === true) {
        issue(["spot"], "Spot VMs are only available for source: modelGarden (google_vertex_ai_deployment_resource_pool has no Spot setting on provider 7.45.0)");
      }
    }
    const autoscaling = asRecord(m.autoscaling);
    if (autoscaling) {
      if (autoscaling.acceleratorDutyCycle !== undefined && !hasGpu(m)) {
        issue(["autoscaling", "acceleratorDutyCycle"], "needs an accelerator: a replica without GPUs scales on cpuUtilization only");
      }
      if (autoscaling.acceleratorDutyCycle === undefined && autoscaling.cpuUtilization === undefined) {
        issue(["autoscaling"], "set acceleratorDutyCycle and/or cpuUtilization, or remove autoscaling to use the tier's targets");
      }
    }
  },
).describe("A model served from a private, autoscaling endpoint.");

export type ModelConfig = z.output<typeof ModelSchema>;
/** A model as given in YAML or TypeScript (before defaults). */
export type ModelInput = z.input<typeof ModelSchema>;

/** A problem of one model in a list, as `models[index].<field>`. */
export interface ModelProblem {
  readonly index: number;
  /** Dotted field path inside the model, e.g. `accelerator.type`. */
  readonly field: string;
  readonly message: string;
}

/**
 * The accelerator of a block as far as it can be checked: its type when that is a string, and its
 * count when that is a whole number (a missing or malformed count is reported on its own).
 */
export function acceleratorOf(v: unknown): { type: string; count?: number } | undefined {
  const a = asRecord(v);
  if (!a || typeof a.type !== "string") return undefined;
  return Number.isInteger(a.count) ? { type: a.type, count: a.count as number } : { type: a.type };
}

/** The GPU of each replica: the configured accelerator, or the one an accelerator-optimized machine type comes with. */
export function effectiveAccelerator(m: { readonly machineType?: unknown; readonly accelerator?: unknown }): { type: string; count: number } | undefined {
  const a = acceleratorOf(m.accelerator);
  if (a && a.count !== undefined) return { type: a.type, count: a.count };
  return typeof m.machineType === "string" ? MACHINE_TYPES.get(m.machineType)?.builtInGpu : undefined;
}

function hasGpu(m: { readonly machineType?: unknown; readonly accelerator?: unknown }): boolean {
  return effectiveAccelerator(m) !== undefined;
}

/** The pool a custom model is deployed into: its `pool`, or a pool of its own named after it. */
export function poolKeyOf(m: { name: string; pool?: string }): string {
  return m.pool ?? m.name;
}

/** JSON with sorted keys, so that equal objects written in a different order compare equal; `unset` for undefined. */
function canonical(v: unknown): string {
  if (v === undefined) return "unset";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(",")}}`;
}

/** What every model of a shared pool must agree on: the pool's single machine shape and autoscaling policy. */
const POOL_FIELDS = ["machineType", "accelerator", "minReplicas", "maxReplicas", "autoscaling"] as const;

/**
 * Models that share a pool must describe the same pool: machine type, accelerator, replica bounds
 * and autoscaling targets are the pool's, not the model's. A model without `pool` owns a pool named
 * after itself, so no shared pool may take that name. Each mismatch is reported on the later model,
 * naming the first model of the pool. Tolerates partial input (fields that failed their own checks).
 */
export function checkServingPools(models: readonly Partial<ModelConfig>[]): ModelProblem[] {
  const out: ModelProblem[] = [];
  const first = new Map<string, number>();
  const ownPools = new Map<string, number>();
  models.forEach((m, i) => {
    if (typeof m?.name === "string" && m.pool === undefined && (m.source ?? "custom") === "custom") ownPools.set(m.name, i);
  });
  models.forEach((m, i) => {
    if (!m || typeof m.pool !== "string" || (m.source ?? "custom") !== "custom") return;
    const owner = ownPools.get(m.pool);
    if (owner !== undefined && owner !== i) {
      out.push({ index: i, field: "pool", message: `'${m.pool}' is the name of models[${owner}], which has a pool of its own named after it; choose another pool name or set pool: ${m.pool} on models[${owner}] too` });
      return;
    }
    const j = first.get(m.pool);
    if (j === undefined) {
      first.set(m.pool, i);
      return;
    }
    const ref = models[j];
    for (const field of POOL_FIELDS) {
      if (canonical(m[field]) !== canonical(ref[field])) {
        out.push({
          index: i,
          field,
          message: `must match models[${j}]${typeof ref.name === "string" ? ` ('${ref.name}')` : ""}, which shares pool '${m.pool}': a pool has one ${field} (${canonical(ref[field])}); give the model its own pool or change both`,
        });
      }
    }
  });
  return out;
}

/** The parts of a tier's serving preset the model checks need, and what the environment adds. */
export interface ServingPolicy {
  /** Tier name, for messages. @default - messages name "this tier" */
  readonly tier?: string;
  /** Fewest replicas a model runs with, unless it sets allowBelowReplicaFloor. */
  readonly minReplicaFloor: number;
  /** Model Garden deployments may use Spot VMs. */
  readonly allowSpot: boolean;
  /** A model may ask for a public endpoint. */
  readonly allowPublicEndpoints: boolean;
  /**
   * Every endpoint must be private, whatever the tier allows (prod, or an enforced VPC Service
   * Controls perimeter, which dedicated public endpoints do not support).
   * @default false
   */
  readonly privateEndpoints?: boolean;
  /** The environment encrypts with customer-managed keys. @default false */
  readonly cmek?: boolean;
}

/**
 * Checks the models against the tier: the replica floor (prod keeps two replicas unless a model
 * explicitly accepts fewer), Spot only where allowed, public endpoints only where the tier and an
 * explicit flag allow them, and Model Garden deployments only where their limits (public endpoint as
 * this library creates them, no customer-managed key on provider 7.45.0) are acceptable. Tolerates partial input.
 */
export function checkModelsForTier(models: readonly Partial<ModelConfig>[], policy: ServingPolicy): ModelProblem[] {
  const out: ModelProblem[] = [];
  const where = policy.tier ? `the ${policy.tier} tier` : "this tier";
  const publicAllowed = policy.allowPublicEndpoints && policy.privateEndpoints !== true;
  models.forEach((m, i) => {
    if (!m || typeof m !== "object") return;
    const push = (field: string, message: string) => out.push({ index: i, field, message });
    const floor = policy.minReplicaFloor;
    // Values that break the model's own rules (0, fractions) are reported by ModelSchema alone.
    if (Number.isInteger(m.minReplicas) && (m.minReplicas as number) >= 1 && (m.minReplicas as number) < floor && m.allowBelowReplicaFloor !== true) {
      push(
        "minReplicas",
        `is below ${where}'s replica floor of ${floor} (with fewer replicas one failing node takes the model down); raise it, or set allowBelowReplicaFloor: true to accept the risk`,
      );
    }
    if (m.minReplicas === undefined && Number.isInteger(m.maxReplicas) && (m.maxReplicas as number) >= 1 && (m.maxReplicas as number) < floor) {
      push("maxReplicas", `must be at least ${where}'s replica floor of ${floor}, which minReplicas defaults to; raise maxReplicas, or set minReplicas with allowBelowReplicaFloor: true`);
    }
    const garden = m.source === "modelGarden";
    // Spot on a custom model is reported by ModelSchema (the pool has no Spot setting).
    if (m.spot === true && garden && !policy.allowSpot) {
      push("spot", `Spot VMs are not allowed in ${where}: they can be preempted at any time; allowed only in dev`);
    }
    if (m.publicEndpoint === true && !publicAllowed && !garden) {
      push(
        "publicEndpoint",
        policy.privateEndpoints
          ? "public endpoints are not allowed: this environment requires private endpoints (Private Service Connect)"
          : `public endpoints are not allowed in ${where}; remove publicEndpoint to get a private (Private Service Connect) endpoint`,
      );
    }
    if (policy.cmek && !garden && m.pool !== undefined) {
      push(
        "pool",
        "a deployment resource pool cannot serve an endpoint with a customer-managed key: Vertex AI requires the endpoint and its pool to have the same EncryptionSpec, and google_vertex_ai_deployment_resource_pool has none (provider 7.45.0); remove pool: the model is deployed with dedicated resources from the serving capacity document, which inherit the endpoint's key",
      );
    }
    if (garden) {
      if (policy.cmek) {
        push(
          "source",
          "a Model Garden deployment cannot use the environment's customer-managed key (google_vertex_ai_endpoint_with_model_garden_deployment has no encryption_spec on provider 7.45.0); use source: custom and deploy the model from a pipeline into the encrypted endpoint, or use a dev environment without CMEK",
        );
      } else if (m.publicEndpoint !== true && publicAllowed) {
        push(
          "publicEndpoint",
          "must be true for source: modelGarden: this library creates Model Garden endpoints public (without Private Service Connect); set publicEndpoint: true to accept it, or use source: custom for a private endpoint",
        );
      } else if (!publicAllowed) {
        push(
          "source",
          `modelGarden is not available here: this library creates its endpoint public (without Private Service Connect) and ${policy.privateEndpoints ? "this environment requires private endpoints" : `${where} allows only private endpoints`}; use source: custom and deploy the model from a pipeline`,
        );
      }
    }
  });
  return out;
}
