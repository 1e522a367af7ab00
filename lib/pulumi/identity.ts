import * as pulumi from "@pulumi/pulumi";
import * as projects from "@pulumi/gcp/projects";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import { IGrantee } from "../core/common";
import { assertNotPrimitive, AUDIT_LOG_TYPES, AUDITED_SERVICES, checkServiceAccount, Workload, WORKLOAD_KEYS, workloadAccount } from "../identity/checks";
import { childName, COMPONENT_TYPES, GrantRegistry } from "./common";

export interface WorkloadServiceAccountArgs {
  readonly projectId: string;
  /** Account ID, the part of the email before `@` (6–30 characters). */
  readonly accountId: string;
  /** Short stable key used in the names of grants to this account, e.g. `pipelines`. */
  readonly grantKey: string;
  readonly displayName: string;
  /** @default - none */
  readonly description?: string;
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * A service account for one workload (workbench, pipelines, serving). It never gets a key, and
 * project-level roles only through the intent-named methods below; access to buckets, datasets
 * and repositories is granted on those resources (`bucket.grantRead(account)`).
 */
export class WorkloadServiceAccount extends pulumi.ComponentResource implements IGrantee {
  /** The provider resource (escape hatch). */
  readonly resource: serviceaccount.Account;
  readonly projectId: string;
  /** `<accountId>@<project>.iam.gserviceaccount.com` (known before deployment). */
  readonly email: string;
  /** `serviceAccount:<email>` */
  readonly member: string;
  readonly grantKey: string;
  private readonly grants: GrantRegistry<serviceaccount.IAMMember>;
  private readonly projectRoles: GrantRegistry<projects.IAMMember>;
  private readonly baseName: string;

  constructor(name: string, args: WorkloadServiceAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    checkServiceAccount(name, args);
    super(COMPONENT_TYPES.serviceAccount, name, {}, opts);
    this.baseName = name;
    this.grants = new GrantRegistry(name);
    this.projectRoles = new GrantRegistry(name);
    this.projectId = args.projectId;
    this.grantKey = args.grantKey;
    this.resource = new serviceaccount.Account(
      name,
      { project: args.projectId, accountId: args.accountId, displayName: args.displayName, description: args.description },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])] },
    );
    this.email = `${args.accountId}@${args.projectId}.iam.gserviceaccount.com`;
    this.member = `serviceAccount:${this.email}`;
    this.registerOutputs({ email: this.email });
  }

  /** Create and run Vertex AI jobs, pipelines, endpoints and experiments (roles/aiplatform.user). */
  allowVertexAi(): projects.IAMMember {
    return this.projectRole("roles/aiplatform.user");
  }

  /** Run BigQuery query and load jobs in the project; data access is granted per dataset (roles/bigquery.jobUser). */
  allowBigQueryJobs(): projects.IAMMember {
    return this.projectRole("roles/bigquery.jobUser");
  }

  /** Write logs and metrics (roles/logging.logWriter, roles/monitoring.metricWriter). */
  allowTelemetry(): projects.IAMMember[] {
    return [this.projectRole("roles/logging.logWriter"), this.projectRole("roles/monitoring.metricWriter")];
  }

  /**
   * Let `grantee` run workloads as this account (roles/iam.serviceAccountUser on this account
   * only, never on the project).
   */
  grantActAs(grantee: IGrantee): serviceaccount.IAMMember {
    const role = "roles/iam.serviceAccountUser";
    return this.grants.once(grantee, role, (name) => new serviceaccount.IAMMember(name, { serviceAccountId: this.resource.name, role, member: grantee.member }, { parent: this }));
  }

  private projectRole(role: string): projects.IAMMember {
    assertNotPrimitive(this.baseName, role);
    return this.projectRoles.once({ member: this.member, grantKey: "project" }, role, (name) =>
      new projects.IAMMember(name, { project: this.projectId, role, member: this.member }, { parent: this }),
    );
  }
}

export interface IdentityArgs {
  readonly projectId: string;
  /** Account IDs are `<accountPrefix>-<workload>`. */
  readonly accountPrefix: string;
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/** One service account per workload; none gets a key or a primitive role. */
export class Identity extends pulumi.ComponentResource {
  readonly accounts: Readonly<Record<Workload, WorkloadServiceAccount>>;

  constructor(name: string, args: IdentityArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.identity, name, {}, opts);
    const accounts = {} as Record<Workload, WorkloadServiceAccount>;
    for (const workload of WORKLOAD_KEYS) {
      accounts[workload] = new WorkloadServiceAccount(
        childName(name, workload),
        { projectId: args.projectId, ...workloadAccount(args.accountPrefix, workload), dependsOn: args.dependsOn },
        { parent: this },
      );
    }
    this.accounts = accounts;
    this.registerOutputs({});
  }
}

export interface DataAccessAuditLogsArgs {
  readonly projectId: string;
  /** @default AUDITED_SERVICES */
  readonly services?: readonly string[];
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) for each service: who read or
 * changed which model, dataset or object. Additive per service, so audit settings for other
 * services in the project are left alone. Data Access logs are billed by volume; the tier
 * preset turns them on in preprod and prod.
 */
export class DataAccessAuditLogs extends pulumi.ComponentResource {
  readonly configs: projects.IAMAuditConfig[];

  constructor(name: string, args: DataAccessAuditLogsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.auditLogs, name, {}, opts);
    this.configs = (args.services ?? AUDITED_SERVICES).map(
      (service) =>
        new projects.IAMAuditConfig(
          childName(name, service),
          { project: args.projectId, service, auditLogConfigs: AUDIT_LOG_TYPES.map((logType) => ({ logType })) },
          { parent: this, dependsOn: [...(args.dependsOn ?? [])] },
        ),
    );
    this.registerOutputs({});
  }
}
