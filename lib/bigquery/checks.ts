/**
 * The fixed facts of the warehouse and the checks of a dataset's props, shared by the cdktf
 * `MlopsDataset`/`Warehouse` constructs. Free of cdktn and provider imports.
 */
import { DATASET_ID } from "../catalog/naming";
import { checkProtection, DataProtection, GUARDED, labelProblems } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

/**
 * The datasets of an environment, with their descriptions. Keys are construct ids (parts of
 * Terraform addresses and Pulumi names): renaming one replaces the dataset.
 */
export const WAREHOUSE_DATASETS = {
  raw: "Raw data as ingested",
  features: "Feature tables and views (sources of the feature store)",
  monitoring: "Prediction request/response logs and model monitoring results",
} as const;
export type WarehouseDataset = keyof typeof WAREHOUSE_DATASETS;

/** The warehouse's purposes, in the order of {@link WAREHOUSE_DATASETS}. */
export const WAREHOUSE_PURPOSES = Object.keys(WAREHOUSE_DATASETS) as WarehouseDataset[];

/** A warehouse dataset's ID: `<datasetPrefix>_<purpose>`, with every '-' of the prefix as '_'. */
export function warehouseDatasetId(datasetPrefix: string, purpose: WarehouseDataset): string {
  return `${datasetPrefix.replace(/-/g, "_")}_${purpose}`;
}

/** What a dataset gets when its props leave a setting out. */
export const DATASET_DEFAULTS = {
  /** The longest time travel window BigQuery offers. */
  timeTravelHours: 168,
} as const;

/** What the checks read from a dataset's props (both engines' props have these fields). */
export interface DatasetInput {
  readonly datasetId: string;
  readonly tableExpirationDays?: number;
  readonly timeTravelHours?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly protection?: DataProtection;
}

/** A dataset's settings once the defaults fill what the props leave out. */
export interface DatasetSettings {
  readonly protection: DataProtection;
  readonly timeTravelHours: number;
}

/** Every problem of a dataset's settings (defaults applied): ID, table expiration, time travel, labels. */
export function datasetProblems(id: string, p: { readonly datasetId: string; readonly tableExpirationDays?: number; readonly timeTravelHours: number; readonly labels?: Readonly<Record<string, string>> }): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!DATASET_ID.test(p.datasetId)) {
    problems.push({ path: `${id}.datasetId`, message: `not a valid ${DATASET_ID.subject}; allowed: ${DATASET_ID.allowed}`, value: p.datasetId });
  }
  const expiration = p.tableExpirationDays;
  if (expiration !== undefined && (!Number.isInteger(expiration) || expiration < 1)) {
    problems.push({ path: `${id}.tableExpirationDays`, message: "must be a whole number of days, at least 1", value: expiration });
  }
  const travel = p.timeTravelHours;
  if (!Number.isInteger(travel) || travel < 48 || travel > 168 || travel % 24 !== 0) {
    problems.push({ path: `${id}.timeTravelHours`, message: "must be 48, 72, 96, 120, 144 or 168", value: travel });
  }
  return problems;
}

/**
 * Checks a dataset's props: the deletion policy first, then every other problem at once (a
 * ValidationError for `dataset '<id>'`). Returns the settings with the defaults applied.
 */
export function checkDataset(id: string, props: DatasetInput): DatasetSettings {
  const protection = props.protection ?? GUARDED;
  checkProtection(protection, id);
  const settings: DatasetSettings = { protection, timeTravelHours: props.timeTravelHours ?? DATASET_DEFAULTS.timeTravelHours };
  throwIfAny(
    datasetProblems(id, { datasetId: props.datasetId, tableExpirationDays: props.tableExpirationDays, timeTravelHours: settings.timeTravelHours, labels: props.labels }),
    `dataset '${id}'`,
  );
  return settings;
}
