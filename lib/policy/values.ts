/**
 * Reading attributes of synthesized Terraform JSON: booleans that may be strings, blocks that may
 * be an object or a list of objects, and `${...}` references that cannot be judged at synth time.
 */
import { nonCompliant, PolicyContext, PolicyResource, RuleResult } from "./types";

export type Values = Readonly<Record<string, unknown>>;

/** Marks a value that is a Terraform expression (or not a literal of the expected kind). */
export const UNRESOLVED = Symbol("unresolved");

/** True for a string holding a Terraform expression, e.g. `${google_kms_crypto_key.k.id}`. */
export function isUnresolved(v: unknown): v is string {
  return typeof v === "string" && v.includes("${");
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A nested block as a list: Terraform JSON accepts one object or a list of objects. */
export function blocks(v: unknown): Record<string, unknown>[] {
  if (Array.isArray(v)) return v.filter(isObject);
  return isObject(v) ? [v] : [];
}

/** The first (usually only) instance of a nested block. */
export function block(v: unknown): Record<string, unknown> | undefined {
  return blocks(v)[0];
}

/** Walks a dotted path through single nested blocks: `gce_setup.boot_disk.kms_key`. */
export function at(values: unknown, path: string): unknown {
  let cur: unknown = values;
  for (const key of path.split(".")) {
    const b = block(cur);
    if (!b) return undefined;
    cur = b[key];
  }
  return cur;
}

/** A boolean attribute: true/false (or "true"/"false"), undefined when absent, UNRESOLVED otherwise. */
export function asBool(v: unknown): boolean | undefined | typeof UNRESOLVED {
  if (v === true || v === "true") return true;
  if (v === false || v === "false") return false;
  if (v === undefined || v === null) return undefined;
  return UNRESOLVED;
}

/** A value for messages: JSON, cut at 80 characters. */
export function show(v: unknown): string {
  const text = JSON.stringify(v);
  if (text === undefined) return String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The finding for a value a rule needs but cannot judge before apply. */
export function cannotJudge(attribute: string, v: unknown): RuleResult {
  return nonCompliant(`${attribute} is ${show(v)}, which cannot be judged at synth time; set a literal value, or suppress with a reason`, true);
}

/** True when an attribute is set to something (a literal or a reference): enough where only presence matters. */
export function isPresent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === "string") return v.trim().length > 0;
  return true;
}

/** A reference `${[data.]type.name[.attr...]}` taken apart; undefined for anything else. */
export function referenceOf(v: unknown): { readonly address: string; readonly type: string; readonly mode: "managed" | "data"; readonly attribute?: string } | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^\$\{(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)(?:\.([^}]*))?\}$/.exec(v.trim());
  if (!m) return undefined;
  const mode = m[1] ? "data" : "managed";
  return { address: `${m[1] ?? ""}${m[2]}.${m[3]}`, type: m[2], mode, attribute: m[4] };
}

/** The resource a reference points at, when the stack has it. */
export function resolveReference(v: unknown, context: PolicyContext): PolicyResource | undefined {
  const ref = referenceOf(v);
  return ref && context.resolve ? context.resolve(ref.address) : undefined;
}

/** Keys that hold engine metadata rather than resource configuration. */
const METADATA_KEYS = new Set(["//", "depends_on", "lifecycle", "provider", "count", "for_each", "provisioner", "connection"]);

/**
 * Every string in a resource's configuration with its attribute path (`access[1].special_group`),
 * skipping engine metadata. Strings holding JSON documents (IAM `policy_data`) are searched too.
 */
export function stringsOf(values: unknown, prefix = ""): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "string") {
      out.push([path, v]);
      const t = v.trim();
      if ((t.startsWith("{") || t.startsWith("[")) && !isUnresolved(t)) {
        try {
          walk(JSON.parse(t), path);
        } catch {
          // not JSON: the string itself was recorded
        }
      }
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (isObject(v)) {
      for (const [k, item] of Object.entries(v)) {
        if (path === prefix && METADATA_KEYS.has(k)) continue;
        walk(item, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(values, prefix);
  return out;
}
