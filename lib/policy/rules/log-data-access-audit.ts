import { PolicyResource, StackFinding, StackRule } from "../types";
import { blocks, isUnresolved } from "../values";

/** Data services and the resource types whose data they serve. */
export const AUDITED_SERVICES: readonly { readonly service: string; readonly uses: (type: string) => boolean }[] = [
  { service: "storage.googleapis.com", uses: (t) => t === "google_storage_bucket" },
  { service: "bigquery.googleapis.com", uses: (t) => t === "google_bigquery_dataset" || t === "google_bigquery_table" },
  { service: "aiplatform.googleapis.com", uses: (t) => t.startsWith("google_vertex_ai_") },
];

const REQUIRED_LOG_TYPES: readonly string[] = ["DATA_READ", "DATA_WRITE"];
const PROVIDER_DEFAULT = "(provider default project)";

function projectOf(r: PolicyResource): string {
  return typeof r.values.project === "string" && r.values.project.length > 0 ? r.values.project : PROVIDER_DEFAULT;
}

/** MLOPS-LOG-001: the project records Data Access audit logs for the data services the stack uses. */
export const LogDataAccessAudit: StackRule = {
  id: "MLOPS-LOG-001",
  level: "error",
  scope: "stack",
  tiers: ["preprod", "prod"],
  cause: "Projects record Data Access audit logs (DATA_READ, DATA_WRITE, no exempted members) for the data services the stack uses (preprod and prod).",
  explanation:
    "Admin Activity logs are always on, but reads and writes of data are logged only when Data Access " +
    "audit logs are configured. For every project the stack puts buckets, BigQuery datasets or Vertex AI " +
    "resources in, a google_project_iam_audit_config for that service (or allServices) must log DATA_READ " +
    "and DATA_WRITE for everyone. Where audit logs are configured at the folder or organization, suppress " +
    "with that reason.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "2.1", note: "in part: CIS asks for allServices; this rule asks for the data services the stack uses" },
    { source: "Checkov", id: "CKV2_GCP_8", note: "in part, as for CIS 2.1" },
  ],
  check(resources) {
    const managed = resources.filter((r) => r.mode !== "data");
    // Per project: the services the stack's resources use, and the services its audit configs cover.
    const used = new Map<string, Set<string>>();
    const covered = new Map<string, Set<string>>();
    const problems: StackFinding[] = [];
    for (const r of managed) {
      for (const { service, uses } of AUDITED_SERVICES) {
        if (uses(r.type)) {
          if (!used.has(projectOf(r))) used.set(projectOf(r), new Set());
          used.get(projectOf(r))!.add(service);
        }
      }
      if (r.type !== "google_project_iam_audit_config") continue;
      const logs = blocks(r.values.audit_log_config);
      const types = new Set(logs.map((l) => l.log_type));
      const exempted = logs.some((l) => Array.isArray(l.exempted_members) ? l.exempted_members.length > 0 : l.exempted_members !== undefined);
      const service = r.values.service;
      if (isUnresolved(service) || logs.some((l) => isUnresolved(l.log_type))) {
        problems.push({ address: r.address, finding: `audit config service ${JSON.stringify(service)} or its log types cannot be judged at synth time` });
        continue;
      }
      if (typeof service !== "string" || exempted || !REQUIRED_LOG_TYPES.every((t) => types.has(t))) continue;
      if (!covered.has(projectOf(r))) covered.set(projectOf(r), new Set());
      covered.get(projectOf(r))!.add(service);
    }
    for (const [project, services] of used) {
      const have = covered.get(project) ?? new Set<string>();
      const missing = [...services].filter((s) => !have.has(s) && !have.has("allServices"));
      if (missing.length > 0) {
        problems.push({
          address: `project:${project}`,
          finding: `no Data Access audit logs (${REQUIRED_LOG_TYPES.join(", ")}, no exempted members) for ${missing.join(", ")}; add google_project_iam_audit_config for ${missing.length === 1 ? "it" : "each"} or for allServices`,
        });
      }
    }
    return problems;
  },
};
