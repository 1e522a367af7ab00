import * as pulumi from "@pulumi/pulumi";
import * as artifactregistry from "@pulumi/gcp/artifactregistry";
import { componentLabels, IGrantee, deletionPolicyOf } from "../core/common";
import { checkRepository, REPOSITORY_DEFAULTS, RepositoryFormat, repositoryUrl } from "../registry/checks";
import { CommonArgs, COMPONENT_TYPES, GrantRegistry, guardOptions } from "./common";

export type { RepositoryFormat } from "../registry/checks";

export interface ArtifactRepositoryArgs extends CommonArgs {
  readonly repositoryId: string;
  readonly format: RepositoryFormat;
  /** What the repository holds; becomes the `component` label. */
  readonly purpose: string;
  /** @default - the purpose */
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
  readonly kmsKeyName?: pulumi.Input<string>;
}

/**
 * An Artifact Registry repository with cleanup policies (untagged versions expire, recent ones
 * are kept) and, for DOCKER, vulnerability scanning as the project's setting (INHERITED, with the
 * Container Scanning API enabled by the environment).
 */
export class ArtifactRepository extends pulumi.ComponentResource {
  /** The provider resource (escape hatch). */
  readonly resource: artifactregistry.Repository;
  readonly repositoryId: string;
  /** Docker: `<region>-docker.pkg.dev/<project>/<id>`; KFP: `https://<region>-kfp.pkg.dev/<project>/<id>`. */
  readonly repositoryUrl: string;
  private readonly projectId: string;
  private readonly region: string;
  private readonly grants: GrantRegistry<artifactregistry.RepositoryIamMember>;

  constructor(name: string, args: ArtifactRepositoryArgs, opts?: pulumi.ComponentResourceOptions) {
    const { protection, untaggedRetentionDays: untaggedDays, keepRecentVersions: keep } = checkRepository(name, args);
    super(COMPONENT_TYPES.repository, name, {}, opts);
    this.grants = new GrantRegistry(name);
    this.repositoryId = args.repositoryId;
    this.projectId = args.projectId;
    this.region = args.region;
    const docker = args.format === "DOCKER";
    this.resource = new artifactregistry.Repository(
      name,
      {
        project: args.projectId,
        location: args.region,
        repositoryId: args.repositoryId,
        format: args.format,
        mode: "STANDARD_REPOSITORY",
        description: args.description ?? args.purpose,
        cleanupPolicyDryRun: false,
        cleanupPolicies: [
          { id: "delete-untagged", action: "DELETE", condition: { tagState: "UNTAGGED", olderThan: `${untaggedDays * 86400}s` } },
          { id: "keep-recent", action: "KEEP", mostRecentVersions: { keepCount: keep } },
        ],
        dockerConfig: docker ? { immutableTags: args.immutableTags ?? REPOSITORY_DEFAULTS.immutableTags } : undefined,
        vulnerabilityScanningConfig: docker ? { enablementConfig: "INHERITED" } : undefined,
        kmsKeyName: args.kmsKeyName,
        labels: componentLabels(args.labels, args.purpose),
        deletionPolicy: deletionPolicyOf(protection),
      },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])], ...guardOptions(protection) },
    );
    this.repositoryUrl = repositoryUrl(args.format, args.region, args.projectId, args.repositoryId);
    this.registerOutputs({ repositoryUrl: this.repositoryUrl });
  }

  /** Pull images / download templates (roles/artifactregistry.reader on this repository). */
  grantRead(grantee: IGrantee): artifactregistry.RepositoryIamMember {
    return this.grant(grantee, "roles/artifactregistry.reader");
  }

  /** Push and pull (roles/artifactregistry.writer on this repository). */
  grantWrite(grantee: IGrantee): artifactregistry.RepositoryIamMember {
    return this.grant(grantee, "roles/artifactregistry.writer");
  }

  private grant(grantee: IGrantee, role: string): artifactregistry.RepositoryIamMember {
    return this.grants.once(
      grantee,
      role,
      (name) =>
        new artifactregistry.RepositoryIamMember(
          name,
          { project: this.projectId, location: this.region, repository: this.resource.name, role, member: grantee.member },
          { parent: this },
        ),
    );
  }
}
