/**
 * Reads the policy report a stack's synthesis leaves next to it (`policy-report.json`), whatever
 * its exact shape: findings with a rule ID, a level, an address and a message, and suppressions
 * with their reasons. Unknown shapes are kept raw so the review can still show them.
 */

export interface PolicyFinding {
  readonly ruleId: string;
  readonly level: string;
  /** Terraform address or construct path of the resource. */
  readonly address: string;
  readonly message: string;
}

export interface PolicySuppression {
  readonly ruleId: string;
  readonly address: string;
  readonly reason: string;
}

export interface PolicyReport {
  readonly findings: readonly PolicyFinding[];
  readonly suppressions: readonly PolicySuppression[];
  /** The document itself when no findings or suppressions could be recognised in it. */
  readonly unrecognised?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The first string-valued key of `o` among `keys`. */
function pick(o: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === "string" && v.length > 0) return v;
    if (typeof v === "number") return String(v);
  }
  return undefined;
}

const RULE = ["ruleId", "rule_id", "rule", "id", "code"];
const LEVEL = ["level", "severity", "kind"];
const ADDRESS = ["address", "resource", "resourceAddress", "path", "constructPath", "construct", "node"];
const MESSAGE = ["message", "cause", "description", "explanation", "detail"];
const REASON = ["reason", "justification", "why"];

function firstArray(o: Record<string, unknown>, keys: readonly string[]): unknown[] {
  for (const k of keys) if (Array.isArray(o[k])) return o[k] as unknown[];
  return [];
}

/** Normalizes a policy report document. */
export function readPolicyReport(json: unknown): PolicyReport {
  const root: Record<string, unknown> = Array.isArray(json) ? { findings: json } : isObject(json) ? json : {};
  const findings: PolicyFinding[] = [];
  const suppressions: PolicySuppression[] = [];
  const rawFindings = firstArray(root, ["findings", "results", "violations", "problems", "issues"]);
  const rawSuppressions = firstArray(root, ["suppressions", "suppressed", "acknowledged"]);
  for (const f of rawFindings) {
    if (!isObject(f)) continue;
    const entry = { ruleId: pick(f, RULE) ?? "?", address: pick(f, ADDRESS) ?? "", message: pick(f, MESSAGE) ?? "" };
    if (f.suppressed === true || (isObject(f.suppression) && pick(f.suppression, REASON))) {
      suppressions.push({ ruleId: entry.ruleId, address: entry.address, reason: pick(f, REASON) ?? (isObject(f.suppression) ? pick(f.suppression, REASON) : undefined) ?? "" });
    } else {
      findings.push({ ...entry, level: (pick(f, LEVEL) ?? "info").toLowerCase() });
    }
  }
  for (const s of rawSuppressions) {
    if (!isObject(s)) continue;
    suppressions.push({ ruleId: pick(s, RULE) ?? "?", address: pick(s, ADDRESS) ?? "(all)", reason: pick(s, REASON) ?? "" });
  }
  const order = (level: string) => (["error", "critical", "high"].includes(level) ? 0 : ["warning", "warn", "medium"].includes(level) ? 1 : 2);
  findings.sort((a, b) => order(a.level) - order(b.level) || a.ruleId.localeCompare(b.ruleId) || a.address.localeCompare(b.address));
  const recognised = rawFindings.length > 0 || rawSuppressions.length > 0 || (isObject(json) && ("findings" in json || "suppressions" in json));
  return { findings, suppressions, unrecognised: recognised ? undefined : json };
}
