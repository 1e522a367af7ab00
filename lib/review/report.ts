/**
 * The review of one stack as Markdown, ready for a pull-request comment: what changes against the
 * base (with a loud warning for stateful resources that would be destroyed or replaced), what the
 * stack creates by capability, policy findings, the worst-case monthly cost and a diagram.
 */
import { CostEstimate, CostLine, DEFAULT_RATES, estimateCost, RateTable } from "./cost";
import { renderDiagram, NodeState } from "./diagram";
import { AttributeChange, diffStacks, StackDiff, StatefulWarning } from "./diff";
import { ResourceEntry, StackModel } from "./model";
import { PolicyReport } from "./policy";
import { StackPair, stateWarnings, StateWarning } from "./state";
import { budgetTable, QuotaBudgetRow } from "../quota/budget";

export interface ReviewInput {
  /** The stack before the change; `emptyStack(name)` when there is no base. */
  readonly base: StackModel;
  /** The stack after the change. */
  readonly head: StackModel;
  /**
   * What the base is, e.g. `origin/main`.
   * @default - an empty base: everything is new
   */
  readonly baseLabel?: string;
  /** @default DEFAULT_RATES */
  readonly rates?: RateTable;
  /**
   * The head's policy report.
   * @default - none found
   */
  readonly policy?: PolicyReport;
  /**
   * At most this many rows per table; the rest are counted.
   * @default 200
   */
  readonly maxRows?: number;
  /**
   * The state warnings of this stack, from {@link stateWarnings} over every stack of the change
   * ({@link reviewStacks} passes them).
   * @default - the stack's own state move only: sharing with other stacks needs them all
   */
  readonly stateWarnings?: readonly StateWarning[];
  /**
   * The quota budget rows of the head that this stack uses (the use of the whole project, across
   * every stack; lib/quota/).
   * @default - no quota section
   */
  readonly quotas?: readonly QuotaBudgetRow[];
}

export interface StackReview {
  readonly stack: string;
  /** The full report. */
  readonly markdown: string;
  /** Counts, warnings and the cost total only: for comments that would be too long. */
  readonly summary: string;
  readonly diff: StackDiff;
  /** The stack's state location shared with another environment, or moved. */
  readonly state: readonly StateWarning[];
  readonly cost: CostEstimate;
  readonly baseCost: CostEstimate;
  /** The currency of the cost figures. */
  readonly currency: string;
  /** Compared with a base and nothing added, removed, changed or moved: the comment lists it in one line. */
  readonly unchanged: boolean;
}

/** How to rename or move a resource without losing it, as the reports link it (relative to the repository root). */
export const STABLE_ADDRESSES_DOC = "docs/stable-addresses.md";

/** Marks a comment as this review's, so a workflow can update it instead of adding another. */
export const REVIEW_MARKER = "<!-- gcp-mlops-constructs:review -->";

/** A value for a Markdown table cell: JSON, shortened, in a code span, pipes escaped. */
export function cell(v: unknown, max = 100): string {
  if (v === undefined) return "_(none)_";
  let text = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text.replace(/\|/g, "\\|").replace(/\n/g, " ")}${fence}`;
}

/**
 * Two table cells for a changed value. A long value is cut around its first difference, the same
 * place in both, so the change shows however deep it is (a dashboard's JSON, a long description).
 */
export function cellPair(before: unknown, after: unknown, max = 100): [string, string] {
  if (before === undefined || after === undefined) return [cell(before, max), cell(after, max)];
  const text = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));
  const [a, b] = [text(before), text(after)];
  if (a.length <= max && b.length <= max) return [cell(before, max), cell(after, max)];
  let d = 0;
  while (d < a.length && d < b.length && a[d] === b[d]) d++;
  const start = Math.max(0, Math.min(d - Math.floor(max / 3), Math.max(a.length, b.length) - max));
  const cut = (t: string) => `${start > 0 ? "…" : ""}${t.slice(start, start + max)}${start + max < t.length ? "…" : ""}`;
  const fenced = (t: string) => {
    const fence = t.includes("`") ? "``" : "`";
    return `${fence}${t.replace(/\|/g, "\\|").replace(/\n/g, " ")}${fence}`;
  };
  return [fenced(cut(a)), fenced(cut(b))];
}

const code = (s: string) => `\`${s.replace(/\|/g, "\\|")}\``;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function money(n: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

function signedMoney(n: number, currency: string): string {
  return `${n >= 0 ? "+" : "−"}${money(Math.abs(n), currency)}`;
}

function rows<T>(items: readonly T[], max: number, render: (t: T) => string, columns: number): string[] {
  const out = items.slice(0, max).map(render);
  if (items.length > max) out.push(`| _… and ${items.length - max} more_ |${" |".repeat(columns - 1)}`);
  return out;
}

function warningLine(w: StatefulWarning): string {
  const what = `${w.label}${w.name ? ` ${code(w.name)}` : ""} (${code(w.address)}, ${code(w.path)})`;
  switch (w.kind) {
    case "destroyed": {
      const rename = w.renamedTo
        ? ` This looks like a rename of ${code(w.renamedTo.from)} to ${code(w.renamedTo.to)} (the new ${code(w.renamedTo.path)}): a rename creates a new ${w.label} and destroys this one, it never carries the data over. To rename without losing it, follow [docs/stable-addresses.md](${STABLE_ADDRESSES_DOC}) (for a model: add the new name beside the old one, move clients, then remove the old one).`
        : "";
      return `🚨 **DESTROYED**: ${what} is removed from the code, so Terraform destroys it. Lost: ${w.loss}. \`prevent_destroy\` does not protect a resource whose block is removed.${rename}`;
    }
    case "address-changed":
      return `🚨 **DESTROYED AND RECREATED (address changed)**: ${what} now has the address ${code(w.newAddress ?? "?")}. Without a \`moved\` block Terraform destroys it at the old address and creates it at the new one (the create fails while the old one exists). Lost: ${w.loss}. Keep its state with cdktf's \`moveTo\`/\`moveFromId\` (a \`moved\` block) in the same change, or restore the construct id.`;
    case "replaced": {
      const attrs = w.attributes ?? [];
      const direct = attrs.filter((c) => !c.via).map((c) => `${code(c.path)} ${cellPair(c.before, c.after, 60).join(" → ")}`);
      const cascaded = attrs.filter((c) => c.via).map((c) => `${code(c.path)} refers to ${code(c.via!)}, which is replaced`);
      const why = [direct.length > 0 ? `${direct.join("; ")} cannot change in place` : "", cascaded.join("; ")].filter(Boolean).join("; ");
      return `🚨 **REPLACED**: ${what}${w.newAddress ? ` (moved to ${code(w.newAddress)})` : ""}: ${why}, so Terraform destroys and recreates it. Lost: ${w.loss}.`;
    }
    case "protection-lifted":
      return `⚠️ **UNPROTECTED**: ${what} loses \`lifecycle.prevent_destroy\`; a later change could destroy it.`;
  }
}

function stateLine(w: StateWarning): string {
  if (w.kind === "shared") {
    const others = (w.sharedWith ?? []).map((o) => `${code(o.stack)}${o.side === "base" ? ` (in the base: its state until this change)` : ""}`).join(", ");
    return (
      `⛔ **SHARED TERRAFORM STATE**: ${code(w.stack)} keeps its state at ${code(w.location)}, which is also the state of ${others}. ` +
      `Applying one overwrites the other's state; the next apply then plans to destroy every resource the other environment declares, with its data. ` +
      `Give each environment its own \`backend.prefix\` (or bucket).`
    );
  }
  return (
    `🚨 **STATE MOVED**: ${code(w.stack)} keeps its state at ${code(w.location)} instead of ${code(w.before ?? "?")}. ` +
    `Terraform reads only the new location: with no state there it creates every resource again (and the creates fail on names that exist); ` +
    `with another stack's state there it plans against that stack's resources. Move the state first (\`terraform init -migrate-state\`), in a step of its own.`
  );
}

function stateSection(state: readonly StateWarning[]): string[] {
  if (state.length === 0) return [];
  return [
    "> [!CAUTION]",
    `> **⛔ The Terraform state of this stack is ${state.some((w) => w.kind === "shared") ? "SHARED with another environment" : "MOVED"}.**`,
    ">",
    ...state.map((w) => `> - ${stateLine(w)}`),
    "",
  ];
}

function warningsSection(warnings: readonly StatefulWarning[]): string[] {
  const loud = warnings.filter((w) => w.kind !== "protection-lifted");
  const soft = warnings.filter((w) => w.kind === "protection-lifted");
  const out: string[] = [];
  if (loud.length > 0) {
    out.push(
      "> [!CAUTION]",
      `> **🚨 ${plural(loud.length, "stateful resource")} would be DESTROYED or REPLACED. Their data would be lost.**`,
      ">",
      ...loud.map((w) => `> - ${warningLine(w)}`),
      ">",
      "> Do not merge unless this is intended and the data is backed up or no longer needed; say so in the pull request.",
      "",
    );
  }
  if (soft.length > 0) out.push("> [!WARNING]", ...soft.map((w) => `> - ${warningLine(w)}`), "");
  return out;
}

function capabilityTable(diff: StackDiff, head: StackModel): string[] {
  const caps = new Map<string, { types: Map<string, number>; added: number; changed: number; removed: number }>();
  const cap = (name: string) => {
    if (!caps.has(name)) caps.set(name, { types: new Map(), added: 0, changed: 0, removed: 0 });
    return caps.get(name)!;
  };
  for (const r of head.resources.values()) {
    const c = cap(r.capability);
    c.types.set(r.type, (c.types.get(r.type) ?? 0) + 1);
  }
  for (const r of diff.added) cap(r.capability).added++;
  for (const r of diff.removed) cap(r.capability).removed++;
  for (const r of diff.changed) cap(r.after.capability).changed++;
  const out = ["| Capability | Resources | Added | Changed | Removed |", "|---|---|--:|--:|--:|"];
  for (const [name, c] of [...caps].sort(([a], [b]) => a.localeCompare(b))) {
    const types = [...c.types].sort(([a], [b]) => a.localeCompare(b)).map(([t, n]) => `${n} × ${code(t)}`).join(", ") || "_(none left)_";
    out.push(`| **${name}** | ${types} | ${c.added || ""} | ${c.changed || ""} | ${c.removed || ""} |`);
  }
  return out;
}

function changeRows(diff: StackDiff, maxRows: number): string[] {
  const all: { r: ResourceEntry; c: AttributeChange }[] = diff.changed.flatMap((x) => x.changes.map((c) => ({ r: x.after, c })));
  return [
    "| Resource | Attribute | Before | After |",
    "|---|---|---|---|",
    ...rows(
      all,
      maxRows,
      ({ r, c }) => {
        const [before, after] = cellPair(c.before, c.after);
        return `| ${code(r.path)}<br/>${code(r.type)} | ${code(c.path)}${c.forceNew ? " 🚨 forces replacement" : ""} | ${before} | ${c.via ? `${after} (${code(c.via)} is replaced)` : after} |`;
      },
      4,
    ),
  ];
}

function resourceRows(resources: readonly ResourceEntry[], maxRows: number): string[] {
  return ["| Resource | Type | Address |", "|---|---|---|", ...rows(resources, maxRows, (r) => `| ${code(r.path)} | ${code(r.type)} | ${code(r.address)} |`, 3)];
}

function changesSection(diff: StackDiff, maxRows: number): string[] {
  const out = ["### Changes", ""];
  if (diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length === 0) return [...out, "No resource changes.", ""];
  if (diff.changed.length > 0) out.push(`#### Changed (${diff.changed.length})`, "", ...changeRows(diff, maxRows), "");
  if (diff.removed.length > 0) out.push(`#### Removed (${diff.removed.length})`, "", ...resourceRows(diff.removed, maxRows), "");
  if (diff.moved.length > 0) {
    out.push(`#### Moved with a \`moved\` block (${diff.moved.length})`, "", "| From | To | Attribute changes |", "|---|---|--:|");
    out.push(...rows(diff.moved, maxRows, (m) => `| ${code(m.from)} | ${code(m.to)} | ${m.changes.length} |`, 3), "");
  }
  if (diff.added.length > 0) {
    out.push("<details>", `<summary><b>Added (${diff.added.length})</b></summary>`, "", ...resourceRows(diff.added, maxRows), "", "</details>", "");
  }
  return out;
}

function quotaSection(rows: readonly QuotaBudgetRow[] | undefined, stack: string): string[] {
  if (rows === undefined) return [];
  const mine = rows.filter((r) => r.stacks.some((s) => s.stack === stack));
  if (mine.length === 0) return [];
  const over = mine.filter((r) => r.state === "over" || r.state === "over-unconfirmed").length;
  return [
    "### Quota budget",
    "",
    `Use of each project quota by every stack of the change in the project (and region), against the value declared under \`quotas:\` or Google's default (lib/catalog/quotas.ts)${over ? `; ⛔ ${plural(over, "quota")} over` : ""}.`,
    "",
    ...budgetTable(mine, { stack }),
    "",
  ];
}

function policySection(policy: PolicyReport | undefined, maxRows: number): string[] {
  const out = ["### Policy findings", ""];
  if (!policy) return [...out, "_No `policy-report.json` next to the synthesized stack._", ""];
  if (policy.unrecognised !== undefined) {
    return [...out, "The policy report has a shape this review does not recognise; here it is as written:", "", "```json", JSON.stringify(policy.unrecognised, null, 2).slice(0, 4000), "```", ""];
  }
  const count = (levels: string[]) => policy.findings.filter((f) => levels.includes(f.level)).length;
  const errors = count(["error", "critical", "high"]);
  const warnings = count(["warning", "warn", "medium"]);
  out.push(
    `**${plural(policy.findings.length, "finding")}** (${plural(errors, "error")}, ${plural(warnings, "warning")}), ${plural(policy.suppressions.length, "suppression")}.`,
    "",
  );
  if (policy.findings.length > 0) {
    const icon = (level: string) => (["error", "critical", "high"].includes(level) ? "⛔" : ["warning", "warn", "medium"].includes(level) ? "⚠️" : "ℹ️");
    out.push("| Level | Rule | Resource | Message |", "|---|---|---|---|");
    out.push(...rows(policy.findings, maxRows, (f) => `| ${icon(f.level)} ${f.level} | ${code(f.ruleId)} | ${f.address ? code(f.address) : ""} | ${f.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`, 4), "");
  }
  if (policy.suppressions.length > 0) {
    out.push("Suppressions:", "", "| Rule | Resource | Reason |", "|---|---|---|");
    out.push(...rows(policy.suppressions, maxRows, (s) => `| ${code(s.ruleId)} | ${code(s.address)} | ${s.reason ? s.reason.replace(/\|/g, "\\|").replace(/\n/g, " ") : "**(no reason given)**"} |`, 3), "");
  }
  return out;
}

function costRow(l: CostLine, currency: string): string {
  const gpus = l.accelerator ? `${l.accelerator.count} × ${l.accelerator.type}` : "–";
  const hourly = l.hourly === undefined ? "?" : money(l.hourly, currency);
  const monthly = l.monthly === undefined ? `⚠️ ${l.problem ?? "unknown"}` : `**${money(l.monthly, currency)}**`;
  return `| ${l.workload} | ${code(l.path)} | ${code(l.machineType)} | ${gpus} | ${l.units} | ${Math.round(l.hoursPerMonth * 10) / 10} | ${hourly} | ${monthly} |`;
}

function costSection(cost: CostEstimate, baseCost: CostEstimate, rates: RateTable, head: StackModel, hasBase: boolean, maxRows: number): string[] {
  const cur = rates.currency;
  const out = ["### Worst-case monthly cost", ""];
  if (cost.lines.length === 0) out.push("No serving or Workbench compute in this stack.", "");
  else {
    out.push("| Workload | Resource | Machine | GPUs | Replicas | Hours/month | Rate/hour | Per month |", "|---|---|---|---|--:|--:|--:|--:|");
    out.push(...rows(cost.lines, maxRows, (l) => costRow(l, cur), 8), "");
  }
  const delta = hasBase ? `; base ${money(baseCost.total, cur)}, change **${signedMoney(cost.total - baseCost.total, cur)}**` : "";
  out.push(
    `**Total: ${cost.incomplete > 0 ? "at least " : ""}${money(cost.total, cur)} per month** (serving ${money(cost.serving, cur)}, Workbench ${money(cost.workbench, cur)})${delta}.`,
    "",
    `<sub>Rates: on-demand list prices in ${rates.region}, ${cur}, as of ${rates.asOf} (${rates.sources.join(", ")}). ` +
      `Serving: max replicas × (machine + GPUs × GPU rate) × ${rates.servingPremium} (Vertex AI prediction over Compute Engine) × ${rates.hoursPerMonth} h. ` +
      `Workbench: (machine + GPUs) × the hours the idle timeout allows: ${rates.workbench.workingDaysPerMonth} working days × (${rates.workbench.activeHoursPerDay} h in use + the idle timeout), ${rates.hoursPerMonth} h without a timeout. ` +
      `Excluded: disks, storage, network, BigQuery, logging, the Workbench management fee, discounts. Override with \`--rates <file>\`.` +
      (head.region && head.region !== rates.region ? ` The stack is in ${head.region}; its prices differ from ${rates.region}'s.` : "") +
      "</sub>",
    "",
  );
  return out;
}

function diagramStates(diff: StackDiff): Map<string, NodeState> {
  const states = new Map<string, NodeState>();
  for (const r of diff.added) states.set(r.address, "added");
  for (const c of diff.changed) states.set(c.after.address, c.replaced ? "danger" : "changed");
  for (const w of diff.warnings) if (w.newAddress) states.set(w.newAddress, "danger");
  return states;
}

function headline(diff: StackDiff, head: StackModel, baseLabel: string | undefined): string {
  const replaced = diff.changed.filter((c) => c.replaced).length;
  const counts = `**${diff.added.length} to add, ${diff.changed.length} to change${replaced > 0 ? ` (${replaced} replaced)` : ""}, ${diff.removed.length} to destroy**`;
  if (baseLabel === undefined) return `Compared with an empty base: everything is new. ${counts}; ${plural(head.resources.size, "resource")} in the stack.`;
  const moved = diff.moved.length > 0 ? `, ${diff.moved.length} moved` : "";
  return `Compared with ${code(baseLabel)}: ${counts}${moved}, ${diff.unchanged} unchanged; ${plural(head.resources.size, "resource")} in the stack.`;
}

/** Reviews one stack: diff, warnings, capabilities, policy, cost and diagram as Markdown. */
export function reviewStack(input: ReviewInput): StackReview {
  const rates = input.rates ?? DEFAULT_RATES;
  const maxRows = input.maxRows ?? 200;
  const { base, head } = input;
  const diff = diffStacks(base, head);
  const state = input.stateWarnings ?? stateWarnings([{ name: head.name, base, head }]);
  const cost = estimateCost(head, rates);
  const baseCost = estimateCost(base, rates);
  const title = `## Infrastructure review: ${code(head.name)}`;
  const top = [title, "", headline(diff, head, input.baseLabel), "", ...stateSection(state), ...warningsSection(diff.warnings)];
  const markdown = [
    ...top,
    "### What the stack creates, by capability",
    "",
    ...capabilityTable(diff, head),
    "",
    ...changesSection(diff, maxRows),
    ...policySection(input.policy, maxRows),
    ...quotaSection(input.quotas, head.name),
    ...costSection(cost, baseCost, rates, head, input.baseLabel !== undefined, maxRows),
    "### Environment diagram",
    "",
    "```mermaid",
    // Against an empty base everything is new: colour the nodes only when there is something to compare.
    renderDiagram(head, input.baseLabel === undefined ? {} : { states: diagramStates(diff), removed: diff.removed }),
    "```",
    "",
  ].join("\n");
  const policyLine = input.policy ? `Policy: ${plural(input.policy.findings.length, "finding")}, ${plural(input.policy.suppressions.length, "suppression")}.` : "";
  const summary = [...top, `Worst-case monthly cost: ${money(cost.total, rates.currency)}. ${policyLine}`.trim(), ""].join("\n");
  const unchanged = input.baseLabel !== undefined && diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length === 0 && diff.warnings.length === 0 && state.length === 0;
  return { stack: head.name, markdown, summary, diff, state, cost, baseCost, currency: rates.currency, unchanged };
}

/**
 * Reviews every stack of a change, comparing their state locations with each other's (in the base
 * and in the head) as well as each stack with its base.
 */
export function reviewStacks(
  stacks: readonly StackPair[],
  options: Omit<ReviewInput, "base" | "head" | "stateWarnings" | "policy"> & { readonly policy?: (stack: string) => PolicyReport | undefined } = {},
): StackReview[] {
  const state = stateWarnings(stacks);
  return stacks.map(({ name, base, head }) =>
    reviewStack({ ...options, base, head, policy: options.policy?.(name), stateWarnings: state.filter((w) => w.stack === name) }),
  );
}

/** One line per stack without changes, so the comment shows only what a reviewer must read. */
function unchangedSection(reviews: readonly StackReview[], where: string): string[] {
  if (reviews.length === 0) return [];
  return [
    `## Unchanged: ${reviews.map((r) => code(r.stack)).join(", ")}`,
    "",
    ...reviews.map((r) => `- ${code(r.stack)}: no resource changes; ${plural(r.diff.unchanged, "resource")}, worst-case ${money(r.cost.total, r.currency)} per month.`),
    "",
    `_Their full reports are in the review's output folder${where}._`,
    "",
  ];
}

/**
 * One comment for every stack: the full report of every stack that changes, one line for each
 * stack that does not. When the full reports would exceed `maxChars` (GitHub refuses comments over
 * 65,536 characters), only the summaries are kept, with a pointer to the files.
 */
export function combineReviews(reviews: readonly StackReview[], options: { maxChars?: number; fullReportsAt?: string } = {}): string {
  const maxChars = options.maxChars ?? 60000;
  const loud = reviews.reduce((n, r) => n + r.diff.warnings.filter((w) => w.kind !== "protection-lifted").length, 0);
  const shared = [...new Set(reviews.flatMap((r) => r.state.filter((w) => w.kind === "shared").map((w) => w.stack)))];
  const moved = reviews.flatMap((r) => r.state.filter((w) => w.kind === "moved").map((w) => w.stack));
  const header = [
    REVIEW_MARKER,
    "# Infrastructure review",
    "",
    ...(shared.length > 0
      ? [`⛔ **${shared.map(code).join(", ")} share a Terraform state with another environment: applying one can destroy the other's resources and data. Read the warnings below.**`, ""]
      : []),
    ...(moved.length > 0 ? [`🚨 **The state location of ${moved.map(code).join(", ")} changes: move the state first. Read the warnings below.**`, ""] : []),
    loud > 0
      ? `🚨 **${plural(loud, "stateful resource")} would be destroyed or replaced: read the warnings below.**`
      : shared.length + moved.length > 0
        ? "No stateful resource is destroyed or replaced by the resource changes alone; the state warnings above still apply."
        : "No stateful resource is destroyed or replaced.",
    "",
  ].join("\n");
  const changed = reviews.filter((r) => !r.unchanged);
  const unchanged = unchangedSection(
    reviews.filter((r) => r.unchanged),
    options.fullReportsAt ? ` (${code(options.fullReportsAt)})` : "",
  );
  const full = [header, ...changed.map((r) => r.markdown), ...unchanged].join("\n");
  if (full.length <= maxChars) return full;
  const where = options.fullReportsAt ? ` The full reports are in ${code(options.fullReportsAt)}.` : "";
  return [header, `_The full reports are too long for one comment; these are their summaries.${where}_`, "", ...changed.map((r) => r.summary), ...unchanged].join("\n").slice(0, maxChars);
}
