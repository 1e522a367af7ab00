import { ProjectIamAuditConfig } from "../../provider/google/project-iam-audit-config";
import type { ITerraformDependable } from "../cdktn";
import { Construct } from "../cdktn";
import { AUDIT_LOG_TYPES, AUDITED_SERVICES } from "./checks";

export { AUDITED_SERVICES } from "./checks";

export interface DataAccessAuditLogsProps {
  readonly projectId: string;
  /** @default AUDITED_SERVICES */
  readonly services?: readonly string[];
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) for each service: who read or
 * changed which model, dataset or object. Additive per service (`google_project_iam_audit_config`),
 * so audit settings for other services in the project are left alone. Data Access logs are billed
 * by volume; the tier preset turns them on in preprod and prod.
 */
export class DataAccessAuditLogs extends Construct {
  readonly configs: ProjectIamAuditConfig[];

  constructor(scope: Construct, id: string, props: DataAccessAuditLogsProps) {
    super(scope, id);
    this.configs = (props.services ?? AUDITED_SERVICES).map(
      (service) =>
        new ProjectIamAuditConfig(this, service, {
          project: props.projectId,
          service,
          auditLogConfig: AUDIT_LOG_TYPES.map((logType) => ({ logType })),
          dependsOn: props.dependsOn,
        }),
    );
  }
}
