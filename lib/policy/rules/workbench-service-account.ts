import { DEFAULT_ACCOUNT, mentionsDefaultAccount } from "../default-accounts";
import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { at, blocks, cannotJudge, isPresent, isUnresolved, resolveReference, show } from "../values";

/** MLOPS-WB-003: notebook VMs run as a dedicated service account. */
export const WorkbenchServiceAccount: ResourceRule = {
  id: "MLOPS-WB-003",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_workbench_instance", "google_notebooks_instance"],
  cause: "Workbench instances run as a dedicated service account, not the Compute Engine default account.",
  explanation:
    "Code in a notebook acts with the VM's service account. Without one set, the VM uses the Compute " +
    "Engine default account, which holds Editor on the whole project by default. Run notebooks as a " +
    "user-managed account granted only what notebooks need (the library's <name>-workbench account).",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "4.1", note: "the Compute Engine control; Workbench instances are Compute Engine VMs" },
    { source: "Checkov", id: "CKV_GCP_30", note: "the Compute Engine check; Checkov has none for Workbench" },
  ],
  check(r, context) {
    // The provider documents the default-account fallback for google_notebooks_instance; for
    // google_workbench_instance its schema is silent (not verified). An unset account is reported either way.
    const attribute = r.type === "google_notebooks_instance" ? "service_account" : "gce_setup.service_accounts[0].email";
    const email = r.type === "google_notebooks_instance" ? r.values.service_account : blocks(at(r.values, "gce_setup.service_accounts"))[0]?.email;
    if (!isPresent(email)) return nonCompliant(`${attribute} is not set, so the VM runs as the Compute Engine default service account; set a dedicated account`);
    if (typeof email !== "string") return cannotJudge(attribute, email);
    if (mentionsDefaultAccount(email)) return nonCompliant(`${attribute} is ${show(email)}, a default service account; set a dedicated account`);
    if (!isUnresolved(email)) return COMPLIANT;
    // A reference: fine when it is a service account the stack creates, or looks up by a non-default ID.
    const target = resolveReference(email, context);
    if (target?.type === "google_service_account" && target.mode !== "data") return COMPLIANT;
    if (target?.type === "google_service_account" && typeof target.values.account_id === "string" && !isUnresolved(target.values.account_id)) {
      return DEFAULT_ACCOUNT.test(target.values.account_id) || /^[0-9]+-compute$/.test(target.values.account_id) ? nonCompliant(`${attribute} is the default account ${target.values.account_id}; set a dedicated account`) : COMPLIANT;
    }
    return cannotJudge(attribute, email);
  },
};
