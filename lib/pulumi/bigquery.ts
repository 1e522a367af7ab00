import * as pulumi from "@pulumi/pulumi";
import * as bigquery from "@pulumi/gcp/bigquery";
import { checkDataset, WAREHOUSE_DATASETS, WAREHOUSE_PURPOSES, WarehouseDataset, warehouseDatasetId } from "../bigquery/checks";
import { componentLabels, IGrantee, deletionPolicyOf } from "../core/common";
import { childName, CommonArgs, COMPONENT_TYPES, GrantRegistry, guardOptions } from "./common";

export interface MlopsDatasetArgs extends CommonArgs {
  readonly datasetId: string;
  /** What the dataset holds; becomes the `component` label and the description. */
  readonly purpose: string;
  /** @default - the purpose */
  readonly description?: string;
  /**
   * Tables expire this many days after creation unless they set their own expiration.
   * @default - tables never expire
   */
  readonly tableExpirationDays?: number;
  /**
   * Time travel window in hours (48–168, a multiple of 24): how far back deleted or changed data can be read.
   * @default 168
   */
  readonly timeTravelHours?: number;
  /** @default - Google-managed encryption keys */
  readonly kmsKeyName?: pulumi.Input<string>;
}

/**
 * A BigQuery dataset in the environment's region. Access is granted per dataset through IAM
 * (`grantRead`, `grantReadWrite`); the dataset sets no legacy `access` blocks.
 */
export class MlopsDataset extends pulumi.ComponentResource {
  /** The provider resource (escape hatch). */
  readonly resource: bigquery.Dataset;
  readonly datasetId: string;
  readonly projectId: string;
  private readonly grants: GrantRegistry<bigquery.DatasetIamMember>;

  constructor(name: string, args: MlopsDatasetArgs, opts?: pulumi.ComponentResourceOptions) {
    const { protection, timeTravelHours: travel } = checkDataset(name, args);
    super(COMPONENT_TYPES.dataset, name, {}, opts);
    this.grants = new GrantRegistry(name);
    this.datasetId = args.datasetId;
    this.projectId = args.projectId;
    this.resource = new bigquery.Dataset(
      name,
      {
        project: args.projectId,
        datasetId: args.datasetId,
        location: args.region,
        description: args.description ?? args.purpose,
        defaultTableExpirationMs: args.tableExpirationDays !== undefined ? args.tableExpirationDays * 86_400_000 : undefined,
        maxTimeTravelHours: String(travel),
        deleteContentsOnDestroy: protection.allowDataTeardown,
        defaultEncryptionConfiguration: args.kmsKeyName ? { kmsKeyName: args.kmsKeyName } : undefined,
        labels: componentLabels(args.labels, args.purpose),
        deletionPolicy: deletionPolicyOf(protection),
      },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])], ...guardOptions(protection) },
    );
    this.registerOutputs({ datasetId: this.datasetId });
  }

  /** Read tables and their data (roles/bigquery.dataViewer on this dataset). */
  grantRead(grantee: IGrantee): bigquery.DatasetIamMember {
    return this.grant(grantee, "roles/bigquery.dataViewer");
  }

  /** Create, change and delete tables and their data (roles/bigquery.dataEditor on this dataset). */
  grantReadWrite(grantee: IGrantee): bigquery.DatasetIamMember {
    return this.grant(grantee, "roles/bigquery.dataEditor");
  }

  private grant(grantee: IGrantee, role: string): bigquery.DatasetIamMember {
    return this.grants.once(
      grantee,
      role,
      (name) => new bigquery.DatasetIamMember(name, { project: this.projectId, datasetId: this.resource.datasetId, role, member: grantee.member }, { parent: this }),
    );
  }
}

export interface WarehouseArgs extends CommonArgs {
  /** Dataset IDs are `<datasetPrefix>_<purpose>` ('-' becomes '_'). */
  readonly datasetPrefix: string;
  /** @default - tables never expire */
  readonly tableExpirationDays?: number;
  /** @default 168 */
  readonly timeTravelHours?: number;
  /** @default - Google-managed encryption keys */
  readonly kmsKeyName?: pulumi.Input<string>;
}

/** The environment's BigQuery datasets: raw, features and monitoring. */
export class Warehouse extends pulumi.ComponentResource {
  readonly datasets: Readonly<Record<WarehouseDataset, MlopsDataset>>;

  constructor(name: string, args: WarehouseArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.warehouse, name, {}, opts);
    const { datasetPrefix, ...common } = args;
    const datasets = {} as Record<WarehouseDataset, MlopsDataset>;
    for (const purpose of WAREHOUSE_PURPOSES) {
      datasets[purpose] = new MlopsDataset(
        childName(name, purpose),
        { ...common, datasetId: warehouseDatasetId(datasetPrefix, purpose), purpose, description: WAREHOUSE_DATASETS[purpose] },
        { parent: this },
      );
    }
    this.datasets = datasets;
    this.registerOutputs({});
  }
}
