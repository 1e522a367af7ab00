import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/gcp/storage";
import { componentLabels, IGrantee, deletionPolicyOf } from "../core/common";
import { checkBucket, DATA_LAKE_PURPOSES, DataLakeBucket, dataLakeBucketName } from "../storage/checks";
import { childName, CommonArgs, COMPONENT_TYPES, GrantRegistry, guardOptions } from "./common";

export interface MlopsBucketArgs extends CommonArgs {
  /** Globally unique bucket name. */
  readonly bucketName: string;
  /** What the bucket holds; becomes the `component` label. */
  readonly purpose: string;
  /**
   * Days an overwritten or deleted object version is kept before it is deleted.
   * @default 30
   */
  readonly noncurrentVersionRetentionDays?: number;
  /**
   * Days a deleted object stays restorable with soft delete (7–90).
   * @default 7
   */
  readonly softDeleteRetentionDays?: number;
  /**
   * Cloud KMS key for default object encryption.
   * @default - Google-managed encryption keys
   */
  readonly kmsKeyName?: pulumi.Input<string>;
}

/**
 * A private, versioned Cloud Storage bucket: uniform bucket-level access, public access
 * prevention enforced, object versioning with a lifecycle for noncurrent versions, soft delete,
 * and incomplete multipart uploads aborted after a week. Access is granted per bucket by intent
 * (`grantRead`, `grantReadWrite`), never through project-wide storage roles.
 */
export class MlopsBucket extends pulumi.ComponentResource {
  /** The provider resource (escape hatch). */
  readonly resource: storage.Bucket;
  readonly bucketName: string;
  /** `gs://<name>` */
  readonly bucketUrl: string;
  private readonly grants: GrantRegistry<storage.BucketIAMMember>;

  constructor(name: string, args: MlopsBucketArgs, opts?: pulumi.ComponentResourceOptions) {
    const { protection, noncurrentVersionRetentionDays: noncurrentDays, softDeleteRetentionDays: softDeleteDays } = checkBucket(name, args);
    super(COMPONENT_TYPES.bucket, name, {}, opts);
    this.grants = new GrantRegistry(name);
    this.bucketName = args.bucketName;
    this.bucketUrl = `gs://${args.bucketName}`;
    this.resource = new storage.Bucket(
      name,
      {
        project: args.projectId,
        name: args.bucketName,
        location: args.region.toUpperCase(),
        storageClass: "STANDARD",
        uniformBucketLevelAccess: true,
        publicAccessPrevention: "enforced",
        versioning: { enabled: true },
        softDeletePolicy: { retentionDurationSeconds: softDeleteDays * 86400 },
        lifecycleRules: [
          { action: { type: "Delete" }, condition: { daysSinceNoncurrentTime: noncurrentDays, withState: "ARCHIVED" } },
          { action: { type: "AbortIncompleteMultipartUpload" }, condition: { age: 7 } },
        ],
        encryption: args.kmsKeyName ? { defaultKmsKeyName: args.kmsKeyName } : undefined,
        forceDestroy: protection.allowDataTeardown,
        labels: componentLabels(args.labels, args.purpose),
        deletionPolicy: deletionPolicyOf(protection),
      },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])], ...guardOptions(protection) },
    );
    this.registerOutputs({ bucketName: this.bucketName, bucketUrl: this.bucketUrl });
  }

  /** Read objects (roles/storage.objectViewer on this bucket). */
  grantRead(grantee: IGrantee): storage.BucketIAMMember {
    return this.grant(grantee, "roles/storage.objectViewer");
  }

  /** Read, create, overwrite and delete objects (roles/storage.objectUser on this bucket). */
  grantReadWrite(grantee: IGrantee): storage.BucketIAMMember {
    return this.grant(grantee, "roles/storage.objectUser");
  }

  private grant(grantee: IGrantee, role: string): storage.BucketIAMMember {
    return this.grants.once(grantee, role, (name) => new storage.BucketIAMMember(name, { bucket: this.resource.name, role, member: grantee.member }, { parent: this }));
  }
}

export interface DataLakeArgs extends CommonArgs {
  /** Bucket names are `<bucketPrefix>-<purpose>`; bucket names are global across Google Cloud. */
  readonly bucketPrefix: string;
  /** @default 30 */
  readonly noncurrentVersionRetentionDays?: number;
  /** @default 7 */
  readonly softDeleteRetentionDays?: number;
  /** @default - Google-managed encryption keys */
  readonly kmsKeyName?: pulumi.Input<string>;
}

/** The environment's Cloud Storage: one private, versioned bucket per purpose, in the environment's region. */
export class DataLake extends pulumi.ComponentResource {
  readonly buckets: Readonly<Record<DataLakeBucket, MlopsBucket>>;

  constructor(name: string, args: DataLakeArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.dataLake, name, {}, opts);
    const { bucketPrefix, ...common } = args;
    const buckets = {} as Record<DataLakeBucket, MlopsBucket>;
    for (const purpose of DATA_LAKE_PURPOSES) {
      buckets[purpose] = new MlopsBucket(childName(name, purpose), { ...common, bucketName: dataLakeBucketName(bucketPrefix, purpose), purpose }, { parent: this });
    }
    this.buckets = buckets;
    this.registerOutputs({});
  }
}
