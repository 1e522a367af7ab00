/**
 * Keyless deployment from GitHub Actions: a Workload Identity pool and OIDC provider that accept
 * tokens of one repository on one branch only, and the deployer service account those tokens may
 * impersonate. Optionally, a second, separate pool and a read-only planner account for
 * `cdktf diff` on pull requests.
 */
import { IamWorkloadIdentityPool } from "../../provider/google/iam-workload-identity-pool";
import { IamWorkloadIdentityPoolProvider } from "../../provider/google/iam-workload-identity-pool-provider";
import { ProjectIamMember } from "../../provider/google/project-iam-member";
import { ServiceAccountIamMember } from "../../provider/google/service-account-iam-member";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { GITHUB_ATTRIBUTE_MAPPING, GITHUB_OIDC_ISSUER } from "../config/delivery";
import { DataProtection, deletionPolicyOf, lifecycleOf, roleKey } from "../core/common";
import { WorkloadServiceAccount } from "../identity/service-account";
import { checkDelivery, DeliveryAccountPlan, deliveryPlan, IActAsTarget, repositoryPrincipalSet, TrustPlan, WORKLOAD_IDENTITY_USER_ROLE } from "./checks";

export { DEPLOYER_PROJECT_ROLES, PLANNER_PROJECT_ROLES } from "./checks";
export type { IActAsTarget } from "./checks";

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
    const { branch, protection } = checkDelivery(id, props, Token.isUnresolved);

    const [deployer, planner] = deliveryPlan({ ...props, branch });
    this.attributeCondition = deployer.trust.condition;
    const trust = this.trust(deployer.trust, props, protection);
    this.pool = trust.pool;
    this.provider = trust.provider;
    this.workloadIdentityProvider = trust.provider.name;

    this.deployer = this.account(deployer, props, trust.principalSet);
    for (const target of props.actAs ?? []) target.grantActAs(this.deployer);

    if (planner) {
      const pr = this.trust(planner.trust, props, protection);
      this.plannerWorkloadIdentityProvider = pr.provider.name;
      this.planner = this.account(planner, props, pr.principalSet);
    }
  }

  private trust(t: TrustPlan, props: GithubWorkloadIdentityProps, protection: DataProtection) {
    const scope = new Construct(this, t.key);
    const pool = new IamWorkloadIdentityPool(scope, "Pool", {
      project: props.projectId,
      workloadIdentityPoolId: t.poolId,
      displayName: t.poolDisplayName,
      description: t.poolDescription,
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
      dependsOn: props.dependsOn,
    });
    const provider = new IamWorkloadIdentityPoolProvider(scope, "Provider", {
      project: props.projectId,
      workloadIdentityPoolId: pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: t.providerId,
      displayName: t.providerDisplayName,
      description: t.providerDescription,
      attributeMapping: { ...GITHUB_ATTRIBUTE_MAPPING },
      attributeCondition: t.condition,
      oidc: { issuerUri: GITHUB_OIDC_ISSUER },
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
    });
    return { pool, provider, principalSet: repositoryPrincipalSet(pool.name, props.repository) };
  }

  private account(plan: DeliveryAccountPlan, props: GithubWorkloadIdentityProps, principalSet: string): WorkloadServiceAccount {
    const account = new WorkloadServiceAccount(this, plan.key === "deployer" ? "Deployer" : "Planner", {
      projectId: props.projectId,
      accountId: plan.accountId,
      grantKey: plan.key,
      displayName: plan.displayName,
      description: plan.description,
      dependsOn: props.dependsOn,
    });
    new ServiceAccountIamMember(account, `github-${roleKey(WORKLOAD_IDENTITY_USER_ROLE)}`, {
      serviceAccountId: account.resource.name,
      role: WORKLOAD_IDENTITY_USER_ROLE,
      member: principalSet,
    });
    for (const role of plan.roles) {
      new ProjectIamMember(account, `project-${roleKey(role)}`, { project: props.projectId, role, member: account.member });
    }
    return account;
  }
}
