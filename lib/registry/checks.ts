/**
 * The defaults and checks of an Artifact Registry repository's props, shared by the cdktf
 * `ArtifactRepository` construct. Free of cdktn and provider imports.
 */
import { REPOSITORY_ID } from "../catalog/naming";
import { checkProtection, DataProtection, GUARDED, labelProblems } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

export type RepositoryFormat = "DOCKER" | "KFP";

/** What a repository gets when its props leave a setting out. */
export const REPOSITORY_DEFAULTS = {
  untaggedRetentionDays: 14,
  keepRecentVersions: 10,
  immutableTags: false,
} as const;

/** What the checks read from a repository's props (both engines' props have these fields). */
export interface RepositoryInput {
  readonly repositoryId: string;
  readonly format: RepositoryFormat;
  readonly untaggedRetentionDays?: number;
  readonly keepRecentVersions?: number;
  readonly immutableTags?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  readonly protection?: DataProtection;
}

/** A repository's settings once the defaults fill what the props leave out. */
export interface RepositorySettings {
  readonly protection: DataProtection;
  readonly untaggedRetentionDays: number;
  readonly keepRecentVersions: number;
}

/** Every problem of a repository's settings (defaults applied): ID, cleanup policies, tag immutability, labels. */
export function repositoryProblems(
  id: string,
  p: {
    readonly repositoryId: string;
    readonly format: string;
    readonly untaggedRetentionDays: number;
    readonly keepRecentVersions: number;
    readonly immutableTags?: boolean;
    readonly labels?: Readonly<Record<string, string>>;
  },
): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!REPOSITORY_ID.test(p.repositoryId)) {
    problems.push({ path: `${id}.repositoryId`, message: `not a valid ${REPOSITORY_ID.subject}; allowed: ${REPOSITORY_ID.allowed}`, value: p.repositoryId });
  }
  const untagged = p.untaggedRetentionDays;
  if (!Number.isInteger(untagged) || untagged < 1) {
    problems.push({ path: `${id}.untaggedRetentionDays`, message: "must be a whole number of days, at least 1", value: untagged });
  }
  const keep = p.keepRecentVersions;
  if (!Number.isInteger(keep) || keep < 1) {
    problems.push({ path: `${id}.keepRecentVersions`, message: "must be a whole number, at least 1", value: keep });
  }
  if (p.immutableTags && p.format !== "DOCKER") {
    problems.push({ path: `${id}.immutableTags`, message: "only DOCKER repositories have tags that can be made immutable", value: true });
  }
  return problems;
}

/**
 * Checks a repository's props: the deletion policy first, then every other problem at once (a
 * ValidationError for `repository '<id>'`). Returns the settings with the defaults applied.
 */
export function checkRepository(id: string, props: RepositoryInput): RepositorySettings {
  const protection = props.protection ?? GUARDED;
  checkProtection(protection, id);
  const settings: RepositorySettings = {
    protection,
    untaggedRetentionDays: props.untaggedRetentionDays ?? REPOSITORY_DEFAULTS.untaggedRetentionDays,
    keepRecentVersions: props.keepRecentVersions ?? REPOSITORY_DEFAULTS.keepRecentVersions,
  };
  throwIfAny(
    repositoryProblems(id, {
      repositoryId: props.repositoryId,
      format: props.format,
      untaggedRetentionDays: settings.untaggedRetentionDays,
      keepRecentVersions: settings.keepRecentVersions,
      immutableTags: props.immutableTags,
      labels: props.labels,
    }),
    `repository '${id}'`,
  );
  return settings;
}

/** Docker: `<region>-docker.pkg.dev/<project>/<id>`; KFP: `https://<region>-kfp.pkg.dev/<project>/<id>`. */
export function repositoryUrl(format: RepositoryFormat, region: string, projectId: string, repositoryId: string): string {
  return format === "DOCKER" ? `${region}-docker.pkg.dev/${projectId}/${repositoryId}` : `https://${region}-kfp.pkg.dev/${projectId}/${repositoryId}`;
}
