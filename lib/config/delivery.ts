/**
 * The `delivery` block of an environment: keyless deployment from GitHub Actions through
 * Workload Identity Federation. Off by default. Engine-neutral: the schema, the naming and the
 * trust conditions below are plain data and functions.
 *
 * ```yaml
 * delivery:
 *   enabled: true
 *   github:
 *     repository: acme/ml-platform   # owner/name, exactly as GitHub spells it
 *     branch: main                   # only workflows running on this branch may deploy
 *     environment: prod              # optional: only jobs in this GitHub environment may deploy
 *   pullRequestPlans: true           # optional: a read-only identity for `cdktn diff` on pull requests
 * ```
 */
import { z } from "zod";
import { checkAcross } from "./fields";

/** Issuer of the OIDC tokens GitHub Actions mints for a workflow job. */
export const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";

/**
 * How claims of GitHub's OIDC token become Google attributes. `attribute.repository` is what the
 * deployer's `roles/iam.workloadIdentityUser` binding names; the others appear in audit logs.
 */
export const GITHUB_ATTRIBUTE_MAPPING: Readonly<Record<string, string>> = {
  "google.subject": "assertion.sub",
  "attribute.repository": "assertion.repository",
  "attribute.repository_owner": "assertion.repository_owner",
  "attribute.ref": "assertion.ref",
  "attribute.event_name": "assertion.event_name",
  "attribute.actor": "assertion.actor",
};

// GitHub user and organization names: 1-39 alphanumerics or single hyphens, no leading or
// trailing hyphen. Repository names: 1-100 of [A-Za-z0-9._-], never "." or "..".
const OWNER = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";
const REPO = "[A-Za-z0-9._-]{1,100}";
const REPOSITORY = new RegExp(`^${OWNER}/${REPO}$`);
export const REPOSITORY_ALLOWED =
  "owner/name, e.g. acme/ml-platform (owner: 1-39 letters, digits or single hyphens, not starting or ending with a hyphen; name: 1-100 letters, digits, '.', '_' or '-', not '.' or '..')";

export const BRANCH_ALLOWED =
  "a git branch name such as main or release/2026: no spaces, quotes, '..', '~', '^', ':', '?', '*', '[', '\\' or '@{'; not starting with '-' or '/', not ending with '/', '.' or '.lock'";

export const ENVIRONMENT_ALLOWED = "1-255 letters, digits, '.', '_' or '-', starting with a letter or digit (a GitHub environment name such as prod)";
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

/** True when `v` is a GitHub environment name the trust condition can name. */
export function isGithubEnvironment(v: string): boolean {
  return ENVIRONMENT.test(v);
}

/** True when `v` is `owner/name` as GitHub allows it. */
export function isGithubRepository(v: string): boolean {
  if (!REPOSITORY.test(v)) return false;
  const name = v.split("/")[1];
  return name !== "." && name !== "..";
}

/**
 * Why `v` is not a usable branch name, or undefined when it is. Follows `git check-ref-format`,
 * and also rejects quotes and backslashes, which could not be put in the trust condition safely.
 */
export function branchProblem(v: string): string | undefined {
  if (/^refs\//.test(v)) return `give the branch name without '${v.replace(/^(refs\/[^/]+\/).*/, "$1")}', e.g. ${v.replace(/^refs\/[^/]+\//, "") || "main"}`;
  const bad =
    v.length === 0 ||
    v.length > 255 ||
    v === "@" ||
    /[\s\x00-\x1f\x7f~^:?*[\\'"`]/.test(v) ||
    v.includes("..") ||
    v.includes("@{") ||
    v.includes("//") ||
    /^[-/]/.test(v) ||
    /(\/|\.|\.lock)$/.test(v) ||
    v.split("/").some((part) => part.startsWith("."));
  return bad ? `not a valid branch name; allowed: ${BRANCH_ALLOWED}` : undefined;
}

export const GithubDeliverySchema = z
  .strictObject({
    repository: z
      .string({ error: `must be a string: ${REPOSITORY_ALLOWED}` })
      .refine(isGithubRepository, { error: `not a valid GitHub repository; allowed: ${REPOSITORY_ALLOWED}` })
      .describe("The one repository whose workflows may deploy, owner/name exactly as GitHub spells it (the token's repository claim is compared case-sensitively)."),
    branch: z
      .string({ error: `must be a string: ${BRANCH_ALLOWED}` })
      .superRefine((v, ctx) => {
        const problem = branchProblem(v);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .default("main")
      .describe("The one branch whose workflows may deploy (compared with the token's ref claim, refs/heads/<branch>). @default main"),
    environment: z
      .string({ error: `must be a string: ${ENVIRONMENT_ALLOWED}` })
      .regex(ENVIRONMENT, { error: `not a valid GitHub environment name; allowed: ${ENVIRONMENT_ALLOWED}` })
      .optional()
      .describe("Only jobs that declare this GitHub environment may deploy, e.g. prod with required reviewers. @default - any job on the branch"),
  })
  .describe("Where deployments come from.");

export const DeliverySchema = checkAcross(
  z.strictObject({
    enabled: z.boolean({ error: "must be true or false" }).default(false).describe("Create the Workload Identity pool, provider and deployer service account. @default false"),
    github: GithubDeliverySchema.optional(),
    pullRequestPlans: z
      .boolean({ error: "must be true or false" })
      .default(false)
      .describe("Also create a separate pool and a read-only planner service account that pull requests into the branch may use for `cdktn diff`. @default false"),
  }),
  (d, ctx) => {
    if (d.enabled === true && d.github === undefined) {
      ctx.addIssue({ code: "custom", path: ["github"], message: "required when delivery.enabled is true: the repository (owner/name) and branch that may deploy" });
    }
    if (d.pullRequestPlans === true && d.enabled !== true) {
      ctx.addIssue({ code: "custom", path: ["pullRequestPlans"], message: "needs delivery.enabled: true (the planner trusts the same repository and branch)" });
    }
  },
).describe("Keyless deployment from GitHub Actions through Workload Identity Federation (off unless enabled).");

export type DeliveryConfig = z.output<typeof DeliverySchema>;
export type DeliveryConfigInput = z.input<typeof DeliverySchema>;

/** CEL string literal (the inputs are validated, so this only guards against surprises). */
function cel(v: string): string {
  return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * The deployer provider's attribute condition: tokens of one repository, on one branch (and, when
 * given, in one GitHub environment). Every other token is refused before any binding is consulted.
 * The subject claim is asserted too, in GitHub's default format (`repo:<owner>/<repo>:environment:<name>`
 * for a job in an environment, else `repo:<owner>/<repo>:ref:refs/heads/<branch>`): an organization
 * that customizes its OIDC subject template must adjust it.
 */
export function deployerCondition(repository: string, branch: string, environment?: string): string {
  const subject = environment ? `repo:${repository}:environment:${environment}` : `repo:${repository}:ref:refs/heads/${branch}`;
  const parts = [`assertion.sub == ${cel(subject)}`, `assertion.repository == ${cel(repository)}`, `assertion.ref == ${cel(`refs/heads/${branch}`)}`];
  if (environment) parts.push(`assertion.environment == ${cel(environment)}`);
  return parts.join(" && ");
}

/**
 * The planner provider's attribute condition: pull requests of the same repository into the
 * branch. GitHub gives pull requests from forks no OIDC token, so only branches of the repository
 * itself qualify.
 */
export function plannerCondition(repository: string, branch: string): string {
  return [
    `assertion.sub == ${cel(`repo:${repository}:pull_request`)}`,
    `assertion.repository == ${cel(repository)}`,
    "assertion.event_name == 'pull_request'",
    `assertion.base_ref == ${cel(branch)}`,
  ].join(" && ");
}

/** The resolved delivery of one environment: names and conditions the construct builds from. */
export interface DeliverySpec {
  readonly repository: string;
  readonly branch: string;
  readonly environment?: string;
  /** Workload Identity pool of the deployer: `<env>-github`. */
  readonly poolId: string;
  readonly providerId: string;
  /** `<env>-deployer` */
  readonly deployerAccountId: string;
  /** Set when pull requests get a read-only planner: pool `<env>-github-pr`, account `<env>-planner`. */
  readonly planner?: { readonly poolId: string; readonly providerId: string; readonly accountId: string };
}

/** Workload Identity pool IDs: 4-32 lowercase letters, digits or hyphens; the prefix 'gcp-' is Google's. */
const POOL_ID = /^[a-z0-9-]{4,32}$/;

/**
 * Why the Workload Identity pools environment `envName` gets (`<name>-github`, and with
 * `pullRequestPlans` `<name>-github-pr`) would be refused, or undefined.
 */
export function workloadIdentityPoolProblem(envName: string, pullRequestPlans: boolean): string | undefined {
  for (const poolId of [`${envName}-github`, ...(pullRequestPlans ? [`${envName}-github-pr`] : [])]) {
    if (poolId.startsWith("gcp-")) return `gives the Workload Identity pool ID '${poolId}', and pool IDs starting with 'gcp-' are reserved by Google; rename the environment (name must not start with 'gcp-')`;
    if (!POOL_ID.test(poolId)) {
      return `gives the Workload Identity pool ID '${poolId}'; allowed: 4-32 lowercase letters, digits or hyphens, not starting with 'gcp-' (so name is at most ${pullRequestPlans ? 22 : 25} characters)`;
    }
  }
  return undefined;
}

/** Names of the delivery resources of environment `envName`; undefined when delivery is off. */
export function resolveDelivery(envName: string, delivery: DeliveryConfig | undefined): DeliverySpec | undefined {
  if (!delivery?.enabled || !delivery.github) return undefined;
  return {
    repository: delivery.github.repository,
    branch: delivery.github.branch,
    environment: delivery.github.environment,
    poolId: `${envName}-github`,
    providerId: "github",
    deployerAccountId: `${envName}-deployer`,
    planner: delivery.pullRequestPlans ? { poolId: `${envName}-github-pr`, providerId: "github-pr", accountId: `${envName}-planner` } : undefined,
  };
}
