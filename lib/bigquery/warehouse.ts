import { Construct } from "../cdktf";
import { CommonProps } from "../core/common";
import { MlopsDataset } from "./dataset";

/** The datasets of an environment. Keys are construct ids: renaming one replaces the dataset. */
export const WAREHOUSE_DATASETS = {
  raw: "Raw data as ingested",
  features: "Feature tables and views (sources of the feature store)",
  monitoring: "Prediction request/response logs and model monitoring results",
} as const;
export type WarehouseDataset = keyof typeof WAREHOUSE_DATASETS;

export interface WarehouseProps extends CommonProps {
  /** Dataset IDs are `<datasetPrefix>_<purpose>`. */
  readonly datasetPrefix: string;
  /** @default - tables never expire */
  readonly tableExpirationDays?: number;
  /** @default 168 */
  readonly timeTravelHours?: number;
  /** @default - Google-managed encryption keys */
  readonly kmsKeyName?: string;
}

/** The environment's BigQuery datasets: raw, features and monitoring. */
export class Warehouse extends Construct {
  readonly datasets: Readonly<Record<WarehouseDataset, MlopsDataset>>;

  constructor(scope: Construct, id: string, props: WarehouseProps) {
    super(scope, id);
    const { datasetPrefix, ...common } = props;
    const make = (purpose: WarehouseDataset) =>
      new MlopsDataset(this, purpose, {
        ...common,
        datasetId: `${datasetPrefix.replace(/-/g, "_")}_${purpose}`,
        purpose,
        description: WAREHOUSE_DATASETS[purpose],
      });
    this.datasets = { raw: make("raw"), features: make("features"), monitoring: make("monitoring") };
  }
}
