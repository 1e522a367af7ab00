/**
 * The policy report of one stack, and its two renderings: JSON for machines
 * (`policy-report.json`) and Markdown for reviewers (`policy-report.md`).
 */
import type { Tier } from "../config/presets";
import type { BenchmarkRef, RuleLevel } from "./types";

export interface Finding {
  readonly ruleId: string;
  /** Level in this tier: a rule's `error` is reported as `warning` in dev. */
  readonly level: RuleLevel;
  /** The rule's own level. */
  readonly ruleLevel: RuleLevel;
  readonly cause: string;
  /** What is wrong with this resource. */
  readonly message: string;
  /** Terraform type; empty for stack-level findings. */
  readonly type: string;
  readonly address: string;
  /** Construct path (or another engine's resource name), when known. */
  readonly path?: string;
  /** True when the value could not be judged at synth time. */
  readonly unresolved?: boolean;
}

export interface SuppressedFinding extends Finding {
  readonly reason: string;
  /** The suppression's resource glob; undefined when it covers every resource. */
  readonly suppressedBy?: string;
}

export interface SuppressionUse {
  readonly rule: string;
  readonly resource?: string;
  readonly reason: string;
  /** Addresses of the findings it suppressed; empty when it matched nothing. */
  readonly matched: readonly string[];
}

export interface RuleSummary {
  readonly id: string;
  readonly level: RuleLevel;
  /** Level in this tier. */
  readonly effectiveLevel: RuleLevel;
  readonly cause: string;
  readonly benchmarks: readonly BenchmarkRef[];
  /** False when the rule does not apply to this tier. */
  readonly applies: boolean;
  /** Resources (or, for stack rules, 1) the rule judged. */
  readonly checked: number;
  readonly compliant: number;
  readonly nonCompliant: number;
  readonly suppressed: number;
}

export interface PolicyReport {
  readonly version: 1;
  readonly stack?: string;
  readonly tier: Tier;
  readonly summary: {
    /** No finding at error level: synthesis may go on. */
    readonly passed: boolean;
    readonly resources: number;
    readonly rules: number;
    readonly errors: number;
    readonly warnings: number;
    readonly suppressed: number;
  };
  /** Findings not suppressed, errors first. */
  readonly findings: readonly Finding[];
  /** Findings accepted by a suppression, with its reason. */
  readonly suppressed: readonly SuppressedFinding[];
  /** Every declared suppression and what it matched. */
  readonly suppressions: readonly SuppressionUse[];
  readonly rules: readonly RuleSummary[];
}

/** `policy-report.json`: the report, stable key order, two-space indent. */
export function renderJson(report: PolicyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A Markdown table cell: no pipes or line breaks. */
function cell(text: string | number | undefined): string {
  return String(text ?? "").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function table(head: string[], rows: (string | number | undefined)[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

function code(text: string | undefined): string {
  return text ? `\`${text.replace(/`/g, "'")}\`` : "";
}

/** One line per finding, for messages: `MLOPS-GCS-001 <address> (<path>): <message>`. */
export function formatFinding(f: Finding): string {
  return `${f.ruleId} ${f.address}${f.path ? ` (${f.path})` : ""}: ${f.message}`;
}

/** `policy-report.md`: the result, findings, suppressions and every rule's counts. */
export function renderMarkdown(report: PolicyReport): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`# Policy report${report.stack ? `: ${report.stack}` : ""} (tier ${report.tier})`, "");
  out.push(
    `**${s.passed ? "Passed" : "Failed"}**: ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ` +
      `${s.suppressed} suppressed; ${s.rules} rules over ${s.resources} resources.`,
    "",
  );
  if (report.tier === "dev") out.push("In dev, findings of error-level rules are reported as warnings; preprod and prod fail on them.", "");
  out.push("## Findings", "");
  out.push(
    report.findings.length === 0
      ? "None."
      : table(
          ["Level", "Rule", "Resource", "Construct path", "Finding"],
          report.findings.map((f) => [f.level, f.ruleId, code(f.address), code(f.path), f.message]),
        ),
    "",
  );
  out.push("## Suppressed findings", "");
  out.push(
    report.suppressed.length === 0
      ? "None."
      : table(
          ["Rule", "Resource", "Construct path", "Finding", "Reason"],
          report.suppressed.map((f) => [f.ruleId, code(f.address), code(f.path), f.message, f.reason]),
        ),
    "",
  );
  if (report.suppressions.length > 0) {
    out.push("## Suppressions", "");
    out.push(
      table(
        ["Rule", "Resource", "Reason", "Matched"],
        report.suppressions.map((u) => [u.rule, u.resource ? code(u.resource) : "(every resource)", u.reason, u.matched.length === 0 ? "nothing (unused)" : u.matched.length]),
      ),
      "",
    );
  }
  out.push("## Rules", "");
  out.push(
    table(
      ["Rule", "Level", "Cause", "Checked", "Compliant", "Non-compliant", "Suppressed"],
      report.rules.map((r) => [
        r.id,
        r.effectiveLevel === r.level ? r.level : `${r.level} (${r.effectiveLevel} in ${report.tier})`,
        r.cause,
        r.applies ? r.checked : `not in ${report.tier}`,
        r.applies ? r.compliant : "",
        r.applies ? r.nonCompliant : "",
        r.applies ? r.suppressed : "",
      ]),
    ),
    "",
  );
  return out.join("\n");
}
