/**
 * The fixed facts of keyless delivery and the checks of its props, for the
 * `GithubWorkloadIdentity` construct: the deployer's and the planner's project roles, the plan it
 * builds (for each identity its pool, provider, trust condition, account and roles), and every
 * problem of the props. Free of cdktn and provider imports: the construct says which values are
 * not known yet (`unresolved`: a token), and those are taken as given.
 */
import { SERVICE_ACCOUNT_ID } from "../catalog/naming";
import { branchProblem, deployerCondition, ENVIRONMENT_ALLOWED, isGithubEnvironment, isGithubRepository, plannerCondition, REPOSITORY_ALLOWED, workloadIdentityPoolProblem } from "../config/delivery";
import { checkProtection, DataProtection, GUARDED } from "../core/common";
import type { IGrantee } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";
import { PRIMITIVE_ROLES } from "../identity/checks";

/**
 * Project roles of the deployer, each with why `cdktf deploy` needs it. They are project-level
 * because they create resources, which no resource-level grant can allow; the deployer gets
 * `iam.serviceAccountUser` only on the accounts passed in `actAs`, never on the project.
 * Note that `resourcemanager.projectIamAdmin` lets the deployer grant project roles, so it is as
 * powerful as the project's IAM admins: the trust condition (one repository, one branch, and
 * optionally one GitHub environment with required reviewers) is what protects it.
 */
export const DEPLOYER_PROJECT_ROLES: Readonly<Record<string, string>> = {
  "roles/serviceusage.serviceUsageAdmin": "enable the APIs the environment uses",
  "roles/resourcemanager.projectIamAdmin": "grant the workload accounts their project roles and configure Data Access audit logs",
  "roles/iam.serviceAccountAdmin": "create the workload service accounts and set IAM on them",
  "roles/iam.workloadIdentityPoolAdmin": "manage this Workload Identity pool and provider",
  "roles/storage.admin": "create the data lake buckets and set their IAM (also reads and writes the Terraform state when the state bucket is in this project)",
  "roles/bigquery.admin": "create the warehouse datasets and set their IAM",
  "roles/artifactregistry.admin": "create the repositories and set their IAM",
  "roles/cloudkms.admin": "create the key ring and keys and grant them to the service agents",
  "roles/compute.networkAdmin": "create the VPC, subnet, router, NAT and the private services range",
  "roles/compute.securityAdmin": "create the firewall rules",
  "roles/servicenetworking.networksAdmin": "peer the VPC with Google's services (private services access)",
  "roles/notebooks.admin": "create the Workbench instances and grant their owners access",
  "roles/aiplatform.admin": "create Vertex AI endpoints, resource pools, feature stores, TensorBoards and their IAM",
  "roles/pubsub.admin": "create the pipeline trigger topics and set their IAM",
  "roles/cloudscheduler.admin": "create the pipeline schedules",
  "roles/eventarc.admin": "create the pipeline event triggers",
  "roles/workflows.admin": "create the workflows that submit pipeline runs",
  "roles/monitoring.alertPolicyEditor": "create the alert policies",
  "roles/monitoring.notificationChannelEditor": "create the alert notification channels",
};

/**
 * Read-only project roles of the planner: enough for `terraform plan` to refresh the state of
 * every resource the environment manages, without any read access to data (no object or table
 * data roles). Not verified against a live project; if a plan reports a missing permission, add
 * the matching viewer role with `extraPlannerRoles`.
 */
export const PLANNER_PROJECT_ROLES: Readonly<Record<string, string>> = {
  "roles/browser": "read the project and its number",
  "roles/iam.securityReviewer": "read the IAM policies of the project and of every resource",
  "roles/serviceusage.serviceUsageViewer": "read which APIs are enabled",
  "roles/iam.serviceAccountViewer": "read the workload service accounts",
  "roles/iam.workloadIdentityPoolViewer": "read the Workload Identity pools and providers",
  "roles/storage.bucketViewer": "read bucket metadata, not objects",
  "roles/bigquery.metadataViewer": "read dataset metadata, not table data",
  "roles/artifactregistry.reader": "read the repositories (also allows pulling images)",
  "roles/cloudkms.viewer": "read the key ring and keys",
  "roles/compute.networkViewer": "read the VPC, subnet, router, NAT and firewall rules",
  "roles/notebooks.viewer": "read the Workbench instances",
  "roles/aiplatform.viewer": "read Vertex AI endpoints, resource pools and feature stores",
  "roles/pubsub.viewer": "read the pipeline trigger topics",
  "roles/cloudscheduler.viewer": "read the pipeline schedules",
  "roles/eventarc.viewer": "read the pipeline event triggers",
  "roles/workflows.viewer": "read the workflows",
  "roles/monitoring.viewer": "read the alert policies and notification channels",
};

/** Something the deployer must be able to act as, e.g. the account Workbench instances run as. */
export interface IActAsTarget {
  /** Grants `roles/iam.serviceAccountUser` on this account only. */
  grantActAs(grantee: IGrantee): unknown;
}

/** Role that lets the principals of a pool impersonate a service account. */
export const WORKLOAD_IDENTITY_USER_ROLE = "roles/iam.workloadIdentityUser";

/** What one identity trusts: a Workload Identity pool and its GitHub OIDC provider. */
export interface TrustPlan {
  /** Stable key of the pool and provider (construct id, part of resource names). */
  readonly key: "Github" | "PullRequests";
  readonly poolId: string;
  readonly poolDisplayName: string;
  readonly poolDescription: string;
  readonly providerId: string;
  readonly providerDisplayName: string;
  readonly providerDescription: string;
  /** The provider's attribute condition: every other token is refused. */
  readonly condition: string;
}

/** One service account GitHub Actions may impersonate, with what it trusts and its project roles. */
export interface DeliveryAccountPlan {
  readonly key: "deployer" | "planner";
  readonly accountId: string;
  readonly displayName: string;
  readonly description: string;
  /** Project roles, each once, in the order given. */
  readonly roles: readonly string[];
  readonly trust: TrustPlan;
}

/** The props the plan is made from (the same on both engines). */
export interface DeliveryPlanInput {
  readonly name: string;
  readonly repository: string;
  readonly branch: string;
  readonly environment?: string;
  readonly pullRequestPlans?: boolean;
  readonly extraDeployerRoles?: readonly string[];
  readonly extraPlannerRoles?: readonly string[];
}

function trust(key: TrustPlan["key"], poolId: string, providerId: string, poolDescription: string, condition: string, repository: string): TrustPlan {
  return {
    key,
    poolId,
    poolDisplayName: poolId.slice(0, 32),
    poolDescription: poolDescription.slice(0, 256),
    providerId,
    providerDisplayName: "GitHub Actions",
    providerDescription: `Tokens of ${repository} only`.slice(0, 256),
    condition,
  };
}

function account(p: DeliveryPlanInput, key: DeliveryAccountPlan["key"], description: string, roles: readonly string[], t: TrustPlan): DeliveryAccountPlan {
  return {
    key,
    accountId: `${p.name}-${key}`,
    displayName: `${p.name} ${key}`,
    description: `${description} (managed by gcp-mlops-constructs)`,
    roles: [...new Set(roles)],
    trust: t,
  };
}

/** The deployer (always) and the planner (with `pullRequestPlans`), in that order. */
export function deliveryPlan(p: DeliveryPlanInput): readonly DeliveryAccountPlan[] {
  const github = trust("Github", `${p.name}-github`, "github", `GitHub Actions of ${p.repository} on ${p.branch}`, deployerCondition(p.repository, p.branch, p.environment), p.repository);
  const plans = [
    account(p, "deployer", "Deploys the environment from GitHub Actions (cdktf deploy)", [...Object.keys(DEPLOYER_PROJECT_ROLES), ...(p.extraDeployerRoles ?? [])], github),
  ];
  if (p.pullRequestPlans) {
    const pr = trust("PullRequests", `${p.name}-github-pr`, "github-pr", `Pull requests of ${p.repository} into ${p.branch}`, plannerCondition(p.repository, p.branch), p.repository);
    plans.push(account(p, "planner", "Plans changes for pull requests (cdktf diff), read-only", [...Object.keys(PLANNER_PROJECT_ROLES), ...(p.extraPlannerRoles ?? [])], pr));
  }
  return plans;
}

/** Only identities of this one repository, through this pool, may impersonate the account. */
export function repositoryPrincipalSet(poolName: string, repository: string): string {
  return `principalSet://iam.googleapis.com/${poolName}/attribute.repository/${repository}`;
}

/** The props of `GithubWorkloadIdentity` the checks read, the same on both engines. */
export interface DeliveryCheckInput {
  readonly name: unknown;
  readonly repository: unknown;
  /** The branch with its default applied. */
  readonly branch: unknown;
  readonly environment?: unknown;
  readonly pullRequestPlans?: boolean;
  readonly extraDeployerRoles?: readonly unknown[];
  readonly extraPlannerRoles?: readonly unknown[];
}

const ROLE_NAME = /^(roles\/[A-Za-z0-9_.]+|projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/roles\/[A-Za-z0-9_.]+)$/;

/** Every problem of the props at once. */
export function deliveryProblems(id: string, props: DeliveryCheckInput, unresolved: (value: unknown) => boolean): Problem[] {
  const literal = (v: unknown): v is string => typeof v === "string" && !unresolved(v);
  const problems: Problem[] = [];
  if (literal(props.repository) && !isGithubRepository(props.repository)) {
    problems.push({ path: `${id}.repository`, message: `not a valid GitHub repository; allowed: ${REPOSITORY_ALLOWED}`, value: props.repository });
  }
  if (literal(props.branch)) {
    const problem = branchProblem(props.branch);
    if (problem) problems.push({ path: `${id}.branch`, message: problem, value: props.branch });
  }
  if (literal(props.environment) && !isGithubEnvironment(props.environment)) {
    problems.push({ path: `${id}.environment`, message: `not a valid GitHub environment name; allowed: ${ENVIRONMENT_ALLOWED}`, value: props.environment });
  }
  if (literal(props.name)) {
    const poolProblem = workloadIdentityPoolProblem(props.name, props.pullRequestPlans === true);
    if (poolProblem) problems.push({ path: `${id}.name`, message: poolProblem, value: props.name });
    for (const key of ["deployer", ...(props.pullRequestPlans ? ["planner"] : [])]) {
      const accountId = `${props.name}-${key}`;
      if (!SERVICE_ACCOUNT_ID.test(accountId)) {
        problems.push({ path: `${id}.name`, message: `gives the ${key} account ID '${accountId}', which is not a valid ${SERVICE_ACCOUNT_ID.subject}; allowed: ${SERVICE_ACCOUNT_ID.allowed}`, value: props.name });
      }
    }
  }
  const roleProblems = (field: string, roles: readonly unknown[] | undefined) =>
    (roles ?? []).forEach((role, i) => {
      if (!literal(role)) return;
      if (PRIMITIVE_ROLES.includes(role)) {
        problems.push({ path: `${id}.${field}[${i}]`, message: `primitive roles are never granted; allowed: a predefined or custom role that names the service, e.g. roles/pubsub.admin`, value: role });
      } else if (!ROLE_NAME.test(role)) {
        problems.push({ path: `${id}.${field}[${i}]`, message: "not a role name; allowed: roles/<service>.<role> or projects/<project>/roles/<custom role>", value: role });
      }
    });
  roleProblems("extraDeployerRoles", props.extraDeployerRoles);
  roleProblems("extraPlannerRoles", props.extraPlannerRoles);
  return problems;
}

/** The props with their defaults applied, once checked. */
export interface CheckedDelivery {
  readonly branch: string;
  readonly protection: DataProtection;
}

/**
 * Applies the defaults and throws a ValidationError listing every problem of the props (the
 * protection first, as every construct does); returns the branch and protection to use.
 */
export function checkDelivery(
  id: string,
  props: Omit<DeliveryCheckInput, "branch"> & { readonly branch?: string; readonly protection?: DataProtection },
  unresolved: (value: unknown) => boolean,
): CheckedDelivery {
  const branch = props.branch ?? "main";
  const protection = props.protection ?? GUARDED;
  checkProtection(protection, id);
  throwIfAny(deliveryProblems(id, { ...props, branch }, unresolved), `workload identity '${id}'`);
  return { branch, protection };
}
