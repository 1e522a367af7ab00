import { Construct } from "../cdktf";
import { CommonProps } from "../core/common";
import { MlopsBucket } from "./bucket";

/** The buckets of an environment, by purpose. Keys are construct ids: renaming one replaces the bucket. */
export const DATA_LAKE_BUCKETS = {
  data: "Training and evaluation data",
  artifacts: "Model artifacts (saved models, metrics, evaluation reports)",
  "pipeline-root": "Vertex AI Pipelines root (intermediate artifacts of pipeline runs)",
  checkpoints: "Training checkpoints",
} as const;
export type DataLakeBucket = keyof typeof DATA_LAKE_BUCKETS;

export interface DataLakeProps extends CommonProps {
  /** Bucket names are `<bucketPrefix>-<purpose>`; bucket names are global across Google Cloud. */
  readonly bucketPrefix: string;
  /** @default 30 */
  readonly noncurrentVersionRetentionDays?: number;
  /** @default 7 */
  readonly softDeleteRetentionDays?: number;
  /** @default - Google-managed encryption keys */
  readonly kmsKeyName?: string;
}

/** The environment's Cloud Storage: one private, versioned bucket per purpose, in the environment's region. */
export class DataLake extends Construct {
  readonly buckets: Readonly<Record<DataLakeBucket, MlopsBucket>>;

  constructor(scope: Construct, id: string, props: DataLakeProps) {
    super(scope, id);
    const { bucketPrefix, ...common } = props;
    const make = (purpose: DataLakeBucket) =>
      new MlopsBucket(this, purpose, { ...common, bucketName: `${bucketPrefix}-${purpose}`, purpose });
    this.buckets = {
      data: make("data"),
      artifacts: make("artifacts"),
      "pipeline-root": make("pipeline-root"),
      checkpoints: make("checkpoints"),
    };
  }
}
