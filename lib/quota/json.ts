/**
 * The quota budget read from synthesized stacks (`cdk.tf.json`), for the review: the same records
 * as lib/quota/tree.ts builds from the construct tree, with what only the environment file knows
 * (declared quotas, model names) from the `quota-report.json` synthesis writes beside each stack.
 */
import { COUNTED_TYPES, policySize } from "../catalog/quotas";
import type { QuotaResource, QuotaStack } from "./budget";

/** What synthesis records of a stack beside it, `<outdir>/stacks/<stack>/quota-report.json`. */
export interface QuotaReport {
  readonly stack: string;
  readonly environment?: string;
  readonly project?: string;
  readonly region?: string;
  readonly declared?: QuotaStack["declared"];
  readonly models?: readonly string[];
}

/** The file name of the report beside a stack's `cdk.tf.json`. */
export const QUOTA_REPORT_FILE = "quota-report.json";

const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A literal string: not a Terraform expression, which only apply knows. */
const plain = (v: unknown): string | undefined => (typeof v === "string" && !v.includes("${") ? v : undefined);

/** What the report records of a budget stack. */
export function quotaReport(s: QuotaStack): QuotaReport {
  return { stack: s.stack, environment: s.environment, project: s.project, region: s.region, declared: s.declared, models: s.models };
}

/** A synthesized stack as the budget reads it; `report` adds declarations and model names. */
export function jsonQuotaStack(name: string, json: unknown, report?: QuotaReport): QuotaStack {
  const doc = isObject(json) ? json : {};
  const google = doc.provider?.google;
  const configs: Record<string, any>[] = (Array.isArray(google) ? google : [google]).filter(isObject);
  const fallback = configs.find((p) => !p.alias) ?? {};
  const resources: QuotaResource[] = [];
  for (const [type, entries] of Object.entries(isObject(doc.resource) ? doc.resource : {})) {
    if (!COUNTED_TYPES.has(type) || !isObject(entries)) continue;
    for (const [id, r] of Object.entries(entries)) {
      if (!isObject(r)) continue;
      const alias = typeof r.provider === "string" ? r.provider.split(".")[1] : undefined;
      const provider = (alias && configs.find((p) => p.alias === alias)) || fallback;
      const path = plain(r["//"]?.metadata?.path) ?? `${type}.${id}`;
      resources.push({
        type,
        path,
        project: plain(r.project) ?? plain(provider.project),
        region: plain(r.region) ?? plain(r.location) ?? plain(provider.region),
        ...(type === "google_monitoring_alert_policy" ? policySize(r) : {}),
      });
    }
  }
  return { ...(report ?? {}), stack: name, resources };
}
