import { ArtifactRegistryRepository } from "@cdktf/provider-google/lib/artifact-registry-repository";
import { ArtifactRegistryRepositoryIamMember } from "@cdktf/provider-google/lib/artifact-registry-repository-iam-member";
import { Construct } from "../cdktf";
import { REPOSITORY_ID } from "../catalog/naming";
import {
  checkProtection,
  CommonProps,
  componentLabels,
  GUARDED,
  IGrantee,
  labelProblems,
  lifecycleOf,
  grantOnce,
} from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

export type RepositoryFormat = "DOCKER" | "KFP";

export interface ArtifactRepositoryProps extends CommonProps {
  readonly repositoryId: string;
  readonly format: RepositoryFormat;
  /** What the repository holds; becomes the `component` label. */
  readonly purpose: string;
  readonly description?: string;
  /**
   * Delete untagged versions older than this many days.
   * @default 14
   */
  readonly untaggedRetentionDays?: number;
  /**
   * Always keep this many most recent versions of each package, whatever their age.
   * @default 10
   */
  readonly keepRecentVersions?: number;
  /**
   * DOCKER only: a pushed tag cannot be moved to another image.
   * @default false
   */
  readonly immutableTags?: boolean;
  /** @default - Google-managed encryption keys */
  readonly kmsKeyName?: string;
}

/**
 * An Artifact Registry repository with cleanup policies (untagged versions expire, recent ones
 * are kept) and, for DOCKER, vulnerability scanning as the project's setting (INHERITED, with the
 * Container Scanning API enabled by the environment).
 */
export class ArtifactRepository extends Construct {
  readonly resource: ArtifactRegistryRepository;
  readonly repositoryId: string;
  /** Docker: `<region>-docker.pkg.dev/<project>/<id>`; KFP: `https://<region>-kfp.pkg.dev/<project>/<id>`. */
  readonly repositoryUrl: string;
  private readonly projectId: string;
  private readonly region: string;

  constructor(scope: Construct, id: string, props: ArtifactRepositoryProps) {
    super(scope, id);
    const protection = props.protection ?? GUARDED;
    checkProtection(protection, id);
    const untaggedDays = props.untaggedRetentionDays ?? 14;
    const keep = props.keepRecentVersions ?? 10;
    const problems: Problem[] = [...labelProblems(props.labels, id)];
    if (!REPOSITORY_ID.test(props.repositoryId)) {
      problems.push({ path: `${id}.repositoryId`, message: `not a valid ${REPOSITORY_ID.subject}; allowed: ${REPOSITORY_ID.allowed}`, value: props.repositoryId });
    }
    if (!Number.isInteger(untaggedDays) || untaggedDays < 1) {
      problems.push({ path: `${id}.untaggedRetentionDays`, message: "must be a whole number of days, at least 1", value: untaggedDays });
    }
    if (!Number.isInteger(keep) || keep < 1) {
      problems.push({ path: `${id}.keepRecentVersions`, message: "must be a whole number, at least 1", value: keep });
    }
    if (props.immutableTags && props.format !== "DOCKER") {
      problems.push({ path: `${id}.immutableTags`, message: "only DOCKER repositories have tags that can be made immutable", value: true });
    }
    throwIfAny(problems, `repository '${id}'`);

    this.repositoryId = props.repositoryId;
    this.projectId = props.projectId;
    this.region = props.region;
    this.resource = new ArtifactRegistryRepository(this, "Resource", {
      project: props.projectId,
      location: props.region,
      repositoryId: props.repositoryId,
      format: props.format,
      mode: "STANDARD_REPOSITORY",
      description: props.description ?? props.purpose,
      cleanupPolicyDryRun: false,
      cleanupPolicies: [
        {
          id: "delete-untagged",
          action: "DELETE",
          condition: { tagState: "UNTAGGED", olderThan: `${untaggedDays * 86400}s` },
        },
        { id: "keep-recent", action: "KEEP", mostRecentVersions: { keepCount: keep } },
      ],
      dockerConfig: props.format === "DOCKER" ? { immutableTags: props.immutableTags ?? false } : undefined,
      vulnerabilityScanningConfig: props.format === "DOCKER" ? { enablementConfig: "INHERITED" } : undefined,
      kmsKeyName: props.kmsKeyName,
      labels: componentLabels(props.labels, props.purpose),
      lifecycle: lifecycleOf(protection),
      dependsOn: props.dependsOn,
    });
    this.repositoryUrl =
      props.format === "DOCKER"
        ? `${props.region}-docker.pkg.dev/${props.projectId}/${props.repositoryId}`
        : `https://${props.region}-kfp.pkg.dev/${props.projectId}/${props.repositoryId}`;
  }

  /** Pull images / download templates (roles/artifactregistry.reader on this repository). */
  grantRead(grantee: IGrantee): ArtifactRegistryRepositoryIamMember {
    return this.grant(grantee, "roles/artifactregistry.reader");
  }

  /** Push and pull (roles/artifactregistry.writer on this repository). */
  grantWrite(grantee: IGrantee): ArtifactRegistryRepositoryIamMember {
    return this.grant(grantee, "roles/artifactregistry.writer");
  }

  private grant(grantee: IGrantee, role: string): ArtifactRegistryRepositoryIamMember {
    return grantOnce(this, grantee, role, (id) => new ArtifactRegistryRepositoryIamMember(this, id, {
      project: this.projectId,
      location: this.region,
      repository: this.resource.name,
      role,
      member: grantee.member,
    }));
  }
}
