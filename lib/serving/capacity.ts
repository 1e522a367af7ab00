/**
 * The serving capacity contract: what the deployment step needs to deploy a version of each custom
 * model, as one JSON document the stack writes to the artifacts bucket (`serving/capacity.json`).
 *
 * Why a document and not deployment resource pools everywhere: an endpoint and the pool it deploys
 * into must have the same EncryptionSpec (aiplatform/v1 deployment_resource_pool.proto), and
 * `google_vertex_ai_deployment_resource_pool` has no `encryption_spec` (google provider 7.45.0). So
 * where endpoints carry a customer-managed key, models are deployed with dedicated resources
 * (`Model.deploy(machine_type=..., accelerator_type=..., min/max_replica_count=...)`), which inherit
 * the endpoint's key, and the capacity those resources take is this document. Where endpoints use
 * Google-managed keys, the document names each model's pool instead and the deployment step deploys
 * into it. The alerts and the cost estimate read the same resolved numbers.
 *
 * Engine-neutral: every value is known at synthesis (endpoint and pool IDs are built from names
 * the library chooses), so both engines write the same bytes.
 */
import { AUTOSCALING_METRICS, type ServingModelSpec } from "./preset";

export const CAPACITY_KIND = "gcp-mlops-constructs/serving-capacity";
export const CAPACITY_VERSION = 1;
/** Object name of the document in the artifacts bucket. */
export const CAPACITY_OBJECT = "serving/capacity.json";

/** How one custom model is deployed, as the deployment step reads it. */
export interface ModelCapacity {
  /** `projects/<project>/locations/<region>/endpoints/<id>` */
  readonly endpoint: string;
  /** `dedicated`: Model.deploy with the machine below; `pool`: into `deploymentResourcePool`. */
  readonly mode: "dedicated" | "pool";
  /** `projects/<project>/locations/<region>/deploymentResourcePools/<name>` (mode `pool` only). */
  readonly deploymentResourcePool?: string;
  readonly machineType: string;
  readonly accelerator?: { readonly type: string; readonly count: number };
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Autoscaling targets, percent: `acceleratorDutyCycle` (GPU models) and `cpuUtilization`. */
  readonly autoscaling: { readonly acceleratorDutyCycle?: number; readonly cpuUtilization?: number };
  /** The endpoint's key (mode `dedicated` with CMEK): deployed models inherit it. */
  readonly encrypted: boolean;
}

export interface CapacityDocument {
  readonly kind: typeof CAPACITY_KIND;
  readonly version: typeof CAPACITY_VERSION;
  readonly projectId: string;
  readonly region: string;
  /** The identity deployed models run as (`Model.deploy(service_account=...)`). */
  readonly servingAccount: string;
  readonly models: Readonly<Record<string, ModelCapacity>>;
}

export interface CapacityInput {
  readonly projectId: string;
  readonly region: string;
  readonly servingAccountEmail: string;
  readonly cmek: boolean;
  /** Custom models with their endpoint ID and, where they deploy into one, pool name. */
  readonly models: readonly { readonly spec: ServingModelSpec; readonly endpointName: string; readonly poolName?: string }[];
}

/** The document for a fleet; Model Garden models are deployed by Terraform and are not in it. */
export function capacityDocument(input: CapacityInput): CapacityDocument {
  const models: Record<string, ModelCapacity> = {};
  const base = `projects/${input.projectId}/locations/${input.region}`;
  for (const { spec: s, endpointName, poolName } of [...input.models].sort((a, b) => a.spec.name.localeCompare(b.spec.name))) {
    if (s.source !== "custom") continue;
    const target = (metric: string) => s.autoscaling.find((a) => a.metricName === metric)?.target;
    models[s.name] = {
      endpoint: `${base}/endpoints/${endpointName}`,
      mode: poolName ? "pool" : "dedicated",
      ...(poolName ? { deploymentResourcePool: `${base}/deploymentResourcePools/${poolName}` } : {}),
      machineType: s.machineType,
      ...(s.accelerator ? { accelerator: { type: s.accelerator.type, count: s.accelerator.count } } : {}),
      minReplicas: s.minReplicas,
      maxReplicas: s.maxReplicas,
      autoscaling: { acceleratorDutyCycle: target(AUTOSCALING_METRICS.acceleratorDutyCycle), cpuUtilization: target(AUTOSCALING_METRICS.cpuUtilization) },
      encrypted: input.cmek,
    };
  }
  return {
    kind: CAPACITY_KIND,
    version: CAPACITY_VERSION,
    projectId: input.projectId,
    region: input.region,
    servingAccount: input.servingAccountEmail,
    models,
  };
}

/** The document as written to the bucket: stable key order, two-space indent, trailing newline. */
export function renderCapacityDocument(doc: CapacityDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Parses a document read back (the review's cost estimate); undefined when it is not one. */
export function parseCapacityDocument(text: unknown): CapacityDocument | undefined {
  if (typeof text !== "string" || !text.includes(CAPACITY_KIND)) return undefined;
  try {
    const doc = JSON.parse(text) as CapacityDocument;
    return doc?.kind === CAPACITY_KIND && doc.models && typeof doc.models === "object" ? doc : undefined;
  } catch {
    return undefined;
  }
}
