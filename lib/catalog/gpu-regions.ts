/**
 * Where each GPU is offered for Vertex AI prediction (online and batch), by region.
 *
 * Source: the "Using accelerators" table of cloud.google.com/vertex-ai/docs/general/locations#accelerators,
 * which marks per region the GPUs offered for training only (not for prediction) and for prediction
 * only. The live page could not be read when this table was written (2026-08, and again when it
 * was last extended); the rows below come from a copy of that table (US regions, 2024 edition, with
 * its training-only and prediction-only marks applied), so treat them as a floor: Google adds GPUs
 * to regions over time. A region absent from the table, and a GPU the table has no column for (H100
 * Mega, H200, B200, GB200, RTX PRO 6000 postdate it), are not checked: a model there gets a warning
 * at synthesis (uncheckedModelsInRegion), never silence. Each row carries its source and date; a row
 * from a source other than Google's Vertex AI table is marked unconfirmed and only warns. When Google
 * offers a GPU in a listed region that the table lacks, add it here (one line) with the date you checked.
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

/** Where a region's row comes from. */
export interface GpuRegionEntry {
  /** GPUs offered for Vertex AI prediction in the region (training-only GPUs left out). */
  readonly gpus: readonly AcceleratorType[];
  /** The page the row was read from. */
  readonly source: string;
  /** When it was read (YYYY-MM). */
  readonly checked: string;
  /**
   * True when the row is Google's table for Vertex AI. False for a row from another source (for
   * example Compute Engine's GPU zones, which Vertex AI prediction may not match): such a row is
   * used for warnings only, never to refuse a configuration.
   */
  readonly confirmed: boolean;
}

const TABLE_COPY = `${GPU_REGIONS_SOURCE} (a copy of the table, US regions, 2024 edition, with its training-only and prediction-only marks)`;

/**
 * GPUs offered for Vertex AI prediction per region. GPUs the source lists for training only are left
 * out (us-east1: A100 40GB, V100; us-west1: H100); us-west4's L4 is prediction-only and included.
 * Regions of Vertex AI without a row here are not checked: a configuration there gets a warning
 * naming this file, so that the gap is visible, until a row with its source and date is added.
 */
export const GPU_REGION_CATALOG: Readonly<Record<string, GpuRegionEntry>> = {
  "us-central1": { gpus: ["NVIDIA_TESLA_A100", "NVIDIA_A100_80GB", "NVIDIA_H100_80GB", "NVIDIA_L4", "NVIDIA_TESLA_P4", "NVIDIA_TESLA_P100", "NVIDIA_TESLA_T4", "NVIDIA_TESLA_V100"], source: TABLE_COPY, checked: GPU_REGIONS_AS_OF, confirmed: true },
  "us-east1": { gpus: ["NVIDIA_L4", "NVIDIA_TESLA_P100", "NVIDIA_TESLA_T4"], source: TABLE_COPY, checked: GPU_REGIONS_AS_OF, confirmed: true },
  "us-east4": { gpus: ["NVIDIA_A100_80GB", "NVIDIA_H100_80GB", "NVIDIA_L4", "NVIDIA_TESLA_P4", "NVIDIA_TESLA_T4"], source: TABLE_COPY, checked: GPU_REGIONS_AS_OF, confirmed: true },
  "us-west1": { gpus: ["NVIDIA_L4", "NVIDIA_TESLA_P100", "NVIDIA_TESLA_T4", "NVIDIA_TESLA_V100"], source: TABLE_COPY, checked: GPU_REGIONS_AS_OF, confirmed: true },
  "us-west2": { gpus: ["NVIDIA_TESLA_P4", "NVIDIA_TESLA_T4"], source: TABLE_COPY, checked: GPU_REGIONS_AS_OF, confirmed: true },
  "us-west4": { gpus: ["NVIDIA_L4", "NVIDIA_TESLA_T4"], source: TABLE_COPY, checked: GPU_REGIONS_AS_OF, confirmed: true },
};

/** The GPUs of each catalogued region (confirmed rows and unconfirmed ones alike). */
export const PREDICTION_GPUS_BY_REGION: Readonly<Record<string, readonly AcceleratorType[]>> = Object.fromEntries(
  Object.entries(GPU_REGION_CATALOG).map(([region, e]) => [region, e.gpus]),
);

/** The catalogued regions offering `type` for prediction, for messages. */
export function regionsOffering(type: string): string[] {
  return Object.entries(GPU_REGION_CATALOG)
    .filter(([, e]) => e.confirmed && (e.gpus as readonly string[]).includes(type))
    .map(([region]) => region);
}

/**
 * Whether `type` is offered for prediction in `region`: true or false where the catalog knows,
 * undefined where it does not (region or GPU not covered).
 */
export function isOfferedForPrediction(type: string, region: string): boolean | undefined {
  const entry = own(GPU_REGION_CATALOG, region);
  if (!entry || !entry.confirmed || !(GPU_REGIONS_COVERED as readonly string[]).includes(type)) return undefined;
  return (entry.gpus as readonly string[]).includes(type);
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
        `${region} offers ${(own(GPU_REGION_CATALOG, region)?.gpus ?? []).join(", ")}; ${type} is offered in ${elsewhere.length ? elsewhere.join(", ") : "none of the catalogued regions"} ` +
        `(lib/catalog/gpu-regions.ts, ${GPU_REGIONS_AS_OF}: update it if Google now offers ${type} in ${region})`,
    });
  });
  return out;
}

/**
 * Warnings for models whose GPU the catalog cannot check in `region`: the region has no row, its
 * row is unconfirmed, or the GPU postdates the source table. Never silent: each says what was not
 * checked, where to confirm it, and where to add it. Same shape as {@link checkModelsInRegion}.
 */
export function uncheckedModelsInRegion(models: readonly ModelLike[], region: string): { index: number; field: string; message: string }[] {
  const out: { index: number; field: string; message: string }[] = [];
  const entry = own(GPU_REGION_CATALOG, region);
  models.forEach((m, index) => {
    if (!m || typeof m !== "object") return;
    const explicit = m.accelerator && typeof m.accelerator.type === "string" ? m.accelerator.type : undefined;
    const type = explicit ?? builtInGpuOf(m.machineType);
    if (type === undefined) return;
    const count = typeof m.accelerator?.count === "number" ? `${m.accelerator.count} × ` : "";
    const field = explicit ? "accelerator.type" : "machineType";
    const confirm = `confirm on ${GPU_REGIONS_SOURCE} that Vertex AI offers it for prediction there before deploying`;
    if (!entry) {
      out.push({
        index,
        field,
        message: `not checked: lib/catalog/gpu-regions.ts has no row for ${region} (rows: ${Object.keys(GPU_REGION_CATALOG).join(", ")}), so whether ${count}${type} is offered for Vertex AI prediction there is unknown; ${confirm}, and add the region with its source and date`,
      });
    } else if (!(GPU_REGIONS_COVERED as readonly string[]).includes(type)) {
      out.push({ index, field, message: `not checked: ${type} postdates the table lib/catalog/gpu-regions.ts was read from (${entry.checked}); ${confirm}` });
    } else if (!entry.confirmed) {
      out.push({ index, field, message: `not checked: the row for ${region} in lib/catalog/gpu-regions.ts is unconfirmed (${entry.source}, ${entry.checked}); ${confirm}` });
    }
  });
  return out;
}

function builtInGpuOf(machineType: unknown): string | undefined {
  return typeof machineType === "string" ? MACHINE_TYPES.get(machineType)?.builtInGpu?.type : undefined;
}
