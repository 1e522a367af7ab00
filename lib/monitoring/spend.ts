/**
 * The documented upper bound of serving spend: what the environment's endpoints cost if every
 * model runs at maxReplicas all month. Vertex AI bills a deployed model per replica-hour for its
 * machine and its GPUs, whether or not it serves requests, so
 *
 *   bound = sum over models of (machine rate + GPUs per replica x GPU rate) x maxReplicas x hours
 *
 * Engine-neutral. The bound leaves out request-independent extras (networking, logging, storage)
 * and discounts (committed use, spot).
 */

export interface ServingRateTable {
  /** Date the rates were read, YYYY-MM-DD. */
  readonly asOf: string;
  readonly source: string;
  readonly region: string;
  readonly currency: string;
  /** Per replica-hour, by machine type. */
  readonly machines: Readonly<Record<string, number>>;
  /** Per GPU-hour, by accelerator type. */
  readonly accelerators: Readonly<Record<string, number>>;
}

/**
 * Indicative on-demand list prices of Vertex AI prediction nodes in us-central1, USD per hour,
 * as published on cloud.google.com/vertex-ai/pricing ("Prediction and explanation" for
 * custom-trained models, and its accelerator table). Only rates that have been stable on that
 * page for years are listed; G2/A2 machines and L4 GPUs are left out rather than guessed, so a
 * model using them is reported as unpriced. The table could not be re-checked against the live
 * page when it was written (2026-08): prices change and differ by region, so pass your own table
 * (Cloud Billing Catalog API, or your contract's rates) for anything billing-grade.
 */
export const VERTEX_PREDICTION_RATES_US_CENTRAL1: ServingRateTable = {
  asOf: "2026-08-01",
  source: "https://cloud.google.com/vertex-ai/pricing (prediction, us-central1, on-demand list prices; not re-verified)",
  region: "us-central1",
  currency: "USD",
  machines: {
    "e2-standard-2": 0.0771,
    "e2-standard-4": 0.1541,
    "e2-standard-8": 0.3082,
    "e2-standard-16": 0.6165,
    "n1-standard-2": 0.1093,
    "n1-standard-4": 0.2186,
    "n1-standard-8": 0.4372,
    "n1-standard-16": 0.8744,
  },
  accelerators: {
    NVIDIA_TESLA_T4: 0.4025,
    NVIDIA_TESLA_P4: 0.69,
    NVIDIA_TESLA_P100: 1.679,
    NVIDIA_TESLA_V100: 2.852,
    NVIDIA_TESLA_A100: 3.3741,
  },
};

/** Hours in an average month (365 x 24 / 12). */
export const HOURS_PER_MONTH = 730;

export interface ServedModel {
  readonly name: string;
  readonly machineType: string;
  readonly accelerator?: { readonly type: string; readonly count: number };
  readonly maxReplicas: number;
}

export interface ServingSpendBound {
  readonly currency: string;
  readonly hours: number;
  /** Sum of the priced models. Understated when `unpriced` is not empty. */
  readonly total: number;
  readonly models: readonly { readonly name: string; readonly perReplicaHour: number; readonly maxReplicas: number; readonly total: number }[];
  /** Models whose machine or GPU has no rate in the table, with what is missing. */
  readonly unpriced: readonly { readonly name: string; readonly missing: readonly string[] }[];
  readonly rates: { readonly asOf: string; readonly source: string; readonly region: string };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The upper bound of serving spend over `hours` (a month by default). */
export function servingSpendUpperBound(models: readonly ServedModel[], rates: ServingRateTable = VERTEX_PREDICTION_RATES_US_CENTRAL1, hours = HOURS_PER_MONTH): ServingSpendBound {
  const priced: { name: string; perReplicaHour: number; maxReplicas: number; total: number }[] = [];
  const unpriced: { name: string; missing: string[] }[] = [];
  for (const m of models) {
    const machine = rates.machines[m.machineType];
    const gpu = m.accelerator ? rates.accelerators[m.accelerator.type] : 0;
    const missing = [...(machine === undefined ? [`machine ${m.machineType}`] : []), ...(m.accelerator && gpu === undefined ? [`accelerator ${m.accelerator.type}`] : [])];
    if (missing.length) {
      unpriced.push({ name: m.name, missing });
      continue;
    }
    const perReplicaHour = machine + (m.accelerator ? m.accelerator.count * gpu : 0);
    priced.push({ name: m.name, perReplicaHour: Math.round(perReplicaHour * 10_000) / 10_000, maxReplicas: m.maxReplicas, total: round2(perReplicaHour * m.maxReplicas * hours) });
  }
  return {
    currency: rates.currency,
    hours,
    total: round2(priced.reduce((s, p) => s + p.total, 0)),
    models: priced,
    unpriced,
    rates: { asOf: rates.asOf, source: rates.source, region: rates.region },
  };
}
