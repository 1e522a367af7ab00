/**
 * The `notifications`, `monitoring` and `budget` blocks of an environment, and the monitoring
 * part of the tier presets. Engine-neutral: the monitoring constructs read it.
 *
 * ```yaml
 * notifications:
 *   emails: [ml-oncall@example.com]
 *   pagerduty: { serviceKeySecret: projects/acme-ops/secrets/pagerduty-ml/versions/latest }
 *   slack: { channelName: "#ml-alerts", authTokenSecret: projects/acme-ops/secrets/slack-bot/versions/3 }
 *   webhooks:
 *     - name: incident-bridge
 *       url: https://incidents.example.com/gcp
 *       authTokenSecret: projects/acme-ops/secrets/bridge-token/versions/latest
 * monitoring:
 *   thresholds: { latencyP99Ms: 800 }          # every model, over the tier preset
 *   models:
 *     churn: { latencyP99Ms: 300, expectTraffic: false }
 *   workingHours: { timeZone: Europe/Paris, days: [MON, TUE, WED, THU, FRI], start: "08:00", end: "19:00" }
 * budget:
 *   billingAccount: 01A2B3-C4D5E6-F7A8B9
 *   amount: 2500
 *   currency: EUR
 *   thresholds: [0.5, 0.9, 1.0]
 * ```
 */
import { z } from "zod";
import { isTimeZone, TIME_ZONE_ALLOWED } from "../catalog/cron";
import { formatPath, Problem } from "../core/errors";
import { namingRule } from "../catalog/naming";
import { checkAcross, EMAIL, int, named, unique } from "./fields";

// ---------------------------------------------------------------------------------------------
// Secret Manager references
// ---------------------------------------------------------------------------------------------

/** `projects/<project ID or number>/secrets/<name>/versions/<n|latest>`. */
const SECRET_REFERENCE = /^projects\/([a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20})\/secrets\/([A-Za-z0-9_-]{1,255})\/versions\/([1-9][0-9]{0,18}|latest)$/;

export const SECRET_REFERENCE_ALLOWED = "a Secret Manager version reference projects/<project>/secrets/<name>/versions/<n|latest>";

/** A parsed Secret Manager version reference. */
export interface SecretReference {
  readonly project: string;
  readonly secret: string;
  readonly version: string;
}

/** The parts of a Secret Manager version reference, or undefined when `ref` is not one. */
export function parseSecretReference(ref: string): SecretReference | undefined {
  const m = typeof ref === "string" ? SECRET_REFERENCE.exec(ref) : null;
  return m ? { project: m[1], secret: m[2], version: m[3] } : undefined;
}

/**
 * True when `v` looks like a credential typed in place of a reference: a known token prefix
 * (Slack `xox?-`, GitHub, Google API keys, bearer tokens) or a long run of token characters with
 * no path structure. Used only to choose the message; anything that is not a reference is rejected.
 */
export function looksLikeLiteralSecret(v: string): boolean {
  if (/^(xox[abposr]-|xapp-|gh[pousr]_|AIza|sk[-_]|Bearer\s)/.test(v)) return true;
  return !v.includes("/") && /^[A-Za-z0-9_\-+=.:]{16,}$/.test(v);
}

/** Why `v` is not a Secret Manager version reference, or undefined when it is one. Never echoes `v`. */
export function secretReferenceProblem(v: unknown): string | undefined {
  if (typeof v !== "string") return `must be ${SECRET_REFERENCE_ALLOWED}`;
  if (parseSecretReference(v)) return undefined;
  if (looksLikeLiteralSecret(v)) {
    return `looks like a literal credential; credentials never go in the configuration: store it in Secret Manager and give ${SECRET_REFERENCE_ALLOWED}`;
  }
  return `not ${SECRET_REFERENCE_ALLOWED}`;
}

const SECRET = z.string({ error: `must be ${SECRET_REFERENCE_ALLOWED}` }).superRefine((v, ctx) => {
  const p = secretReferenceProblem(v);
  if (p) ctx.addIssue({ code: "custom", message: p });
});

// ---------------------------------------------------------------------------------------------
// notifications
// ---------------------------------------------------------------------------------------------

/** Query parameters that carry credentials; a webhook URL must not contain them. */
const CREDENTIAL_PARAMETER = /^(auth_?token|access_?token|token|key|api_?key|secret|password|passwd|sig|signature|code)$/i;

/** Why `v` is not an acceptable webhook URL, or undefined. Never echoes credentials. */
export function webhookUrlProblem(v: string): string | undefined {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return "not a URL; allowed: an https:// URL such as https://incidents.example.com/gcp";
  }
  if (url.protocol !== "https:") return "must use https:// (alerts carry incident details)";
  if (url.username || url.password) return "must not contain credentials; use basicAuth.passwordSecret or authTokenSecret";
  if (url.hostname === "hooks.slack.com") {
    return "a Slack incoming-webhook URL is itself a credential; use notifications.slack with channelName and authTokenSecret instead";
  }
  for (const key of url.searchParams.keys()) {
    if (CREDENTIAL_PARAMETER.test(key)) return `must not carry a credential in the query ('${key}'); use authTokenSecret, which is read from Secret Manager`;
  }
  return undefined;
}

const WEBHOOK_NAME_ALLOWED = "1-40 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit";
const WEBHOOK_NAME = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;
const QUERY_PARAMETER = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

export const WebhookSchema = checkAcross(
  z.strictObject({
    name: named(namingRule("webhook name", WEBHOOK_NAME_ALLOWED, WEBHOOK_NAME)).describe("Key of the channel; renaming it replaces the channel."),
    url: z
      .string({ error: "must be an https:// URL" })
      .superRefine((v, ctx) => {
        const p = webhookUrlProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: p });
      })
      .describe("Endpoint that receives the alert JSON (https only, no credentials in it)."),
    authTokenSecret: SECRET.optional().describe("Token sent as a query parameter (type webhook_tokenauth), read from Secret Manager at deploy time."),
    tokenParameter: z
      .string({ error: "must be a query parameter name such as auth_token" })
      .regex(QUERY_PARAMETER, { error: "not a query parameter name; allowed: 1-64 letters, digits, '_', '.' or '-', starting with a letter or '_'" })
      .optional()
      .describe("Name of the query parameter that carries the token. @default auth_token"),
    basicAuth: z
      .strictObject({
        username: z.string({ error: "must be a user name" }).min(1, { error: "must not be empty" }).max(256, { error: "must be at most 256 characters" }),
        passwordSecret: SECRET,
      })
      .optional()
      .describe("HTTP basic authentication (type webhook_basicauth); the password comes from Secret Manager."),
  }),
  (w, ctx) => {
    if (w.authTokenSecret !== undefined && w.basicAuth !== undefined) {
      ctx.addIssue({ code: "custom", path: ["basicAuth"], message: "cannot be combined with authTokenSecret; a webhook uses one authentication" });
    }
    if (w.tokenParameter !== undefined && w.authTokenSecret === undefined) {
      ctx.addIssue({ code: "custom", path: ["tokenParameter"], message: "only applies with authTokenSecret" });
    }
  },
).describe("A webhook notification channel.");

export const SLACK_CHANNEL_ALLOWED = "'#' followed by 1-80 lowercase letters, digits, '-' or '_', e.g. #ml-alerts";

export const NotificationsSchema = z
  .strictObject({
    emails: unique(z.array(EMAIL).default([]), {
      fold: (e) => e.toLowerCase(),
      message: (e, first) => `duplicate email '${e}', already emails[${first}]; list each address once`,
    }).describe("Addresses that receive alerts and budget notices."),
    pagerduty: z
      .strictObject({ serviceKeySecret: SECRET.describe("PagerDuty integration (service) key.") })
      .optional()
      .describe("PagerDuty service to page."),
    slack: z
      .strictObject({
        channelName: z
          .string({ error: `must be a Slack channel: ${SLACK_CHANNEL_ALLOWED}` })
          .regex(/^#[a-z0-9_-]{1,80}$/, { error: `not a Slack channel name; allowed: ${SLACK_CHANNEL_ALLOWED}` }),
        authTokenSecret: SECRET.describe("OAuth token of the Slack app installed in the workspace."),
      })
      .optional()
      .describe("Slack channel that receives alerts."),
    webhooks: unique(z.array(WebhookSchema).optional(), {
      field: "name",
      message: (name, first) => `duplicate name '${name}', already used by webhooks[${first}]; each name must be unique`,
    }).describe("Webhook endpoints that receive alerts. @default - none"),
  })
  .describe("Where alerts go. Credentials are Secret Manager references, never literal values.");

export type NotificationsConfig = z.output<typeof NotificationsSchema>;
export type WebhookConfig = z.output<typeof WebhookSchema>;

// ---------------------------------------------------------------------------------------------
// monitoring: thresholds, per-model overrides, working hours
// ---------------------------------------------------------------------------------------------

/** Alert severities Cloud Monitoring accepts. */
export const SEVERITIES = ["CRITICAL", "ERROR", "WARNING"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every alert kind the library creates; the tier preset gives each a severity. */
export const ALERT_KINDS = [
  "latency",
  "errorRate",
  "replicasAtMax",
  "gpuSaturated",
  "noTraffic",
  "pipelineFailed",
  "pipelineOverdue",
  "featureViewStale",
  "workbenchAfterHours",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Longest metric-absence window Cloud Monitoring accepts: 23.5 hours. */
export const MAX_ABSENCE_MINUTES = 1410;

/** Thresholds of the alerts on one model's serving endpoint. */
export interface ModelThresholds {
  /** 99th percentile of total prediction latency, in milliseconds, above which the latency alert fires. */
  readonly latencyP99Ms: number;
  /** Share of responses that are server errors (5xx), in percent, above which the error-rate alert fires. */
  readonly errorRatePercent: number;
  /** Mean accelerator duty cycle across replicas, in percent, above which the GPU alert fires. */
  readonly gpuDutyCyclePercent: number;
  /** Minutes the replica count must stay at maxReplicas before the capacity alert fires. */
  readonly replicasAtMaxMinutes: number;
  /** Minutes without any response before the no-traffic alert fires (2-1410: Cloud Monitoring's absence limits). */
  readonly noTrafficMinutes: number;
  /** Whether the endpoint is expected to serve traffic at all times (turns the no-traffic alert on). */
  readonly expectTraffic: boolean;
}

/** The ranges each threshold accepts, shared by the YAML schema and the constructs. */
export const THRESHOLD_RANGES = {
  latencyP99Ms: { min: 1, max: 300_000, what: "milliseconds", integer: true },
  errorRatePercent: { min: 0.01, max: 100, what: "percent of responses", integer: false },
  gpuDutyCyclePercent: { min: 1, max: 100, what: "percent", integer: true },
  replicasAtMaxMinutes: { min: 1, max: 1440, what: "minutes", integer: true },
  noTrafficMinutes: { min: 2, max: MAX_ABSENCE_MINUTES, what: "minutes; Cloud Monitoring absence windows are 2 minutes to 23.5 hours", integer: true },
} as const;

/** Why a threshold value is out of its range, or undefined. */
export function thresholdProblem(name: keyof typeof THRESHOLD_RANGES, v: unknown): string | undefined {
  const r = THRESHOLD_RANGES[name];
  const allowed = `${r.integer ? "a whole number" : "a number"} from ${r.min} to ${r.max} (${r.what})`;
  if (typeof v !== "number" || !Number.isFinite(v) || (r.integer && !Number.isInteger(v)) || v < r.min || v > r.max) return `must be ${allowed}`;
  return undefined;
}

const thresholdField = (name: keyof typeof THRESHOLD_RANGES, description: string) => {
  const r = THRESHOLD_RANGES[name];
  const allowed = `${r.integer ? "a whole number" : "a number"} from ${r.min} to ${r.max} (${r.what})`;
  const base = r.integer ? int(r.what, r.min, r.max) : z.number({ error: `must be ${allowed}` }).min(r.min, { error: `must be at least ${r.min} (${r.what})` }).max(r.max, { error: `must be at most ${r.max} (${r.what})` });
  return base.optional().describe(description);
};

export const ThresholdsSchema = z
  .strictObject({
    latencyP99Ms: thresholdField("latencyP99Ms", "p99 prediction latency (ms) that fires the latency alert. @default tier preset (dev 2000, preprod 1000, prod 500)"),
    errorRatePercent: thresholdField("errorRatePercent", "Share of 5xx responses (percent) that fires the error-rate alert. @default tier preset (dev 10, preprod 5, prod 1)"),
    gpuDutyCyclePercent: thresholdField("gpuDutyCyclePercent", "Mean GPU duty cycle (percent) that fires the saturation alert. @default tier preset (dev 95, preprod 90, prod 90)"),
    replicasAtMaxMinutes: thresholdField("replicasAtMaxMinutes", "Minutes at maxReplicas before the capacity alert fires. @default tier preset (dev 60, preprod 30, prod 15)"),
    noTrafficMinutes: thresholdField("noTrafficMinutes", "Minutes without responses before the no-traffic alert fires. @default tier preset (dev 120, preprod 60, prod 30)"),
    expectTraffic: z.boolean({ error: "must be true or false" }).optional().describe("The endpoint always serves traffic: alert when it gets none. @default tier preset (prod: true)"),
  })
  .describe("Alert thresholds of model endpoints; unset fields keep the tier preset.");

export type ThresholdOverrides = z.output<typeof ThresholdsSchema>;

export const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const CLOCK = /^([01][0-9]|2[0-3]):([0-5][0-9])$|^24:00$/;

/** Minutes since midnight of `HH:MM` (24:00 allowed as an end), or undefined. */
export function clockMinutes(v: unknown): number | undefined {
  if (typeof v !== "string" || !CLOCK.test(v)) return undefined;
  const [h, m] = v.split(":").map(Number);
  return h * 60 + m;
}

export const WorkingHoursSchema = checkAcross(
  z.strictObject({
    timeZone: z
      .string({ error: `must be ${TIME_ZONE_ALLOWED}` })
      .refine(isTimeZone, { error: `not a time zone; allowed: ${TIME_ZONE_ALLOWED}` })
      .default("Etc/UTC")
      .describe("IANA time zone of the working hours. @default Etc/UTC"),
    days: unique(
      z
        .array(z.enum(WEEKDAYS, { error: `not a weekday; allowed: ${WEEKDAYS.join(", ")}` }))
        .min(1, { error: "must list at least one day" })
        .default(["MON", "TUE", "WED", "THU", "FRI"]),
      { message: (_, first) => `duplicate of days[${first}]; list each day once` },
    ).describe("Working days. @default MON-FRI"),
    start: z
      .string({ error: "must be a time HH:MM such as 08:00" })
      .regex(/^([01][0-9]|2[0-3]):([0-5][0-9])$/, { error: "not a time; allowed: HH:MM from 00:00 to 23:59, e.g. 08:00" })
      .default("08:00")
      .describe("Start of the working day, local time. @default 08:00"),
    end: z
      .string({ error: "must be a time HH:MM such as 19:00" })
      .regex(CLOCK, { error: "not a time; allowed: HH:MM from 00:01 to 24:00, e.g. 19:00" })
      .default("19:00")
      .describe("End of the working day, local time (after start; windows across midnight are not supported). @default 19:00"),
  }),
  (w, ctx) => {
    const s = clockMinutes(w.start);
    const e = clockMinutes(w.end);
    if (s !== undefined && e !== undefined && e <= s) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `must be after start (${w.start}); working hours across midnight are not supported` });
    }
  },
).describe("When people work: Workbench instances running outside these hours raise an alert where the tier asks for it.");

export type WorkingHours = z.output<typeof WorkingHoursSchema>;

export const DEFAULT_WORKING_HOURS: WorkingHours = { timeZone: "Etc/UTC", days: ["MON", "TUE", "WED", "THU", "FRI"], start: "08:00", end: "19:00" };

export const MonitoringSchema = z
  .strictObject({
    thresholds: ThresholdsSchema.optional(),
    models: z
      .record(z.string(), ThresholdsSchema)
      .optional()
      .describe("Per-model overrides keyed by model name (each name must be in models)."),
    workingHours: WorkingHoursSchema.optional(),
    workbenchAfterHours: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Alert on Workbench instances running outside working hours. @default tier preset (dev: false, preprod and prod: true)"),
  })
  .describe("Alerting: thresholds over the tier preset, per-model overrides and working hours.");

export type MonitoringConfig = z.output<typeof MonitoringSchema>;

/**
 * Environment-level check: every model named under `alerting.models` must exist. Each problem
 * names the key as written (a key may contain dots: `churn.v2`).
 */
export function monitoringModelProblems(overrides: Readonly<Record<string, unknown>> | undefined, modelNames: readonly string[]): (Problem & { readonly model: string })[] {
  const known = new Set(modelNames);
  return Object.keys(overrides ?? {})
    .filter((name) => !known.has(name))
    .map((name) => ({
      model: name,
      path: formatPath(["alerting", "models", name]),
      message: `no model named '${name}'; ${modelNames.length ? `models: ${modelNames.join(", ")}` : "the environment has no models"}`,
    }));
}

// ---------------------------------------------------------------------------------------------
// budget
// ---------------------------------------------------------------------------------------------

const BILLING_ACCOUNT = /^[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$/;
export const BILLING_ACCOUNT_ALLOWED = "a billing account ID XXXXXX-XXXXXX-XXXXXX of uppercase hexadecimal digits, e.g. 01A2B3-C4D5E6-F7A8B9 (gcloud billing accounts list)";

/** Why `v` is not a billing account ID, or undefined. */
export function billingAccountProblem(v: unknown): string | undefined {
  if (typeof v !== "string") return `must be ${BILLING_ACCOUNT_ALLOWED}`;
  if (BILLING_ACCOUNT.test(v)) return undefined;
  if (BILLING_ACCOUNT.test(v.toUpperCase())) return `must use uppercase letters: ${v.toUpperCase()}`;
  if (v.startsWith("billingAccounts/")) return `give the ID without 'billingAccounts/': ${v.slice("billingAccounts/".length)}`;
  return `not ${BILLING_ACCOUNT_ALLOWED}`;
}

export const DEFAULT_BUDGET_THRESHOLDS: readonly number[] = [0.5, 0.9, 1.0];

/** Problems of a list of budget thresholds (fractions of the amount), each at its index. */
export function budgetThresholdProblems(list: readonly unknown[]): { index?: number; message: string }[] {
  const out: { index?: number; message: string }[] = [];
  if (list.length === 0) out.push({ message: "must list at least one threshold, e.g. [0.5, 0.9, 1.0]" });
  list.forEach((t, i) => {
    if (typeof t !== "number" || !Number.isFinite(t) || t <= 0 || t > 2) {
      out.push({ index: i, message: "must be a fraction of the amount greater than 0 and at most 2 (0.5 is 50 %, 1.0 is 100 %)" });
      return;
    }
    const prev = list[i - 1];
    if (typeof prev === "number" && t === prev) out.push({ index: i, message: `duplicate of thresholds[${i - 1}]; list each threshold once` });
    else if (typeof prev === "number" && t < prev) out.push({ index: i, message: `must be greater than thresholds[${i - 1}] (${prev}); list thresholds in ascending order` });
  });
  return out;
}

/** Why `v` is not an acceptable budget amount, or undefined. */
export function budgetAmountProblem(v: unknown): string | undefined {
  if (typeof v !== "number" || !Number.isFinite(v)) return "must be a number: the budget per month in the billing account's currency";
  if (v <= 0) return "must be greater than 0";
  if (v > 1e12) return "must be at most 1000000000000";
  if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) return "must have at most 2 decimal places";
  return undefined;
}

export const BudgetSchema = z
  .strictObject({
    billingAccount: z
      .string({ error: `must be ${BILLING_ACCOUNT_ALLOWED}` })
      .superRefine((v, ctx) => {
        const p = billingAccountProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: p });
      })
      .describe("Billing account that pays for the project."),
    amount: z
      .number({ error: "must be a number: the budget per month in the billing account's currency" })
      .superRefine((v, ctx) => {
        const p = budgetAmountProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: p });
      })
      .describe("Budget per calendar month."),
    currency: z
      .string({ error: "must be an ISO 4217 currency code such as USD or EUR" })
      .regex(/^[A-Z]{3}$/, { error: "not an ISO 4217 currency code; allowed: 3 uppercase letters such as USD or EUR (it must be the billing account's currency)" })
      .optional()
      .describe("Currency of the amount; must be the billing account's currency. @default the billing account's currency"),
    thresholds: checkAcross(z.array(z.number({ error: "must be a number: a fraction of the amount such as 0.9" })).default([...DEFAULT_BUDGET_THRESHOLDS]), (list, ctx) => {
      for (const p of budgetThresholdProblems(list)) ctx.addIssue({ code: "custom", path: p.index === undefined ? [] : [p.index], message: p.message });
    }).describe("Fractions of the amount that send a notice, ascending. @default [0.5, 0.9, 1.0]"),
    forecastThreshold: z
      .number({ error: "must be a number: a fraction of the amount such as 1.0" })
      .gt(0, { error: "must be greater than 0 (a fraction of the amount; 1.0 is 100 %)" })
      .lte(2, { error: "must be at most 2 (200 % of the amount)" })
      .optional()
      .describe("Also send a notice when the month's forecast reaches this fraction of the amount. @default - none"),
  })
  .describe("A monthly billing budget for the environment's project, with notices to the email channels.");

export type BudgetConfig = z.output<typeof BudgetSchema>;

// ---------------------------------------------------------------------------------------------
// tier presets (merged by the environment into the single tier preset table)
// ---------------------------------------------------------------------------------------------

/** The monitoring values that differ between dev, preprod and prod. */
export interface MonitoringPreset {
  /** Model endpoint thresholds before the YAML's overrides. */
  readonly thresholds: ModelThresholds;
  /** Severity of each alert kind. */
  readonly severities: Readonly<Record<AlertKind, Severity>>;
  /** Minutes a breached threshold must last before the alert fires (alert durations). */
  readonly sustainMinutes: { readonly latency: number; readonly errorRate: number; readonly gpuDutyCycle: number };
  /** Hours after which an incident whose data stopped arriving closes by itself. */
  readonly autoCloseHours: number;
  /** Alert on Workbench instances running outside working hours. */
  readonly workbenchAfterHours: boolean;
  /** Minutes an instance must run outside working hours before that alert fires. */
  readonly workbenchAfterHoursMinutes: number;
}


/** One model's thresholds: the preset, then `monitoring.thresholds`, then `monitoring.models.<name>`. */
export function resolveModelThresholds(preset: MonitoringPreset, monitoring: MonitoringConfig | undefined, modelName: string): ModelThresholds {
  const defined = <T extends object>(o: T | undefined): Partial<T> =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
  const own = monitoring?.models && Object.hasOwn(monitoring.models, modelName) ? monitoring.models[modelName] : undefined;
  return { ...preset.thresholds, ...defined(monitoring?.thresholds), ...defined(own) };
}
