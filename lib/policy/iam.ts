/**
 * The role bindings an IAM resource creates, whatever its flavour: `*_iam_member` (one member),
 * `*_iam_binding` (one role, many members) or `*_iam_policy` (a whole policy, usually from a
 * `google_iam_policy` data source).
 */
import { block, blocks, isObject, isUnresolved, referenceOf, show } from "./values";
import { PolicyContext, PolicyResource } from "./types";

/** `google_<thing>_iam_member`, `_iam_binding` or `_iam_policy`. */
export const IAM_TYPE = /^google_[a-z0-9_]+_iam_(member|binding|policy)$/;

export interface IamBinding {
  readonly role: unknown;
  readonly members: readonly unknown[];
  /** Where the binding is, for messages (`binding[0]` of a policy). */
  readonly where: string;
}

export interface IamReading {
  readonly bindings: readonly IamBinding[];
  /** Set when part of the policy cannot be read at synth time: `<attribute> is <value>`. */
  readonly unresolved?: string;
}

function members(v: unknown): { list: unknown[]; unresolved?: unknown } {
  if (Array.isArray(v)) return { list: v };
  if (v === undefined) return { list: [] };
  return { list: [], unresolved: v };
}

/** Bindings of a policy document (`policy_data` JSON) or of a `google_iam_policy` data source. */
function policyBindings(doc: unknown, where: string): IamBinding[] {
  if (!isObject(doc)) return [];
  // The JSON document says `bindings`; the data source's blocks are `binding`.
  const list = Array.isArray(doc.bindings) ? doc.bindings.filter(isObject) : blocks(doc.binding);
  return list.map((b, i) => ({ role: b.role, members: Array.isArray(b.members) ? b.members : [], where: `${where}[${i}]` }));
}

/** Reads the bindings of an IAM resource; other resources have none. */
export function iamBindings(r: PolicyResource, context: PolicyContext): IamReading {
  const m = IAM_TYPE.exec(r.type);
  if (!m) return { bindings: [] };
  const v = r.values;
  if (m[1] === "member") return { bindings: [{ role: v.role, members: [v.member], where: "member" }] };
  if (m[1] === "binding") {
    const { list, unresolved } = members(v.members);
    return { bindings: [{ role: v.role, members: list, where: "members" }], unresolved: unresolved === undefined ? undefined : `members is ${show(unresolved)}` };
  }
  const data = v.policy_data;
  if (typeof data === "string" && !isUnresolved(data)) {
    try {
      return { bindings: policyBindings(JSON.parse(data), "policy_data.bindings") };
    } catch {
      return { bindings: [], unresolved: `policy_data is not a JSON policy (${show(data)})` };
    }
  }
  const ref = referenceOf(data);
  const source = ref?.type === "google_iam_policy" && ref.mode === "data" ? context.resolve?.(ref.address) : undefined;
  if (source) return { bindings: policyBindings(block(source.values), `${source.address}.binding`) };
  return { bindings: [], unresolved: `policy_data is ${show(data)}` };
}
