/**
 * What the Pulumi components share: their type tokens, placement and deletion props, resource
 * options for deletion guards, and once-only grants.
 */
import * as pulumi from "@pulumi/pulumi";
import type { DataProtection, IGrantee } from "../core/common";
import { roleKey } from "../core/common";

/**
 * Type tokens of the components. They are part of every URN below them, so they are public API:
 * renaming one replaces the resources under it (unless an alias is added).
 */
export const COMPONENT_TYPES = {
  environment: "mlops:index:MlopsEnvironment",
  services: "mlops:index:ProjectServices",
  network: "mlops:index:MlopsNetwork",
  encryption: "mlops:index:Encryption",
  identity: "mlops:index:Identity",
  serviceAccount: "mlops:index:WorkloadServiceAccount",
  dataLake: "mlops:index:DataLake",
  bucket: "mlops:index:MlopsBucket",
  warehouse: "mlops:index:Warehouse",
  dataset: "mlops:index:MlopsDataset",
  repository: "mlops:index:ArtifactRepository",
  workbench: "mlops:index:WorkbenchFleet",
  auditLogs: "mlops:index:DataAccessAuditLogs",
  perimeter: "mlops:index:ServicePerimeter",
} as const;

/** Placement, labels and deletion policy shared by the components (the Pulumi twin of CommonProps). */
export interface CommonArgs {
  /** Project that owns the resources. */
  readonly projectId: string;
  /** Region of regional resources. */
  readonly region: string;
  /**
   * Labels for every resource that takes labels; the component adds `component`.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Deletion policy for stateful resources.
   * @default - guarded: `protect` on, contents never deleted with the resource
   */
  readonly protection?: DataProtection;
  /**
   * Resources created first, typically the project services (APIs) these resources need, and
   * with CMEK the grants of the key they use.
   * @default - none
   */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * Resource options of a stateful resource: `protect` is Pulumi's `prevent_destroy` (a deletion or
 * replacement fails until `pulumi state unprotect`). Left unset otherwise, so `protect` given to
 * a parent component still applies.
 */
export function guardOptions(p: DataProtection): pulumi.CustomResourceOptions {
  return p.preventDestroy ? { protect: true } : {};
}

/**
 * Options of resources that must outlive the program: protected, and should the guard be lifted
 * and the resource dropped from the program, left in the project rather than deleted (what
 * `terraform state rm` does on the cdktf side). Used for keys and key rings, in every tier.
 */
export const KEEP_FOREVER: pulumi.CustomResourceOptions = { protect: true, retainOnDelete: true };

/** Child resource names: `<parent name>-<key>`. */
export function childName(parent: string, key: string): string {
  return `${parent}-${key}`;
}

/**
 * Grants made once per (grantee, role): a second grant of the same role returns the first. The
 * resource name is `<owner name>-<grantKey>-<role tail>`, stable across runs.
 */
export class GrantRegistry<T> {
  private readonly made = new Map<string, T>();

  constructor(private readonly ownerName: string) {}

  once(grantee: IGrantee, role: string, make: (name: string) => T): T {
    const key = `${grantee.grantKey}-${roleKey(role)}`;
    let grant = this.made.get(key);
    if (!grant) {
      grant = make(childName(this.ownerName, key));
      this.made.set(key, grant);
    }
    return grant;
  }
}
