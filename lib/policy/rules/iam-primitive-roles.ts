import { IAM_TYPE, iamBindings } from "../iam";
import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { isUnresolved, show } from "../values";

/** The basic (primitive) roles. */
export const PRIMITIVE_ROLES: readonly string[] = ["roles/owner", "roles/editor", "roles/viewer"];

/** MLOPS-IAM-001: no IAM resource grants a basic role. */
export const IamNoPrimitiveRoles: ResourceRule = {
  id: "MLOPS-IAM-001",
  level: "error",
  scope: "resource",
  resourceTypes: "*",
  cause: "No IAM member, binding or policy grants a basic role (roles/owner, roles/editor, roles/viewer).",
  explanation:
    "Basic roles span every service: Editor can change almost anything in the project, Viewer can read " +
    "every dataset and bucket. Grant predefined roles on the resource that needs them instead (the " +
    "library's grantRead/grantReadWrite and allow* methods).",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "1.5", note: "in part: 1.5 forbids Owner and Editor for service accounts; this rule forbids all basic roles for everyone" },
    { source: "Checkov", id: "CKV_GCP_117", note: "project level" },
    { source: "Checkov", id: "CKV_GCP_116", note: "folder level" },
    { source: "Checkov", id: "CKV_GCP_115", note: "organization level" },
  ],
  check(r, context) {
    if (!IAM_TYPE.test(r.type)) return NOT_APPLICABLE;
    const reading = iamBindings(r, context);
    const basic = reading.bindings.filter((b) => typeof b.role === "string" && PRIMITIVE_ROLES.includes(b.role));
    if (basic.length > 0) {
      return nonCompliant(`grants the basic role ${basic.map((b) => String(b.role)).join(", ")}; grant a predefined role on the resource that needs it`);
    }
    const unknown = reading.bindings.filter((b) => typeof b.role !== "string" || isUnresolved(b.role));
    if (reading.unresolved || unknown.length > 0) {
      const what = [...unknown.map((b) => `role is ${show(b.role)}`), ...(reading.unresolved ? [reading.unresolved] : [])].join(", ");
      return nonCompliant(`${what}, which cannot be judged at synth time; use a literal role, or suppress with a reason`, true);
    }
    return COMPLIANT;
  },
};
