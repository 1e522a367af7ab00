/**
 * Suppressions: a finding of one rule accepted on purpose, for one resource (a glob over Terraform
 * addresses and construct paths) or everywhere, always with a reason that ends up in the report.
 */
import { Problem } from "../core/errors";

export interface Suppression {
  /** The rule ID, e.g. `MLOPS-GCS-003`. */
  readonly rule: string;
  /**
   * Which resources: a glob over the Terraform address (`google_storage_bucket.*`) or the construct
   * path, with or without the stack name and a trailing `/Resource` (`Environment/DataLake/scratch`,
   * `Environment/Workbench/**`). `*` stays within one path segment, `**` crosses segments, `?` is one
   * character. Stack-level findings have addresses like `project:acme-ml-prod`.
   * @default - every resource the rule reports
   */
  readonly resource?: string;
  /** Why the finding is acceptable; required, at least MIN_REASON_LENGTH characters. */
  readonly reason: string;
}

/** Short reasons ("n/a", "ok") explain nothing to the reviewer of the report. */
export const MIN_REASON_LENGTH = 10;

export const SUPPRESSION_MESSAGES = {
  unknownRule: (ids: readonly string[]) => `unknown rule; allowed: ${ids.join(", ")}`,
  reason: `required: why the finding is acceptable, at least ${MIN_REASON_LENGTH} characters`,
  resource: "must be a non-empty glob over Terraform addresses or construct paths; omit it to suppress the rule for every resource",
} as const;

/** Every problem of a list of suppressions: unknown rules, missing or short reasons, empty globs. */
export function suppressionProblems(list: unknown, ruleIds: readonly string[], where = "policy.suppressions"): Problem[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [{ path: where, message: "must be a list of { rule, resource?, reason }", value: list }];
  const problems: Problem[] = [];
  list.forEach((s: unknown, i) => {
    const at = `${where}[${i}]`;
    if (typeof s !== "object" || s === null || Array.isArray(s)) {
      problems.push({ path: at, message: "must be { rule, resource?, reason }", value: s });
      return;
    }
    const { rule, resource, reason } = s as Record<string, unknown>;
    if (typeof rule !== "string" || !ruleIds.includes(rule)) problems.push({ path: `${at}.rule`, message: SUPPRESSION_MESSAGES.unknownRule(ruleIds), value: rule });
    if (resource !== undefined && (typeof resource !== "string" || resource.trim() === "")) problems.push({ path: `${at}.resource`, message: SUPPRESSION_MESSAGES.resource, value: resource });
    if (typeof reason !== "string" || reason.trim().length < MIN_REASON_LENGTH) problems.push({ path: `${at}.reason`, message: SUPPRESSION_MESSAGES.reason, value: reason });
  });
  return problems;
}

/** A glob as an anchored regular expression: `*` within a segment, `**` across, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** The names a finding can be matched by: its address and its construct path in its usual spellings. */
export function namesOf(address: string, path?: string): string[] {
  const names = new Set([address]);
  if (path) {
    const below = path.includes("/") ? path.slice(path.indexOf("/") + 1) : path;
    for (const p of [path, below]) {
      names.add(p);
      if (p.endsWith("/Resource")) names.add(p.slice(0, -"/Resource".length));
    }
  }
  return [...names];
}

/** The first suppression that covers a finding of `ruleId` at `address` / `path`. */
export function findSuppression(suppressions: readonly Suppression[], ruleId: string, address: string, path?: string): Suppression | undefined {
  return suppressions.find((s) => {
    if (s.rule !== ruleId) return false;
    if (s.resource === undefined) return true;
    const re = globToRegExp(s.resource);
    return namesOf(address, path).some((n) => re.test(n));
  });
}
