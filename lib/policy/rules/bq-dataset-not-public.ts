import { iamBindings } from "../iam";
import { memberVerdict } from "../principals";
import { COMPLIANT, nonCompliant, PolicyContext, PolicyResource, ResourceRule, RuleResult } from "../types";
import { blocks, show } from "../values";

/** Dataset types whose grants this rule inspects (MLOPS-IAM-002 leaves them to it). */
export const DATASET_ACCESS_TYPES: readonly string[] = [
  "google_bigquery_dataset",
  "google_bigquery_dataset_access",
  "google_bigquery_dataset_iam_member",
  "google_bigquery_dataset_iam_binding",
  "google_bigquery_dataset_iam_policy",
];

/** The principals of a dataset's access entries (`special_group`, `iam_member`) with their paths. */
function accessEntries(r: PolicyResource): [string, unknown][] {
  if (r.type === "google_bigquery_dataset_access") {
    return (["special_group", "iam_member"] as const).filter((k) => r.values[k] !== undefined).map((k) => [k, r.values[k]]);
  }
  return blocks(r.values.access).flatMap((a, i) =>
    (["special_group", "iam_member"] as const).filter((k) => a[k] !== undefined).map((k): [string, unknown] => [`access[${i}].${k}`, a[k]]),
  );
}

/** Judges every principal a dataset resource grants access to. */
function judge(r: PolicyResource, context: PolicyContext): RuleResult {
  const entries: [string, unknown][] = [...accessEntries(r)];
  const reading = iamBindings(r, context);
  for (const b of reading.bindings) b.members.forEach((m, i) => entries.push([b.members.length > 1 ? `${b.where}[${i}]` : b.where, m]));
  const exposed = entries.filter(([, v]) => memberVerdict(v) === "public");
  if (exposed.length > 0) {
    return nonCompliant(`grants access to ${exposed.map(([p, v]) => `${String(v)} (${p})`).join(", ")}; grant named users, groups or service accounts instead`);
  }
  const unknown = entries.filter(([, v]) => memberVerdict(v) === "unresolved");
  if (reading.unresolved) unknown.push(["", reading.unresolved]);
  if (unknown.length > 0) {
    const what = unknown.map(([p, v]) => (p ? `${p} is ${show(v)}` : String(v))).join(", ");
    return nonCompliant(`${what}, which cannot be judged at synth time; use literal principals, or suppress with a reason`, true);
  }
  return COMPLIANT;
}

/** MLOPS-BQ-001: no dataset is readable by allUsers or allAuthenticatedUsers. */
export const BqDatasetNotPublic: ResourceRule = {
  id: "MLOPS-BQ-001",
  level: "error",
  scope: "resource",
  resourceTypes: DATASET_ACCESS_TYPES,
  cause: "BigQuery datasets grant nothing to allUsers or allAuthenticatedUsers.",
  explanation:
    "A dataset access entry or IAM binding for allUsers or allAuthenticatedUsers (any Google account) " +
    "publishes every table in the dataset. Grant access to named service accounts, users or groups " +
    "with google_bigquery_dataset_iam_member, as the library's grantRead/grantReadWrite do.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "7.1" },
    { source: "Checkov", id: "CKV_GCP_15", note: "Checkov inspects the dataset's access blocks; this rule also inspects dataset IAM resources" },
  ],
  check: judge,
};
