import { Construct } from "../cdktn";
import { CommonProps } from "../core/common";
import { WAREHOUSE_DATASETS, WAREHOUSE_PURPOSES, WarehouseDataset, warehouseDatasetId } from "./checks";
import { MlopsDataset } from "./dataset";

export { WAREHOUSE_DATASETS } from "./checks";
export type { WarehouseDataset } from "./checks";

export interface WarehouseProps extends CommonProps {
  /** Dataset IDs are `<datasetPrefix>_<purpose>` ('-' becomes '_'). */
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
    const datasets = {} as Record<WarehouseDataset, MlopsDataset>;
    for (const purpose of WAREHOUSE_PURPOSES) {
      datasets[purpose] = new MlopsDataset(this, purpose, {
        ...common,
        datasetId: warehouseDatasetId(datasetPrefix, purpose),
        purpose,
        description: WAREHOUSE_DATASETS[purpose],
      });
    }
    this.datasets = datasets;
  }
}
