/**
 * Where each GPU is offered for Vertex AI prediction (online and batch), by region.
 *
 * Source: the "Using accelerators" table of cloud.google.com/vertex-ai/docs/general/locations#accelerators,
 * which marks per region the GPUs offered for training only (not for prediction) and for prediction
 * only. The live page could not be read when this table was written (2026-08); the rows below come
 * from a copy of that table (US regions, 2024 edition, with its training-only and prediction-only
 * marks applied), so treat them as a floor: Google adds GPUs to regions over time. A region absent
 * from the table is not checked, and neither is a GPU the table has no column for (H100 Mega, H200,
 * B200, GB200, RTX PRO 6000 postdate it). When Google offers a GPU in a listed region that the
 * table lacks, add it here (one line) with the date you checked.
 *
 * Machine families each GPU requires and the counts each machine type takes are in
 * `lib/catalog/machines.ts`; this file only answers "is this GPU offered here for serving".
 */
import { own } from "../core/lookup";
import { AcceleratorType, MACHINE_TYPES } from "./machines";

export const GPU_REGIONS_AS_OF = "2026-08";
export const GPU_REGIONS_SOURCE = "https://cloud.google.com/vertex-ai/docs/general/locations#accelerators";

/** The GPUs the source table has a column for; only these are checked against a region. */
export const GPU_REGIONS_COVERED: readonly AcceleratorType[] = [
  "NVIDIA_TESLA_T4",
  "NVIDIA_TESLA_P4",
  "NVIDIA_TESLA_P100",
  "NVIDIA_TESLA_V100",
  "NVIDIA_TESLA_A100",
  "NVIDIA_A100_80GB",
  "NVIDIA_L4",
  "NVIDIA_H100_80GB",
];

/**
 * GPUs offered for Vertex AI prediction per region. GPUs the source lists for training only are left
 * out (us-east1: A100 40GB, V100; us-west1: H100); us-west4's L4 is prediction-only and included.
 */
export const PREDICTION_GPUS_BY_REGION: Readonly<Record<string, readonly AcceleratorType[]>> = {
  "us-central1": ["NVIDIA_TESLA_A100", "NVIDIA_A100_80GB", "NVIDIA_H100_80GB", "NVIDIA_L4", "NVIDIA_TESLA_P4", "NVIDIA_TESLA_P100", "NVIDIA_TESLA_T4", "NVIDIA_TESLA_V100"],
  "us-east1": ["NVIDIA_L4", "NVIDIA_TESLA_P100", "NVIDIA_TESLA_T4"],
  "us-east4": ["NVIDIA_A100_80GB", "NVIDIA_H100_80GB", "NVIDIA_L4", "NVIDIA_TESLA_P4", "NVIDIA_TESLA_T4"],
  "us-west1": ["NVIDIA_L4", "NVIDIA_TESLA_P100", "NVIDIA_TESLA_T4", "NVIDIA_TESLA_V100"],
  "us-west2": ["NVIDIA_TESLA_P4", "NVIDIA_TESLA_T4"],
  "us-west4": ["NVIDIA_L4", "NVIDIA_TESLA_T4"],
};

/** The catalogued regions offering `type` for prediction, for messages. */
export function regionsOffering(type: string): string[] {
  return Object.entries(PREDICTION_GPUS_BY_REGION)
    .filter(([, gpus]) => (gpus as readonly string[]).includes(type))
    .map(([region]) => region);
}

/**
 * Whether `type` is offered for prediction in `region`: true or false where the catalog knows,
 * undefined where it does not (region or GPU not covered).
 */
export function isOfferedForPrediction(type: string, region: string): boolean | undefined {
  const gpus = own(PREDICTION_GPUS_BY_REGION, region);
  if (!gpus || !(GPU_REGIONS_COVERED as readonly string[]).includes(type)) return undefined;
  return (gpus as readonly string[]).includes(type);
}

/** A model as far as this check needs it (partial input is tolerated). */
interface ModelLike {
  readonly machineType?: unknown;
  readonly accelerator?: { readonly type?: unknown; readonly count?: unknown };
}

/**
 * Problems of models whose GPU is not offered for Vertex AI prediction in `region`, as
 * `{ index, field, message }` (field `accelerator.type`, or `machineType` for an
 * accelerator-optimized machine type without an explicit accelerator). Regions and GPUs the
 * catalog does not cover yield no problem.
 */
export function checkModelsInRegion(models: readonly ModelLike[], region: string): { index: number; field: string; message: string }[] {
  const out: { index: number; field: string; message: string }[] = [];
  models.forEach((m, index) => {
    if (!m || typeof m !== "object") return;
    const explicit = m.accelerator && typeof m.accelerator.type === "string" ? m.accelerator.type : undefined;
    const type = explicit ?? builtInGpuOf(m.machineType);
    if (type === undefined || isOfferedForPrediction(type, region) !== false) return;
    const elsewhere = regionsOffering(type);
    out.push({
      index,
      field: explicit ? "accelerator.type" : "machineType",
      message:
        `${type} is not offered for Vertex AI prediction in ${region}${explicit ? "" : ` (${String(m.machineType)} comes with it)`}; ` +
        `${region} offers ${(own(PREDICTION_GPUS_BY_REGION, region) ?? []).join(", ")}; ${type} is offered in ${elsewhere.length ? elsewhere.join(", ") : "none of the catalogued regions"} ` +
        `(lib/catalog/gpu-regions.ts, ${GPU_REGIONS_AS_OF}: update it if Google now offers ${type} in ${region})`,
    });
  });
  return out;
}

function builtInGpuOf(machineType: unknown): string | undefined {
  return typeof machineType === "string" ? MACHINE_TYPES.get(machineType)?.builtInGpu?.type : undefined;
}
