/**
 * The project quotas and limits an environment consumes, with Google's default values, where
 * they are stated and per what Google counts them. `quotaUsage` counts what one synthesized stack
 * uses of each; lib/quota/ adds them up per project (and region) across every stack of an app and
 * fails synthesis when a fleet would not fit.
 *
 * Values Google publishes per project may be raised on request (quotas) or not (limits); a
 * `default` of undefined means no stored source gave the number. An environment declares an
 * increase it was granted under `quotas:` in its YAML (a limit cannot be declared above Google's
 * value).
 */
import { CATALOG_CHECKED, Sourced } from "./sources";

export interface QuotaFact extends Sourced {
  readonly title: string;
  /** Google's default; undefined when no source read gave it. */
  readonly default?: number;
  /**
   * Per what Google counts it: every resource of the project; of the project in one region; or
   * within one alert policy (a bound on each policy, not a sum).
   */
  readonly scope: "project" | "project and region" | "alert policy";
  /** The Terraform resource type it counts, when it is a count of resources. */
  readonly resourceType?: string;
  /** `quota` can be raised on request; `limit` cannot. */
  readonly kind: "quota" | "limit";
}

const VERTEX_QUOTAS_PAGE = "https://cloud.google.com/vertex-ai/docs/quotas";
const MONITORING_QUOTAS_PAGE = "https://cloud.google.com/monitoring/quotas";

export const QUOTAS = {
  alertPoliciesPerProject: {
    title: "Alert policies per project",
    default: 2000,
    scope: "project",
    resourceType: "google_monitoring_alert_policy",
    kind: "limit",
    source:
      "https://docs.cloud.google.com/monitoring/alerts/using-alerting-api (\"Each alerting policy belongs to a scoping project of a metrics scope. Each project can contain up to 2,000 policies.\")",
    checked: CATALOG_CHECKED,
    status: "confirmed",
    note:
      "counted in the project the policies are created in (the scoping project of its metrics scope), not per monitored project; the older 'up to 500 policies' per Workspace (alerts/concepts-indepth, a stored copy from the Workspace era) no longer applies",
  },
  conditionsPerPolicy: {
    title: "Conditions per alert policy",
    default: 6,
    scope: "alert policy",
    kind: "limit",
    source: "googleapis/googleapis@f8291d2b:google/monitoring/v3/alert.proto (AlertPolicy.conditions: \"A policy can have from one to six conditions\")",
    checked: CATALOG_CHECKED,
    status: "confirmed",
  },
  notificationChannelsPerPolicy: {
    title: "Notification channels per alert policy",
    default: 16,
    scope: "alert policy",
    kind: "limit",
    source: `${MONITORING_QUOTAS_PAGE} (Alerting)`,
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "the stored copies of the page show only its opening sections (user-defined metrics); alert.proto states no bound",
  },
  notificationChannelsPerProject: {
    title: "Notification channels per project",
    scope: "project",
    resourceType: "google_monitoring_notification_channel",
    kind: "limit",
    source: `${MONITORING_QUOTAS_PAGE} (Alerting)`,
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "the stored copies of the page show only its opening sections; no other source read gives the number",
  },
  logBasedMetricsPerProject: {
    title: "User-defined log-based metrics per project",
    default: 500,
    scope: "project",
    resourceType: "google_logging_metric",
    kind: "limit",
    source: "https://docs.cloud.google.com/logging/quotas (Log-based metrics)",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note:
      "the stored copies of the page show its usage-limits table (sinks, buckets, views), which does not include log-based metrics; logging/docs/logs-based-metrics/labels gives only 10 user-defined labels per metric",
  },
  serviceAccountsPerProject: {
    title: "User-managed service accounts per project",
    default: 100,
    scope: "project",
    resourceType: "google_service_account",
    kind: "quota",
    source: "https://cloud.google.com/iam/docs/service-accounts-create (\"By default, each project can have up to 100 service accounts\")",
    checked: CATALOG_CHECKED,
    status: "confirmed",
  },
  vertexEndpointsPerRegion: {
    title: "Vertex AI endpoints per region",
    scope: "project and region",
    resourceType: "google_vertex_ai_endpoint",
    kind: "quota",
    source: VERTEX_QUOTAS_PAGE,
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note:
      "the stored copies of the page show its request quotas per project and region (e.g. 600 resource-management requests and 30,000 online predictions a minute) and say resource limits follow, but not the count of endpoints",
  },
  deploymentResourcePoolsPerRegion: {
    title: "Vertex AI deployment resource pools per region",
    scope: "project and region",
    resourceType: "google_vertex_ai_deployment_resource_pool",
    kind: "quota",
    source: VERTEX_QUOTAS_PAGE,
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note:
      "not in the stored copies of the page; vertex-ai/docs/predictions/model-co-hosting says only that a pool has no upper limit on models and takes at most 20 concurrent deployment requests",
  },
  dataTransferConfigsPerProject: {
    title: "BigQuery Data Transfer configurations (scheduled queries)",
    scope: "project",
    resourceType: "google_bigquery_data_transfer_config",
    kind: "quota",
    source: "https://cloud.google.com/bigquery-transfer/quotas",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note:
      "the page says quotas apply per project and that scheduled queries are subject to BigQuery's query quotas, but gives no count of configurations (ListTransferConfigs' page size of 1,000 is not one)",
  },
} as const satisfies Readonly<Record<string, QuotaFact>>;

export type QuotaKey = keyof typeof QUOTAS;

/** The resource types a quota counts (those with a `resourceType`). */
export const COUNTED_TYPES: ReadonlySet<string> = new Set<string>(Object.values(QUOTAS).flatMap((q: QuotaFact) => (q.resourceType ? [q.resourceType] : [])));

/** A quota's title inside a sentence: "alert policies per project", "Vertex AI endpoints per region". */
export const titleInSentence = (title: string): string => (/^[A-Z][a-z-]*\s+[a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title);

/** Every quota, in catalog order. */
export const QUOTA_KEYS = Object.keys(QUOTAS) as QuotaKey[];

/** What a stack uses of one quota. */
export interface QuotaUse {
  readonly quota: QuotaKey;
  readonly used: number;
  /** Google's default, when known. */
  readonly default?: number;
}

/** The number of conditions and of notification channels of an alert policy's arguments. */
export function policySize(p: { readonly conditions?: unknown; readonly notification_channels?: unknown }): { conditions: number; channels: number } {
  return {
    conditions: Array.isArray(p.conditions) ? p.conditions.length : 0,
    channels: Array.isArray(p.notification_channels) ? p.notification_channels.length : 0,
  };
}

/**
 * What a synthesized stack (its Terraform JSON) uses of each quota: resource counts, and for the
 * per-policy limits the largest policy. It counts the stack alone; lib/quota/ adds stacks up by
 * project and region.
 */
export function quotaUsage(terraformJson: { readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>> }): QuotaUse[] {
  const resources = terraformJson.resource ?? {};
  const count = (type: string) => Object.keys(resources[type] ?? {}).length;
  const policies = Object.values(resources.google_monitoring_alert_policy ?? {}).map((p) => policySize(p as object));
  const maxOf = (f: (p: (typeof policies)[number]) => number) => policies.reduce((m, p) => Math.max(m, f(p)), 0);
  return QUOTA_KEYS.map((quota) => {
    const q: QuotaFact = QUOTAS[quota];
    let used: number;
    if (quota === "conditionsPerPolicy") used = maxOf((p) => p.conditions);
    else if (quota === "notificationChannelsPerPolicy") used = maxOf((p) => p.channels);
    else used = count(q.resourceType!);
    return { quota, used, default: q.default };
  });
}
