/**
 * Worst-case monthly compute cost of what a stack serves and the Workbench instances it runs,
 * from a small rate table. Pure functions over a StackModel; the table can be overridden by a
 * JSON file (`npm run review -- --rates rates.json`).
 *
 * - Serving: every `dedicated_resources` block with a `machine_spec` (deployment resource pools,
 *   and any resource that deploys on dedicated machines), and every model the serving capacity
 *   document deploys with dedicated resources (lib/serving/capacity.ts: where endpoints carry a
 *   customer-managed key there are no pools), costs
 *   max replicas × (machine rate + GPUs × GPU rate) × serving premium × hours per month.
 * - Workbench: each `google_workbench_instance` costs (machine rate + GPUs × GPU rate) × the hours
 *   its idle timeout allows: started once every working day, used for `activeHoursPerDay` hours,
 *   then left idle until the timeout (`idle-timeout-seconds` metadata) stops it; all month when it
 *   has no idle timeout.
 *
 * Excluded: disks, storage, network, BigQuery, logging, the Workbench management fee, sustained
 * and committed use discounts, and Spot prices.
 */
import { z } from "zod";
import { formatPath, Problem, ValidationError } from "../core/errors";
import { own } from "../core/lookup";
import { parseCapacityDocument } from "../serving/capacity";
import { isExpression, ResourceEntry, StackModel, valueAt } from "./model";

/** Per-vCPU and per-GB-of-memory hourly rates of one machine family. */
export interface FamilyRate {
  readonly vcpu: number;
  readonly memoryGb: number;
}

export interface RateTable {
  /** When the rates were read. */
  readonly asOf: string;
  /** Region the rates are for; other regions differ. */
  readonly region: string;
  readonly currency: string;
  /** Where the rates come from. */
  readonly sources: readonly string[];
  readonly hoursPerMonth: number;
  /** Compute Engine on-demand rates per family, machine only (GPUs excluded). */
  readonly families: Readonly<Record<string, FamilyRate>>;
  /** Machine-only hourly rates that win over `families` (shared-core and other shapes). */
  readonly machines: Readonly<Record<string, number>>;
  /** Hourly rate per GPU, by Vertex AI / Workbench accelerator type. */
  readonly accelerators: Readonly<Record<string, number>>;
  /** Vertex AI prediction nodes cost this multiple of the Compute Engine rates. */
  readonly servingPremium: number;
  readonly workbench: { readonly workingDaysPerMonth: number; readonly activeHoursPerDay: number };
}

/**
 * The default rates: on-demand list prices in us-central1, USD, read 2026-11 from
 * https://cloud.google.com/compute/vm-instance-pricing (per vCPU and per GB of each family),
 * https://cloud.google.com/compute/gpus-pricing (per GPU) and
 * https://cloud.google.com/vertex-ai/pricing#prediction-prices (prediction nodes: 1.15 × the
 * Compute Engine rates for every machine type and GPU compared, e.g. n1-standard-4 0.2185 vs 0.19,
 * NVIDIA_TESLA_T4 0.4025 vs 0.35). Not re-verified against the live price pages at build time:
 * prices change, so check them and override with a rate file. NVIDIA_A100_80GB is approximate;
 * H100/H200/B200 machines (A3, A4) have no default rate and are reported as missing.
 */
export const DEFAULT_RATES: RateTable = {
  asOf: "2026-11",
  region: "us-central1",
  currency: "USD",
  sources: [
    "https://cloud.google.com/compute/vm-instance-pricing",
    "https://cloud.google.com/compute/gpus-pricing",
    "https://cloud.google.com/vertex-ai/pricing#prediction-prices",
  ],
  hoursPerMonth: 730,
  families: {
    e2: { vcpu: 0.021811, memoryGb: 0.002923 },
    n1: { vcpu: 0.031611, memoryGb: 0.004237 },
    n2: { vcpu: 0.031611, memoryGb: 0.004237 },
    g2: { vcpu: 0.024988, memoryGb: 0.002927 },
    a2: { vcpu: 0.031611, memoryGb: 0.004237 },
  },
  machines: { "e2-micro": 0.008376, "e2-small": 0.016751, "e2-medium": 0.033503 },
  accelerators: {
    NVIDIA_TESLA_T4: 0.35,
    NVIDIA_TESLA_P4: 0.6,
    NVIDIA_TESLA_P100: 1.46,
    NVIDIA_TESLA_V100: 2.48,
    NVIDIA_L4: 0.56,
    NVIDIA_TESLA_A100: 2.933908,
    NVIDIA_A100_80GB: 3.93,
  },
  servingPremium: 1.15,
  workbench: { workingDaysPerMonth: 22, activeHoursPerDay: 8 },
};

/**
 * GB of memory per vCPU of the predefined shapes: standard 4, highmem 8, highcpu 1, except where
 * listed (Compute Engine machine family pages).
 */
const MEMORY_PER_VCPU: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  default: { standard: 4, highmem: 8, highcpu: 1 },
  n1: { standard: 3.75, highmem: 6.5, highcpu: 0.9 },
  c3: { standard: 4, highmem: 8, highcpu: 2 },
  n4: { standard: 4, highmem: 8, highcpu: 2 },
  g2: { standard: 4 },
};

/** vCPUs and memory (GB) of a `<family>-<standard|highmem|highcpu>-<n>` or A2 machine type; undefined otherwise. */
export function machineShape(machineType: string): { family: string; vcpus: number; memoryGb: number } | undefined {
  const m = /^([a-z][a-z0-9]*)-(standard|highmem|highcpu)-(\d+)$/.exec(machineType);
  if (m) {
    const [, family, cls, n] = m;
    const vcpus = Number(n);
    const ratio = own(own(MEMORY_PER_VCPU, family) ?? MEMORY_PER_VCPU.default, cls);
    return ratio === undefined ? undefined : { family, vcpus, memoryGb: vcpus * ratio };
  }
  const a2 = /^a2-(highgpu|ultragpu|megagpu)-(\d+)g$/.exec(machineType);
  if (a2) {
    const gpus = Number(a2[2]);
    if (a2[1] === "megagpu") return gpus === 16 ? { family: "a2", vcpus: 96, memoryGb: 1360 } : undefined;
    return { family: "a2", vcpus: 12 * gpus, memoryGb: (a2[1] === "highgpu" ? 85 : 170) * gpus };
  }
  return undefined;
}

/** Machine-only hourly rate of a machine type, or undefined when the table has none. */
export function machineRate(rates: RateTable, machineType: string): number | undefined {
  const exact = own(rates.machines, machineType);
  if (exact !== undefined) return exact;
  const shape = machineShape(machineType);
  const family = shape && own(rates.families, shape.family);
  return family ? shape.vcpus * family.vcpu + shape.memoryGb * family.memoryGb : undefined;
}

export type Workload = "serving" | "workbench";

export interface CostLine {
  readonly workload: Workload;
  readonly address: string;
  readonly path: string;
  readonly capability: string;
  readonly machineType: string;
  readonly accelerator?: { readonly type: string; readonly count: number };
  /** Replicas (serving: the maximum) or 1 (workbench). */
  readonly units: number;
  readonly hoursPerMonth: number;
  /** Per unit; undefined when a rate is missing. */
  readonly hourly?: number;
  /** undefined when a rate is missing. */
  readonly monthly?: number;
  /** Why no figure could be computed (missing rate, unresolved value). */
  readonly problem?: string;
}

export interface CostEstimate {
  readonly lines: readonly CostLine[];
  readonly serving: number;
  readonly workbench: number;
  readonly total: number;
  /** Lines without a figure: the total is then a lower bound. */
  readonly incomplete: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\d+(\.\d+)?$/.test(v)) return Number(v);
  return undefined;
}

function price(
  rates: RateTable,
  machineType: unknown,
  accelerator: { type: unknown; count: unknown } | undefined,
): { hourly?: number; problem?: string; machineType: string; accelerator?: { type: string; count: number } } {
  const machine = typeof machineType === "string" ? machineType : String(machineType ?? "n1-standard-2");
  const accel =
    accelerator && typeof accelerator.type === "string" && accelerator.type !== "ACCELERATOR_TYPE_UNSPECIFIED"
      ? { type: accelerator.type, count: toNumber(accelerator.count) ?? NaN }
      : undefined;
  if (isExpression(machine) || (accel && (isExpression(accel.type) || Number.isNaN(accel.count)))) {
    return { machineType: machine, accelerator: accel, problem: "machine type or GPU count is only known at apply time" };
  }
  const missing: string[] = [];
  const m = machineRate(rates, machine);
  if (m === undefined) missing.push(machine);
  const g = accel ? own(rates.accelerators, accel.type) : 0;
  if (accel && g === undefined) missing.push(accel.type);
  if (missing.length > 0) return { machineType: machine, accelerator: accel, problem: `no rate for ${missing.join(" and ")}; add it to a rate file (--rates)` };
  return { machineType: machine, accelerator: accel, hourly: m! + (accel ? accel.count * g! : 0) };
}

/** Every `dedicated_resources` object with a `machine_spec` inside a resource's arguments. */
function dedicatedResources(attributes: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        const d = first(x);
        if (k === "dedicated_resources" && isObject(d) && isObject(first(d.machine_spec))) out.push(d);
        else walk(x);
      }
    }
  };
  walk(attributes);
  return out;
}

/**
 * The models a capacity document deploys with dedicated resources, in the shape of a
 * `dedicated_resources` block; models deployed into a pool are priced through the pool.
 */
function capacityResources(r: ResourceEntry): Record<string, unknown>[] {
  if (r.type !== "google_storage_bucket_object") return [];
  const doc = parseCapacityDocument(r.attributes.content);
  if (!doc) return [];
  return Object.values(doc.models)
    .filter((m) => m.mode === "dedicated")
    .map((m) => ({
      machine_spec: { machine_type: m.machineType, accelerator_type: m.accelerator?.type, accelerator_count: m.accelerator?.count },
      min_replica_count: m.minReplicas,
      max_replica_count: m.maxReplicas,
    }));
}

function servingLines(r: ResourceEntry, rates: RateTable): CostLine[] {
  return [...dedicatedResources(r.attributes), ...capacityResources(r)].map((d) => {
    const spec = first(d.machine_spec) as Record<string, unknown>;
    const replicas = toNumber(d.max_replica_count) ?? toNumber(d.min_replica_count) ?? 1;
    const p = price(rates, spec.machine_type, spec.accelerator_type === undefined ? undefined : { type: spec.accelerator_type, count: spec.accelerator_count ?? 1 });
    const hourly = p.hourly === undefined ? undefined : p.hourly * rates.servingPremium;
    return {
      workload: "serving" as const,
      address: r.address,
      path: r.path,
      capability: r.capability,
      machineType: p.machineType,
      accelerator: p.accelerator,
      units: replicas,
      hoursPerMonth: rates.hoursPerMonth,
      hourly,
      monthly: hourly === undefined ? undefined : hourly * replicas * rates.hoursPerMonth,
      problem: p.problem,
    };
  });
}

/** Hours a Workbench instance runs per month under the rate table's assumption. */
export function workbenchHours(rates: RateTable, idleTimeoutSeconds: number | undefined): number {
  if (idleTimeoutSeconds === undefined) return rates.hoursPerMonth;
  const perDay = Math.min(24, rates.workbench.activeHoursPerDay + idleTimeoutSeconds / 3600);
  return Math.min(rates.hoursPerMonth, rates.workbench.workingDaysPerMonth * perDay);
}

function workbenchLine(r: ResourceEntry, rates: RateTable): CostLine {
  const setup = first(r.attributes.gce_setup);
  const gce = isObject(setup) ? setup : {};
  const accel = first(gce.accelerator_configs);
  const p = price(rates, gce.machine_type ?? "n1-standard-4", isObject(accel) ? { type: accel.type, count: accel.core_count ?? 1 } : undefined);
  const idle = toNumber(valueAt(gce, "metadata.idle-timeout-seconds"));
  const hours = workbenchHours(rates, idle);
  return {
    workload: "workbench",
    address: r.address,
    path: r.path,
    capability: r.capability,
    machineType: p.machineType,
    accelerator: p.accelerator,
    units: 1,
    hoursPerMonth: hours,
    hourly: p.hourly,
    monthly: p.hourly === undefined ? undefined : p.hourly * hours,
    problem: p.problem,
  };
}

/** The worst-case monthly cost of a stack's serving fleet and Workbench instances. */
export function estimateCost(stack: StackModel, rates: RateTable = DEFAULT_RATES): CostEstimate {
  const lines: CostLine[] = [];
  for (const r of stack.resources.values()) {
    if (r.type === "google_workbench_instance") lines.push(workbenchLine(r, rates));
    else lines.push(...servingLines(r, rates));
  }
  lines.sort((a, b) => a.workload.localeCompare(b.workload) || a.path.localeCompare(b.path));
  const sum = (w: Workload) => lines.filter((l) => l.workload === w).reduce((s, l) => s + (l.monthly ?? 0), 0);
  const serving = sum("serving");
  const workbench = sum("workbench");
  return { lines, serving, workbench, total: serving + workbench, incomplete: lines.filter((l) => l.monthly === undefined).length };
}

const RATE = z.number({ error: "must be a number of currency units per hour" }).min(0, { error: "must be at least 0" });

/** What a rate file may contain: any part of the table; maps are merged into the defaults. */
export const RateOverridesSchema = z.strictObject({
  asOf: z.string().optional(),
  region: z.string().optional(),
  currency: z.string().optional(),
  sources: z.array(z.string()).optional(),
  hoursPerMonth: z.number().positive({ error: "must be more than 0" }).max(744, { error: "must be at most 744 (31 days)" }).optional(),
  families: z.record(z.string(), z.strictObject({ vcpu: RATE, memoryGb: RATE })).optional(),
  machines: z.record(z.string(), RATE).optional(),
  accelerators: z.record(z.string(), RATE).optional(),
  servingPremium: z.number().min(0, { error: "must be at least 0" }).optional(),
  workbench: z
    .strictObject({
      workingDaysPerMonth: z.number().min(0).max(31, { error: "must be at most 31" }).optional(),
      activeHoursPerDay: z.number().min(0).max(24, { error: "must be at most 24" }).optional(),
    })
    .optional(),
});

/** The defaults with a rate file's values on top. Throws a ValidationError listing every problem. */
export function mergeRates(base: RateTable, overrides: unknown, file = "rate file"): RateTable {
  const parsed = RateOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.code === "unrecognized_keys" ? `unknown field(s) ${i.keys.join(", ")}; allowed: ${Object.keys(RateOverridesSchema.shape).join(", ")}` : i.message }));
    throw new ValidationError(problems, file);
  }
  const o = parsed.data;
  return {
    asOf: o.asOf ?? base.asOf,
    region: o.region ?? base.region,
    currency: o.currency ?? base.currency,
    sources: o.sources ?? base.sources,
    hoursPerMonth: o.hoursPerMonth ?? base.hoursPerMonth,
    families: { ...base.families, ...o.families },
    machines: { ...base.machines, ...o.machines },
    accelerators: { ...base.accelerators, ...o.accelerators },
    servingPremium: o.servingPremium ?? base.servingPremium,
    workbench: { ...base.workbench, ...o.workbench },
  };
}
