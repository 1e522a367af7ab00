import { ProjectIamMember } from "../../provider/google/project-iam-member";
import { ServiceAccount } from "../../provider/google/service-account";
import { ServiceAccountIamMember } from "../../provider/google/service-account-iam-member";
import type { ITerraformDependable } from "../cdktn";
import { Construct } from "../cdktn";
import { grantOnce, IGrantee } from "../core/common";
import { assertNotPrimitive, checkServiceAccount } from "./checks";

export { PRIMITIVE_ROLES } from "./checks";

export interface WorkloadServiceAccountProps {
  readonly projectId: string;
  /** Account ID, the part of the email before `@` (6–30 characters). */
  readonly accountId: string;
  /** Short stable key used in the construct ids of grants to this account, e.g. `pipelines`. */
  readonly grantKey: string;
  readonly displayName: string;
  readonly description?: string;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A service account for one workload (workbench, pipelines, serving). It never gets a key, and
 * project-level roles only through the intent-named methods below; access to buckets, datasets
 * and repositories is granted on those resources (`bucket.grantRead(account)`).
 */
export class WorkloadServiceAccount extends Construct implements IGrantee {
  readonly resource: ServiceAccount;
  readonly projectId: string;
  /** `<accountId>@<project>.iam.gserviceaccount.com` (known at synth time). */
  readonly email: string;
  /** `serviceAccount:<email>` */
  readonly member: string;
  readonly grantKey: string;

  constructor(scope: Construct, id: string, props: WorkloadServiceAccountProps) {
    super(scope, id);
    checkServiceAccount(id, props);
    this.projectId = props.projectId;
    this.grantKey = props.grantKey;
    this.resource = new ServiceAccount(this, "Resource", {
      project: props.projectId,
      accountId: props.accountId,
      displayName: props.displayName,
      description: props.description,
      dependsOn: props.dependsOn,
    });
    this.email = `${props.accountId}@${props.projectId}.iam.gserviceaccount.com`;
    this.member = `serviceAccount:${this.email}`;
  }

  /** Create and run Vertex AI jobs, pipelines, endpoints and experiments (roles/aiplatform.user). */
  allowVertexAi(): ProjectIamMember {
    return this.projectRole("roles/aiplatform.user");
  }

  /** Run BigQuery query and load jobs in the project; data access is granted per dataset (roles/bigquery.jobUser). */
  allowBigQueryJobs(): ProjectIamMember {
    return this.projectRole("roles/bigquery.jobUser");
  }

  /** Write logs and metrics (roles/logging.logWriter, roles/monitoring.metricWriter). */
  allowTelemetry(): ProjectIamMember[] {
    return [this.projectRole("roles/logging.logWriter"), this.projectRole("roles/monitoring.metricWriter")];
  }

  /**
   * Let `grantee` run workloads as this account (roles/iam.serviceAccountUser on this account
   * only, never on the project).
   */
  grantActAs(grantee: IGrantee): ServiceAccountIamMember {
    return grantOnce(this, grantee, "roles/iam.serviceAccountUser", (id) =>
      new ServiceAccountIamMember(this, id, {
        serviceAccountId: this.resource.name,
        role: "roles/iam.serviceAccountUser",
        member: grantee.member,
      }),
    );
  }

  private projectRole(role: string): ProjectIamMember {
    assertNotPrimitive(this.node.path, role);
    return grantOnce(this, { member: this.member, grantKey: "project" }, role, (id) =>
      new ProjectIamMember(this, id, { project: this.projectId, role, member: this.member }),
    );
  }
}
