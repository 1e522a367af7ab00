import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, at, blocks, cannotJudge, UNRESOLVED } from "../values";

/** MLOPS-WB-001: notebook VMs get no external IP address. */
export const WorkbenchNoPublicIp: ResourceRule = {
  id: "MLOPS-WB-001",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_workbench_instance", "google_notebooks_instance"],
  cause: "Workbench instances have no public IP address.",
  explanation:
    "A notebook VM holds credentials and data. Without an external IP it cannot be reached from the " +
    "internet; JupyterLab is still opened through Google's authenticated proxy, SSH goes through IAP, " +
    "and outbound traffic leaves through Cloud NAT. Set gce_setup.disable_public_ip = true and no " +
    "access_configs (no_public_ip = true on the older google_notebooks_instance).",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "4.9", note: "the Compute Engine control; Workbench instances are Compute Engine VMs" },
    { source: "Checkov", id: "CKV2_GCP_28", note: "google_workbench_instance" },
    { source: "Checkov", id: "CKV_GCP_89", note: "google_notebooks_instance" },
  ],
  check(r) {
    const attribute = r.type === "google_notebooks_instance" ? "no_public_ip" : "gce_setup.disable_public_ip";
    const v = r.type === "google_notebooks_instance" ? r.values.no_public_ip : at(r.values, "gce_setup.disable_public_ip");
    const b = asBool(v);
    if (b === UNRESOLVED) return cannotJudge(attribute, v);
    if (b !== true) return nonCompliant(`${attribute} is ${b === undefined ? "not set (the default gives the VM an external IP)" : "false"}; set it to true`);
    const nics = blocks(at(r.values, "gce_setup.network_interfaces"));
    const withAccess = nics.findIndex((n) => blocks(n.access_configs).length > 0);
    if (withAccess >= 0) return nonCompliant(`gce_setup.network_interfaces[${withAccess}].access_configs assigns an external IP; remove it`);
    return COMPLIANT;
  },
};
