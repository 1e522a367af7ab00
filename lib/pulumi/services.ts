import * as pulumi from "@pulumi/pulumi";
import * as projects from "@pulumi/gcp/projects";
import { checkServiceName, PROJECT_SERVICE_SETTINGS } from "../project/checks";
import { childName, COMPONENT_TYPES } from "./common";

export interface ProjectServicesArgs {
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
 * APIs stay enabled when the environment is destroyed (`disableOnDestroy: false`): turning an
 * API off can break resources outside this stack that share the project.
 */
export class ProjectServices extends pulumi.ComponentResource {
  private readonly baseName: string;
  private readonly projectId: string;
  private readonly enabled = new Map<string, projects.Service>();

  constructor(name: string, args: ProjectServicesArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.services, name, {}, opts);
    this.baseName = name;
    this.projectId = args.projectId;
    for (const api of args.apis ?? []) this.enable(api);
    this.registerOutputs({});
  }

  /** Enables `api` (idempotent) and returns the resource to depend on. */
  enable(api: string): projects.Service {
    checkServiceName(api);
    let svc = this.enabled.get(api);
    if (!svc) {
      svc = new projects.Service(
        childName(this.baseName, api),
        { project: this.projectId, service: api, ...PROJECT_SERVICE_SETTINGS },
        { parent: this },
      );
      this.enabled.set(api, svc);
    }
    return svc;
  }

  /** Enables every API in the list and returns their resources. */
  enableAll(apis: readonly string[]): projects.Service[] {
    return apis.map((api) => this.enable(api));
  }

  /** The APIs enabled so far, sorted. */
  get apis(): string[] {
    return [...this.enabled.keys()].sort();
  }
}
