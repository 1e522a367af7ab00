import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { z } from "zod";
import {
  BudgetSchema,
  monitoringModelProblems,
  MonitoringSchema,
  NotificationsSchema,
  parseSecretReference,
  resolveModelThresholds,
  SEVERITIES,
  ALERT_KINDS,
  ThresholdsSchema,
} from "../lib/config/monitoring";
import { AlertPolicyDefinition, ConditionDefinition, policyProblems, runbook } from "../lib/monitoring/definitions";
import { cronMaxGapMinutes, successWindowMinutes } from "../lib/monitoring/schedule";
import { servingSpendUpperBound, VERTEX_PREDICTION_RATES_US_CENTRAL1 } from "../lib/monitoring/spend";
import { afterHoursQuery, utcOffsets, workingWindowsUtc } from "../lib/monitoring/workbench-rules";
import { TIER_PRESETS } from "../lib/config/presets";

const MONITORING_PRESETS = { dev: TIER_PRESETS.dev.monitoring, preprod: TIER_PRESETS.preprod.monitoring, prod: TIER_PRESETS.prod.monitoring };

/** The issues of a failed parse as "path: message". */
function issues(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  assert.equal(r.success, false, "expected the input to be rejected");
  return r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** Asserts one issue at `path` whose message matches. */
function assertIssue(schema: z.ZodType, input: unknown, path: string, message: RegExp): void {
  const all = issues(schema, input);
  assert.ok(all.some((i) => i.startsWith(`${path}: `) && message.test(i.slice(path.length + 2))), `no issue at '${path}' matching ${message}; got:\n${all.join("\n")}`);
}

const SECRET = "projects/acme-ops/secrets/pagerduty-ml/versions/latest";

describe("notifications", () => {
  test("a complete block parses; an empty block is the schema it replaces: { emails: [] }", () => {
    const r = NotificationsSchema.parse({
      emails: ["oncall@example.com"],
      pagerduty: { serviceKeySecret: SECRET },
      slack: { channelName: "#ml-alerts", authTokenSecret: "projects/123456789/secrets/slack-bot/versions/3" },
      webhooks: [
        { name: "bridge", url: "https://incidents.example.com/gcp", authTokenSecret: SECRET, tokenParameter: "token_id" },
        { name: "basic", url: "https://hooks.example.com/x", basicAuth: { username: "gcp", passwordSecret: SECRET } },
      ],
    });
    assert.equal(r.webhooks?.length, 2);
    assert.deepEqual(NotificationsSchema.parse({}), { emails: [] });
  });

  test("drops into the environment schema as it is used there: .default({ emails: [] })", () => {
    const Env = z.strictObject({ notifications: NotificationsSchema.default({ emails: [] }) });
    assert.deepEqual(Env.parse({}).notifications, { emails: [] });
    assert.deepEqual(Env.parse({ notifications: { emails: ["a@example.com"] } }).notifications, { emails: ["a@example.com"] });
  });

  test("emails keep the message the environment's tests rely on", () => {
    assertIssue(NotificationsSchema, { emails: ["oncall@"] }, "emails.0", /^not a valid email address; allowed: name@domain\.tld$/);
  });

  test("a literal credential where a Secret Manager reference is expected is rejected, without echoing it", () => {
    const all = issues(NotificationsSchema, { pagerduty: { serviceKeySecret: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6" }, slack: { channelName: "#x", authTokenSecret: "xoxb-1234-5678-abcdef" } });
    for (const path of ["pagerduty.serviceKeySecret", "slack.authTokenSecret"]) {
      const hit = all.find((i) => i.startsWith(`${path}: `));
      assert.match(hit ?? "", /looks like a literal credential; credentials never go in the configuration: store it in Secret Manager and give a Secret Manager version reference projects\/<project>\/secrets\/<name>\/versions\/<n\|latest>/);
      assert.doesNotMatch(hit ?? "", /a1b2c3|xoxb/);
    }
  });

  test("a reference with the wrong shape says what is allowed", () => {
    assertIssue(NotificationsSchema, { pagerduty: { serviceKeySecret: "projects/acme-ops/secrets/pd" } }, "pagerduty.serviceKeySecret", /^not a Secret Manager version reference projects\/<project>\/secrets\/<name>\/versions\/<n\|latest>$/);
    assertIssue(NotificationsSchema, { pagerduty: { serviceKeySecret: "projects/acme-ops/secrets/pd/versions/0" } }, "pagerduty.serviceKeySecret", /^not a Secret Manager version reference/);
    assertIssue(NotificationsSchema, { pagerduty: {} }, "pagerduty.serviceKeySecret", /^must be a Secret Manager version reference/);
  });

  test("Slack channel names start with '#'", () => {
    assertIssue(NotificationsSchema, { slack: { channelName: "ml-alerts", authTokenSecret: SECRET } }, "slack.channelName", /^not a Slack channel name; allowed: '#' followed by 1-80/);
  });

  test("webhooks: https only, no credentials in the URL, no Slack incoming-webhook URLs", () => {
    const hook = (url: string) => ({ webhooks: [{ name: "w", url }] });
    assertIssue(NotificationsSchema, hook("http://incidents.example.com"), "webhooks.0.url", /^must use https:\/\//);
    assertIssue(NotificationsSchema, hook("not a url"), "webhooks.0.url", /^not a URL; allowed: an https:\/\/ URL/);
    assertIssue(NotificationsSchema, hook("https://user:pw@incidents.example.com"), "webhooks.0.url", /^must not contain credentials/);
    assertIssue(NotificationsSchema, hook("https://incidents.example.com/x?auth_token=abc"), "webhooks.0.url", /^must not carry a credential in the query \('auth_token'\); use authTokenSecret/);
    assertIssue(NotificationsSchema, hook("https://hooks.slack.com/services/T0/B0/XYZ"), "webhooks.0.url", /^a Slack incoming-webhook URL is itself a credential/);
  });

  test("webhooks: unique names, one authentication, tokenParameter only with a token", () => {
    assertIssue(NotificationsSchema, { webhooks: [{ name: "a", url: "https://a.example.com" }, { name: "a", url: "https://b.example.com" }] }, "webhooks.1.name", /^duplicate name 'a', already used by webhooks\[0\]/);
    assertIssue(NotificationsSchema, { webhooks: [{ name: "a", url: "https://a.example.com", authTokenSecret: SECRET, basicAuth: { username: "u", passwordSecret: SECRET } }] }, "webhooks.0.basicAuth", /^cannot be combined with authTokenSecret/);
    assertIssue(NotificationsSchema, { webhooks: [{ name: "a", url: "https://a.example.com", tokenParameter: "t" }] }, "webhooks.0.tokenParameter", /^only applies with authTokenSecret$/);
    assertIssue(NotificationsSchema, { webhooks: [{ name: "A_b", url: "https://a.example.com" }] }, "webhooks.0.name", /^not a valid webhook name/);
  });

  test("unknown fields are rejected", () => {
    assert.ok(issues(NotificationsSchema, { email: ["x@example.com"] }).some((i) => /Unrecognized key|unrecognized/i.test(i)));
  });

  test("parseSecretReference splits project, secret and version", () => {
    assert.deepEqual(parseSecretReference("projects/123/secrets/a_b-c/versions/7"), { project: "123", secret: "a_b-c", version: "7" });
    assert.equal(parseSecretReference("secrets/a/versions/1"), undefined);
  });
});

describe("monitoring", () => {
  test("a complete block parses; working hours get their defaults", () => {
    const r = MonitoringSchema.parse({
      thresholds: { latencyP99Ms: 800, errorRatePercent: 0.5 },
      models: { churn: { latencyP99Ms: 300, expectTraffic: false } },
      workingHours: { timeZone: "Europe/Paris" },
      workbenchAfterHours: false,
    });
    assert.deepEqual(r.workingHours, { timeZone: "Europe/Paris", days: ["MON", "TUE", "WED", "THU", "FRI"], start: "08:00", end: "19:00" });
  });

  test("thresholds of the wrong type or out of range say what is allowed", () => {
    assertIssue(MonitoringSchema, { thresholds: { latencyP99Ms: "fast" } }, "thresholds.latencyP99Ms", /^must be a whole number \(milliseconds\), 1-300000$/);
    assertIssue(MonitoringSchema, { thresholds: { latencyP99Ms: 0 } }, "thresholds.latencyP99Ms", /^must be at least 1 \(milliseconds\)$/);
    assertIssue(MonitoringSchema, { thresholds: { errorRatePercent: 150 } }, "thresholds.errorRatePercent", /^must be at most 100 \(percent of responses\)$/);
    assertIssue(MonitoringSchema, { thresholds: { errorRatePercent: "1%" } }, "thresholds.errorRatePercent", /^must be a number from 0\.01 to 100/);
    assertIssue(MonitoringSchema, { thresholds: { gpuDutyCyclePercent: 90.5 } }, "thresholds.gpuDutyCyclePercent", /^must be a whole number \(percent\), 1-100$/);
    assertIssue(MonitoringSchema, { thresholds: { noTrafficMinutes: 1 } }, "thresholds.noTrafficMinutes", /^must be at least 2 \(minutes; Cloud Monitoring absence windows are 2 minutes to 23\.5 hours\)$/);
    assertIssue(MonitoringSchema, { thresholds: { noTrafficMinutes: 1411 } }, "thresholds.noTrafficMinutes", /^must be at most 1410/);
    assertIssue(MonitoringSchema, { thresholds: { replicasAtMaxMinutes: 0 } }, "thresholds.replicasAtMaxMinutes", /^must be at least 1 \(minutes\)$/);
    assertIssue(MonitoringSchema, { models: { churn: { expectTraffic: "yes" } } }, "models.churn.expectTraffic", /^must be true or false$/);
    assertIssue(MonitoringSchema, { models: { churn: { latency: 3 } } }, "models.churn", /latency/);
  });

  test("working hours: IANA zone, weekdays once each, end after start", () => {
    assertIssue(MonitoringSchema, { workingHours: { timeZone: "Paris" } }, "workingHours.timeZone", /^not a time zone; allowed: an IANA time zone name/);
    assertIssue(MonitoringSchema, { workingHours: { days: ["MON", "MON"] } }, "workingHours.days.1", /^duplicate of days\[0\]/);
    assertIssue(MonitoringSchema, { workingHours: { days: ["Monday"] } }, "workingHours.days.0", /^not a weekday; allowed: SUN, MON, TUE, WED, THU, FRI, SAT$/);
    assertIssue(MonitoringSchema, { workingHours: { days: [] } }, "workingHours.days", /^must list at least one day$/);
    assertIssue(MonitoringSchema, { workingHours: { start: "8:00" } }, "workingHours.start", /^not a time; allowed: HH:MM from 00:00 to 23:59/);
    assertIssue(MonitoringSchema, { workingHours: { start: "20:00", end: "06:00" } }, "workingHours.end", /^must be after start \(20:00\); working hours across midnight are not supported$/);
  });

  test("monitoringModelProblems names overrides of models that do not exist", () => {
    const cfg = MonitoringSchema.parse({ models: { churn: {}, fraud: { latencyP99Ms: 100 } } });
    assert.deepEqual(monitoringModelProblems(cfg.models, ["churn"]), [{ model: "fraud", path: "alerting.models.fraud", message: "no model named 'fraud'; models: churn" }]);
    assert.deepEqual(monitoringModelProblems(cfg.models, []).map((p) => p.message), ["no model named 'churn'; the environment has no models", "no model named 'fraud'; the environment has no models"]);
    assert.deepEqual(monitoringModelProblems(undefined, ["churn"]), []);
    // A key with a dot is one key, not a path.
    assert.deepEqual(monitoringModelProblems({ "churn.v2": {} }, ["churn"]).map((p) => [p.model, p.path]), [["churn.v2", 'alerting.models["churn.v2"]']]);
  });

  test("resolveModelThresholds: preset, then environment thresholds, then the model's", () => {
    const cfg = MonitoringSchema.parse({ thresholds: { latencyP99Ms: 800, errorRatePercent: 2 }, models: { churn: { latencyP99Ms: 300 } } });
    assert.deepEqual(resolveModelThresholds(MONITORING_PRESETS.prod, cfg, "churn"), { ...MONITORING_PRESETS.prod.thresholds, latencyP99Ms: 300, errorRatePercent: 2 });
    assert.deepEqual(resolveModelThresholds(MONITORING_PRESETS.prod, cfg, "fraud"), { ...MONITORING_PRESETS.prod.thresholds, latencyP99Ms: 800, errorRatePercent: 2 });
    assert.deepEqual(resolveModelThresholds(MONITORING_PRESETS.dev, undefined, "x"), MONITORING_PRESETS.dev.thresholds);
  });
});

describe("monitoring presets", () => {
  test("every tier's thresholds are within the ranges the YAML accepts, every kind has a severity", () => {
    for (const [tier, p] of Object.entries(MONITORING_PRESETS)) {
      assert.equal(ThresholdsSchema.safeParse(p.thresholds).success, true, tier);
      assert.deepEqual(Object.keys(p.severities).sort(), [...ALERT_KINDS].sort(), tier);
      for (const s of Object.values(p.severities)) assert.ok(SEVERITIES.includes(s), `${tier}: ${s}`);
    }
  });

  test("prod is stricter and louder than dev; only dev skips the after-hours Workbench alert", () => {
    const { dev, preprod, prod } = MONITORING_PRESETS;
    assert.ok(prod.thresholds.latencyP99Ms < preprod.thresholds.latencyP99Ms && preprod.thresholds.latencyP99Ms < dev.thresholds.latencyP99Ms);
    assert.ok(prod.thresholds.errorRatePercent < dev.thresholds.errorRatePercent);
    assert.ok(prod.sustainMinutes.latency < dev.sustainMinutes.latency);
    assert.equal(prod.severities.errorRate, "CRITICAL");
    assert.equal(dev.severities.errorRate, "WARNING");
    assert.equal(prod.thresholds.expectTraffic, true);
    assert.equal(dev.thresholds.expectTraffic, false);
    assert.deepEqual([dev.workbenchAfterHours, preprod.workbenchAfterHours, prod.workbenchAfterHours], [false, true, true]);
  });
});

describe("budget", () => {
  const ok = { billingAccount: "01A2B3-C4D5E6-F7A8B9", amount: 2500 };

  test("thresholds default to 50/90/100 %", () => {
    assert.deepEqual(BudgetSchema.parse(ok), { ...ok, thresholds: [0.5, 0.9, 1.0] });
  });

  test("a budget without a billing account or an amount is a clear error", () => {
    assertIssue(BudgetSchema, { amount: 10 }, "billingAccount", /^must be a billing account ID XXXXXX-XXXXXX-XXXXXX of uppercase hexadecimal digits/);
    assertIssue(BudgetSchema, { billingAccount: ok.billingAccount }, "amount", /^must be a number: the budget per month/);
  });

  test("billing account format: uppercase hex groups, no prefix", () => {
    assertIssue(BudgetSchema, { ...ok, billingAccount: "01a2b3-c4d5e6-f7a8b9" }, "billingAccount", /^must use uppercase letters: 01A2B3-C4D5E6-F7A8B9$/);
    assertIssue(BudgetSchema, { ...ok, billingAccount: "billingAccounts/01A2B3-C4D5E6-F7A8B9" }, "billingAccount", /^give the ID without 'billingAccounts\/'/);
    assertIssue(BudgetSchema, { ...ok, billingAccount: "01A2B3C4D5E6F7A8B9" }, "billingAccount", /^not a billing account ID/);
  });

  test("amount greater than 0 with at most 2 decimals; currency ISO 4217", () => {
    assertIssue(BudgetSchema, { ...ok, amount: 0 }, "amount", /^must be greater than 0$/);
    assertIssue(BudgetSchema, { ...ok, amount: -5 }, "amount", /^must be greater than 0$/);
    assertIssue(BudgetSchema, { ...ok, amount: 10.005 }, "amount", /^must have at most 2 decimal places$/);
    assertIssue(BudgetSchema, { ...ok, currency: "usd" }, "currency", /^not an ISO 4217 currency code/);
    assert.equal(BudgetSchema.safeParse({ ...ok, amount: 99.99, currency: "EUR" }).success, true);
  });

  test("thresholds in (0, 2], ascending, unique", () => {
    assertIssue(BudgetSchema, { ...ok, thresholds: [0.5, 0.4] }, "thresholds.1", /^must be greater than thresholds\[0\] \(0\.5\); list thresholds in ascending order$/);
    assertIssue(BudgetSchema, { ...ok, thresholds: [0.5, 0.5] }, "thresholds.1", /^duplicate of thresholds\[0\]/);
    assertIssue(BudgetSchema, { ...ok, thresholds: [0, 1] }, "thresholds.0", /^must be a fraction of the amount greater than 0 and at most 2/);
    assertIssue(BudgetSchema, { ...ok, thresholds: [2.5] }, "thresholds.0", /^must be a fraction of the amount greater than 0 and at most 2/);
    assertIssue(BudgetSchema, { ...ok, thresholds: [] }, "thresholds", /^must list at least one threshold/);
    assertIssue(BudgetSchema, { ...ok, thresholds: ["90%"] }, "thresholds.0", /^must be a number: a fraction of the amount/);
    assertIssue(BudgetSchema, { ...ok, forecastThreshold: 0 }, "forecastThreshold", /^must be greater than 0/);
  });
});

describe("serving spend upper bound", () => {
  test("(machine + GPUs x GPU rate) x maxReplicas x hours, per model and in total", () => {
    const rates = { asOf: "2026-01-01", source: "test", region: "r", currency: "USD", machines: { "n1-standard-4": 0.2, "e2-standard-4": 0.15 }, accelerators: { NVIDIA_TESLA_T4: 0.4 } };
    const b = servingSpendUpperBound(
      [
        { name: "churn", machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 2 }, maxReplicas: 3 },
        { name: "fraud", machineType: "e2-standard-4", maxReplicas: 2 },
      ],
      rates,
      100,
    );
    assert.deepEqual(b.models, [
      { name: "churn", perReplicaHour: 1, maxReplicas: 3, total: 300 },
      { name: "fraud", perReplicaHour: 0.15, maxReplicas: 2, total: 30 },
    ]);
    assert.equal(b.total, 330);
    assert.deepEqual(b.unpriced, []);
    assert.equal(b.currency, "USD");
  });

  test("models without a rate are listed, never priced at zero; the default table is dated and sourced", () => {
    const b = servingSpendUpperBound([{ name: "llm", machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 2 }]);
    assert.equal(b.total, 0);
    assert.deepEqual(b.unpriced, [{ name: "llm", missing: ["machine g2-standard-8", "accelerator NVIDIA_L4"] }]);
    assert.match(b.rates.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(b.rates.source, /^https:\/\/cloud\.google\.com\/vertex-ai\/pricing/);
    assert.equal(servingSpendUpperBound([{ name: "m", machineType: "n1-standard-4", maxReplicas: 1 }]).total, Math.round(VERTEX_PREDICTION_RATES_US_CENTRAL1.machines["n1-standard-4"] * 730 * 100) / 100);
  });
});

describe("schedules", () => {
  test("the longest gap between runs of a cron schedule", () => {
    assert.equal(cronMaxGapMinutes("0 3 * * *"), 1440);
    assert.equal(cronMaxGapMinutes("*/15 * * * *"), 15);
    assert.equal(cronMaxGapMinutes("0 */6 * * *"), 360);
    // Weekdays at 06:00: Friday to Monday is three days.
    assert.equal(cronMaxGapMinutes("0 6 * * MON-FRI"), 3 * 1440);
    assert.equal(cronMaxGapMinutes("0 0 1 * *"), 31 * 1440);
    assert.equal(cronMaxGapMinutes("CRON_TZ=Europe/Paris 30 2 * * *"), 1440);
    assert.equal(cronMaxGapMinutes("not cron"), undefined);
  });

  test("a success window adds slack for the run, and an hour for daylight saving time", () => {
    assert.equal(successWindowMinutes("0 3 * * *"), 1440 + 120);
    assert.equal(successWindowMinutes("0 * * * *", 30), 90);
    assert.equal(successWindowMinutes("TZ=America/New_York 0 3 * * *", 0), 1500);
  });
});

describe("working hours", () => {
  test("UTC offsets in winter and summer", () => {
    assert.deepEqual(utcOffsets("Europe/Paris"), [60, 120]);
    assert.deepEqual(utcOffsets("Etc/UTC"), [0]);
    assert.deepEqual(utcOffsets("Asia/Kolkata"), [330]);
  });

  test("windows in UTC minutes of the week cover both offsets and wrap around the week", () => {
    // Monday 08:00-19:00 UTC: minute 1440 + 480 to 1440 + 1140.
    assert.deepEqual(workingWindowsUtc({ timeZone: "Etc/UTC", days: ["MON"], start: "08:00", end: "19:00" }), [[1920, 2580]]);
    // Paris: 08:00-19:00 local is 07:00-18:00 UTC in winter and 06:00-17:00 UTC in summer.
    assert.deepEqual(workingWindowsUtc({ timeZone: "Europe/Paris", days: ["MON"], start: "08:00", end: "19:00" }), [[1440 + 360, 1440 + 1080]]);
    // Sunday 00:00-02:00 in Tokyo (UTC+9) is Saturday 15:00-17:00 UTC.
    assert.deepEqual(workingWindowsUtc({ timeZone: "Asia/Tokyo", days: ["SUN"], start: "00:00", end: "02:00" }), [[6 * 1440 + 900, 6 * 1440 + 1020]]);
    // Sunday 08:00-10:00 in Tokyo is Saturday 23:00 to Sunday 01:00 UTC: split at the week's start.
    assert.deepEqual(workingWindowsUtc({ timeZone: "Asia/Tokyo", days: ["SUN"], start: "08:00", end: "10:00" }), [[0, 60], [10020, 10080]]);
    // Monday 00:00-02:00 in Los Angeles (UTC-8 in winter, UTC-7 in summer) is Monday 07:00-10:00 UTC.
    assert.deepEqual(workingWindowsUtc({ timeZone: "America/Los_Angeles", days: ["MON"], start: "00:00", end: "02:00" }), [[1440 + 420, 1440 + 600]]);
  });

  test("the PromQL query keeps running instances only outside every window", () => {
    const q = afterHoursQuery("acme-ml", ["wb-ada", "wb-grace"], { timeZone: "Etc/UTC", days: ["MON", "TUE"], start: "09:00", end: "17:00" });
    const W = "(day_of_week() * 1440 + hour() * 60 + minute())";
    assert.equal(
      q,
      `max by (instance_name) (compute_googleapis_com:instance_uptime_total{monitored_resource="gce_instance",project_id="acme-ml",instance_name=~"wb-ada|wb-grace"}) > 0 unless on() ((${W} >= 1980 and ${W} < 2460) or (${W} >= 3420 and ${W} < 3900))`,
    );
  });
});

test("the engine-neutral modules, and everything they import, use neither cdktf nor the provider", () => {
  const root = path.join(__dirname, "..");
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    assert.doesNotMatch(text, /from ["'](cdktf|constructs|@cdktf\/[^"']*)["']/, path.relative(root, file));
    for (const m of text.matchAll(/from ["'](\.[^"']+)["']/g)) {
      const target = path.join(path.dirname(file), `${m[1]}.ts`);
      assert.notEqual(path.relative(root, target), path.join("lib", "cdktf.ts"), `${path.relative(root, file)} imports lib/cdktf.ts`);
      visit(target);
    }
  };
  const neutral = ["config/monitoring", "monitoring/definitions", "monitoring/metrics", "monitoring/model-rules", "monitoring/pipeline-rules", "monitoring/feature-store-rules", "monitoring/workbench-rules", "monitoring/dashboard-json", "monitoring/schedule", "monitoring/spend"];
  for (const f of neutral) visit(path.join(root, "lib", `${f}.ts`));
  assert.ok(seen.size >= neutral.length);
});

describe("alert policy rules (what Cloud Monitoring rejects at apply time)", () => {
  const threshold = (duration: string, alignmentPeriod = "60s"): ConditionDefinition => ({
    displayName: "c",
    conditionThreshold: { filter: 'metric.type="m" AND resource.type="r"', aggregations: [{ alignmentPeriod, perSeriesAligner: "ALIGN_MEAN" }], comparison: "COMPARISON_GT", thresholdValue: 1, duration, trigger: { count: 1 } },
  });
  const absent = (duration: string): ConditionDefinition => ({ displayName: "a", conditionAbsent: { filter: 'metric.type="m" AND resource.type="r"', aggregations: [{ alignmentPeriod: "60s", perSeriesAligner: "ALIGN_SUM" }], duration, trigger: { count: 1 } } });
  const promql: ConditionDefinition = { displayName: "p", conditionPrometheusQueryLanguage: { query: "up", duration: "60s", evaluationInterval: "45s" } };
  const def = (conditions: ConditionDefinition[], content = "x"): AlertPolicyDefinition => ({ key: "K", displayName: "d", severity: "WARNING", conditions, documentation: { subject: "s", content, links: [] }, userLabels: {} });
  const messages = (d: AlertPolicyDefinition) => policyProblems(d, "w").map((p) => `${p.path}: ${p.message}`);

  test("valid conditions have no problems", () => {
    assert.deepEqual(messages(def([threshold("0s"), threshold("300s"), absent("120s"), absent("84600s")])), []);
  });

  test("threshold durations are whole minutes; alignment periods are whole minutes, at least 60s", () => {
    assert.deepEqual(messages(def([threshold("90s")])), ["w.K.conditions[0].duration: must be a whole number of minutes (0s, 60s, 120s, ...)"]);
    assert.deepEqual(messages(def([threshold("60s", "30s")])), ["w.K.conditions[0].alignmentPeriod: must be a whole number of minutes, at least 60s"]);
    assert.deepEqual(messages(def([threshold("86400s", "7200s")])), ["w.K.conditions[0].duration: plus the alignment period must be at most 25 hours"]);
  });

  test("absence windows run from 2 minutes to 23.5 hours in whole minutes", () => {
    for (const d of ["60s", "150s", "84660s"]) {
      assert.deepEqual(messages(def([absent(d)])), ["w.K.conditions[0].duration: an absence window must be a whole number of minutes from 2 minutes to 23.5 hours (120s-84600s)"], d);
    }
  });

  test("1 to 6 conditions; a PromQL condition alone; its evaluation interval a multiple of 30s", () => {
    assert.deepEqual(messages(def([])), ["w.K.conditions: must have 1 to 6 conditions"]);
    assert.deepEqual(messages(def(Array.from({ length: 7 }, () => threshold("60s")))), ["w.K.conditions: must have 1 to 6 conditions"]);
    assert.deepEqual(messages(def([promql, threshold("60s")])), ["w.K.conditions: a PromQL condition must be the policy's only condition", "w.K.conditions[0].evaluationInterval: must be a positive multiple of 30s"]);
  });

  test("documentation within 8192 characters; runbooks never contain Terraform interpolation", () => {
    assert.deepEqual(messages(def([threshold("60s")], "x".repeat(8193))), ["w.K.documentation: must be at most 8192 characters and 10240 bytes"]);
    const text = runbook({ what: "value ${resource.label.x}", causes: ["a"], steps: ["b"] });
    assert.doesNotMatch(text, /\$\{/);
    assert.match(text, /^### What fired\nvalue \$ \{resource\.label\.x\}\n\n### Likely causes\n- a\n\n### First steps\n1\. b$/);
  });
});
