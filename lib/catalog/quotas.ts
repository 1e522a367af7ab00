/**
 * The project quotas and limits an environment consumes, with Google's default values and where
 * they are stated. `quotaUsage` counts what a synthesized stack uses of each, so a test can keep
 * the shipped environments (and the everything-enabled fixture) well inside the defaults, and a
 * reviewer can see how close a large fleet comes.
 *
 * Values Google publishes per project may be raised on request (quotas) or not (limits); a
 * `default` of undefined means no stored source gave the number.
 */
import { CATALOG_CHECKED, Sourced } from "./sources";

export interface QuotaFact extends Sourced {
  readonly title: string;
  /** Google's default; undefined when no source read gave it. */
  readonly default?: number;
  /** Per what the quota counts. */
  readonly scope: "project" | "project and region" | "alert policy";
  /** The Terraform resource type it counts, when it is a count of resources. */
  readonly resourceType?: string;
  /** `quota` can be raised on request; `limit` cannot. */
  readonly kind: "quota" | "limit";
}

export const QUOTAS = {
  alertPoliciesPerProject: {
    title: "Alert policies per project",
    default: 2000,
    scope: "project",
    resourceType: "google_monitoring_alert_policy",
    kind: "limit",
    source: "https://docs.cloud.google.com/monitoring/alerts/using-alerting-api (\"Each project can contain up to 2,000 policies\")",
    checked: CATALOG_CHECKED,
    status: "confirmed",
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
    source: "https://cloud.google.com/monitoring/quotas (Alerting)",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "the stored copies of the page show only its opening sections; alert.proto states no bound",
  },
  logBasedMetricsPerProject: {
    title: "User-defined log-based metrics per project",
    default: 500,
    scope: "project",
    resourceType: "google_logging_metric",
    kind: "limit",
    source: "https://cloud.google.com/logging/quotas (Log-based metrics)",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "the stored copies of the page show its usage-limits table, which does not include log-based metrics",
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
    source: "https://cloud.google.com/vertex-ai/docs/quotas",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "the stored copies of the page show its request-rate quotas only; the resource count was not found",
  },
  deploymentResourcePoolsPerRegion: {
    title: "Vertex AI deployment resource pools per region",
    scope: "project and region",
    resourceType: "google_vertex_ai_deployment_resource_pool",
    kind: "quota",
    source: "https://cloud.google.com/vertex-ai/docs/quotas",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "not found in the stored copies of the page",
  },
  dataTransferConfigsPerProject: {
    title: "BigQuery Data Transfer configurations (scheduled queries)",
    scope: "project",
    resourceType: "google_bigquery_data_transfer_config",
    kind: "quota",
    source: "https://cloud.google.com/bigquery/quotas (Data Transfer Service)",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "not found in the stored copies of the page",
  },
} as const satisfies Readonly<Record<string, QuotaFact>>;

export type QuotaKey = keyof typeof QUOTAS;

/** What a stack uses of one quota. */
export interface QuotaUse {
  readonly quota: QuotaKey;
  readonly used: number;
  /** Google's default, when known. */
  readonly default?: number;
}

/**
 * What a synthesized stack (its Terraform JSON) uses of each quota: resource counts, and for the
 * per-policy limits the largest policy. Every resource of a stack is in one project and region.
 */
export function quotaUsage(terraformJson: { readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>> }): QuotaUse[] {
  const resources = terraformJson.resource ?? {};
  const count = (type: string) => Object.keys(resources[type] ?? {}).length;
  const policies = Object.values(resources.google_monitoring_alert_policy ?? {}) as { conditions?: unknown[]; notification_channels?: unknown }[];
  const maxOf = (f: (p: (typeof policies)[number]) => number) => policies.reduce((m, p) => Math.max(m, f(p)), 0);
  return (Object.keys(QUOTAS) as QuotaKey[]).map((quota) => {
    const q: QuotaFact = QUOTAS[quota];
    let used: number;
    if (quota === "conditionsPerPolicy") used = maxOf((p) => (Array.isArray(p.conditions) ? p.conditions.length : 0));
    else if (quota === "notificationChannelsPerPolicy") used = maxOf((p) => (Array.isArray(p.notification_channels) ? p.notification_channels.length : 0));
    else used = count(q.resourceType!);
    return { quota, used, default: q.default };
  });
}
