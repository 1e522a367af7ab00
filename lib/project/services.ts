import { ProjectService } from "../../provider/google/project-service";
import { Construct } from "../cdktn";
import { checkServiceName, PROJECT_SERVICE_SETTINGS } from "./checks";

export interface ProjectServicesProps {
  readonly projectId: string;
  /**
   * APIs to enable up front, in addition to those capabilities ask for with `enable()`.
   * @default - none
   */
  readonly apis?: readonly string[];
}

/**
 * The project services (APIs) an environment needs. Capabilities call `enable(api)` and make
 * their resources depend on the returned resource, so APIs are on before anything uses them.
 *
 * APIs stay enabled when the environment is destroyed (`disable_on_destroy = false`): turning
 * an API off can break resources outside this stack that share the project.
 */
export class ProjectServices extends Construct {
  private readonly projectId: string;
  private readonly enabled = new Map<string, ProjectService>();

  constructor(scope: Construct, id: string, props: ProjectServicesProps) {
    super(scope, id);
    this.projectId = props.projectId;
    for (const api of props.apis ?? []) this.enable(api);
  }

  /** Enables `api` (idempotent) and returns the resource to depend on. */
  enable(api: string): ProjectService {
    checkServiceName(api);
    let svc = this.enabled.get(api);
    if (!svc) {
      svc = new ProjectService(this, api, {
        project: this.projectId,
        service: api,
        ...PROJECT_SERVICE_SETTINGS,
      });
      this.enabled.set(api, svc);
    }
    return svc;
  }

  /** Enables every API in the list and returns their resources. */
  enableAll(apis: readonly string[]): ProjectService[] {
    return apis.map((api) => this.enable(api));
  }

  /** The APIs enabled so far, sorted. */
  get apis(): string[] {
    return [...this.enabled.keys()].sort();
  }
}
