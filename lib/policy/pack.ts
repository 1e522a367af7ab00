/**
 * The policy pack: the list of rules, and `evaluate`, which judges a stack's resources with every
 * rule, applies the suppressions and returns the report. Engine-neutral.
 */
import type { Tier } from "../config/presets";
import { throwIfAny } from "../core/errors";
import { Finding, PolicyReport, RuleSummary, SuppressedFinding, SuppressionUse } from "./report";
import { BqDatasetNotPublic } from "./rules/bq-dataset-not-public";
import { CmekEverywhere } from "./rules/cmek";
import { DataNoTeardown } from "./rules/deletion-no-teardown";
import { DataPreventDestroy } from "./rules/deletion-prevent-destroy";
import { GcsPublicAccessPrevention } from "./rules/gcs-public-access-prevention";
import { GcsUniformAccess } from "./rules/gcs-uniform-access";
import { GcsVersioning } from "./rules/gcs-versioning";
import { IamNoDefaultServiceAccounts } from "./rules/iam-no-default-service-accounts";
import { IamNoPublicPrincipals } from "./rules/iam-no-public-principals";
import { IamNoPrimitiveRoles } from "./rules/iam-primitive-roles";
import { KmsRotation } from "./rules/kms-rotation";
import { LabelsPresent } from "./rules/labels";
import { LogDataAccessAudit } from "./rules/log-data-access-audit";
import { NetNoIngressFromAnywhere } from "./rules/net-firewall-ingress";
import { NetPrivateGoogleAccess } from "./rules/net-private-google-access";
import { NetSubnetFlowLogs } from "./rules/net-subnet-flow-logs";
import { VertexPrivateEndpoint } from "./rules/vertex-private-endpoint";
import { WorkbenchNoPublicIp } from "./rules/workbench-no-public-ip";
import { WorkbenchServiceAccount } from "./rules/workbench-service-account";
import { WorkbenchShieldedVm } from "./rules/workbench-shielded-vm";
import { findSuppression, Suppression, suppressionProblems } from "./suppressions";
import { NOT_APPLICABLE, PolicyContext, PolicyResource, PolicyRule, ResourceRule, RuleLevel, RuleResult } from "./types";

/** Every rule of the pack, in report order. Adding or removing one is a deliberate, tested change. */
export const RULES: readonly PolicyRule[] = [
  GcsPublicAccessPrevention,
  GcsUniformAccess,
  GcsVersioning,
  BqDatasetNotPublic,
  CmekEverywhere,
  KmsRotation,
  WorkbenchNoPublicIp,
  WorkbenchShieldedVm,
  WorkbenchServiceAccount,
  VertexPrivateEndpoint,
  IamNoPrimitiveRoles,
  IamNoPublicPrincipals,
  IamNoDefaultServiceAccounts,
  NetNoIngressFromAnywhere,
  NetSubnetFlowLogs,
  NetPrivateGoogleAccess,
  LogDataAccessAudit,
  LabelsPresent,
  DataPreventDestroy,
  DataNoTeardown,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** The rule's level in a tier: errors are warnings in dev. */
export function effectiveLevel(level: RuleLevel, tier: Tier): RuleLevel {
  return tier === "dev" ? "warning" : level;
}

/** Whether a rule applies in a tier. */
export function appliesIn(rule: PolicyRule, tier: Tier): boolean {
  return !rule.tiers || rule.tiers.includes(tier);
}

/**
 * Judges one resource with one resource rule, honouring the rule's types and tiers: the entry
 * point for running a single rule (tests, other engines). Data sources are never judged.
 */
export function checkResource(rule: ResourceRule, resource: PolicyResource, context: PolicyContext): RuleResult {
  if (!appliesIn(rule, context.tier) || resource.mode === "data") return NOT_APPLICABLE;
  if (rule.resourceTypes !== "*" && !rule.resourceTypes.includes(resource.type)) return NOT_APPLICABLE;
  return rule.check(resource, context);
}

export interface EvaluateOptions {
  readonly tier: Tier;
  /** Accepted findings, each with a reason. @default - none */
  readonly suppressions?: readonly Suppression[];
  /** Stack name, for the report. @default - none */
  readonly stack?: string;
  /** Rules to apply. @default RULES */
  readonly rules?: readonly PolicyRule[];
  /**
   * Resources of other stacks that stack rules see but nobody judges here: a serving stack sees
   * its environment's audit configs, since both stacks put resources in one project.
   * @default - none
   */
  readonly companions?: readonly PolicyResource[];
}

/**
 * Judges every resource with every rule and returns the report. Throws a ValidationError when a
 * suppression names an unknown rule or gives no reason: a bad suppression is itself an error.
 */
export function evaluate(resources: readonly PolicyResource[], options: EvaluateOptions): PolicyReport {
  const rules = options.rules ?? RULES;
  const suppressions = options.suppressions ?? [];
  throwIfAny(suppressionProblems(suppressions, rules.map((r) => r.id)), "policy suppressions");
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const context: PolicyContext = { tier: options.tier, resolve: (address) => byAddress.get(address) };

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const matched = new Map<Suppression, string[]>(suppressions.map((s) => [s, []]));
  const summaries: RuleSummary[] = [];

  for (const rule of rules) {
    const applies = appliesIn(rule, options.tier);
    const level = effectiveLevel(rule.level, options.tier);
    let checked = 0;
    let compliant = 0;
    let bad = 0;
    let accepted = 0;
    const record = (f: Omit<Finding, "ruleId" | "level" | "ruleLevel" | "cause">): void => {
      bad++;
      const finding: Finding = { ruleId: rule.id, level, ruleLevel: rule.level, cause: rule.cause, ...f };
      const s = findSuppression(suppressions, rule.id, f.address, f.path);
      if (s) {
        accepted++;
        matched.get(s)!.push(f.address);
        suppressed.push({ ...finding, reason: s.reason, suppressedBy: s.resource });
      } else findings.push(finding);
    };
    if (applies && rule.scope === "stack") {
      checked = 1;
      const companions = options.companions ?? [];
      const own = companions.length ? new Set(companions.map((c) => c.address)) : undefined;
      // Findings about a companion resource belong to its own stack's report.
      const problems = (companions.length ? rule.check([...resources, ...companions], context) : rule.check(resources, context)).filter((p) => !own?.has(p.address) || byAddress.has(p.address));
      if (problems.length === 0) compliant = 1;
      for (const p of problems) {
        const path = byAddress.get(p.address)?.path;
        record({ type: "", address: p.address, ...(path ? { path } : {}), message: p.finding });
      }
    } else if (applies && rule.scope === "resource") {
      for (const r of resources) {
        const result = checkResource(rule, r, context);
        if (result.status === "not-applicable") continue;
        checked++;
        if (result.status === "compliant") compliant++;
        else record({ type: r.type, address: r.address, ...(r.path ? { path: r.path } : {}), message: result.finding, ...(result.unresolved ? { unresolved: true } : {}) });
      }
    }
    summaries.push({
      id: rule.id,
      level: rule.level,
      effectiveLevel: level,
      cause: rule.cause,
      benchmarks: rule.benchmarks ?? [],
      applies,
      checked,
      compliant,
      // Stack rules may report several findings at once; count the findings.
      nonCompliant: bad,
      suppressed: accepted,
    });
  }

  const rank = (l: RuleLevel) => (l === "error" ? 0 : 1);
  findings.sort((a, b) => rank(a.level) - rank(b.level) || a.ruleId.localeCompare(b.ruleId) || a.address.localeCompare(b.address));
  const errors = findings.filter((f) => f.level === "error").length;
  const uses: SuppressionUse[] = suppressions.map((s) => ({ rule: s.rule, ...(s.resource !== undefined ? { resource: s.resource } : {}), reason: s.reason, matched: matched.get(s)! }));
  return {
    version: 1,
    ...(options.stack !== undefined ? { stack: options.stack } : {}),
    tier: options.tier,
    summary: {
      passed: errors === 0,
      resources: resources.filter((r) => r.mode !== "data").length,
      rules: rules.length,
      errors,
      warnings: findings.length - errors,
      suppressed: suppressed.length,
    },
    findings,
    suppressed,
    suppressions: uses,
    rules: summaries,
  };
}
