/**
 * What every construct of the library takes and shares: where resources go, their labels, how
 * they are protected from deletion, and who can be granted access.
 */
import type { ITerraformDependable, TerraformResourceLifecycle } from "../cdktn";
import { LABEL_VALUE, toLabelValue } from "../catalog/naming";
import { Problem, throwIfAny } from "./errors";

/** Placement, labels and deletion policy shared by the library's constructs. */
export interface CommonProps {
  /** Project that owns the resources. */
  readonly projectId: string;
  /** Region of regional resources. */
  readonly region: string;
  /**
   * Labels for every resource that takes labels; the construct adds `component`.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Deletion policy for stateful resources.
   * @default - guarded: prevent_destroy on, contents never deleted with the resource
   */
  readonly protection?: DataProtection;
  /**
   * Resources created first, typically the project services (APIs) these resources need.
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/** How stateful resources may be deleted. */
export interface DataProtection {
  /** Terraform refuses to plan the resource's destruction (`lifecycle.prevent_destroy`). */
  readonly preventDestroy: boolean;
  /** Destroying the resource also deletes its contents (objects, tables). Must be false when preventDestroy is true. */
  readonly allowDataTeardown: boolean;
}

export const GUARDED: DataProtection = { preventDestroy: true, allowDataTeardown: false };

export function checkProtection(p: DataProtection, where: string): void {
  throwIfAny(
    p.preventDestroy && p.allowDataTeardown
      ? [{ path: `${where}.protection`, message: "allowDataTeardown cannot be combined with preventDestroy; a guarded resource never deletes its contents" }]
      : [],
  );
}

export function lifecycleOf(p: DataProtection): TerraformResourceLifecycle | undefined {
  return p.preventDestroy ? { preventDestroy: true } : undefined;
}

/**
 * The provider-enforced guard beside `prevent_destroy` (google provider >= 7.33): with
 * `deletion_policy = "PREVENT"` in the state, the provider refuses to delete the resource, also
 * when its configuration has been removed (a model or member taken out of the YAML) or when a
 * change would replace it, which `prevent_destroy` cannot catch. Unset (the provider's default,
 * `DELETE`) where the resource is not guarded.
 */
export function deletionPolicyOf(p: DataProtection): "PREVENT" | undefined {
  return p.preventDestroy ? "PREVENT" : undefined;
}

/** Labels of one component: the shared labels plus `component`. */
export function componentLabels(labels: Readonly<Record<string, string>> | undefined, component: string): Record<string, string> {
  return { ...(labels ?? {}), component: toLabelValue(component) };
}

/** Validates label values given to a construct directly (the YAML schema already checks its own). */
export function labelProblems(labels: Readonly<Record<string, string>> | undefined, where: string): Problem[] {
  return Object.entries(labels ?? {})
    .filter(([, v]) => !LABEL_VALUE.test(v))
    .map(([k, v]) => ({ path: `${where}.labels.${k}`, message: `not a valid label value; allowed: ${LABEL_VALUE.allowed}`, value: v }));
}

/**
 * A principal that can be granted access: a service account, a user or a group.
 * `key` names the principal in construct ids, so it must be stable and unique among grantees.
 */
export interface IGrantee {
  /** IAM member string, e.g. `serviceAccount:x@p.iam.gserviceaccount.com`, `user:a@b.com`. */
  readonly member: string;
  /** Stable short key for construct ids, e.g. `pipelines`. */
  readonly grantKey: string;
}

/** A grantee for a user or group given by email. */
export function principal(kind: "user" | "group", email: string): IGrantee {
  return { member: `${kind}:${email}`, grantKey: `${kind}-${email.toLowerCase()}` };
}

/** The short, readable tail of a role, for construct ids: roles/storage.objectViewer → storage-objectViewer. */
export function roleKey(role: string): string {
  return role.replace(/^roles\//, "").replace(/\./g, "-");
}

/**
 * Creates the IAM member for (grantee, role) under `scope` once; a second grant of the same role
 * returns the first. The construct id is `<grantKey>-<role>`, stable across runs.
 */
export function grantOnce<T>(scope: { node: { tryFindChild(id: string): unknown } }, grantee: IGrantee, role: string, make: (id: string) => T): T {
  const id = `${grantee.grantKey}-${roleKey(role)}`;
  return (scope.node.tryFindChild(id) as T | undefined) ?? make(id);
}

/**
 * The construct id of a key from the YAML (a model, pool, pipeline, feature group, feature or view
 * name). The constructs library keeps a node's children in a plain object, so a key that names a
 * property of `Object.prototype` (`constructor`, `__proto__`, ...) cannot be an id as it is: it gets
 * the suffix `~key`, which no YAML name can contain. Every other key is its own id, so no existing
 * Terraform address changes.
 */
export function keyId(key: string): string {
  return key in Object.prototype ? `${key}~key` : key;
}

/**
 * An empty record for values keyed by names from the YAML: it has no prototype, so a key such as
 * `constructor` or `__proto__` is a key like any other, never an inherited property.
 */
export function keyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
