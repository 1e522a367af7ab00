/**
 * The quota budget of an app: what every stack consumes of each project quota (lib/catalog/quotas.ts),
 * added up per project, and per project and region for regional quotas, across every stack, since
 * several environments may share a project and an environment's resources may span several stacks.
 *
 * Pure functions over plain records ({@link QuotaResource}), so the same budget is computed from
 * the construct tree at synthesis (lib/quota/tree.ts) and from synthesized Terraform JSON in review
 * (lib/quota/json.ts).
 */
import { QUOTA_KEYS, QUOTAS, QuotaFact, QuotaKey, titleInSentence as lower } from "../catalog/quotas";
import type { Problem } from "../core/errors";

/** One resource as the budget sees it. */
export interface QuotaResource {
  /** The Terraform resource type. */
  readonly type: string;
  /** Construct path (or Terraform address when there is none). */
  readonly path: string;
  /** The project it is created in: its own `project` argument, else its provider's. */
  readonly project?: string;
  /** Its region: its own `region` or `location` argument, else its provider's. */
  readonly region?: string;
  /** For an alert policy: its number of conditions and of notification channels. */
  readonly conditions?: number;
  readonly channels?: number;
}

/** One stack of the app as the budget sees it. */
export interface QuotaStack {
  readonly stack: string;
  /** The environment the stack builds, when it is an environment's stack. */
  readonly environment?: string;
  /** The environment file, for problems. */
  readonly file?: string;
  /** Line of a field path in the file. */
  readonly locate?: (path: readonly PropertyKey[]) => { line?: number; column?: number };
  /** Where declarations apply: the environment's project and region. */
  readonly project?: string;
  readonly region?: string;
  /** Increases the environment declares under `quotas:`. */
  readonly declared?: Readonly<Partial<Record<QuotaKey, number>>>;
  /** The environment's model names, to attribute resources to models by construct path. */
  readonly models?: readonly string[];
  readonly resources: readonly QuotaResource[];
}

/** How a budget row stands against its value. */
export type QuotaState = "within" | "over" | "unknown" | "over-unconfirmed";

/** One quota in one project (and region). */
export interface QuotaBudgetRow {
  readonly quota: QuotaKey;
  readonly project: string;
  /** For regional quotas. */
  readonly region?: string;
  /** The count (for per-policy limits: the largest policy). */
  readonly used: number;
  /** Google's default, when known. */
  readonly default?: number;
  /** The largest value declared for this project (and region), and by which stack. */
  readonly declared?: { readonly value: number; readonly stack: string };
  /** The value checked against: declared, else Google's default. */
  readonly limit?: number;
  /**
   * `over` fails synthesis (over a declared value or a confirmed default); `over-unconfirmed` is
   * over a default no source confirmed, and `unknown` has no value to check: both are warnings.
   */
  readonly state: QuotaState;
  /** Use per stack, largest first. */
  readonly stacks: readonly { readonly stack: string; readonly used: number }[];
  /** Use per model, largest first; resources of no model are in `unattributed`. */
  readonly models: readonly { readonly model: string; readonly used: number }[];
  readonly unattributed: number;
  /** For per-policy limits: the largest policy's path. */
  readonly policy?: string;
}

export interface QuotaBudget {
  /** Rows with any use, by quota (catalog order), project and region. */
  readonly rows: readonly QuotaBudgetRow[];
  /** Rows over a declared value or a confirmed default: synthesis fails on them. */
  readonly errors: readonly Problem[];
  /**
   * Rows over an unconfirmed default, one each; and the rows whose default is unknown, one problem
   * per environment file listing them (they are shown on every synthesis, so they stay one line).
   */
  readonly warnings: readonly Problem[];
}

/** The model of a construct path: a segment that is a model name or ends in `-<name>`, the longest name winning. */
export function modelOf(path: string, models: readonly string[] | ReadonlySet<string>): string | undefined {
  const names = models instanceof Set ? (models as ReadonlySet<string>) : new Set(models as readonly string[]);
  let best: string | undefined;
  const consider = (name: string) => {
    if (names.has(name) && (best === undefined || name.length > best.length)) best = name;
  };
  for (const segment of path.split("/")) {
    consider(segment);
    for (let i = segment.indexOf("-"); i >= 0; i = segment.indexOf("-", i + 1)) consider(segment.slice(i + 1));
  }
  return best;
}

interface Bucket {
  readonly quota: QuotaKey;
  readonly project: string;
  readonly region?: string;
  used: number;
  policy?: string;
  readonly stacks: Map<string, number>;
  readonly models: Map<string, number>;
  unattributed: number;
}

const byUse = <T extends { used: number }>(a: T, b: T) => b.used - a.used;
/** One formatter: `toLocaleString` builds a new one on every call. */
const NUMBER = new Intl.NumberFormat("en-US");
const n = (x: number) => NUMBER.format(x);

/** Where a row counts: `project acme` or `project acme in us-central1`. */
export function whereOf(row: { readonly project: string; readonly region?: string }): string {
  return `project ${row.project}${row.region ? ` in ${row.region}` : ""}`;
}

/** What the value checked against is, in words: "the declared 2,000 (stack 'prod')", "Google's default of 2,000 (source)". */
function valueWords(row: QuotaBudgetRow, q: QuotaFact): string {
  const google = q.default !== undefined ? `Google's ${q.kind === "limit" ? "limit" : "default"} of ${n(q.default)}${q.status === "unconfirmed" ? " (unconfirmed)" : ""}` : "Google's default (unknown)";
  if (row.declared) return `the declared ${n(row.declared.value)} (quotas.${row.quota} of stack '${row.declared.stack}'; ${google}, ${q.source})`;
  return `${google} (${q.source})`;
}

function contributors(row: QuotaBudgetRow): string {
  const stacks = row.stacks.map((s) => `${s.stack} ${n(s.used)}`).join(", ");
  if (row.policy) return `the largest policy is ${row.policy}; stacks: ${stacks}`;
  const top = row.models.slice(0, 5).map((m) => `${m.model} ${n(m.used)}`).join(", ");
  const modelsPart = row.models.length
    ? `; ${n(row.models.length)} model${row.models.length === 1 ? "" : "s"} add ${n(row.models.reduce((a, m) => a + m.used, 0))} (most: ${top}${row.models.length > 5 ? ", …" : ""})`
    : "";
  const rest = row.unattributed ? `; ${n(row.unattributed)} belong to no model` : "";
  return `stacks: ${stacks}${modelsPart}${rest}`;
}

function waysOut(row: QuotaBudgetRow, q: QuotaFact): string {
  const restructure =
    q.scope === "alert policy"
      ? "split the policy's conditions or channels across policies"
      : `restructure: fewer models per project (split environments into projects of their own)${row.quota === "deploymentResourcePoolsPerRegion" ? ", co-host models on one deployment resource pool (models[].pool; tiers without customer-managed keys only)" : ""}${row.quota === "vertexEndpointsPerRegion" ? " (this library gives each model an endpoint of its own: its traffic split, alerts and capacity are per endpoint)" : ""}${q.scope === "project and region" ? ", or spread them over regions" : ""}`;
  if (q.kind === "limit") return `Google does not raise this limit: ${restructure}`;
  return `ways out: request an increase of the quota for ${whereOf(row)} (IAM & Admin > Quotas) and declare the granted value as quotas.${row.quota} in the environment file; or ${restructure}`;
}

/** The message of a row over its value. */
export function overMessage(row: QuotaBudgetRow): string {
  const q: QuotaFact = QUOTAS[row.quota];
  const what = q.scope === "alert policy" ? `an alert policy in ${whereOf(row)} has ${n(row.used)} (${lower(q.title)})` : `${whereOf(row)} would have ${n(row.used)} ${lower(q.title)}`;
  return `${what}, over ${valueWords(row, q)}; ${contributors(row)}; ${waysOut(row, q)}`;
}

/** The message of a row over an unconfirmed default. */
function warningMessage(row: QuotaBudgetRow): string {
  const q: QuotaFact = QUOTAS[row.quota];
  const count = q.scope === "alert policy" ? `an alert policy in ${whereOf(row)} has ${n(row.used)} (${lower(q.title)})` : `${whereOf(row)} uses ${n(row.used)} ${lower(q.title)}`;
  return `${count}, over ${valueWords(row, q)}, which no source confirmed: not failed; if Google refuses the apply, ${waysOut(row, q)}; ${contributors(row)}`;
}

/**
 * Adds up every stack's use of each quota per project (and region), checks it against the largest
 * value declared for that project (and region), else Google's default, and returns the rows with
 * the problems: errors over a declared value or a confirmed default, warnings where the default is
 * unknown or unconfirmed. Resources with no known project are left out.
 */
export function quotaBudget(stacks: readonly QuotaStack[]): QuotaBudget {
  const buckets = new Map<string, Bucket>();
  const bucket = (quota: QuotaKey, project: string, region?: string): Bucket => {
    const key = `${quota}\u0000${project}\u0000${region ?? ""}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { quota, project, region, used: 0, stacks: new Map(), models: new Map(), unattributed: 0 }));
    return b;
  };
  const byType = new Map<string, QuotaKey>();
  for (const k of QUOTA_KEYS) {
    const type = (QUOTAS[k] as QuotaFact).resourceType;
    if (type) byType.set(type, k);
  }
  for (const s of stacks) {
    const models = new Set(s.models ?? []);
    for (const r of s.resources) {
      if (!r.project) continue;
      const model = models.size ? modelOf(r.path, models) : undefined;
      const add = (quota: QuotaKey, amount: number, region?: string) => {
        const b = bucket(quota, r.project!, region);
        b.used += amount;
        b.stacks.set(s.stack, (b.stacks.get(s.stack) ?? 0) + amount);
        if (model) b.models.set(model, (b.models.get(model) ?? 0) + amount);
        else b.unattributed += amount;
      };
      const quota = byType.get(r.type);
      if (quota) add(quota, 1, QUOTAS[quota].scope === "project and region" ? (r.region ?? "(unknown region)") : undefined);
      if (r.type === "google_monitoring_alert_policy") {
        for (const [k, size] of [
          ["conditionsPerPolicy", r.conditions ?? 0],
          ["notificationChannelsPerPolicy", r.channels ?? 0],
        ] as const) {
          const b = bucket(k, r.project);
          b.stacks.set(s.stack, Math.max(b.stacks.get(s.stack) ?? 0, size));
          if (size > b.used) {
            b.used = size;
            b.policy = r.path;
          }
        }
      }
    }
  }
  // The largest declaration for each project (and region).
  const declared = (quota: QuotaKey, project: string, region?: string): { value: number; stack: string; s: QuotaStack } | undefined => {
    let best: { value: number; stack: string; s: QuotaStack } | undefined;
    for (const s of stacks) {
      const v = s.declared?.[quota];
      if (v === undefined || s.project !== project || (region !== undefined && s.region !== region)) continue;
      if (!best || v > best.value) best = { value: v, stack: s.stack, s };
    }
    return best;
  };
  const rows: QuotaBudgetRow[] = [];
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const unknown = new Map<string, QuotaBudgetRow[]>();
  const order = (b: Bucket) => `${QUOTA_KEYS.indexOf(b.quota).toString().padStart(3, "0")} ${b.project} ${b.region ?? ""}`;
  for (const b of [...buckets.values()].sort((x, y) => order(x).localeCompare(order(y)))) {
    if (b.used === 0) continue;
    const q: QuotaFact = QUOTAS[b.quota];
    const d = declared(b.quota, b.project, b.region);
    const limit = d?.value ?? q.default;
    const state: QuotaState = limit === undefined ? "unknown" : b.used <= limit ? "within" : d || q.status === "confirmed" ? "over" : "over-unconfirmed";
    const row: QuotaBudgetRow = {
      quota: b.quota,
      project: b.project,
      region: b.region,
      used: b.used,
      default: q.default,
      declared: d ? { value: d.value, stack: d.stack } : undefined,
      limit,
      state,
      stacks: [...b.stacks].map(([stack, used]) => ({ stack, used })).sort(byUse),
      models: [...b.models].map(([model, used]) => ({ model, used })).sort((x, y) => byUse(x, y) || x.model.localeCompare(y.model)),
      unattributed: b.unattributed,
      policy: b.policy,
    };
    rows.push(row);
    if (state === "within") continue;
    // Reported at the declaration when there is one, else in the file of the stack that uses the most.
    const at = d?.s ?? stacks.find((s) => s.stack === row.stacks[0]?.stack && s.file) ?? stacks.find((s) => s.project === b.project && s.file);
    if (state === "unknown") {
      const file = at?.file ?? "";
      unknown.set(file, [...(unknown.get(file) ?? []), row]);
      continue;
    }
    const path = ["quotas", b.quota];
    const problem: Problem = { file: at?.file, ...(d ? at?.locate?.(path) : {}), path: path.join("."), message: state === "over" ? overMessage(row) : warningMessage(row) };
    (state === "over" ? errors : warnings).push(problem);
  }
  for (const [file, unchecked] of unknown) warnings.push({ ...(file ? { file } : {}), path: "quotas", message: unknownMessage(unchecked) });
  return { rows, errors, warnings };
}

/** One line for the quotas of one environment file whose default is unknown. */
function unknownMessage(rows: readonly QuotaBudgetRow[]): string {
  const each = rows.map((r) => `${r.quota} ${n(r.used)} (${whereOf(r)})`).join(", ");
  return `not checked, Google's default unknown: ${each}; declare the values granted to the project under quotas: to have them checked (the review and 'mlops-env inventory' show the counts)`;
}

/** The budget as a compact Markdown table: one row per quota and project (and region). */
export function budgetTable(rows: readonly QuotaBudgetRow[], options: { readonly stack?: string } = {}): string[] {
  const out = [`| Quota | Where | ${options.stack ? `Stack ${options.stack} | ` : ""}Used | Of | Value |`, `|---|---|${options.stack ? "--:|" : ""}--:|--:|---|`];
  for (const r of rows) {
    const q: QuotaFact = QUOTAS[r.quota];
    const mine = options.stack ? (r.stacks.find((s) => s.stack === options.stack)?.used ?? 0) : undefined;
    const of = r.limit === undefined ? "?" : n(r.limit);
    const value = r.declared ? `declared (${r.declared.stack})` : q.default === undefined ? "default unknown" : `Google's ${q.kind === "limit" ? "limit" : "default"}${q.status === "unconfirmed" ? ", unconfirmed" : ""}`;
    const mark = r.state === "over" ? " ⛔" : r.state === "over-unconfirmed" ? " ⚠️" : "";
    out.push(`| ${q.title} | ${r.project}${r.region ? ` ${r.region}` : ""} | ${mine !== undefined ? `${n(mine)} | ` : ""}${n(r.used)}${mark} | ${of} | ${value} |`);
  }
  return out;
}

/** The budget as one line per quota and project (and region): `quota <key> <where>: <used> of <value> (<what>); <stack> <n>, …`. */
export function budgetLines(rows: readonly QuotaBudgetRow[]): string[] {
  return rows.map((r) => {
    const q: QuotaFact = QUOTAS[r.quota];
    const value = r.declared ? `declared in ${r.declared.stack}` : q.default === undefined ? "default unknown" : `Google's ${q.kind === "limit" ? "limit" : "default"}${q.status === "unconfirmed" ? ", unconfirmed" : ""}`;
    const state = r.state === "over" ? " OVER" : r.state === "over-unconfirmed" ? " over (unconfirmed value)" : "";
    const stacks = r.stacks.map((s) => `${s.stack} ${n(s.used)}`).join(", ");
    return `quota ${r.quota} ${r.project}${r.region ? `/${r.region}` : ""}: ${n(r.used)} of ${r.limit === undefined ? "?" : n(r.limit)} (${value})${state}; ${r.policy ? "largest policy" : "by stack"}: ${stacks}`;
  });
}
