import { BigqueryDataset } from "../../provider/google/bigquery-dataset";
import { BigqueryDatasetIamMember } from "../../provider/google/bigquery-dataset-iam-member";
import { Construct } from "../cdktn";
import { CommonProps, componentLabels, grantOnce, IGrantee, deletionPolicyOf, lifecycleOf } from "../core/common";
import { checkDataset } from "./checks";

export interface MlopsDatasetProps extends CommonProps {
  readonly datasetId: string;
  /** What the dataset holds; becomes the `component` label and the description. */
  readonly purpose: string;
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
  readonly kmsKeyName?: string;
}

/**
 * A BigQuery dataset in the environment's region. Access is granted per dataset through IAM
 * (`grantRead`, `grantReadWrite`); the dataset sets no legacy `access` blocks.
 */
export class MlopsDataset extends Construct {
  readonly resource: BigqueryDataset;
  readonly datasetId: string;
  readonly projectId: string;

  constructor(scope: Construct, id: string, props: MlopsDatasetProps) {
    super(scope, id);
    const { protection, timeTravelHours: travel } = checkDataset(id, props);
    this.datasetId = props.datasetId;
    this.projectId = props.projectId;
    this.resource = new BigqueryDataset(this, "Resource", {
      project: props.projectId,
      datasetId: props.datasetId,
      location: props.region,
      description: props.description ?? props.purpose,
      defaultTableExpirationMs: props.tableExpirationDays !== undefined ? props.tableExpirationDays * 86_400_000 : undefined,
      maxTimeTravelHours: String(travel),
      deleteContentsOnDestroy: protection.allowDataTeardown,
      defaultEncryptionConfiguration: props.kmsKeyName ? { kmsKeyName: props.kmsKeyName } : undefined,
      labels: componentLabels(props.labels, props.purpose),
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
      dependsOn: props.dependsOn,
    });
  }

  /** Read tables and their data (roles/bigquery.dataViewer on this dataset). */
  grantRead(grantee: IGrantee): BigqueryDatasetIamMember {
    return this.grant(grantee, "roles/bigquery.dataViewer");
  }

  /** Create, change and delete tables and their data (roles/bigquery.dataEditor on this dataset). */
  grantReadWrite(grantee: IGrantee): BigqueryDatasetIamMember {
    return this.grant(grantee, "roles/bigquery.dataEditor");
  }

  private grant(grantee: IGrantee, role: string): BigqueryDatasetIamMember {
    return grantOnce(this, grantee, role, (id) => new BigqueryDatasetIamMember(this, id, {
      project: this.projectId,
      datasetId: this.resource.datasetId,
      role,
      member: grantee.member,
    }));
  }
}
