import { StorageBucket } from "../../provider/google/storage-bucket";
import { StorageBucketIamMember } from "../../provider/google/storage-bucket-iam-member";
import { Construct } from "../cdktn";
import { CommonProps, componentLabels, grantOnce, IGrantee, deletionPolicyOf, lifecycleOf } from "../core/common";
import { checkBucket } from "./checks";

export interface MlopsBucketProps extends CommonProps {
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
  readonly kmsKeyName?: string;
}

/**
 * A private, versioned Cloud Storage bucket: uniform bucket-level access, public access
 * prevention enforced, object versioning with a lifecycle for noncurrent versions, soft delete,
 * and incomplete multipart uploads aborted after a week. Access is granted per bucket by intent
 * (`grantRead`, `grantReadWrite`), never through project-wide storage roles.
 */
export class MlopsBucket extends Construct {
  /** The provider resource (escape hatch). */
  readonly resource: StorageBucket;
  readonly bucketName: string;
  /** `gs://<name>` */
  readonly bucketUrl: string;

  constructor(scope: Construct, id: string, props: MlopsBucketProps) {
    super(scope, id);
    const { protection, noncurrentVersionRetentionDays: noncurrentDays, softDeleteRetentionDays: softDeleteDays } = checkBucket(id, props);
    this.bucketName = props.bucketName;
    this.resource = new StorageBucket(this, "Resource", {
      project: props.projectId,
      name: props.bucketName,
      location: props.region.toUpperCase(),
      storageClass: "STANDARD",
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      versioning: { enabled: true },
      softDeletePolicy: { retentionDurationSeconds: softDeleteDays * 86400 },
      lifecycleRule: [
        { action: { type: "Delete" }, condition: { daysSinceNoncurrentTime: noncurrentDays, withState: "ARCHIVED" } },
        { action: { type: "AbortIncompleteMultipartUpload" }, condition: { age: 7 } },
      ],
      encryption: props.kmsKeyName ? { defaultKmsKeyName: props.kmsKeyName } : undefined,
      forceDestroy: protection.allowDataTeardown,
      labels: componentLabels(props.labels, props.purpose),
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
      dependsOn: props.dependsOn,
    });
    this.bucketUrl = `gs://${props.bucketName}`;
  }

  /** Read objects (roles/storage.objectViewer on this bucket). */
  grantRead(grantee: IGrantee): StorageBucketIamMember {
    return this.grant(grantee, "roles/storage.objectViewer");
  }

  /** Read, create, overwrite and delete objects (roles/storage.objectUser on this bucket). */
  grantReadWrite(grantee: IGrantee): StorageBucketIamMember {
    return this.grant(grantee, "roles/storage.objectUser");
  }

  private grant(grantee: IGrantee, role: string): StorageBucketIamMember {
    return grantOnce(this, grantee, role, (id) => new StorageBucketIamMember(this, id, { bucket: this.resource.name, role, member: grantee.member }));
  }
}
