/**
 * The shapes of the policy pack: what a rule sees (one provider resource, or every resource of a
 * stack), what it answers, and how it is described. Engine-neutral: no cdktf, no provider
 * bindings; the Pulumi variant feeds the same rules its registered resources read back into
 * Terraform types and snake_case attributes (lib/pulumi/testing.ts).
 */
import type { Tier } from "../config/presets";

/** One provider resource (or data source) as Terraform sees it. */
export interface PolicyResource {
  /** Terraform type, e.g. `google_storage_bucket`. */
  readonly type: string;
  /** Terraform address: `<type>.<name>` for resources, `data.<type>.<name>` for data sources. */
  readonly address: string;
  /**
   * Attributes as in the synthesized Terraform JSON: snake_case names, nested blocks as objects or
   * lists of objects, references as `${...}` strings, plus `lifecycle` and `depends_on`.
   */
  readonly values: Readonly<Record<string, unknown>>;
  /** `managed` for resources, `data` for data sources. @default "managed" */
  readonly mode?: "managed" | "data";
  /** Where the resource was declared (cdktf construct path), for reports and suppressions. */
  readonly path?: string;
}

/** What a rule knows besides the resource. */
export interface PolicyContext {
  readonly tier: Tier;
  /**
   * Finds another resource of the same stack by address (`google_bigquery_dataset.x`,
   * `data.google_iam_policy.y`), to follow a reference such as a table's dataset.
   * @default - references cannot be followed
   */
  readonly resolve?: (address: string) => PolicyResource | undefined;
}

export type RuleResult =
  | { readonly status: "compliant" }
  | { readonly status: "not-applicable" }
  | {
      readonly status: "non-compliant";
      /** One line: what is wrong with this resource and what would fix it. */
      readonly finding: string;
      /** True when the value could not be judged at synth time (an unresolved reference). */
      readonly unresolved?: boolean;
    };

export const COMPLIANT: RuleResult = { status: "compliant" };
export const NOT_APPLICABLE: RuleResult = { status: "not-applicable" };

export function nonCompliant(finding: string, unresolved = false): RuleResult {
  return unresolved ? { status: "non-compliant", finding, unresolved } : { status: "non-compliant", finding };
}

/** A public control a rule implements. */
export interface BenchmarkRef {
  /** `CIS GCP 2.0.0` (CIS Google Cloud Platform Foundation Benchmark v2.0.0) or `Checkov`. */
  readonly source: "CIS GCP 2.0.0" | "Checkov";
  /** Control number (`5.2`) or check ID (`CKV_GCP_29`). */
  readonly id: string;
  /** What part of the control the rule covers, when it is not the whole of it. */
  readonly note?: string;
}

export type RuleLevel = "error" | "warning";

interface RuleInfo {
  /** Stable ID, `MLOPS-<AREA>-<NNN>`. Public API: suppressions name it. */
  readonly id: string;
  /** `error` fails synthesis in preprod and prod (dev reports it as a warning); `warning` never fails. */
  readonly level: RuleLevel;
  /** One line: what the rule requires. */
  readonly cause: string;
  /** Why it matters and how to comply. */
  readonly explanation: string;
  /** Public controls the rule implements. @default - none */
  readonly benchmarks?: readonly BenchmarkRef[];
  /** Tiers the rule applies to. @default - every tier */
  readonly tiers?: readonly Tier[];
}

/** A rule over one resource. */
export interface ResourceRule extends RuleInfo {
  readonly scope: "resource";
  /** Resource types the rule inspects; `"*"` for every managed resource type. */
  readonly resourceTypes: readonly string[] | "*";
  /** Judges one resource of a listed type. Never called for other types, data sources or other tiers. */
  check(resource: PolicyResource, context: PolicyContext): RuleResult;
}

/** A finding of a stack-level rule, about something the stack as a whole lacks. */
export interface StackFinding {
  /** What the finding is about, e.g. `project:acme-ml-prod`. */
  readonly address: string;
  readonly finding: string;
}

/** A rule over every resource of a stack at once (e.g. "the project has audit logs"). */
export interface StackRule extends RuleInfo {
  readonly scope: "stack";
  /** Returns one finding per problem; an empty list when compliant. */
  check(resources: readonly PolicyResource[], context: PolicyContext): readonly StackFinding[];
}

export type PolicyRule = ResourceRule | StackRule;
