/**
 * A Mermaid diagram of an environment, drawn from its synthesized resources: the network, buckets,
 * datasets, repositories, service accounts, Workbench instances, endpoints, resource pools, feature
 * stores and pipeline triggers as nodes grouped by capability; edges for IAM grants (account →
 * resource, labelled with the role), for references between them (a subnet's network, an
 * instance's subnet) and for "runs as" (a resource naming an account's email). Renders in GitHub
 * and GitLab Markdown.
 */
import { own } from "../core/lookup";
import { isExpression, referencesIn, ResourceEntry, StackModel, valueAt } from "./model";

/** Resource types drawn as nodes: what they are called, and which attribute names them. */
export const NODE_TYPES: Readonly<Record<string, { readonly kind: string; readonly name: readonly string[]; readonly shape: "box" | "store" | "round" | "hex" }>> = {
  google_compute_network: { kind: "VPC", name: ["name"], shape: "hex" },
  google_compute_subnetwork: { kind: "subnet", name: ["name", "ip_cidr_range"], shape: "hex" },
  google_storage_bucket: { kind: "bucket", name: ["name"], shape: "store" },
  google_bigquery_dataset: { kind: "dataset", name: ["dataset_id"], shape: "store" },
  google_artifact_registry_repository: { kind: "repository", name: ["repository_id"], shape: "store" },
  google_service_account: { kind: "service account", name: ["account_id"], shape: "round" },
  google_workbench_instance: { kind: "Workbench", name: ["name"], shape: "box" },
  google_vertex_ai_endpoint: { kind: "endpoint", name: ["display_name", "name"], shape: "box" },
  google_vertex_ai_endpoint_with_model_garden_deployment: { kind: "endpoint", name: ["endpoint_config.endpoint_display_name", "publisher_model_name", "hugging_face_model_id"], shape: "box" },
  google_vertex_ai_deployment_resource_pool: { kind: "resource pool", name: ["name"], shape: "box" },
  google_vertex_ai_feature_online_store: { kind: "online store", name: ["name"], shape: "store" },
  google_vertex_ai_feature_online_store_featureview: { kind: "feature view", name: ["name"], shape: "box" },
  google_vertex_ai_feature_group: { kind: "feature group", name: ["name"], shape: "store" },
  google_vertex_ai_tensorboard: { kind: "TensorBoard", name: ["display_name"], shape: "store" },
  google_cloud_scheduler_job: { kind: "pipeline schedule", name: ["name"], shape: "box" },
  google_cloudbuild_trigger: { kind: "pipeline trigger", name: ["name"], shape: "box" },
  google_pubsub_topic: { kind: "topic", name: ["name"], shape: "box" },
  google_eventarc_trigger: { kind: "pipeline trigger", name: ["name"], shape: "box" },
  google_cloudfunctions2_function: { kind: "function", name: ["name"], shape: "box" },
  google_cloud_run_v2_job: { kind: "job", name: ["name"], shape: "box" },
  google_cloud_run_v2_service: { kind: "service", name: ["name"], shape: "box" },
  google_workflows_workflow: { kind: "workflow", name: ["name"], shape: "box" },
  google_iam_workload_identity_pool: { kind: "identity pool", name: ["workload_identity_pool_id"], shape: "round" },
};

/** How a resource reviewed against a base is drawn. */
export type NodeState = "added" | "changed" | "removed" | "danger";

export interface DiagramOptions {
  /** Node states by address (from the diff); removed resources are drawn from `removed`. */
  readonly states?: ReadonlyMap<string, NodeState>;
  /** Resources of the base that the head removes, drawn dashed. */
  readonly removed?: readonly ResourceEntry[];
  /** Title comment on the first line. */
  readonly title?: string;
}

/** Mermaid-safe label text (quotes and angle brackets escaped). */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "#quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;");
}

function nodeName(r: ResourceEntry): string {
  for (const k of own(NODE_TYPES, r.type)?.name ?? []) {
    const v = valueAt(r.attributes, k);
    if (typeof v === "string" && !isExpression(v)) return v;
  }
  // No literal name: the construct path below the capability, e.g. `churn/Deployment`.
  const segments = r.path.split("/");
  const i = segments.indexOf(r.capability);
  return (i >= 0 ? segments.slice(i + 1) : segments).join("/") || r.logicalId;
}

function shape(id: string, kind: string, name: string, s: (typeof NODE_TYPES)[string]["shape"]): string {
  const label = `"${esc(kind)}<br/>${esc(name)}"`;
  switch (s) {
    case "store":
      return `${id}[(${label})]`;
    case "round":
      return `${id}([${label}])`;
    case "hex":
      return `${id}{{${label}}}`;
    default:
      return `${id}[${label}]`;
  }
}

/** The short name of a role for an edge label: roles/storage.objectViewer → storage.objectViewer. */
export function roleLabel(role: string): string {
  return role.replace(/^roles\//, "").replace(/^projects\/[^/]+\/roles\//, "");
}

const IAM_TYPE = /_iam_(member|binding)$/;
const SERVICE_ACCOUNT_EMAIL = /[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com/g;

/** Every string inside a value, with the nearest object key above it. */
function stringsIn(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => stringsIn(v, key));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => stringsIn(v, k));
  return [];
}

/**
 * The environment as a Mermaid flowchart. Node ids follow the sorted addresses, so the same stack
 * always gives the same text.
 */
export function renderDiagram(stack: StackModel, options: DiagramOptions = {}): string {
  const all = [...stack.resources.values(), ...(options.removed ?? [])].filter((r) => own(NODE_TYPES, r.type));
  all.sort((a, b) => a.address.localeCompare(b.address));
  const ids = new Map<string, string>();
  all.forEach((r, i) => ids.set(r.address, `n${i}`));
  const states = new Map(options.states ?? []);
  for (const r of options.removed ?? []) states.set(r.address, "removed");

  // Service accounts by email, so grants and "runs as" naming an email find their node.
  const byEmail = new Map<string, string>();
  for (const r of all) {
    if (r.type !== "google_service_account") continue;
    const account = r.attributes.account_id;
    const project = r.attributes.project;
    if (typeof account === "string" && typeof project === "string" && !isExpression(account) && !isExpression(project)) {
      byEmail.set(`${account}@${project}.iam.gserviceaccount.com`, r.address);
    }
  }
  const accountOfMember = (member: unknown): string | undefined => {
    if (typeof member !== "string") return undefined;
    const ref = referencesIn(member).find(([a]) => a.startsWith("google_service_account."));
    if (ref) return ref[0];
    const m = /^serviceAccount:(.+)$/.exec(member);
    return m ? byEmail.get(m[1]) : undefined;
  };

  const edges = new Map<string, Set<string>>(); // "from->to" → labels
  const edge = (from: string | undefined, to: string | undefined, label: string) => {
    if (!from || !to || from === to || !ids.has(from) || !ids.has(to)) return;
    const key = `${from}->${to}`;
    if (!edges.has(key)) edges.set(key, new Set());
    edges.get(key)!.add(label);
  };

  for (const r of [...stack.resources.values(), ...(options.removed ?? [])]) {
    if (IAM_TYPE.test(r.type)) {
      // Grant: the account → the resource the IAM member is attached to.
      const targets = referencesIn(Object.fromEntries(Object.entries(r.attributes).filter(([k]) => k !== "member" && k !== "members" && k !== "depends_on")))
        .map(([a]) => a)
        .filter((a) => ids.has(a));
      const members = Array.isArray(r.attributes.members) ? r.attributes.members : [r.attributes.member];
      const role = typeof r.attributes.role === "string" ? roleLabel(r.attributes.role) : "access";
      for (const member of members) {
        const account = accountOfMember(member);
        for (const t of new Set(targets)) edge(account, t, role);
      }
      continue;
    }
    if (!ids.has(r.address)) continue;
    // References to other nodes (a subnet's network, an instance's subnet), labelled by the
    // attribute that holds them; an account named by reference or by email is "runs as" (a
    // Workbench instance's service account, a scheduler job's OIDC token).
    const { depends_on: _d, lifecycle: _l, ...args } = r.attributes;
    for (const [key, text] of stringsIn(args)) {
      for (const [target] of referencesIn(text)) {
        edge(r.address, target, target.startsWith("google_service_account.") ? "runs as" : key.replace(/_/g, " "));
      }
      for (const email of text.match(SERVICE_ACCOUNT_EMAIL) ?? []) edge(r.address, byEmail.get(email), "runs as");
    }
  }

  const lines: string[] = ["flowchart LR"];
  if (options.title) lines.unshift(`%% ${options.title}`);
  const byCapability = new Map<string, ResourceEntry[]>();
  for (const r of all) {
    if (!byCapability.has(r.capability)) byCapability.set(r.capability, []);
    byCapability.get(r.capability)!.push(r);
  }
  let g = 0;
  for (const [capability, members] of [...byCapability].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  subgraph g${g++}["${esc(capability)}"]`);
    for (const r of members) {
      const spec = own(NODE_TYPES, r.type)!; // members are filtered to NODE_TYPES
      const state = states.get(r.address);
      const name = state === "removed" ? `${nodeName(r)} (removed)` : nodeName(r);
      lines.push(`    ${shape(ids.get(r.address)!, spec.kind, name, spec.shape)}`);
    }
    lines.push("  end");
  }
  for (const key of [...edges.keys()].sort()) {
    const [from, to] = key.split("->");
    const label = [...edges.get(key)!].sort().join(", ");
    lines.push(`  ${ids.get(from)} -->|"${esc(label)}"| ${ids.get(to)}`);
  }
  const classes: Record<NodeState, string> = {
    added: "fill:#dafbe1,stroke:#1a7f37",
    changed: "fill:#fff8c5,stroke:#9a6700",
    removed: "fill:#ffebe9,stroke:#cf222e,stroke-dasharray:4 3",
    danger: "fill:#ffebe9,stroke:#cf222e,stroke-width:3px",
  };
  const used = new Set<NodeState>();
  for (const r of all) {
    const s = states.get(r.address);
    if (s) {
      used.add(s);
      lines.push(`  class ${ids.get(r.address)} ${s}`);
    }
  }
  for (const s of used) lines.push(`  classDef ${s} ${classes[s]}`);
  return lines.join("\n");
}
