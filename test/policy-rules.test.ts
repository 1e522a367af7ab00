/**
 * Every rule of the policy pack on plain resource fixtures: at least one compliant and one
 * non-compliant case each, the exact finding users read, tiers, and values that cannot be judged.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Tier } from "../lib/config/presets";
import { checkResource, evaluate } from "../lib/policy/pack";
import { BqDatasetNotPublic } from "../lib/policy/rules/bq-dataset-not-public";
import { CMEK_CHECKS, CmekEverywhere } from "../lib/policy/rules/cmek";
import { DataNoTeardown } from "../lib/policy/rules/deletion-no-teardown";
import { DataPreventDestroy } from "../lib/policy/rules/deletion-prevent-destroy";
import { GcsPublicAccessPrevention } from "../lib/policy/rules/gcs-public-access-prevention";
import { GcsUniformAccess } from "../lib/policy/rules/gcs-uniform-access";
import { GcsVersioning } from "../lib/policy/rules/gcs-versioning";
import { IamNoDefaultServiceAccounts } from "../lib/policy/rules/iam-no-default-service-accounts";
import { IamNoPublicPrincipals } from "../lib/policy/rules/iam-no-public-principals";
import { IamNoPrimitiveRoles } from "../lib/policy/rules/iam-primitive-roles";
import { KmsRotation } from "../lib/policy/rules/kms-rotation";
import { LabelsPresent } from "../lib/policy/rules/labels";
import { LogDataAccessAudit } from "../lib/policy/rules/log-data-access-audit";
import { NetNoIngressFromAnywhere } from "../lib/policy/rules/net-firewall-ingress";
import { NetPrivateGoogleAccess } from "../lib/policy/rules/net-private-google-access";
import { NetSubnetFlowLogs } from "../lib/policy/rules/net-subnet-flow-logs";
import { VertexPrivateEndpoint } from "../lib/policy/rules/vertex-private-endpoint";
import { WorkbenchNoPublicIp } from "../lib/policy/rules/workbench-no-public-ip";
import { WorkbenchServiceAccount } from "../lib/policy/rules/workbench-service-account";
import { WorkbenchShieldedVm } from "../lib/policy/rules/workbench-shielded-vm";
import { PolicyResource, ResourceRule, RuleResult } from "../lib/policy/types";

const KEY = "${google_kms_crypto_key.k.id}";
const LABELS = { environment: "prod", tier: "prod", component: "data", "managed-by": "gcp-mlops-constructs" };

/** A managed resource fixture; its address is `<type>.<name>`. */
function res(type: string, values: Record<string, unknown>, name = "x"): PolicyResource {
  return { type, address: `${type}.${name}`, values, mode: "managed" };
}

function data(type: string, values: Record<string, unknown>, name = "x"): PolicyResource {
  return { type, address: `data.${type}.${name}`, values, mode: "data" };
}

/** Runs one rule on one resource, with the other resources of the "stack" reachable by reference. */
function judge(rule: ResourceRule, r: PolicyResource, tier: Tier = "prod", others: PolicyResource[] = []): RuleResult {
  const all = [r, ...others];
  return checkResource(rule, r, { tier, resolve: (a) => all.find((x) => x.address === a) });
}

function ok(result: RuleResult): void {
  assert.deepEqual(result, { status: "compliant" });
}

function na(result: RuleResult): void {
  assert.deepEqual(result, { status: "not-applicable" });
}

/** Asserts a finding, exactly (string) or by pattern. */
function bad(result: RuleResult, finding: string | RegExp, unresolved = false): void {
  assert.equal(result.status, "non-compliant", JSON.stringify(result));
  if (result.status !== "non-compliant") return;
  if (typeof finding === "string") assert.equal(result.finding, finding);
  else assert.match(result.finding, finding);
  assert.equal(result.unresolved ?? false, unresolved, `unresolved flag of: ${result.finding}`);
}

describe("MLOPS-GCS-001 public access prevention", () => {
  const rule = GcsPublicAccessPrevention;
  test("enforced is compliant", () => ok(judge(rule, res("google_storage_bucket", { public_access_prevention: "enforced" }))));
  test("unset or inherited is not", () => {
    bad(judge(rule, res("google_storage_bucket", {})), 'public_access_prevention is not set (the default "inherited" relies on an organization policy); set it to "enforced"');
    bad(judge(rule, res("google_storage_bucket", { public_access_prevention: "inherited" })), 'public_access_prevention is "inherited"; set it to "enforced"');
  });
  test("a reference cannot be judged and is reported", () => {
    bad(
      judge(rule, res("google_storage_bucket", { public_access_prevention: "${var.pap}" })),
      'public_access_prevention is "${var.pap}", which cannot be judged at synth time; set a literal value, or suppress with a reason',
      true,
    );
  });
  test("other types are not applicable", () => na(judge(rule, res("google_bigquery_dataset", {}))));
});

describe("MLOPS-GCS-002 uniform bucket-level access", () => {
  const rule = GcsUniformAccess;
  test("true (or \"true\") is compliant", () => {
    ok(judge(rule, res("google_storage_bucket", { uniform_bucket_level_access: true })));
    ok(judge(rule, res("google_storage_bucket", { uniform_bucket_level_access: "true" })));
  });
  test("unset or false is not", () => {
    bad(judge(rule, res("google_storage_bucket", {})), "uniform_bucket_level_access is not set (the provider default is false); set it to true");
    bad(judge(rule, res("google_storage_bucket", { uniform_bucket_level_access: false })), "uniform_bucket_level_access is false; set it to true");
  });
});

describe("MLOPS-GCS-003 versioning", () => {
  const rule = GcsVersioning;
  test("versioning.enabled, as an object or a one-element list, is compliant", () => {
    ok(judge(rule, res("google_storage_bucket", { versioning: { enabled: true } })));
    ok(judge(rule, res("google_storage_bucket", { versioning: [{ enabled: true }] })));
  });
  test("no versioning block, or enabled false, is not", () => {
    bad(judge(rule, res("google_storage_bucket", {})), "versioning is not enabled; set versioning { enabled = true }");
    bad(judge(rule, res("google_storage_bucket", { versioning: { enabled: false } })), "versioning.enabled is false; set it to true");
  });
});

describe("MLOPS-BQ-001 datasets are not public", () => {
  const rule = BqDatasetNotPublic;
  test("named readers and service-account members are compliant", () => {
    ok(judge(rule, res("google_bigquery_dataset", { access: [{ role: "READER", user_by_email: "a@example.com" }, { role: "OWNER", special_group: "projectOwners" }] })));
    ok(judge(rule, res("google_bigquery_dataset_iam_member", { role: "roles/bigquery.dataViewer", member: "serviceAccount:${google_service_account.p.email}" })));
  });
  test("an access entry for allAuthenticatedUsers is not", () => {
    bad(
      judge(rule, res("google_bigquery_dataset", { access: [{ role: "OWNER", special_group: "projectOwners" }, { role: "READER", special_group: "allAuthenticatedUsers" }] })),
      "grants access to allAuthenticatedUsers (access[1].special_group); grant named users, groups or service accounts instead",
    );
  });
  test("dataset IAM for allUsers is not, in a member, a binding or a policy", () => {
    bad(judge(rule, res("google_bigquery_dataset_iam_member", { role: "roles/bigquery.dataViewer", member: "allUsers" })), /^grants access to allUsers \(member\)/);
    bad(judge(rule, res("google_bigquery_dataset_iam_binding", { role: "roles/bigquery.dataViewer", members: ["user:a@example.com", "allUsers"] })), /^grants access to allUsers \(members\[1\]\)/);
    const policy = data("google_iam_policy", { binding: [{ role: "roles/bigquery.dataViewer", members: ["allAuthenticatedUsers"] }] }, "p");
    bad(judge(rule, res("google_bigquery_dataset_iam_policy", { policy_data: "${data.google_iam_policy.p.policy_data}" }), "prod", [policy]), /^grants access to allAuthenticatedUsers \(data\.google_iam_policy\.p\.binding\[0\]\)/);
  });
  test("a member from a variable cannot be judged and is reported", () => {
    bad(
      judge(rule, res("google_bigquery_dataset_iam_member", { role: "roles/bigquery.dataViewer", member: "${var.reader}" })),
      'member is "${var.reader}", which cannot be judged at synth time; use literal principals, or suppress with a reason',
      true,
    );
  });
});

describe("MLOPS-CMEK-001 customer-managed keys", () => {
  const rule = CmekEverywhere;
  /** A compliant fixture for every CMEK-capable type. */
  const COMPLIANT_FIXTURES: Record<string, Record<string, unknown>> = {
    google_storage_bucket: { encryption: { default_kms_key_name: KEY } },
    google_bigquery_dataset: { default_encryption_configuration: { kms_key_name: KEY } },
    google_bigquery_table: { encryption_configuration: { kms_key_name: KEY } },
    google_artifact_registry_repository: { kms_key_name: KEY },
    google_vertex_ai_endpoint: { encryption_spec: { kms_key_name: KEY } },
    google_vertex_ai_dataset: { encryption_spec: { kms_key_name: KEY } },
    google_vertex_ai_featurestore: { encryption_spec: { kms_key_name: KEY } },
    google_vertex_ai_tensorboard: { encryption_spec: { kms_key_name: KEY } },
    google_vertex_ai_feature_online_store: { encryption_spec: { kms_key_name: KEY } },
    google_colab_runtime_template: { encryption_spec: { kms_key_name: KEY } },
    google_workbench_instance: { gce_setup: { boot_disk: { disk_encryption: "CMEK", kms_key: KEY }, data_disks: { disk_encryption: "CMEK", kms_key: KEY } } },
    google_notebooks_instance: { disk_encryption: "CMEK", kms_key: KEY },
    google_compute_disk: { disk_encryption_key: { kms_key_self_link: KEY } },
    google_compute_region_disk: { disk_encryption_key: { kms_key_name: KEY } },
    google_compute_instance: { boot_disk: { kms_key_self_link: KEY } },
    google_pubsub_topic: { kms_key_name: KEY },
    google_dataflow_job: { kms_key_name: KEY },
    google_dataproc_cluster: { cluster_config: { encryption_config: { kms_key_name: KEY } } },
    google_cloud_run_v2_service: { template: { encryption_key: KEY } },
    google_cloud_run_v2_job: { template: { template: { encryption_key: KEY } } },
    google_filestore_instance: { kms_key_name: KEY },
    google_redis_instance: { customer_managed_key: KEY },
    google_sql_database_instance: { encryption_key_name: KEY },
    google_bigtable_instance: { cluster: [{ cluster_id: "a", kms_key_name: KEY }] },
    google_spanner_database: { encryption_config: { kms_key_names: [KEY] } },
    google_alloydb_cluster: { encryption_config: { kms_key_name: KEY } },
    google_memorystore_instance: { kms_key: KEY },
    google_redis_cluster: { kms_key: KEY },
    google_dataproc_metastore_service: { encryption_config: { kms_key: KEY } },
    google_workflows_workflow: { crypto_key_name: KEY },
    google_cloudfunctions_function: { kms_key_name: KEY },
    google_cloudfunctions2_function: { kms_key_name: KEY },
    google_eventarc_channel: { crypto_key_name: KEY },
    google_eventarc_message_bus: { crypto_key_name: KEY },
  };

  test("the fixtures cover every CMEK-capable type the rule knows", () => {
    assert.deepEqual(Object.keys(COMPLIANT_FIXTURES).sort(), Object.keys(CMEK_CHECKS).sort());
  });

  for (const [type, values] of Object.entries(COMPLIANT_FIXTURES)) {
    test(`${type}: with a key it is compliant, without one it is not`, () => {
      ok(judge(rule, res(type, values)));
      bad(judge(rule, res(type, {})), /^not encrypted with a customer-managed key: /);
    });
  }

  test("the finding names the missing attribute", () => {
    bad(judge(rule, res("google_storage_bucket", {})), "not encrypted with a customer-managed key: encryption.default_kms_key_name is not set");
    bad(
      judge(rule, res("google_workbench_instance", { gce_setup: { boot_disk: { disk_encryption: "CMEK", kms_key: KEY }, data_disks: { disk_type: "PD_SSD" } } })),
      "not encrypted with a customer-managed key: gce_setup.data_disks.disk_encryption is not set (default GMEK)",
    );
  });

  test("a table without its own key inherits its dataset's default key", () => {
    const dataset = res("google_bigquery_dataset", { default_encryption_configuration: { kms_key_name: KEY } }, "d");
    const table = res("google_bigquery_table", { dataset_id: "${google_bigquery_dataset.d.dataset_id}" });
    ok(judge(rule, table, "prod", [dataset]));
    bad(
      judge(rule, table, "prod", [res("google_bigquery_dataset", {}, "d")]),
      "not encrypted with a customer-managed key: encryption_configuration.kms_key_name is not set and its dataset google_bigquery_dataset.d has no default key",
    );
  });

  test("a disk encryption mode from a variable cannot be judged", () => {
    bad(judge(rule, res("google_notebooks_instance", { disk_encryption: "${var.mode}", kms_key: KEY })), /instance\.disk_encryption is "\$\{var\.mode\}", which cannot be judged at synth time$/, true);
  });

  test("dev may use Google-managed keys: the rule applies in preprod and prod only", () => {
    na(judge(rule, res("google_storage_bucket", {}), "dev"));
    bad(judge(rule, res("google_storage_bucket", {}), "preprod"), /^not encrypted/);
  });
});

describe("MLOPS-KMS-001 key rotation", () => {
  const rule = KmsRotation;
  test("90 days or less is compliant", () => {
    ok(judge(rule, res("google_kms_crypto_key", { rotation_period: "7776000s" })));
    ok(judge(rule, res("google_kms_crypto_key", { purpose: "ENCRYPT_DECRYPT", rotation_period: "2592000.5s" })));
  });
  test("no rotation, more than 90 days, or a malformed period is not", () => {
    bad(judge(rule, res("google_kms_crypto_key", {})), "rotation_period is not set, so the key never rotates; set it to 7776000s (90 days) or less");
    bad(judge(rule, res("google_kms_crypto_key", { rotation_period: "31536000s" })), "rotation_period is 31536000s (365 days); set it to 7776000s (90 days) or less");
    bad(judge(rule, res("google_kms_crypto_key", { rotation_period: "90d" })), 'rotation_period is "90d", not a duration in seconds such as "7776000s"');
  });
  test("asymmetric keys do not rotate automatically: not applicable", () => {
    na(judge(rule, res("google_kms_crypto_key", { purpose: "ASYMMETRIC_SIGN" })));
  });
});

describe("MLOPS-WB-001 no public IP", () => {
  const rule = WorkbenchNoPublicIp;
  test("disable_public_ip (no_public_ip on notebooks instances) is compliant", () => {
    ok(judge(rule, res("google_workbench_instance", { gce_setup: { disable_public_ip: true, network_interfaces: [{ network: "n" }] } })));
    ok(judge(rule, res("google_notebooks_instance", { no_public_ip: true })));
  });
  test("unset, false, or an access config is not", () => {
    bad(judge(rule, res("google_workbench_instance", {})), "gce_setup.disable_public_ip is not set (the default gives the VM an external IP); set it to true");
    bad(judge(rule, res("google_notebooks_instance", { no_public_ip: false })), "no_public_ip is false; set it to true");
    bad(
      judge(rule, res("google_workbench_instance", { gce_setup: { disable_public_ip: true, network_interfaces: [{ network: "n", access_configs: [{ external_ip: "1.2.3.4" }] }] } })),
      "gce_setup.network_interfaces[0].access_configs assigns an external IP; remove it",
    );
  });
});

describe("MLOPS-WB-002 Shielded VM", () => {
  const rule = WorkbenchShieldedVm;
  test("Secure Boot on (vTPM and integrity monitoring on by default) is compliant", () => {
    ok(judge(rule, res("google_workbench_instance", { gce_setup: { shielded_instance_config: { enable_secure_boot: true } } })));
    ok(judge(rule, res("google_notebooks_instance", { shielded_instance_config: { enable_secure_boot: true, enable_vtpm: true, enable_integrity_monitoring: true } })));
  });
  test("Secure Boot left at its default, or vTPM turned off, is not", () => {
    bad(judge(rule, res("google_workbench_instance", {})), "gce_setup.shielded_instance_config leaves enable_secure_boot (off by default) off; set it to true");
    bad(
      judge(rule, res("google_workbench_instance", { gce_setup: { shielded_instance_config: { enable_secure_boot: true, enable_vtpm: false, enable_integrity_monitoring: false } } })),
      "gce_setup.shielded_instance_config leaves enable_vtpm, enable_integrity_monitoring off; set them to true",
    );
  });
});

describe("MLOPS-WB-003 dedicated service account", () => {
  const rule = WorkbenchServiceAccount;
  const wb = (email?: string) => res("google_workbench_instance", { gce_setup: email === undefined ? {} : { service_accounts: [{ email }] } });
  test("a user-managed account, literal or a reference to one the stack creates, is compliant", () => {
    ok(judge(rule, wb("prod-workbench@acme-ml-prod.iam.gserviceaccount.com")));
    ok(judge(rule, wb("${google_service_account.wb.email}"), "prod", [res("google_service_account", { account_id: "prod-workbench" }, "wb")]));
  });
  test("no account, or a default one, is not", () => {
    bad(judge(rule, wb()), "gce_setup.service_accounts[0].email is not set, so the VM runs as the Compute Engine default service account; set a dedicated account");
    bad(judge(rule, wb("123456789-compute@developer.gserviceaccount.com")), 'gce_setup.service_accounts[0].email is "123456789-compute@developer.gserviceaccount.com", a default service account; set a dedicated account');
    bad(judge(rule, res("google_notebooks_instance", { service_account: "${data.google_compute_default_service_account.d.email}" })), /^service_account is .*, a default service account/);
  });
  test("an account from a variable cannot be judged", () => {
    bad(judge(rule, wb("${var.sa}")), /which cannot be judged at synth time/, true);
  });
});

describe("MLOPS-VAI-001 private endpoints in prod", () => {
  const rule = VertexPrivateEndpoint;
  test("a network or Private Service Connect is compliant", () => {
    ok(judge(rule, res("google_vertex_ai_endpoint", { network: "projects/123/global/networks/prod-vpc" })));
    ok(judge(rule, res("google_vertex_ai_endpoint", { private_service_connect_config: { enable_private_service_connect: true, project_allowlist: ["p"] } })));
    ok(judge(rule, res("google_vertex_ai_index_endpoint", { network: "${google_compute_network.n.id}" })));
  });
  test("neither, or an index endpoint's public endpoint, is not", () => {
    bad(
      judge(rule, res("google_vertex_ai_endpoint", { display_name: "churn" })),
      "neither network (private services access) nor private_service_connect_config.enable_private_service_connect is set, so the endpoint is public",
    );
    bad(judge(rule, res("google_vertex_ai_index_endpoint", { public_endpoint_enabled: true })), "public_endpoint_enabled is true; turn it off and use network or private_service_connect_config");
  });
  test("applies to prod only", () => {
    na(judge(rule, res("google_vertex_ai_endpoint", {}), "preprod"));
    na(judge(rule, res("google_vertex_ai_endpoint", {}), "dev"));
  });
});

describe("MLOPS-IAM-001 basic roles", () => {
  const rule = IamNoPrimitiveRoles;
  test("predefined roles are compliant", () => {
    ok(judge(rule, res("google_project_iam_member", { role: "roles/aiplatform.user", member: "serviceAccount:a@p.iam.gserviceaccount.com" })));
  });
  test("owner, editor or viewer in a member, binding or policy is not", () => {
    bad(judge(rule, res("google_project_iam_member", { role: "roles/editor", member: "user:a@example.com" })), "grants the basic role roles/editor; grant a predefined role on the resource that needs it");
    bad(judge(rule, res("google_storage_bucket_iam_binding", { role: "roles/viewer", members: ["group:g@example.com"] })), /^grants the basic role roles\/viewer/);
    bad(judge(rule, res("google_project_iam_policy", { policy_data: JSON.stringify({ bindings: [{ role: "roles/owner", members: ["user:a@example.com"] }] }) })), /^grants the basic role roles\/owner/);
    const policy = data("google_iam_policy", { binding: [{ role: "roles/owner", members: ["user:a@example.com"] }] }, "p");
    bad(judge(rule, res("google_folder_iam_policy", { policy_data: "${data.google_iam_policy.p.policy_data}" }), "prod", [policy]), /^grants the basic role roles\/owner/);
  });
  test("a role or policy that cannot be read is reported", () => {
    bad(judge(rule, res("google_project_iam_member", { role: "${var.role}", member: "user:a@example.com" })), 'role is "${var.role}", which cannot be judged at synth time; use a literal role, or suppress with a reason', true);
    bad(judge(rule, res("google_project_iam_policy", { policy_data: "${var.policy}" })), /^policy_data is "\$\{var\.policy\}", which cannot be judged/, true);
  });
  test("resources other than IAM members, bindings and policies are not applicable", () => {
    na(judge(rule, res("google_project_iam_audit_config", { service: "allServices" })));
    na(judge(rule, res("google_storage_bucket", {})));
  });
});

describe("MLOPS-IAM-002 allUsers and allAuthenticatedUsers", () => {
  const rule = IamNoPublicPrincipals;
  test("named members and ACL entries are compliant", () => {
    ok(judge(rule, res("google_storage_bucket_iam_member", { role: "roles/storage.objectViewer", member: "serviceAccount:${google_service_account.a.email}" })));
    ok(judge(rule, res("google_kms_crypto_key_iam_member", { role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", member: "${data.google_storage_project_service_account.s.member}" })));
    ok(judge(rule, res("google_storage_bucket_acl", { role_entity: ["OWNER:project-owners-123", "READER:group-g@example.com"] })));
  });
  test("a public member, ACL entry or canned ACL is not", () => {
    bad(judge(rule, res("google_storage_bucket_iam_member", { role: "roles/storage.objectViewer", member: "allUsers" })), "grants access to allUsers (member); grant named principals instead");
    bad(judge(rule, res("google_cloud_run_v2_service_iam_binding", { role: "roles/run.invoker", members: ["allAuthenticatedUsers"] })), "grants access to allAuthenticatedUsers (members); grant named principals instead");
    bad(judge(rule, res("google_storage_bucket_acl", { role_entity: ["READER:allUsers"] })), "grants access to READER:allUsers (role_entity[0]); grant named principals instead");
    bad(judge(rule, res("google_storage_object_acl", { predefined_acl: "publicRead" })), "grants access to publicRead (predefined_acl); grant named principals instead");
  });
  test("allUsers in any other attribute of any resource is found", () => {
    bad(judge(rule, res("google_some_future_resource", { sharing: { readers: ["allUsers"] } })), "grants access to allUsers (sharing.readers[0]); grant named principals instead");
  });
  test("a member from a variable cannot be judged", () => {
    bad(judge(rule, res("google_pubsub_topic_iam_member", { role: "roles/pubsub.publisher", member: "${var.publisher}" })), /^member is "\$\{var\.publisher\}", which cannot be judged/, true);
  });
  test("BigQuery datasets are left to MLOPS-BQ-001", () => {
    na(judge(rule, res("google_bigquery_dataset_iam_member", { role: "roles/bigquery.dataViewer", member: "allUsers" })));
  });
});

describe("MLOPS-IAM-003 default service accounts", () => {
  const rule = IamNoDefaultServiceAccounts;
  test("dedicated accounts are compliant", () => {
    ok(judge(rule, res("google_project_iam_member", { role: "roles/logging.logWriter", member: "serviceAccount:prod-serving@acme-ml-prod.iam.gserviceaccount.com" })));
  });
  test("granting to, or running as, a default account is not", () => {
    bad(
      judge(rule, res("google_project_iam_member", { role: "roles/storage.admin", member: "serviceAccount:123456789-compute@developer.gserviceaccount.com" })),
      'member is "serviceAccount:123456789-compute@developer.gserviceaccount.com": a default service account; use a dedicated one',
    );
    bad(judge(rule, res("google_compute_instance", { service_account: { email: "acme-ml-prod@appspot.gserviceaccount.com" } })), /^service_account\.email is "acme-ml-prod@appspot\.gserviceaccount\.com": a default/);
    bad(judge(rule, res("google_cloud_run_v2_job", { template: { template: { service_account: "${data.google_compute_default_service_account.d.email}" } } })), /^template\.template\.service_account is .*: a default service account/);
  });
  test("Workbench and Notebooks instances are left to MLOPS-WB-003", () => {
    na(judge(rule, res("google_workbench_instance", { gce_setup: { service_accounts: [{ email: "1-compute@developer.gserviceaccount.com" }] } })));
  });
});

describe("MLOPS-NET-001 ingress from anywhere", () => {
  const rule = NetNoIngressFromAnywhere;
  test("allow rules from named ranges, tags or accounts are compliant", () => {
    ok(judge(rule, res("google_compute_firewall", { direction: "INGRESS", allow: [{ protocol: "tcp", ports: ["22"] }], source_ranges: ["35.235.240.0/20"] })));
    ok(judge(rule, res("google_compute_firewall", { allow: [{ protocol: "tcp" }], source_tags: ["web"] })));
  });
  test("an allow rule from 0.0.0.0/0 or ::/0 is not", () => {
    bad(judge(rule, res("google_compute_firewall", { allow: [{ protocol: "tcp", ports: ["443"] }], source_ranges: ["10.0.0.0/8", "0.0.0.0/0"] })), "allows ingress from 0.0.0.0/0 (source_ranges); allow only the ranges that need access");
    bad(
      judge(rule, res("google_compute_network_firewall_policy_rule", { action: "allow", direction: "INGRESS", match: { src_ip_ranges: ["::/0"] } })),
      "allows ingress from ::/0 (match.src_ip_ranges); allow only the ranges that need access",
    );
    bad(judge(rule, res("google_compute_firewall", { allow: [{ protocol: "tcp" }] })), "sets no source_ranges, source_tags or source_service_accounts; name the sources that need access");
  });
  test("deny, egress and disabled rules are not applicable", () => {
    na(judge(rule, res("google_compute_firewall", { direction: "INGRESS", deny: [{ protocol: "all" }], source_ranges: ["0.0.0.0/0"] })));
    na(judge(rule, res("google_compute_firewall", { direction: "EGRESS", allow: [{ protocol: "all" }], destination_ranges: ["0.0.0.0/0"] })));
    na(judge(rule, res("google_compute_firewall", { disabled: true, allow: [{ protocol: "all" }], source_ranges: ["0.0.0.0/0"] })));
  });
  test("source ranges from a variable cannot be judged", () => {
    bad(judge(rule, res("google_compute_firewall", { allow: [{ protocol: "tcp" }], source_ranges: "${var.ranges}" })), /^source_ranges is "\$\{var\.ranges\}", which cannot be judged/, true);
  });
});

describe("MLOPS-NET-002 flow logs", () => {
  const rule = NetSubnetFlowLogs;
  test("a log_config block is compliant", () => ok(judge(rule, res("google_compute_subnetwork", { log_config: { flow_sampling: 0.5, aggregation_interval: "INTERVAL_5_SEC" } }))));
  test("no log_config, or sampling 0, is not", () => {
    bad(judge(rule, res("google_compute_subnetwork", {})), "log_config is not set, so no flow logs are recorded; add a log_config block");
    bad(judge(rule, res("google_compute_subnetwork", { log_config: { flow_sampling: 0 } })), "log_config.flow_sampling is 0, so no flows are recorded; set it above 0");
  });
  test("proxy-only subnets are not applicable", () => na(judge(rule, res("google_compute_subnetwork", { purpose: "REGIONAL_MANAGED_PROXY" }))));
});

describe("MLOPS-NET-003 Private Google Access", () => {
  const rule = NetPrivateGoogleAccess;
  test("on is compliant", () => ok(judge(rule, res("google_compute_subnetwork", { private_ip_google_access: true }))));
  test("off or unset is not", () => {
    bad(judge(rule, res("google_compute_subnetwork", {})), "private_ip_google_access is not set (default false); set it to true");
    bad(judge(rule, res("google_compute_subnetwork", { private_ip_google_access: false })), "private_ip_google_access is false; set it to true");
  });
  test("is a warning", () => assert.equal(rule.level, "warning"));
});

describe("MLOPS-LOG-001 Data Access audit logs (stack rule)", () => {
  const rule = LogDataAccessAudit;
  const bucket = res("google_storage_bucket", { project: "acme-ml-prod", name: "b" });
  const dataset = res("google_bigquery_dataset", { project: "acme-ml-prod", dataset_id: "d" });
  const audit = (service: string, logTypes: string[], name = service.split(".")[0], exempted?: string[]) =>
    res("google_project_iam_audit_config", { project: "acme-ml-prod", service, audit_log_config: logTypes.map((t) => ({ log_type: t, ...(exempted ? { exempted_members: exempted } : {}) })) }, name);
  const run = (resources: PolicyResource[], tier: Tier = "prod") => rule.check(resources, { tier });

  test("an audit config per data service the stack uses, or allServices, is compliant", () => {
    assert.deepEqual(run([bucket, dataset, audit("storage.googleapis.com", ["DATA_READ", "DATA_WRITE"]), audit("bigquery.googleapis.com", ["ADMIN_READ", "DATA_READ", "DATA_WRITE"])]), []);
    assert.deepEqual(run([bucket, dataset, audit("allServices", ["DATA_READ", "DATA_WRITE"])]), []);
  });
  test("a missing service, a missing log type or exempted members are not", () => {
    assert.deepEqual(run([bucket, dataset, audit("storage.googleapis.com", ["DATA_WRITE"])]), [
      {
        address: "project:acme-ml-prod",
        finding:
          "no Data Access audit logs (DATA_READ, DATA_WRITE, no exempted members) for storage.googleapis.com, bigquery.googleapis.com; add google_project_iam_audit_config for each or for allServices",
      },
    ]);
    assert.equal(run([bucket, audit("storage.googleapis.com", ["DATA_READ", "DATA_WRITE"], "s", ["user:a@example.com"])]).length, 1);
  });
  test("applies in preprod and prod; dev is not judged", () => {
    const report = evaluate([bucket], { tier: "dev", rules: [rule] });
    assert.equal(report.rules[0].applies, false);
    assert.deepEqual(report.findings, []);
    assert.equal(evaluate([bucket], { tier: "preprod", rules: [rule] }).findings.length, 1);
  });
});

describe("MLOPS-LBL-001 labels", () => {
  const rule = LabelsPresent;
  test("the four labels (labels, or user_labels for Monitoring) are compliant", () => {
    ok(judge(rule, res("google_storage_bucket", { labels: { ...LABELS, "cost-center": "ml" } })));
    ok(judge(rule, res("google_monitoring_alert_policy", { user_labels: LABELS })));
  });
  test("missing labels are named", () => {
    bad(judge(rule, res("google_workbench_instance", { labels: { environment: "prod", component: "workbench" } })), "labels lacks tier, managed-by");
    bad(judge(rule, res("google_vertex_ai_endpoint", {})), "labels is not set; add environment, tier, component, managed-by");
  });
  test("types that take no labels are not applicable", () => {
    na(judge(rule, res("google_kms_key_ring", {})));
    na(judge(rule, res("google_compute_subnetwork", {})));
  });
  test("is a warning", () => assert.equal(rule.level, "warning"));
});

describe("MLOPS-DATA-001 prevent_destroy in prod", () => {
  const rule = DataPreventDestroy;
  test('lifecycle.prevent_destroy with deletion_policy = "PREVENT" is compliant; a key ring has no deletion_policy', () => {
    ok(judge(rule, res("google_vertex_ai_feature_online_store", { lifecycle: { prevent_destroy: true }, deletion_policy: "PREVENT" })));
    ok(judge(rule, res("google_kms_key_ring", { lifecycle: { prevent_destroy: true } })));
  });
  test("without either, a stateful resource is not", () => {
    bad(
      judge(rule, res("google_kms_crypto_key", {})),
      'lifecycle.prevent_destroy is not set and deletion_policy is "DELETE", not "PREVENT", so a plan could destroy it and its key versions: data encrypted with them becomes unreadable',
    );
    bad(
      judge(rule, res("google_storage_bucket", { lifecycle: { create_before_destroy: true }, deletion_policy: "PREVENT" })),
      "lifecycle.prevent_destroy is not set, so a plan could destroy it and its objects",
    );
    bad(
      judge(rule, res("google_storage_bucket", { lifecycle: { prevent_destroy: true }, deletion_policy: "ABANDON" })),
      'deletion_policy is "ABANDON", not "PREVENT", so a plan could destroy it and its objects',
    );
  });
  test("applies to prod only, and to stateful types only", () => {
    na(judge(rule, res("google_storage_bucket", {}), "preprod"));
    na(judge(rule, res("google_compute_firewall", {})));
  });
});

describe("MLOPS-DATA-002 no teardown flags in preprod and prod", () => {
  const rule = DataNoTeardown;
  test("no flag, or a safe value, is compliant", () => {
    ok(judge(rule, res("google_storage_bucket", { force_destroy: false })));
    ok(judge(rule, res("google_bigquery_dataset", {})));
    ok(judge(rule, res("google_bigquery_table", { deletion_protection: true })));
  });
  test("force_destroy, delete_contents_on_destroy or deletion_protection = false is not", () => {
    bad(judge(rule, res("google_storage_bucket", { force_destroy: true })), "force_destroy is true, so a destroy would also delete the objects; remove it");
    bad(judge(rule, res("google_bigquery_dataset", { delete_contents_on_destroy: true }), "preprod"), "delete_contents_on_destroy is true, so a destroy would also delete the tables; remove it");
    bad(judge(rule, res("google_bigquery_table", { deletion_protection: false })), "deletion_protection is false, so a destroy would also delete the rows; set it to true");
    bad(judge(rule, res("google_vertex_ai_feature_online_store", { force_destroy: true })), /^force_destroy is true/);
  });
  test("dev may tear down", () => na(judge(rule, res("google_storage_bucket", { force_destroy: true }), "dev")));
});
