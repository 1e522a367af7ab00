/**
 * What changes between two synthesized stacks: resources added, removed and changed (with each
 * changed attribute, before and after), and a warning for every stateful resource that would be
 * destroyed or replaced. Pure functions over two StackModels.
 */
import { isExpression, MovedBlock, referencesIn, ResourceEntry, StackModel, valueAt } from "./model";
import { isForceNew, STATEFUL_TYPES } from "./stateful";
import { own } from "../core/lookup";

/** One changed attribute. `path` is dotted, with `[i]` for list elements. */
export interface AttributeChange {
  readonly path: string;
  /** undefined when the attribute is new. */
  readonly before: unknown;
  /** undefined when the attribute was removed. */
  readonly after: unknown;
  /** Changing it replaces the resource (known for the types in STATEFUL_TYPES only). */
  readonly forceNew: boolean;
  /** Set when the value is unchanged but refers to a resource that is replaced (so its value will change). */
  readonly via?: string;
}

export interface ChangedResource {
  readonly before: ResourceEntry;
  readonly after: ResourceEntry;
  readonly changes: readonly AttributeChange[];
  /** A ForceNew attribute changed: Terraform destroys and recreates the resource. */
  readonly replaced: boolean;
}

export type WarningKind =
  /** Removed from the configuration: Terraform destroys it (prevent_destroy does not protect a removed block). */
  | "destroyed"
  /** A ForceNew attribute changed: destroyed, then created again. */
  | "replaced"
  /** The same real resource under a new address without a `moved` block: destroyed at the old address, created at the new. */
  | "address-changed"
  /** `lifecycle.prevent_destroy` was on and is now off. */
  | "protection-lifted";

export interface StatefulWarning {
  readonly kind: WarningKind;
  /** Address in the base (for `destroyed`, `replaced`, `address-changed`) or the head. */
  readonly address: string;
  readonly type: string;
  readonly path: string;
  /** STATEFUL_TYPES label, e.g. "Cloud Storage bucket". */
  readonly label: string;
  /** The resource's name (its identity attributes), e.g. `acme-data`. */
  readonly name?: string;
  /** The new address, for `address-changed`. */
  readonly newAddress?: string;
  /** The ForceNew attributes that changed, for `replaced`. */
  readonly attributes?: readonly AttributeChange[];
  /**
   * For `destroyed`: an added resource of the same type whose construct path differs in one segment
   * only, so the change looks like a rename (`churn` → `churn-v2`), which destroys and creates.
   */
  readonly renamedTo?: { readonly address: string; readonly path: string; readonly from: string; readonly to: string };
  /** What is lost. */
  readonly loss: string;
}

export interface StackDiff {
  readonly stack: string;
  readonly added: readonly ResourceEntry[];
  readonly removed: readonly ResourceEntry[];
  readonly changed: readonly ChangedResource[];
  /** Resources moved with a `moved` block: state kept, possibly with attribute changes too. */
  readonly moved: readonly (MovedBlock & { readonly changes: readonly AttributeChange[] })[];
  /** Stateful resources destroyed, replaced, re-addressed or unprotected, worst first. */
  readonly warnings: readonly StatefulWarning[];
  readonly unchanged: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Attribute changes between two argument sets of one resource type, leaf by leaf. */
export function attributeChanges(type: string, before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): AttributeChange[] {
  const out: AttributeChange[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (deepEqual(a, b)) return;
    if (isObject(a) && isObject(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) walk(a[k], b[k], path ? `${path}.${k}` : k);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`));
      return;
    }
    out.push({ path, before: a, after: b, forceNew: isForceNew(type, path) });
  };
  for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (k === "depends_on") continue; // ordering only; never a change to the resource
    walk(before[k], after[k], k);
  }
  return out;
}

/** The identity values of a stateful resource, or undefined when one is missing or an expression. */
function identityOf(r: ResourceEntry): string | undefined {
  const spec = own(STATEFUL_TYPES, r.type);
  if (!spec) return undefined;
  const values = spec.identity.map((k) => r.attributes[k]);
  if (values.some((v) => typeof v !== "string" || isExpression(v))) return undefined;
  return values.join("/");
}

function protectedBy(r: ResourceEntry): boolean {
  const lc = r.attributes.lifecycle;
  return isObject(lc) && lc.prevent_destroy === true;
}

const SEVERITY: Readonly<Record<WarningKind, number>> = { destroyed: 0, "address-changed": 1, replaced: 2, "protection-lifted": 3 };

/**
 * A stateful resource whose ForceNew argument refers to a replaced resource (a key's `key_ring`
 * when the key ring is replaced) is replaced too, although its own text did not change. Adds
 * those to `changed`, until nothing more follows.
 */
function cascadeReplacements(base: StackModel, head: StackModel, changed: ChangedResource[]): void {
  const replaced = new Set(changed.filter((c) => c.replaced).map((c) => c.after.address));
  for (let grew = true; grew; ) {
    grew = false;
    for (const after of head.resources.values()) {
      const spec = own(STATEFUL_TYPES, after.type);
      const before = base.resources.get(after.address);
      if (!spec || !before || replaced.has(after.address)) continue;
      const paths = spec.forceNew === "*" ? Object.keys(after.attributes).filter((k) => isForceNew(after.type, k)) : spec.forceNew;
      const via: AttributeChange[] = [];
      for (const p of paths) {
        const value = valueAt(after.attributes, p);
        const target = referencesIn(value).find(([address]) => replaced.has(address));
        if (target) via.push({ path: p, before: valueAt(before.attributes, p), after: value, forceNew: true, via: target[0] });
      }
      if (via.length === 0) continue;
      const i = changed.findIndex((c) => c.after.address === after.address);
      if (i >= 0) changed[i] = { ...changed[i], changes: [...changed[i].changes, ...via], replaced: true };
      else changed.push({ before, after, changes: via, replaced: true });
      replaced.add(after.address);
      grew = true;
    }
  }
}

/**
 * The added resource a removed one looks renamed to: same type, construct paths of the same depth
 * that differ in exactly one segment (the key of a model, pool, group, view, pipeline or member).
 * Only an unambiguous match counts.
 */
function renameOf(removed: ResourceEntry, added: readonly ResourceEntry[]): Pick<StatefulWarning, "renamedTo"> {
  const from = removed.path.split("/");
  const matches = added.flatMap((a) => {
    if (a.type !== removed.type) return [];
    const to = a.path.split("/");
    if (to.length !== from.length) return [];
    const differing = to.map((_, i) => i).filter((i) => to[i] !== from[i]);
    return differing.length === 1 ? [{ address: a.address, path: a.path, from: from[differing[0]], to: to[differing[0]] }] : [];
  });
  return matches.length === 1 ? { renamedTo: matches[0] } : {};
}

/** Compares a base stack with a head stack. */
export function diffStacks(base: StackModel, head: StackModel): StackDiff {
  const movedTo = new Map<string, string>();
  for (const m of head.moved) if (base.resources.has(m.from) && head.resources.has(m.to)) movedTo.set(m.from, m.to);
  const movedTargets = new Set(movedTo.values());

  const removed = [...base.resources.values()].filter((r) => !head.resources.has(r.address) && !movedTo.has(r.address));
  const added = [...head.resources.values()].filter((r) => !base.resources.has(r.address) && !movedTargets.has(r.address));
  const changed: ChangedResource[] = [];
  let unchanged: number;
  for (const before of base.resources.values()) {
    const after = head.resources.get(before.address);
    if (!after) continue;
    const changes = attributeChanges(before.type, before.attributes, after.attributes);
    if (changes.length > 0) changed.push({ before, after, changes, replaced: changes.some((c) => c.forceNew) });
  }
  cascadeReplacements(base, head, changed);
  unchanged = base.resources.size - changed.length - removed.length - movedTo.size;
  const moved = [...movedTo].map(([from, to]) => {
    const b = base.resources.get(from)!;
    const a = head.resources.get(to)!;
    return { from, to, changes: attributeChanges(b.type, b.attributes, a.attributes) };
  });

  const warnings: StatefulWarning[] = [];
  const warn = (kind: WarningKind, r: ResourceEntry, extra: Partial<StatefulWarning> = {}) => {
    const spec = own(STATEFUL_TYPES, r.type)!; // warnings are only about stateful types
    warnings.push({ kind, address: r.address, type: r.type, path: r.path, label: spec.label, name: identityOf(r), loss: spec.loss, ...extra });
  };
  // A removed stateful resource whose twin (same type and name) is added elsewhere changed address.
  const addedByIdentity = new Map<string, ResourceEntry>();
  for (const r of added) {
    const id = identityOf(r);
    if (id !== undefined) addedByIdentity.set(`${r.type}:${id}`, r);
  }
  for (const r of removed) {
    if (!own(STATEFUL_TYPES, r.type)) continue;
    const id = identityOf(r);
    const twin = id === undefined ? undefined : addedByIdentity.get(`${r.type}:${id}`);
    if (twin) warn("address-changed", r, { newAddress: twin.address });
    else warn("destroyed", r, renameOf(r, added));
  }
  for (const c of changed) {
    if (!own(STATEFUL_TYPES, c.before.type)) continue;
    if (c.replaced) warn("replaced", c.before, { attributes: c.changes.filter((x) => x.forceNew) });
    else if (protectedBy(c.before) && !protectedBy(c.after)) warn("protection-lifted", c.after);
  }
  for (const m of moved) {
    const b = base.resources.get(m.from)!;
    if (!own(STATEFUL_TYPES, b.type)) continue;
    const forceNew = m.changes.filter((x) => x.forceNew);
    if (forceNew.length > 0) warn("replaced", b, { newAddress: m.to, attributes: forceNew });
  }
  warnings.sort((a, b) => SEVERITY[a.kind] - SEVERITY[b.kind] || a.address.localeCompare(b.address));

  const byAddress = (a: { address: string }, b: { address: string }) => a.address.localeCompare(b.address);
  return {
    stack: head.name,
    added: added.sort(byAddress),
    removed: removed.sort(byAddress),
    changed: changed.sort((a, b) => a.before.address.localeCompare(b.before.address)),
    moved,
    warnings,
    unchanged,
  };
}

