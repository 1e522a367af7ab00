/**
 * The policy pack applied to a cdktf stack: at synthesis, the stack's Terraform JSON is judged by
 * every rule, the reports are written next to `cdk.tf.json`, warnings become cdktf warning
 * annotations, and an error fails synthesis with one readable message.
 *
 * The hook is a validation on the stack, not an Aspect: an Aspect visits one construct at a time
 * (and Aspects added to the App are not applied), while stack rules need every resource, after
 * every Aspect has run and with escape-hatch overrides applied, which is what validations see
 * (`app.synth()` and `Testing.synth(stack, true)` run them after the Aspects). It is not an error
 * annotation either: those can be waved through with CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS.
 * `new App({ skipValidation: true })` skips the policy along with every cdktf validation; so does
 * `Testing.synth(stack)` without its second argument.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { IConstruct, TerraformResource } from "../cdktn";
import { Annotations, App } from "../cdktn";
import type { TerraformStack } from "../cdktn";
import type { Tier } from "../config/presets";
import { throwIfAny, ValidationError } from "../core/errors";
import { evaluate, RULE_IDS } from "./pack";
import { Finding, PolicyReport, renderJson, renderMarkdown } from "./report";
import { Suppression, suppressionProblems } from "./suppressions";
import { resourcesFromTerraform } from "./terraform-json";

/** File names of the reports, in the stack's output folder. */
export const REPORT_FILES = { json: "policy-report.json", markdown: "policy-report.md" } as const;

export interface PolicyReportFiles {
  readonly json: string;
  readonly markdown: string;
}

export interface ApplyPolicyOptions {
  /** The stack's tier: error-level findings fail synthesis in preprod and prod; dev reports them as warnings. */
  readonly tier: Tier;
  /**
   * Accepted findings, each with its reason (the environment YAML's `policy.suppressions`, or code).
   * @default - none
   */
  readonly suppressions?: readonly Suppression[];
  /**
   * Folder the reports are written to.
   * @default - the stack's output folder, next to cdk.tf.json: `<app outdir>/stacks/<stack id>`
   */
  readonly outdir?: string;
  /**
   * Resources of other stacks that the stack-level rules see without judging them (e.g. the
   * environment's audit configs, for one of its serving stacks).
   * @default - none
   */
  readonly companions?: () => readonly TerraformResource[];
  /**
   * Called after every evaluation with the report and the files written (e.g. to print a summary).
   * @default - nothing is called
   */
  readonly onReport?: (report: PolicyReport, files: PolicyReportFiles) => void;
}

/** The policy as applied to one stack. */
export interface AppliedPolicy {
  /** Judges the stack as it is now, as synthesis will; writes nothing and never throws on findings. */
  evaluate(): PolicyReport;
  /** The report of the stack's last synthesis; undefined before the first. */
  readonly lastReport?: PolicyReport;
}

/** Thrown by synthesis when a stack has error-level findings; lists every one of them. */
export class PolicyViolationError extends ValidationError {
  readonly report: PolicyReport;
  readonly files: PolicyReportFiles;

  constructor(report: PolicyReport, files: PolicyReportFiles) {
    const errors = report.findings.filter((f) => f.level === "error");
    super(
      errors.map((f) => ({ path: f.address, message: `${f.ruleId}: ${f.message}` })),
      `policy of stack '${report.stack ?? "?"}'`,
    );
    this.name = "PolicyViolationError";
    this.report = report;
    this.files = files;
    this.message = policyFailureMessage(report, files);
  }
}

/** The failure message: one entry per error with rule, address, construct path, cause and finding. */
export function policyFailureMessage(report: PolicyReport, files: PolicyReportFiles): string {
  const errors = report.findings.filter((f) => f.level === "error");
  const entry = (f: Finding) =>
    `  - ${f.ruleId} ${f.address}${f.path ? ` (${f.path})` : ""}\n      rule:    ${f.cause}\n      finding: ${f.message}`;
  return [
    `policy check failed for stack '${report.stack ?? "?"}' (tier ${report.tier}): ${errors.length} error${errors.length === 1 ? "" : "s"}`,
    ...errors.map(entry),
    `Reports: ${files.markdown}, ${files.json}`,
    "Fix the resources, or accept a finding with a suppression and its reason (policy.suppressions in the environment's YAML, or applyPolicy's suppressions).",
  ].join("\n");
}

/**
 * Judges a stack as it would be synthesized now: `resolved` (the stack's `toTerraform()`, which the
 * synthesizer then writes) or a resolution of its own. The rules only read it.
 */
export function evaluateStack(stack: TerraformStack, options: Pick<ApplyPolicyOptions, "tier" | "suppressions" | "companions">, resolved?: unknown): PolicyReport {
  const json = resolved ?? stack.toTerraform();
  const companions = options.companions?.() ?? [];
  const companionJson = { resource: {} as Record<string, Record<string, unknown>> };
  for (const r of companions) {
    // Unresolved references stay token strings, which the rules treat as unknown values.
    const own = r.toTerraform() as { resource?: Record<string, Record<string, unknown>> };
    for (const [type, byName] of Object.entries(own.resource ?? {})) Object.assign((companionJson.resource[type] ??= {}), byName);
  }
  return evaluate(resourcesFromTerraform(json), {
    tier: options.tier,
    suppressions: options.suppressions,
    stack: stack.node.id,
    ...(companions.length ? { companions: resourcesFromTerraform(JSON.parse(JSON.stringify(companionJson))) } : {}),
  });
}

/** Writes both reports into `dir` and returns their paths. */
export function writeReports(report: PolicyReport, dir: string): PolicyReportFiles {
  fs.mkdirSync(dir, { recursive: true });
  const files = { json: path.join(dir, REPORT_FILES.json), markdown: path.join(dir, REPORT_FILES.markdown) };
  fs.writeFileSync(files.json, renderJson(report));
  fs.writeFileSync(files.markdown, renderMarkdown(report));
  return files;
}

/** Warning annotations on the constructs that declared the findings (the stack for stack-level ones). */
function annotate(stack: TerraformStack, report: PolicyReport): void {
  const byPath = new Map<string, IConstruct>(stack.node.findAll().map((c) => [c.node.path, c]));
  for (const f of report.findings) {
    if (f.level !== "warning") continue;
    const target = (f.path && byPath.get(f.path)) || stack;
    Annotations.of(target).addWarning(`[${f.ruleId}] ${f.address}: ${f.message}`);
  }
}

const APPLIED = new WeakSet<TerraformStack>();

/**
 * Lets the synthesizer take `resolved` for its next resolution of `stack`. The synthesizer
 * resolves the stack again right after its validations, in the same synchronous `synth()`, with
 * nothing changing the tree in between; taking this resolution instead saves one of the three a
 * stack's synthesis otherwise makes. The loan ends at its first use or when the current
 * synchronous run ends (a failed validation, an error annotation or HCL output leaves it unused),
 * so no later resolution can see an out-of-date tree.
 */
function lendResolution(stack: TerraformStack, resolved: ReturnType<TerraformStack["toTerraform"]>): () => void {
  const own = Object.getOwnPropertyDescriptor(stack, "toTerraform");
  let lent = true;
  const end = () => {
    if (!lent) return;
    lent = false;
    if (own) Object.defineProperty(stack, "toTerraform", own);
    else delete (stack as { toTerraform?: unknown }).toTerraform;
  };
  stack.toTerraform = () => {
    end();
    return resolved;
  };
  process.nextTick(end);
  return end;
}

/**
 * Applies the policy pack to a stack: every synthesis judges the stack's resources, writes
 * `policy-report.json` and `policy-report.md` next to its `cdk.tf.json`, and throws a
 * PolicyViolationError (a ValidationError) listing every error-level finding in preprod and prod.
 * Bad suppressions (unknown rule, missing reason) throw a ValidationError here, at once.
 */
export function applyPolicy(stack: TerraformStack, options: ApplyPolicyOptions): AppliedPolicy {
  if (APPLIED.has(stack)) throw new Error(`the policy is already applied to stack '${stack.node.id}'`);
  throwIfAny(suppressionProblems(options.suppressions ?? [], RULE_IDS), `policy suppressions of stack '${stack.node.id}'`);
  APPLIED.add(stack);
  const suppressions = [...(options.suppressions ?? [])];
  let annotated = false;
  const handle: { lastReport?: PolicyReport; evaluate(): PolicyReport } = {
    evaluate: () => evaluateStack(stack, { tier: options.tier, suppressions, companions: options.companions }),
  };
  stack.node.addValidation({
    validate: () => {
      const resolved = stack.toTerraform();
      const endLoan = lendResolution(stack, resolved);
      const report = evaluateStack(stack, { tier: options.tier, suppressions, companions: options.companions }, resolved);
      handle.lastReport = report;
      const files = writeReports(report, options.outdir ?? path.join(App.of(stack).outdir, "stacks", stack.node.id));
      if (!annotated) {
        annotate(stack, report);
        annotated = true;
      }
      options.onReport?.(report, files);
      if (!report.summary.passed) {
        endLoan(); // no synthesis follows
        throw new PolicyViolationError(report, files);
      }
      return [];
    },
  });
  return handle;
}
