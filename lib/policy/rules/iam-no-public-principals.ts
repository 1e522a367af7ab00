import { IAM_TYPE, iamBindings } from "../iam";
import { aclEntityVerdict, isPublicPrincipal, memberVerdict, Verdict } from "../principals";
import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { show, stringsOf } from "../values";
import { DATASET_ACCESS_TYPES } from "./bq-dataset-not-public";

/** Cloud Storage ACL resources and the attributes naming their entities. */
const ACL_ENTITIES: Readonly<Record<string, string>> = {
  google_storage_bucket_acl: "role_entity",
  google_storage_default_object_acl: "role_entity",
  google_storage_object_acl: "role_entity",
  google_storage_bucket_access_control: "entity",
  google_storage_default_object_access_control: "entity",
  google_storage_object_access_control: "entity",
};

/** Canned ACLs that open objects to everyone or to every Google account. */
const PUBLIC_CANNED_ACLS: readonly string[] = ["publicRead", "publicReadWrite", "authenticatedRead"];

/** MLOPS-IAM-002: nothing is granted to allUsers or allAuthenticatedUsers. */
export const IamNoPublicPrincipals: ResourceRule = {
  id: "MLOPS-IAM-002",
  level: "error",
  scope: "resource",
  resourceTypes: "*",
  cause: "No resource grants anything to allUsers or allAuthenticatedUsers (IAM, ACLs or any other attribute).",
  explanation:
    "allUsers is anyone on the internet and allAuthenticatedUsers is anyone with a Google account. A " +
    "binding, ACL entry or canned ACL naming them publishes the resource. Members built from variables " +
    "cannot be judged at synth time and are reported too. BigQuery datasets are checked by MLOPS-BQ-001.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "5.1", note: "buckets" },
    { source: "CIS GCP 2.0.0", id: "1.9", note: "Cloud KMS keys" },
    { source: "Checkov", id: "CKV_GCP_28", note: "bucket IAM" },
    { source: "Checkov", id: "CKV2_GCP_6", note: "Cloud KMS key IAM" },
  ],
  check(r, context) {
    if (DATASET_ACCESS_TYPES.includes(r.type)) return NOT_APPLICABLE;
    const entries: [string, unknown, Verdict][] = [];
    if (IAM_TYPE.test(r.type)) {
      const reading = iamBindings(r, context);
      for (const b of reading.bindings) b.members.forEach((m, i) => entries.push([b.members.length > 1 ? `${b.where}[${i}]` : b.where, m, memberVerdict(m)]));
      if (reading.unresolved) entries.push(["", reading.unresolved, "unresolved"]);
    } else if (ACL_ENTITIES[r.type]) {
      const attribute = ACL_ENTITIES[r.type];
      const v = r.values[attribute];
      const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
      list.forEach((e, i) => entries.push([Array.isArray(v) ? `${attribute}[${i}]` : attribute, e, aclEntityVerdict(e)]));
      const canned = r.values.predefined_acl;
      if (typeof canned === "string") entries.push(["predefined_acl", canned, PUBLIC_CANNED_ACLS.includes(canned) ? "public" : "private"]);
    } else {
      for (const [path, s] of stringsOf(r.values)) if (isPublicPrincipal(s)) entries.push([path, s, "public"]);
    }
    const exposed = entries.filter(([, , verdict]) => verdict === "public");
    if (exposed.length > 0) {
      return nonCompliant(`grants access to ${exposed.map(([p, v]) => `${String(v)}${p ? ` (${p})` : ""}`).join(", ")}; grant named principals instead`);
    }
    const unknown = entries.filter(([, , verdict]) => verdict === "unresolved");
    if (unknown.length > 0) {
      const what = unknown.map(([p, v]) => (p ? `${p} is ${show(v)}` : String(v))).join(", ");
      return nonCompliant(`${what}, which cannot be judged at synth time; use literal principals, or suppress with a reason`, true);
    }
    return COMPLIANT;
  },
};
