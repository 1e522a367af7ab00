import { Construct } from "../cdktn";
import { CommonProps } from "../core/common";
import { MlopsBucket } from "./bucket";
import { DATA_LAKE_PURPOSES, DataLakeBucket, dataLakeBucketName } from "./checks";

export { DATA_LAKE_BUCKETS } from "./checks";
export type { DataLakeBucket } from "./checks";

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
    const buckets = {} as Record<DataLakeBucket, MlopsBucket>;
    for (const purpose of DATA_LAKE_PURPOSES) {
      buckets[purpose] = new MlopsBucket(this, purpose, { ...common, bucketName: dataLakeBucketName(bucketPrefix, purpose), purpose });
    }
    this.buckets = buckets;
  }
}
