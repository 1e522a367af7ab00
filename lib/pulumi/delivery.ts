/**
 * Keyless deployment from GitHub Actions for Pulumi: the twin of the cdktf `GithubWorkloadIdentity`
 * construct, from the same plan, roles and checks (lib/delivery/checks.ts, which loads neither
 * engine).
 */
import * as pulumi from "@pulumi/pulumi";
import * as iam from "@pulumi/gcp/iam";
import * as projects from "@pulumi/gcp/projects";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import { GITHUB_ATTRIBUTE_MAPPING, GITHUB_OIDC_ISSUER } from "../config/delivery";
import { DataProtection, roleKey, deletionPolicyOf } from "../core/common";
import { checkDelivery, DeliveryAccountPlan, deliveryPlan, IActAsTarget, repositoryPrincipalSet, TrustPlan, WORKLOAD_IDENTITY_USER_ROLE } from "../delivery/checks";
import { notPlain } from "./checks";
import { childName, guardOptions } from "./common";
import { WorkloadServiceAccount } from "./identity";

/**
 * Type token of the delivery component. Part of every URN below it: renaming it replaces the
 * resources under it (unless an alias is added).
 */
export const DELIVERY_COMPONENT_TYPE = "mlops:index:GithubWorkloadIdentity";

export interface GithubWorkloadIdentityArgs {
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
   * read-only planner account for previews on pull requests. A separate pool, because a binding
   * on `attribute.repository` applies to every provider of its pool.
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
   * @default - guarded: `protect` on
   */
  readonly protection?: DataProtection;
  /**
   * Resources created first: the IAM, Security Token Service and IAM Credentials APIs.
   * @default - none
   */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * Workload Identity Federation for GitHub Actions, restricted to one repository and one branch:
 * a pool, an OIDC provider whose attribute condition refuses every other token, and a deployer
 * service account that only principals of that repository in that pool may impersonate
 * (`roles/iam.workloadIdentityUser` on `principalSet://.../attribute.repository/<owner/repo>`).
 * No keys are created; workflows authenticate with `google-github-actions/auth`.
 *
 * Names: pool and provider `<name>-github-pool`, `<name>-github-provider` (`<name>-pull-requests-*`
 * for the planner's), accounts `<name>-deployer` and `<name>-planner`, their bindings
 * `<account>-github-iam-workloadIdentityUser` and `<account>-project-<role>`.
 */
export class GithubWorkloadIdentity extends pulumi.ComponentResource {
  /** The deployer's pool (escape hatch). */
  readonly pool: iam.WorkloadIdentityPool;
  /** The deployer's OIDC provider (escape hatch). */
  readonly provider: iam.WorkloadIdentityPoolProvider;
  /** The account deployments run as. */
  readonly deployer: WorkloadServiceAccount;
  /** The read-only account previews on pull requests run as, when `pullRequestPlans` is on. */
  readonly planner?: WorkloadServiceAccount;
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/github`: the workflows' `workload_identity_provider`. */
  readonly workloadIdentityProvider: pulumi.Output<string>;
  /** The planner's `workload_identity_provider`, when `pullRequestPlans` is on. */
  readonly plannerWorkloadIdentityProvider?: pulumi.Output<string>;
  /** The deployer provider's attribute condition. */
  readonly attributeCondition: string;

  constructor(name: string, args: GithubWorkloadIdentityArgs, opts?: pulumi.ComponentResourceOptions) {
    const { branch, protection } = checkDelivery(name, args, notPlain);
    super(DELIVERY_COMPONENT_TYPE, name, {}, opts);

    const [deployer, planner] = deliveryPlan({ ...args, branch });
    this.attributeCondition = deployer.trust.condition;
    const trust = this.trust(name, deployer.trust, args, protection);
    this.pool = trust.pool;
    this.provider = trust.provider;
    this.workloadIdentityProvider = trust.provider.name;

    this.deployer = this.account(name, deployer, args, trust.principalSet);
    for (const target of args.actAs ?? []) target.grantActAs(this.deployer);

    if (planner) {
      const pr = this.trust(name, planner.trust, args, protection);
      this.plannerWorkloadIdentityProvider = pr.provider.name;
      this.planner = this.account(name, planner, args, pr.principalSet);
    }
    this.registerOutputs({ workloadIdentityProvider: this.workloadIdentityProvider, deployer: this.deployer.email });
  }

  private trust(name: string, t: TrustPlan, args: GithubWorkloadIdentityArgs, protection: DataProtection) {
    const base = childName(name, t.key === "Github" ? "github" : "pull-requests");
    const pool = new iam.WorkloadIdentityPool(
      childName(base, "pool"),
      { project: args.projectId, workloadIdentityPoolId: t.poolId, displayName: t.poolDisplayName, description: t.poolDescription, deletionPolicy: deletionPolicyOf(protection) },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])], ...guardOptions(protection) },
    );
    const provider = new iam.WorkloadIdentityPoolProvider(
      childName(base, "provider"),
      {
        project: args.projectId,
        workloadIdentityPoolId: pool.workloadIdentityPoolId,
        workloadIdentityPoolProviderId: t.providerId,
        displayName: t.providerDisplayName,
        description: t.providerDescription,
        attributeMapping: { ...GITHUB_ATTRIBUTE_MAPPING },
        attributeCondition: t.condition,
        oidc: { issuerUri: GITHUB_OIDC_ISSUER },
        deletionPolicy: deletionPolicyOf(protection),
      },
      { parent: this, ...guardOptions(protection) },
    );
    return { pool, provider, principalSet: pool.name.apply((poolName) => repositoryPrincipalSet(poolName, args.repository)) };
  }

  private account(name: string, plan: DeliveryAccountPlan, args: GithubWorkloadIdentityArgs, principalSet: pulumi.Output<string>): WorkloadServiceAccount {
    const accountName = childName(name, plan.key);
    const account = new WorkloadServiceAccount(
      accountName,
      {
        projectId: args.projectId,
        accountId: plan.accountId,
        grantKey: plan.key,
        displayName: plan.displayName,
        description: plan.description,
        dependsOn: args.dependsOn,
      },
      { parent: this },
    );
    new serviceaccount.IAMMember(
      childName(accountName, `github-${roleKey(WORKLOAD_IDENTITY_USER_ROLE)}`),
      { serviceAccountId: account.resource.name, role: WORKLOAD_IDENTITY_USER_ROLE, member: principalSet },
      { parent: account },
    );
    for (const role of plan.roles) {
      new projects.IAMMember(childName(accountName, `project-${roleKey(role)}`), { project: args.projectId, role, member: account.member }, { parent: account });
    }
    return account;
  }
}
