import { ArtifactRegistryRepository } from "../../provider/google/artifact-registry-repository";
import { ArtifactRegistryRepositoryIamMember } from "../../provider/google/artifact-registry-repository-iam-member";
import { Construct } from "../cdktn";
import { CommonProps, componentLabels, grantOnce, IGrantee, deletionPolicyOf, lifecycleOf } from "../core/common";
import { checkRepository, REPOSITORY_DEFAULTS, RepositoryFormat, repositoryUrl } from "./checks";

export type { RepositoryFormat } from "./checks";

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
    const { protection, untaggedRetentionDays: untaggedDays, keepRecentVersions: keep } = checkRepository(id, props);
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
      dockerConfig: props.format === "DOCKER" ? { immutableTags: props.immutableTags ?? REPOSITORY_DEFAULTS.immutableTags } : undefined,
      vulnerabilityScanningConfig: props.format === "DOCKER" ? { enablementConfig: "INHERITED" } : undefined,
      kmsKeyName: props.kmsKeyName,
      labels: componentLabels(props.labels, props.purpose),
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
      dependsOn: props.dependsOn,
    });
    this.repositoryUrl = repositoryUrl(props.format, props.region, props.projectId, props.repositoryId);
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
