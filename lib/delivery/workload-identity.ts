/**
 * Keyless deployment from GitHub Actions: a Workload Identity pool and OIDC provider that accept
 * tokens of one repository on one branch only, and the deployer service account those tokens may
 * impersonate. Optionally, a second, separate pool and a read-only planner account for
 * `cdktf diff` on pull requests.
 */
import { IamWorkloadIdentityPool } from "@cdktf/provider-google/lib/iam-workload-identity-pool";
import { IamWorkloadIdentityPoolProvider } from "@cdktf/provider-google/lib/iam-workload-identity-pool-provider";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import { SERVICE_ACCOUNT_ID } from "../catalog/naming";
import {
  branchProblem,
  deployerCondition,
  ENVIRONMENT_ALLOWED,
  GITHUB_ATTRIBUTE_MAPPING,
  GITHUB_OIDC_ISSUER,
  isGithubEnvironment,
  isGithubRepository,
  plannerCondition,
  REPOSITORY_ALLOWED,
} from "../config/delivery";
import { checkProtection, DataProtection, GUARDED, IGrantee, lifecycleOf, roleKey } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";
import { PRIMITIVE_ROLES, WorkloadServiceAccount } from "../identity/service-account";

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

export interface GithubWorkloadIdentityProps {
  /** Project that holds the pool and the service accounts, and that the deployer deploys into. */
  readonly projectId: string;
  /**
   * Prefix of the IDs: pool `<name>-github` (and `<name>-github-pr`), accounts `<name>-deployer`
   * (and `<name>-planner`). Pool IDs are 4-32 characters and, once deleted, cannot be reused for
   * 30 days.
   */
  readonly name: string;
  /** The one repository whose workflows may deploy: `owner/name`, exactly as GitHub spells it. */
  readonly repository: string;
  /**
   * The one branch whose workflows may deploy.
   * @default "main"
   */
  readonly branch?: string;
  /**
   * When set, only jobs that declare this GitHub environment (e.g. `prod`, with required
   * reviewers) may deploy.
   * @default - any job of the repository on the branch
   */
  readonly environment?: string;
  /**
   * Accounts the deployer must act as when it creates resources that run as them (Workbench
   * instances run as the workbench account). Each gets `roles/iam.serviceAccountUser` for the
   * deployer on that account only.
   * @default - none
   */
  readonly actAs?: readonly IActAsTarget[];
  /**
   * Project roles beyond DEPLOYER_PROJECT_ROLES, for capabilities added later (e.g.
   * `roles/pubsub.admin`). Primitive roles are refused.
   * @default - none
   */
  readonly extraDeployerRoles?: readonly string[];
  /**
   * Also create a separate pool, trusting pull requests of the repository into the branch, and a
   * read-only planner account for `cdktf diff`. A separate pool, because a binding on
   * `attribute.repository` applies to every provider of its pool.
   * @default false
   */
  readonly pullRequestPlans?: boolean;
  /**
   * Project roles beyond PLANNER_PROJECT_ROLES. Primitive roles are refused.
   * @default - none
   */
  readonly extraPlannerRoles?: readonly string[];
  /**
   * Deletion policy of the pools and providers. A deleted pool's ID cannot be reused for 30 days,
   * and deployments stop until the workflows' variables name a new one.
   * @default - guarded: prevent_destroy on
   */
  readonly protection?: DataProtection;
  /**
   * Resources created first: the IAM, Security Token Service and IAM Credentials APIs.
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

const literal = (v: unknown): v is string => typeof v === "string" && !Token.isUnresolved(v);

/**
 * Workload Identity Federation for GitHub Actions, restricted to one repository and one branch:
 * a pool, an OIDC provider whose attribute condition refuses every other token, and a deployer
 * service account that only principals of that repository in that pool may impersonate
 * (`roles/iam.workloadIdentityUser` on `principalSet://.../attribute.repository/<owner/repo>`).
 * No keys are created; workflows authenticate with `google-github-actions/auth`.
 */
export class GithubWorkloadIdentity extends Construct {
  /** The deployer's pool (escape hatch). */
  readonly pool: IamWorkloadIdentityPool;
  /** The deployer's OIDC provider (escape hatch). */
  readonly provider: IamWorkloadIdentityPoolProvider;
  /** The account `cdktf deploy` runs as. */
  readonly deployer: WorkloadServiceAccount;
  /** The read-only account `cdktf diff` runs as on pull requests, when `pullRequestPlans` is on. */
  readonly planner?: WorkloadServiceAccount;
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/github`: the workflows' `workload_identity_provider`. */
  readonly workloadIdentityProvider: string;
  /** The planner's `workload_identity_provider`, when `pullRequestPlans` is on. */
  readonly plannerWorkloadIdentityProvider?: string;
  /** The deployer provider's attribute condition. */
  readonly attributeCondition: string;

  constructor(scope: Construct, id: string, props: GithubWorkloadIdentityProps) {
    super(scope, id);
    const branch = props.branch ?? "main";
    const protection = props.protection ?? GUARDED;
    checkProtection(protection, id);
    throwIfAny(propsProblems(props, branch, id), `workload identity '${id}'`);

    this.attributeCondition = deployerCondition(props.repository, branch, props.environment);
    const trust = this.trust("Github", {
      projectId: props.projectId,
      poolId: `${props.name}-github`,
      providerId: "github",
      poolDescription: `GitHub Actions of ${props.repository} on ${branch}`,
      condition: this.attributeCondition,
      repository: props.repository,
      protection,
      dependsOn: props.dependsOn,
    });
    this.pool = trust.pool;
    this.provider = trust.provider;
    this.workloadIdentityProvider = trust.provider.name;

    this.deployer = this.account("deployer", props, "Deploys the environment from GitHub Actions (cdktf deploy)", trust.principalSet, [
      ...Object.keys(DEPLOYER_PROJECT_ROLES),
      ...(props.extraDeployerRoles ?? []),
    ]);
    for (const target of props.actAs ?? []) target.grantActAs(this.deployer);

    if (props.pullRequestPlans) {
      const pr = this.trust("PullRequests", {
        projectId: props.projectId,
        poolId: `${props.name}-github-pr`,
        providerId: "github-pr",
        poolDescription: `Pull requests of ${props.repository} into ${branch}`,
        condition: plannerCondition(props.repository, branch),
        repository: props.repository,
        protection,
        dependsOn: props.dependsOn,
      });
      this.plannerWorkloadIdentityProvider = pr.provider.name;
      this.planner = this.account("planner", props, "Plans changes for pull requests (cdktf diff), read-only", pr.principalSet, [
        ...Object.keys(PLANNER_PROJECT_ROLES),
        ...(props.extraPlannerRoles ?? []),
      ]);
    }
  }

  private trust(
    id: string,
    o: { projectId: string; poolId: string; providerId: string; poolDescription: string; condition: string; repository: string; protection: DataProtection; dependsOn?: ITerraformDependable[] },
  ) {
    const scope = new Construct(this, id);
    const pool = new IamWorkloadIdentityPool(scope, "Pool", {
      project: o.projectId,
      workloadIdentityPoolId: o.poolId,
      displayName: o.poolId.slice(0, 32),
      description: o.poolDescription.slice(0, 256),
      lifecycle: lifecycleOf(o.protection),
      dependsOn: o.dependsOn,
    });
    const provider = new IamWorkloadIdentityPoolProvider(scope, "Provider", {
      project: o.projectId,
      workloadIdentityPoolId: pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: o.providerId,
      displayName: "GitHub Actions",
      description: `Tokens of ${o.repository} only`.slice(0, 256),
      attributeMapping: { ...GITHUB_ATTRIBUTE_MAPPING },
      attributeCondition: o.condition,
      oidc: { issuerUri: GITHUB_OIDC_ISSUER },
      lifecycle: lifecycleOf(o.protection),
    });
    // Only identities of this one repository, through this pool, may impersonate the account.
    const principalSet = `principalSet://iam.googleapis.com/${pool.name}/attribute.repository/${o.repository}`;
    return { pool, provider, principalSet };
  }

  private account(key: "deployer" | "planner", props: GithubWorkloadIdentityProps, description: string, principalSet: string, roles: readonly string[]): WorkloadServiceAccount {
    const account = new WorkloadServiceAccount(this, key === "deployer" ? "Deployer" : "Planner", {
      projectId: props.projectId,
      accountId: `${props.name}-${key}`,
      grantKey: key,
      displayName: `${props.name} ${key}`,
      description: `${description} (managed by gcp-mlops-constructs)`,
      dependsOn: props.dependsOn,
    });
    new ServiceAccountIamMember(account, "github-iam-workloadIdentityUser", {
      serviceAccountId: account.resource.name,
      role: "roles/iam.workloadIdentityUser",
      member: principalSet,
    });
    for (const role of new Set(roles)) {
      new ProjectIamMember(account, `project-${roleKey(role)}`, { project: props.projectId, role, member: account.member });
    }
    return account;
  }
}

function propsProblems(props: GithubWorkloadIdentityProps, branch: string, id: string): Problem[] {
  const problems: Problem[] = [];
  if (literal(props.repository) && !isGithubRepository(props.repository)) {
    problems.push({ path: `${id}.repository`, message: `not a valid GitHub repository; allowed: ${REPOSITORY_ALLOWED}`, value: props.repository });
  }
  if (literal(branch)) {
    const problem = branchProblem(branch);
    if (problem) problems.push({ path: `${id}.branch`, message: problem, value: branch });
  }
  if (literal(props.environment) && !isGithubEnvironment(props.environment)) {
    problems.push({ path: `${id}.environment`, message: `not a valid GitHub environment name; allowed: ${ENVIRONMENT_ALLOWED}`, value: props.environment });
  }
  if (literal(props.name)) {
    const poolId = `${props.name}-github${props.pullRequestPlans ? "-pr" : ""}`;
    if (!/^[a-z0-9-]{4,32}$/.test(poolId) || poolId.startsWith("gcp-")) {
      problems.push({
        path: `${id}.name`,
        message: `gives the pool ID '${poolId}'; allowed: 4-32 lowercase letters, digits or hyphens, not starting with 'gcp-' (so name is at most ${props.pullRequestPlans ? 22 : 25} characters)`,
        value: props.name,
      });
    }
    for (const key of ["deployer", ...(props.pullRequestPlans ? ["planner"] : [])]) {
      const accountId = `${props.name}-${key}`;
      if (!SERVICE_ACCOUNT_ID.test(accountId)) {
        problems.push({ path: `${id}.name`, message: `gives the ${key} account ID '${accountId}', which is not a valid ${SERVICE_ACCOUNT_ID.subject}; allowed: ${SERVICE_ACCOUNT_ID.allowed}`, value: props.name });
      }
    }
  }
  const roleProblems = (field: string, roles: readonly string[] | undefined) =>
    (roles ?? []).forEach((role, i) => {
      if (!literal(role)) return;
      if (PRIMITIVE_ROLES.includes(role)) {
        problems.push({ path: `${id}.${field}[${i}]`, message: `primitive roles are never granted; allowed: a predefined or custom role that names the service, e.g. roles/pubsub.admin`, value: role });
      } else if (!/^(roles\/[A-Za-z0-9_.]+|projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/roles\/[A-Za-z0-9_.]+)$/.test(role)) {
        problems.push({ path: `${id}.${field}[${i}]`, message: "not a role name; allowed: roles/<service>.<role> or projects/<project>/roles/<custom role>", value: role });
      }
    });
  roleProblems("extraDeployerRoles", props.extraDeployerRoles);
  roleProblems("extraPlannerRoles", props.extraPlannerRoles);
  return problems;
}
