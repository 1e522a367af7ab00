/**
 * Telling public principals (`allUsers`, `allAuthenticatedUsers`) from others in IAM members, ACL
 * entities and BigQuery dataset access entries, including members built from references.
 */
import { isUnresolved, referenceOf } from "./values";

export const PUBLIC_PRINCIPALS: readonly string[] = ["allUsers", "allAuthenticatedUsers"];

/** `allUsers`, `allAuthenticatedUsers`, or an ACL entry naming them (`READER:allUsers`). */
export function isPublicPrincipal(s: string): boolean {
  return PUBLIC_PRINCIPALS.includes(s) || /:(allUsers|allAuthenticatedUsers)$/.test(s);
}

export type Verdict = "public" | "private" | "unresolved";

/** Namespaces of Terraform expressions whose value the stack does not determine. */
const OPEN_NAMESPACES = new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);

/**
 * An IAM member: public, private, or not known before apply. A member with a literal kind
 * (`serviceAccount:${...}`) or a reference to a google resource's attribute
 * (`${google_service_account.x.member}`, `${data.google_storage_project_service_account.y.member}`)
 * cannot be a public principal; variables, locals and module outputs can.
 */
export function memberVerdict(v: unknown): Verdict {
  if (typeof v !== "string") return "unresolved";
  if (isPublicPrincipal(v)) return "public";
  if (!isUnresolved(v)) return "private";
  if (/^(user|serviceAccount|group|domain|principal|principalSet|deleted|projectOwner|projectEditor|projectViewer):/.test(v)) return "private";
  const ref = referenceOf(v);
  if (ref && ref.type.startsWith("google_") && !OPEN_NAMESPACES.has(ref.type)) return "private";
  return "unresolved";
}

/**
 * A Cloud Storage ACL entity (`allUsers`, `user-a@b.com`, `group-...`, `project-owners-123`),
 * optionally after its role (`READER:allUsers`).
 */
export function aclEntityVerdict(v: unknown): Verdict {
  if (typeof v !== "string") return "unresolved";
  const entity = /^(OWNER|READER|WRITER):/.test(v) ? v.slice(v.indexOf(":") + 1) : v;
  if (PUBLIC_PRINCIPALS.includes(entity)) return "public";
  if (!isUnresolved(entity)) return "private";
  return /^(user|group|domain|project)-/.test(entity) ? "private" : "unresolved";
}
