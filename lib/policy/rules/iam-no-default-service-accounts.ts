import { DEFAULT_ACCOUNT_SOURCES, mentionsDefaultAccount } from "../default-accounts";
import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { stringsOf } from "../values";

/** Types whose service account MLOPS-WB-003 judges (including an unset one). */
const COVERED_ELSEWHERE: readonly string[] = ["google_workbench_instance", "google_notebooks_instance"];

/** MLOPS-IAM-003: the default Compute Engine and App Engine service accounts are neither used nor granted roles. */
export const IamNoDefaultServiceAccounts: ResourceRule = {
  id: "MLOPS-IAM-003",
  level: "error",
  scope: "resource",
  resourceTypes: "*",
  cause: "No resource uses or grants roles to a default service account (…-compute@developer.gserviceaccount.com, …@appspot.gserviceaccount.com).",
  explanation:
    "The default accounts are shared by every workload that does not name its own account and hold " +
    "Editor on the project by default, so granting them more, or running a workload as them, widens " +
    `what every such workload can do. Use a dedicated service account per workload. References to the ${DEFAULT_ACCOUNT_SOURCES.join(" and ")} data sources count as uses.`,
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "4.1", note: "instances; this rule covers every resource type" },
    { source: "Checkov", id: "CKV_GCP_30", note: "Compute Engine instances" },
    { source: "Checkov", id: "CKV_GCP_46", note: "project IAM" },
    { source: "Checkov", id: "CKV_GCP_47", note: "organization IAM" },
    { source: "Checkov", id: "CKV_GCP_48", note: "folder IAM" },
  ],
  check(r) {
    if (COVERED_ELSEWHERE.includes(r.type)) return NOT_APPLICABLE;
    const hits = stringsOf(r.values).filter(([, s]) => mentionsDefaultAccount(s));
    if (hits.length === 0) return COMPLIANT;
    return nonCompliant(`${hits.map(([p, s]) => `${p} is ${JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}...` : s)}`).join(", ")}: a default service account; use a dedicated one`);
  },
};
