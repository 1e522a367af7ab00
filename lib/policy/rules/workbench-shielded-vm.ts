import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, at, cannotJudge, UNRESOLVED } from "../values";

/** The three Shielded VM settings and the provider's default for each (google 6.50.0 schema descriptions). */
const SETTINGS: readonly [string, boolean][] = [
  ["enable_secure_boot", false],
  ["enable_vtpm", true],
  ["enable_integrity_monitoring", true],
];

/** MLOPS-WB-002: notebook VMs run as Shielded VMs. */
export const WorkbenchShieldedVm: ResourceRule = {
  id: "MLOPS-WB-002",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_workbench_instance", "google_notebooks_instance"],
  cause: "Workbench instances run as Shielded VMs: Secure Boot, vTPM and integrity monitoring on.",
  explanation:
    "Secure Boot refuses unsigned boot components, the vTPM measures the boot, and integrity monitoring " +
    "compares each boot with the first one, so a tampered boot chain is stopped or reported. vTPM and " +
    "integrity monitoring are on by default; Secure Boot is off by default and must be turned on in " +
    "shielded_instance_config.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "4.8", note: "the Compute Engine control; Workbench instances are Compute Engine VMs" },
    { source: "Checkov", id: "CKV_GCP_39", note: "the Compute Engine check; Checkov has none for Workbench" },
  ],
  check(r) {
    const prefix = r.type === "google_notebooks_instance" ? "shielded_instance_config" : "gce_setup.shielded_instance_config";
    const off: string[] = [];
    for (const [name, byDefault] of SETTINGS) {
      const v = at(r.values, `${prefix}.${name}`);
      const b = asBool(v);
      if (b === UNRESOLVED) return cannotJudge(`${prefix}.${name}`, v);
      if ((b ?? byDefault) !== true) off.push(b === undefined ? `${name} (off by default)` : name);
    }
    return off.length === 0 ? COMPLIANT : nonCompliant(`${prefix} leaves ${off.join(", ")} off; set ${off.length === 1 ? "it" : "them"} to true`);
  },
};
