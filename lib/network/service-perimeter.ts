import { AccessContextManagerServicePerimeter } from "../../provider/google/access-context-manager-service-perimeter";
import { DataGoogleProject } from "../../provider/google/data-google-project";
import type { ITerraformDependable } from "../cdktn";
import { Construct } from "../cdktn";
import { checkPerimeter } from "./checks";

export interface ServicePerimeterProps {
  readonly projectId: string;
  /** Numeric ID of the organization's access policy. */
  readonly accessPolicy: string;
  /** Perimeter name: letters, digits and '_' (1-50), starting with a letter. */
  readonly perimeterName: string;
  /** Services whose APIs only callers inside the perimeter can reach. */
  readonly restrictedServices: readonly string[];
  /**
   * `dry-run` records what the perimeter would block (in the audit logs) without blocking it;
   * `enforced` blocks. Start in dry-run: an enforced perimeter also blocks the deploying
   * identity unless an access level lets it in.
   * @default "dry-run"
   */
  readonly mode?: "dry-run" | "enforced";
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A VPC Service Controls perimeter around the environment's project, restricting the ML services
 * and limiting the VPC to the restricted services. Needs an organization access policy and the
 * Access Context Manager admin role for the deploying identity.
 */
export class ServicePerimeter extends Construct {
  readonly resource: AccessContextManagerServicePerimeter;

  constructor(scope: Construct, id: string, props: ServicePerimeterProps) {
    super(scope, id);
    const { dryRun } = checkPerimeter(id, props);
    const project = new DataGoogleProject(this, "Project", { projectId: props.projectId });
    const config = {
      resources: [`projects/${project.number}`],
      restrictedServices: [...props.restrictedServices],
      vpcAccessibleServices: { enableRestriction: true, allowedServices: ["RESTRICTED-SERVICES"] },
    };
    this.resource = new AccessContextManagerServicePerimeter(this, "Resource", {
      parent: `accessPolicies/${props.accessPolicy}`,
      name: `accessPolicies/${props.accessPolicy}/servicePerimeters/${props.perimeterName}`,
      title: props.perimeterName,
      description: `MLOps environment perimeter for ${props.projectId} (managed by gcp-mlops-constructs)`,
      perimeterType: "PERIMETER_TYPE_REGULAR",
      useExplicitDryRunSpec: dryRun,
      spec: dryRun ? config : undefined,
      status: dryRun ? undefined : config,
      dependsOn: props.dependsOn,
    });
  }
}
