/**
 * The Pulumi monitoring components under `pulumi.runtime.setMocks`: the attributes the cdktf
 * monitoring tests assert (test/monitoring.test.ts), on the inputs the Pulumi engine would
 * receive in Terraform's shape, plus what only Pulumi has (secrets, names, waits). This file
 * loads no cdktf module.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { MonitoringPreset } from "../lib/config/monitoring";
import { TIER_PRESETS } from "../lib/config/presets";
import { resolveEnvironment } from "../lib/config/spec";
import { ValidationError } from "../lib/core/errors";
import { MlopsDataset } from "../lib/pulumi/bigquery";
import {
  Budget,
  BudgetArgs,
  Dashboard,
  deployMonitoring,
  EnvironmentMonitoring,
  FeatureStoreAlerts,
  ModelAlerts,
  NotificationChannels,
  NotificationChannelsArgs,
  PipelineAlerts,
  PipelineAlertsArgs,
  WorkbenchAlerts,
} from "../lib/pulumi/monitoring";
import { ProjectServices } from "../lib/pulumi/services";
import { MockedRun, RecordedResource, runWithMocks, terraformResources, valueOf } from "../lib/pulumi/testing";
import { evaluate } from "../lib/policy/pack";
import { BAD_CHANNELS, BUDGET, CHANNEL, CHANNELS, MODEL, PIPELINE_ALERTS, PROJECT } from "./fixtures/monitoring";

const PRESETS = { dev: TIER_PRESETS.dev.monitoring, preprod: TIER_PRESETS.preprod.monitoring, prod: TIER_PRESETS.prod.monitoring };

/** Pulumi keeps secret inputs wrapped; the recorded value with each secret replaced by `{ secret: value }`. */
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
function revealed(v: unknown): any {
  if (Array.isArray(v)) return v.map(revealed);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Object.values(o).includes(SECRET_SIG) && "value" in o) return { secret: revealed(o.value) };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revealed(x)]));
  }
  return v;
}

interface Built<T> {
  readonly run: MockedRun<T>;
  /** The resource with this Pulumi name; fails when absent. */
  named(name: string): RecordedResource;
  /** Its inputs in Terraform's shape (snake_case), secrets shown as `{ secret: value }`. */
  attrs(name: string): any;
  /** Pulumi names of the custom resources of a Terraform type. */
  namesOf(terraformType: string): string[];
  /** `<Terraform type> <key>` (or `<type> <name>`) of each resource `name` waits for. */
  waitsFor(name: string): string[];
}

async function build<T>(program: () => T): Promise<Built<T>> {
  const run = await runWithMocks(program);
  const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
  const named = (name: string) => {
    const r = run.resources.find((x) => x.name === name && x.custom);
    assert.ok(r, `no resource '${name}'; have: ${run.resources.filter((x) => x.custom).map((x) => x.name).join(", ")}`);
    return r;
  };
  return {
    run,
    named,
    attrs: (name) => revealed(named(name).terraform!.attributes),
    namesOf: (type) => run.resources.filter((r) => r.terraform?.type === type).map((r) => r.name),
    waitsFor: (name) =>
      named(name).dependencies.map((u) => {
        const r = byUrn.get(u);
        return r?.terraform ? `${r.terraform.type} ${r.terraform.key}` : `${r?.type} ${r?.name}`;
      }),
  };
}

/** The ValidationError `fn` throws. */
function problemsOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  assert.fail("expected a ValidationError");
}

function assertProblem(fn: () => unknown, path: string, message: RegExp): void {
  const err = problemsOf(fn);
  assert.ok(
    err.problems.some((p) => p.path === path && message.test(p.message)),
    `no problem at ${path} matching ${message}; got:\n${err.message}`,
  );
}

describe("ModelAlerts", () => {
  const built = build(() => new ModelAlerts("churn", MODEL));
  const condition = async (kind: string, i = 0) => (await built).attrs(`churn-${kind}`).conditions[i];

  test("one policy per alert kind, named <component>-<kind>", async () => {
    const b = await built;
    assert.deepEqual(b.namesOf("google_monitoring_alert_policy").sort(), ["churn-ErrorRate", "churn-GpuSaturated", "churn-Latency", "churn-NoTraffic", "churn-ReplicasAtMax"]);
    assert.deepEqual(Object.keys(b.run.value.policies).sort(), ["ErrorRate", "GpuSaturated", "Latency", "NoTraffic", "ReplicasAtMax"]);
  });

  test("p99 latency: total latency of this endpoint, distribution delta merged into the 99th percentile, above 500 ms for 5 min", async () => {
    const c = (await condition("Latency")).condition_threshold;
    assert.equal(
      c.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/prediction_latencies" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn" AND metric.labels.latency_type="total"',
    );
    assert.deepEqual(c.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_DELTA", cross_series_reducer: "REDUCE_PERCENTILE_99", group_by_fields: ["resource.label.endpoint_id"] }]);
    assert.equal(c.comparison, "COMPARISON_GT");
    assert.equal(c.threshold_value, 500);
    assert.equal(c.duration, "300s");
  });

  test("error rate: a ratio of 5xx responses to all responses, above 1 % (0.01)", async () => {
    const c = (await condition("ErrorRate")).condition_threshold;
    assert.equal(
      c.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn" AND metric.labels.response_code=starts_with("5")',
    );
    assert.equal(c.denominator_filter, 'metric.type="aiplatform.googleapis.com/prediction/online/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    const agg = [{ alignment_period: "300s", per_series_aligner: "ALIGN_DELTA", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["resource.label.endpoint_id"] }];
    assert.deepEqual(c.aggregations, agg);
    assert.deepEqual(c.denominator_aggregations, agg);
    assert.equal(c.threshold_value, 0.01);
    assert.equal(c.duration, "300s");
  });

  test("replicas pinned at maxReplicas for 15 min (prod); GPU duty cycle above 90 % for 15 min; no traffic for 30 min", async () => {
    const r = (await condition("ReplicasAtMax")).condition_threshold;
    assert.deepEqual(r.aggregations, [{ alignment_period: "60s", per_series_aligner: "ALIGN_MIN", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["resource.label.endpoint_id", "metric.label.deployed_model_id"] }]);
    assert.deepEqual([r.comparison, r.threshold_value, r.duration], ["COMPARISON_GE", 6, "900s"]);
    const g = (await condition("GpuSaturated")).condition_threshold;
    assert.equal(g.filter, 'metric.type="aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    assert.deepEqual([g.threshold_value, g.duration], [0.9, "900s"]);
    const n = (await condition("NoTraffic")).condition_absent;
    assert.equal(n.duration, "1800s");
    assert.deepEqual(n.aggregations, [{ alignment_period: "60s", per_series_aligner: "ALIGN_SUM", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["resource.label.endpoint_id"] }]);
  });

  test("every policy: channels, tier severity, runbook, auto-close, model and environment labels", async () => {
    const b = await built;
    const severities: Record<string, string> = { Latency: "CRITICAL", ErrorRate: "CRITICAL", ReplicasAtMax: "ERROR", GpuSaturated: "WARNING", NoTraffic: "CRITICAL" };
    for (const name of b.namesOf("google_monitoring_alert_policy")) {
      const p = b.attrs(name);
      assert.deepEqual(p.notification_channels, [CHANNEL], name);
      assert.equal(p.severity, severities[name.split("-")[1]], name);
      assert.equal(p.combiner, "OR");
      assert.equal(p.project, PROJECT);
      assert.deepEqual(p.alert_strategy, { auto_close: `${72 * 3600}s` });
      assert.equal(p.documentation.mime_type, "text/markdown");
      assert.match(p.documentation.content, /### What fired\n[\s\S]*### Likely causes\n- [\s\S]*### First steps\n1\. /, name);
      assert.match(p.documentation.content, /Endpoint ID: churn/);
      assert.match(p.documentation.subject, /^\[prod\] churn: /);
      assert.deepEqual([p.user_labels.model, p.user_labels.environment, p.user_labels.component], ["churn", "prod", "monitoring"]);
    }
    assert.equal(b.attrs("churn-Latency").display_name, "[prod] churn: p99 latency above 500 ms");
  });

  test("thresholds per model override the preset; dev expects no traffic; no GPU alert without GPUs", async () => {
    const dev = await build(() => new ModelAlerts("churn", { ...MODEL, preset: PRESETS.dev, acceleratorCount: 0, thresholds: { latencyP99Ms: 250 } }));
    assert.deepEqual(dev.namesOf("google_monitoring_alert_policy").sort(), ["churn-ErrorRate", "churn-Latency", "churn-ReplicasAtMax"]);
    assert.equal(dev.attrs("churn-Latency").conditions[0].condition_threshold.threshold_value, 250);
    assert.equal(dev.attrs("churn-Latency").conditions[0].condition_threshold.duration, "900s");
    assert.equal(dev.attrs("churn-Latency").severity, "WARNING");
    assert.equal(dev.run.value.thresholds.latencyP99Ms, 250);
    const traffic = await build(() => new ModelAlerts("churn", { ...MODEL, preset: PRESETS.dev, thresholds: { expectTraffic: true, noTrafficMinutes: 45 } }));
    assert.equal(traffic.attrs("churn-NoTraffic").conditions[0].condition_absent.duration, "2700s");
  });

  test("endpoints behind private services access are watched through the private metrics", async () => {
    const p = await build(() => new ModelAlerts("churn", { ...MODEL, privateServiceAccess: true }));
    assert.equal(
      p.attrs("churn-Latency").conditions[0].condition_threshold.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/private/prediction_latencies" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"',
    );
    assert.match(p.attrs("churn-ErrorRate").conditions[0].condition_threshold.filter, /private\/response_count.* AND metric\.labels\.response_code >= 500$/);
    assert.match(p.attrs("churn-NoTraffic").conditions[0].condition_absent.filter, /private\/response_count/);
  });

  test("an endpoint ID only known at deploy time is written into the filters and the runbook", async () => {
    const b = await build(() => new ModelAlerts("churn", { ...MODEL, endpointId: pulumi.output("prod-churn-7") }));
    assert.match(b.attrs("churn-Latency").conditions[0].condition_threshold.filter, /resource\.labels\.endpoint_id="prod-churn-7" AND /);
    assert.match(b.attrs("churn-ErrorRate").conditions[0].condition_threshold.denominator_filter, /endpoint_id="prod-churn-7"$/);
    assert.match(b.attrs("churn-Latency").documentation.content, /Endpoint ID: prod-churn-7/);
    assert.doesNotMatch(JSON.stringify(b.run.resources.map((r) => r.inputs)), /pending-endpoint-id/);
  });

  test("an alert nobody receives is an error; so is a channel that is not a channel ID", () => {
    assertProblem(() => new ModelAlerts("churn", { ...MODEL, notificationChannels: [] }), "churn.notificationChannels", /^needs at least one notification channel; give the environment notifications\.emails/);
    assertProblem(() => new ModelAlerts("churn", { ...MODEL, notificationChannels: ["oncall@example.com"] }), "churn.notificationChannels[0]", /^not a channel ID; allowed: projects\/<project>\/notificationChannels\/<id>/);
  });

  test("a channel ID only known at deploy time is taken as given", async () => {
    const b = await build(() => new ModelAlerts("churn", { ...MODEL, notificationChannels: [pulumi.output(CHANNEL)] }));
    assert.deepEqual(b.attrs("churn-Latency").notification_channels, [CHANNEL]);
  });

  test("thresholds of the wrong type or out of range, every problem at once", () => {
    const bad = { ...MODEL, maxReplicas: 0, endpointId: "Churn_1", thresholds: { latencyP99Ms: -1, errorRatePercent: 120, noTrafficMinutes: 1, gpuDutyCyclePercent: "90" as unknown as number } };
    const run = () => new ModelAlerts("churn", bad);
    assertProblem(run, "churn.thresholds.latencyP99Ms", /^must be a whole number from 1 to 300000 \(milliseconds\)$/);
    assertProblem(run, "churn.thresholds.errorRatePercent", /^must be a number from 0\.01 to 100 \(percent of responses\)$/);
    assertProblem(run, "churn.thresholds.noTrafficMinutes", /^must be a whole number from 2 to 1410 /);
    assertProblem(run, "churn.thresholds.gpuDutyCyclePercent", /^must be a whole number from 1 to 100 \(percent\)$/);
    assertProblem(run, "churn.maxReplicas", /^must be a whole number, at least 1$/);
    assertProblem(run, "churn.endpointId", /^not a Vertex AI endpoint ID/);
    assert.match(problemsOf(run).message, /^6 problems in the model alerts 'churn':/);
  });

  test("preset durations must be whole minutes the API accepts", () => {
    const preset: MonitoringPreset = { ...PRESETS.prod, sustainMinutes: { latency: 0.5, errorRate: 5, gpuDutyCycle: 5 }, autoCloseHours: 0 };
    assertProblem(() => new ModelAlerts("churn", { ...MODEL, preset }), "churn.preset.sustainMinutes.latency", /^must be a whole number of minutes from 1 to 1440$/);
    assertProblem(() => new ModelAlerts("churn", { ...MODEL, preset }), "churn.preset.autoCloseHours", /^must be a whole number of hours from 1 to 168/);
  });
});

describe("NotificationChannels", () => {
  const props: NotificationChannelsArgs = CHANNELS;
  const built = build(() => new NotificationChannels("ch", props));
  /** The stand-in value of a secret read from Secret Manager. */
  const SECRET_DATA = /^data\.google_secret_manager_secret_version\.secret_?[dD]ata$/;

  test("one email channel per address, named by address", async () => {
    const b = await built;
    assert.deepEqual(b.attrs("ch-email-oncall@example.com").labels, { email_address: "oncall@example.com" });
    assert.equal(b.attrs("ch-email-oncall@example.com").type, "email");
    assert.equal(b.attrs("ch-email-ml@example.com").project, PROJECT);
    assert.deepEqual(b.attrs("ch-email-ml@example.com").user_labels, { environment: "prod", component: "monitoring" });
  });

  test("PagerDuty and Slack credentials come from Secret Manager into sensitive labels, kept secret", async () => {
    const b = await built;
    const pd = b.attrs("ch-pagerduty");
    assert.equal(pd.type, "pagerduty");
    assert.match(pd.sensitive_labels.secret.service_key, SECRET_DATA);
    const slack = b.attrs("ch-slack");
    assert.equal(slack.type, "slack");
    assert.deepEqual(slack.labels, { channel_name: "#ml-alerts" });
    assert.deepEqual(Object.keys(slack.sensitive_labels.secret), ["auth_token"]);
    const reads = b.run.invokes.filter((i) => i.token === "gcp:secretmanager/getSecretVersion:getSecretVersion").map((i) => ({ project: i.inputs.project, secret: i.inputs.secret, version: i.inputs.version }));
    assert.deepEqual(reads.find((d) => d.secret === "slack-bot"), { project: "123456789", secret: "slack-bot", version: "3" });
    assert.deepEqual(reads.find((d) => d.secret === "pagerduty-ml"), { project: "acme-ops", secret: "pagerduty-ml", version: "latest" });
  });

  test("webhooks: token in the URL from Secret Manager (the labels kept secret), or basic auth with a sensitive password", async () => {
    const b = await built;
    const bridge = b.attrs("ch-webhook-bridge");
    assert.equal(bridge.type, "webhook_tokenauth");
    const url: string = bridge.labels.secret.url;
    assert.ok(url.startsWith("https://incidents.example.com/gcp?auth_token="), url);
    assert.match(url.slice("https://incidents.example.com/gcp?auth_token=".length), SECRET_DATA);
    assert.equal(b.attrs("ch-webhook-basic").type, "webhook_basicauth");
    assert.deepEqual(b.attrs("ch-webhook-basic").labels, { url: "https://hooks.example.com/x?team=ml", username: "gcp" });
    assert.deepEqual(Object.keys(b.attrs("ch-webhook-basic").sensitive_labels.secret), ["password"]);
    assert.deepEqual(b.attrs("ch-webhook-open").labels, { url: "https://status.example.com/in" });
  });

  test("the automation channel publishes to the topic, and the notification agent may publish there", async () => {
    const b = await built;
    const pubsub = b.attrs("ch-automation");
    assert.equal(pubsub.type, "pubsub");
    assert.deepEqual(pubsub.labels, { topic: "projects/acme-ml-test/topics/retrain" });
    const grant = b.attrs("ch-automation-publisher");
    assert.deepEqual([grant.role, grant.topic, grant.project], ["roles/pubsub.publisher", "retrain", PROJECT]);
    assert.equal(grant.member, "serviceAccount:service-data.google_project.number@gcp-sa-monitoring-notification.iam.gserviceaccount.com");
    assert.ok(b.waitsFor("ch-automation-publisher").some((d) => d.startsWith("google_monitoring_notification_channel pubsub Automation (Pub/Sub)")), b.waitsFor("ch-automation-publisher").join("\n"));
  });

  test("channel ID lists: people, emails only (for budgets), automation apart", async () => {
    const { run } = await built;
    const ch = run.value;
    assert.equal(ch.alertChannelIds.length, 7);
    assert.equal(ch.emailChannelIds.length, 2);
    const automation = await valueOf(ch.automationChannelId!);
    const people = await Promise.all(ch.alertChannelIds.map((id) => valueOf(id)));
    assert.ok(!people.includes(automation));
    assert.equal(people[0], "google_monitoring_notification_channel:email Email oncall@example.com.id");
  });

  test("bad channel settings are errors, and a literal credential is never echoed", () => {
    const run = () =>
      new NotificationChannels("ch", BAD_CHANNELS);
    assertProblem(run, "ch.emails[0]", /^not a valid email address/);
    assertProblem(run, "ch.emails[2]", /^duplicate address/);
    assertProblem(run, "ch.pagerduty.serviceKeySecret", /^looks like a literal credential/);
    assertProblem(run, "ch.slack.channelName", /^not a Slack channel name/);
    assertProblem(run, "ch.webhooks[0].url", /^must use https:\/\//);
    assertProblem(run, "ch.webhooks[1].name", /^duplicate name/);
    assertProblem(run, "ch.automationTopic.topicId", /^not a topic ID; allowed: projects\/<project>\/topics\/<name>$/);
    assert.doesNotMatch(problemsOf(run).message, /a1b2c3d4/);
  });
});

describe("PipelineAlerts", () => {
  const props: PipelineAlertsArgs = PIPELINE_ALERTS;
  const built = build(() => new PipelineAlerts("pl", props));

  test("log-based metrics count failed and succeeded runs from the pipeline job events, by pipeline", async () => {
    const b = await built;
    const failed = b.attrs("pl-FailedRunCount");
    assert.equal(failed.name, "prod-pipeline-runs-failed");
    assert.equal(
      failed.filter,
      'resource.type="aiplatform.googleapis.com/PipelineJob" AND log_id("aiplatform.googleapis.com/pipeline_job_events") AND (jsonPayload.state="PIPELINE_STATE_FAILED" OR severity>=ERROR)',
    );
    assert.deepEqual(failed.label_extractors, { pipeline: "EXTRACT(labels.pipeline_name)" });
    assert.deepEqual(failed.metric_descriptor, { metric_kind: "DELTA", value_type: "INT64", unit: "1", labels: [{ key: "pipeline", value_type: "STRING", description: "Name the pipeline was compiled with." }] });
    assert.equal(b.attrs("pl-SucceededRunCount").filter, 'resource.type="aiplatform.googleapis.com/PipelineJob" AND log_id("aiplatform.googleapis.com/pipeline_job_events") AND jsonPayload.state="PIPELINE_STATE_SUCCEEDED"');
    assert.equal(await valueOf(b.run.value.metricTypes.failed), "logging.googleapis.com/user/prod-pipeline-runs-failed");
  });

  test("any failed run alerts, per pipeline; the policies wait for the metrics they read", async () => {
    const b = await built;
    const p = b.attrs("pl-FailedRuns");
    const c = p.conditions[0].condition_threshold;
    assert.equal(c.filter, 'metric.type="logging.googleapis.com/user/prod-pipeline-runs-failed" AND resource.type="aiplatform.googleapis.com/PipelineJob"');
    assert.deepEqual(c.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_SUM", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["metric.label.pipeline"] }]);
    assert.deepEqual([c.comparison, c.threshold_value, c.duration, c.evaluation_missing_data], ["COMPARISON_GT", 0, "0s", "EVALUATION_MISSING_DATA_INACTIVE"]);
    assert.equal(p.severity, "ERROR");
    for (const name of ["pl-FailedRuns", "pl-overdue-churn-training"]) {
      assert.deepEqual(b.waitsFor(name).filter((d) => d.startsWith("google_logging_metric")).sort(), ["google_logging_metric prod-pipeline-runs-failed", "google_logging_metric prod-pipeline-runs-succeeded"], name);
    }
  });

  test("a scheduled pipeline without a success within its window alerts", async () => {
    const p = (await built).attrs("pl-overdue-churn-training");
    const c = p.conditions[0].condition_absent;
    assert.equal(c.filter, 'metric.type="logging.googleapis.com/user/prod-pipeline-runs-succeeded" AND resource.type="aiplatform.googleapis.com/PipelineJob" AND metric.labels.pipeline="churn-training"');
    assert.equal(c.duration, `${1380 * 60}s`);
    assert.equal(p.user_labels.pipeline, "churn-training");
    assert.equal(p.severity, "ERROR");
  });

  test("windows beyond Cloud Monitoring's 23.5-hour absence limit and bad names are errors", () => {
    const run = () => new PipelineAlerts("pl", { ...props, scheduled: { "weekly-train": { successWithinMinutes: 7 * 1440 }, Bad_Name: { successWithinMinutes: 60 } } });
    assertProblem(run, "pl.scheduled.weekly-train.successWithinMinutes", /^must be a whole number of minutes from 2 to 1410 \(Cloud Monitoring's longest absence window is 23\.5 hours\)/);
    assertProblem(run, "pl.scheduled.Bad_Name", /^not a pipeline name/);
  });
});

describe("FeatureStoreAlerts and WorkbenchAlerts", () => {
  test("stale served data (p99 age above the limit, in seconds) or a sync that does not finish", async () => {
    const b = await build(
      () => new FeatureStoreAlerts("fs", { projectId: PROJECT, environment: "prod", notificationChannels: [CHANNEL], preset: PRESETS.prod, featureViews: { customer_profile: { maxDataAgeMinutes: 180, maxSyncMinutes: 60 } } }),
    );
    const p = b.attrs("fs-customer_profile");
    const age = p.conditions[0].condition_threshold;
    assert.equal(age.filter, 'metric.type="aiplatform.googleapis.com/featureonlinestore/serving_data_ages" AND resource.type="aiplatform.googleapis.com/FeatureOnlineStore" AND metric.labels.feature_view_id="customer_profile"');
    assert.deepEqual([age.threshold_value, age.comparison], [180 * 60, "COMPARISON_GT"]);
    const sync = p.conditions[1].condition_threshold;
    assert.deepEqual([sync.comparison, sync.threshold_value, sync.duration], ["COMPARISON_GE", 1, "3600s"]);
    assert.deepEqual([p.combiner, p.severity, p.user_labels["feature-view"]], ["OR", "ERROR", "customer_profile"]);
  });

  test("bad feature view IDs and limits are errors", () => {
    const run = () => new FeatureStoreAlerts("fs", { projectId: PROJECT, environment: "prod", notificationChannels: [CHANNEL], preset: PRESETS.prod, featureViews: { "Customer-Profile": { maxDataAgeMinutes: 2 } } });
    assertProblem(run, "fs.featureViews.Customer-Profile", /^not a feature view ID/);
    assertProblem(run, "fs.featureViews.Customer-Profile.maxDataAgeMinutes", /^must be a whole number of minutes from 5 to 44640/);
  });

  test("Workbench after hours: a PromQL condition over the instances' uptime, outside the working windows, for 30 min", async () => {
    const b = await build(
      () =>
        new WorkbenchAlerts("wb", {
          projectId: PROJECT,
          environment: "prod",
          notificationChannels: [CHANNEL],
          preset: PRESETS.prod,
          instanceNames: ["prod-wb-ada"],
          workingHours: { timeZone: "Etc/UTC", days: ["MON"], start: "08:00", end: "18:00" },
        }),
    );
    const p = b.attrs("wb-AfterHours");
    assert.equal(p.conditions.length, 1);
    const c = p.conditions[0].condition_prometheus_query_language;
    const W = "(day_of_week() * 1440 + hour() * 60 + minute())";
    assert.equal(c.query, `max by (instance_name) (compute_googleapis_com:instance_uptime_total{monitored_resource="gce_instance",project_id="acme-ml-test",instance_name=~"prod-wb-ada"}) > 0 unless on() ((${W} >= 1920 and ${W} < 2520))`);
    assert.deepEqual([c.duration, c.evaluation_interval, p.severity], ["1800s", "60s", "WARNING"]);
  });

  test("bad instance names and working hours are errors", () => {
    const run = () =>
      new WorkbenchAlerts("wb", {
        projectId: PROJECT,
        environment: "prod",
        notificationChannels: [CHANNEL],
        preset: PRESETS.prod,
        instanceNames: ["Ada"],
        workingHours: { timeZone: "Mars/Olympus", days: ["MON"], start: "18:00", end: "08:00" },
      });
    assertProblem(run, "wb.instanceNames[0]", /^not an instance name/);
    assertProblem(run, "wb.workingHours.timeZone", /^not an IANA time zone name/);
    assertProblem(run, "wb.workingHours", /^start and end must be HH:MM with end after start$/);
  });
});

describe("Dashboard", () => {
  const built = build(
    () =>
      new Dashboard("dash", {
        projectId: PROJECT,
        environment: "prod",
        models: [
          { name: "churn", endpointId: "churn", maxReplicas: 6, acceleratorCount: 1, latencyP99Ms: 500, gpuDutyCyclePercent: 90 },
          { name: "fraud", endpointId: pulumi.output("fraud"), privateServiceAccess: true },
        ],
        pipelineMetrics: { failed: pulumi.output("logging.googleapis.com/user/prod-pipeline-runs-failed"), succeeded: "logging.googleapis.com/user/prod-pipeline-runs-succeeded" },
        featureStore: true,
        labels: { environment: "prod" },
      }),
  );
  const body = async () => JSON.parse((await built).attrs("dash").dashboard_json);
  const titled = async (title: string) => (await body()).mosaicLayout.tiles.map((t: any) => t.widget).find((w: any) => w.title === title);

  test("one section per model: QPS, latency percentiles, errors, replicas, and GPU duty cycle where there are GPUs", async () => {
    const titles: string[] = (await body()).mosaicLayout.tiles.map((t: any) => t.widget.title).filter(Boolean);
    assert.deepEqual(titles.filter((t) => t.startsWith("churn: ")), ["churn: requests/s by response code", "churn: latency p50/p95/p99 (ms)", "churn: server errors (share of responses)", "churn: replicas", "churn: GPU duty cycle"]);
    assert.deepEqual(titles.filter((t) => t.startsWith("fraud: ")), ["fraud: requests/s by response code", "fraud: latency p50/p95/p99 (ms)", "fraud: server errors (share of responses)", "fraud: replicas"]);
    const latency = (await titled("churn: latency p50/p95/p99 (ms)")).xyChart;
    assert.deepEqual(latency.dataSets.map((s: any) => s.timeSeriesQuery.timeSeriesFilter.aggregation.crossSeriesReducer), ["REDUCE_PERCENTILE_50", "REDUCE_PERCENTILE_95", "REDUCE_PERCENTILE_99"]);
    assert.deepEqual(latency.thresholds.map((t: any) => t.value), [500]);
    assert.deepEqual((await titled("churn: replicas")).xyChart.thresholds.map((t: any) => t.value), [6]);
    assert.match((await titled("fraud: requests/s by response code")).xyChart.dataSets[0].timeSeriesQuery.timeSeriesFilter.filter, /private\/response_count.*endpoint_id="fraud"/);
  });

  test("pipeline runs and feature store serving sections", async () => {
    assert.equal(
      (await titled("Pipeline runs per hour: failed")).xyChart.dataSets[0].timeSeriesQuery.timeSeriesFilter.filter,
      'metric.type="logging.googleapis.com/user/prod-pipeline-runs-failed" AND resource.type="aiplatform.googleapis.com/PipelineJob"',
    );
    assert.ok(await titled("Feature store requests/s by view"));
    assert.ok(await titled("Served data age p99 (s)"));
  });

  test("Monitoring's legend variables are written as they are (Pulumi does not interpolate); tiles fit the grid; labelled", async () => {
    const json: string = (await built).attrs("dash").dashboard_json;
    assert.match(json, /"legendTemplate":"\$\{metric\.labels\.response_code\}"/);
    assert.doesNotMatch(json, /\$\$\{/);
    const b = await body();
    for (const t of b.mosaicLayout.tiles) assert.ok(t.xPos + t.width <= 48);
    assert.equal(b.displayName, "MLOps prod");
    assert.deepEqual(b.labels, { environment: "prod", component: "monitoring" });
    assert.equal((await built).attrs("dash").project, PROJECT);
  });

  test("a model listed twice is an error", () => {
    assertProblem(() => new Dashboard("dash", { projectId: PROJECT, environment: "prod", models: [{ name: "a", endpointId: "a" }, { name: "a", endpointId: "b" }] }), "dash.models[1].name", /^duplicate model; list each once$/);
  });
});

describe("Budget", () => {
  const props: BudgetArgs = BUDGET;

  test("monthly amount on the project, notices at 50/90/100 % of actual spend and at the forecast", async () => {
    const b = (await build(() => new Budget("budget", props))).attrs("budget");
    assert.equal(b.billing_account, "01A2B3-C4D5E6-F7A8B9");
    assert.deepEqual(b.amount, { specified_amount: { units: "2500", nanos: 500000000, currency_code: "EUR" } });
    assert.deepEqual(b.threshold_rules, [
      { threshold_percent: 0.5, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 0.9, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "FORECASTED_SPEND" },
    ]);
    assert.deepEqual(b.budget_filter, { projects: ["projects/data.google_project.number"], calendar_period: "MONTH" });
    assert.deepEqual(b.all_updates_rule, { monitoring_notification_channels: [CHANNEL] });
    assert.equal(b.display_name, "acme-ml-test monthly");
  });

  test("a budget without a billing account or an amount, or with bad thresholds, is an error", () => {
    const run = (p: Partial<BudgetArgs>) => () => new Budget("budget", { ...props, ...p });
    assertProblem(run({ billingAccount: "" }), "budget.billingAccount", /^not a billing account ID/);
    assertProblem(run({ amount: undefined as unknown as number }), "budget.amount", /^must be a number/);
    assertProblem(run({ amount: 0 }), "budget.amount", /^must be greater than 0$/);
    assertProblem(run({ thresholds: [0.9, 0.5] }), "budget.thresholds[1]", /^must be greater than thresholds\[0\]/);
    assertProblem(run({ currency: "euro" }), "budget.currency", /^not an ISO 4217 currency code/);
    assertProblem(run({ emailChannelIds: [1, 2, 3, 4, 5, 6].map((n) => `projects/p/notificationChannels/${n}`) }), "budget.emailChannelIds", /^at most 5 channels per budget/);
  });
});

// ---------------------------------------------------------------------------------------------
// deployMonitoring: the environment's monitoring from plain values of the capabilities it watches
// ---------------------------------------------------------------------------------------------

const MONITORED_MODEL = {
  baseline: "acme-ml-test.test_features.churn_training",
  window: "24h",
  schedule: "15 3 * * *",
  retrainPipeline: "churn-training",
  features: [{ name: "tenure_days", type: "numeric" as const, statistic: "psi" as const, threshold: 0.2 }],
};

function environment(overrides: Partial<EnvironmentConfigInput> = {}): EnvironmentConfigInput {
  return {
    name: "test",
    projectId: PROJECT,
    region: "europe-west4",
    tier: "preprod",
    team: [{ email: "ada@example.com" }],
    models: [
      { name: "churn", machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, minReplicas: 2, maxReplicas: 3, monitoring: MONITORED_MODEL },
      { name: "open", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 2 },
    ],
    pipelines: [
      { name: "churn-training", template: { name: "churn-training", tag: "v1" }, triggers: { schedule: { cron: "0 */6 * * *", timeZone: "Etc/UTC" }, onAlert: true } },
      { name: "monthly", template: { name: "monthly" }, triggers: { schedule: { cron: "0 3 1 * *" } } },
    ],
    notifications: { emails: ["oncall@example.com"] },
    budget: { billingAccount: "01A2B3-C4D5E6-F7A8B9", amount: 1000 },
    ...overrides,
  };
}

/** The environment's monitoring with the serving and pipelines facts given as plain values. */
function monitored(overrides: Partial<EnvironmentConfigInput> = {}): Promise<Built<EnvironmentMonitoring>> {
  const spec = resolveEnvironment(EnvironmentConfigSchema.parse(environment(overrides)));
  return build(() => {
    class Host extends pulumi.ComponentResource {
      constructor() {
        super("mlops:index:MlopsEnvironment", spec.name, {});
      }
    }
    const parent = new Host();
    const services = new ProjectServices(`${spec.name}-services`, { projectId: spec.projectId }, { parent });
    const monitoringDataset = new MlopsDataset(`${spec.name}-warehouse-monitoring`, { projectId: spec.projectId, region: spec.region, datasetId: "test_monitoring", purpose: "monitoring" }, { parent });
    return deployMonitoring(spec.name, parent, {
      spec,
      services,
      projectNumber: "123456789012",
      monitoringDataset,
      servedModels: new Map([
        ["churn", { isPublic: false, endpointName: "test-churn", spec: { source: "custom", maxReplicas: 3, accelerator: { count: 1 } } }],
        ["open", { isPublic: true, endpointName: "test-open", spec: { source: "custom", maxReplicas: 2 } }],
      ]),
      pipelines: new Map([["churn-training", { alertTopicId: "projects/acme-ml-test/topics/test-churn-training-alerts", alertTopic: { name: "test-churn-training-alerts" } }]]),
      featureStore: false,
    });
  });
}

describe("deployMonitoring", () => {
  const preprod = monitored();

  test("components named after the environment, as the cdktf construct ids: notifications, alerts per watched model, pipelines, Workbench, dashboard, budget, skew, retraining", async () => {
    const { run } = await preprod;
    const components = run.resources.filter((r) => !r.custom && r.type !== "mlops:index:MlopsEnvironment").map((r) => `${r.type} ${r.name}`);
    assert.deepEqual(components.filter((c) => !/WorkloadServiceAccount|MlopsDataset|ProjectServices|SkewMonitor /.test(c)).sort(), [
      "mlops:index:Budget test-budget",
      "mlops:index:Dashboard test-dashboard",
      "mlops:index:ModelAlerts test-alerts-churn",
      "mlops:index:NotificationChannels test-notifications",
      "mlops:index:NotificationChannels test-retrain-churn-training",
      "mlops:index:PipelineAlerts test-pipeline-alerts",
      "mlops:index:SkewMonitoring test-skew-monitoring",
      "mlops:index:WorkbenchAlerts test-workbench-alerts",
    ]);
    assert.deepEqual(Object.keys(run.value.modelAlerts), ["churn"], "the public endpoint is not watched");
  });

  test("the alerts go to the people's channels and wait for the Monitoring and Logging APIs", async () => {
    const b = await preprod;
    const latency = b.attrs("test-alerts-churn-Latency");
    assert.deepEqual(latency.notification_channels, ["google_monitoring_notification_channel:email Email oncall@example.com.id"]);
    assert.match(latency.conditions[0].condition_threshold.filter, /endpoint_id="test-churn"/);
    for (const api of ["monitoring.googleapis.com", "logging.googleapis.com"]) assert.ok(b.waitsFor("test-alerts-churn-Latency").includes(`google_project_service ${api}`), api);
    assert.equal(b.attrs("test-alerts-churn-ReplicasAtMax").conditions[0].condition_threshold.threshold_value, 3);
    assert.ok(b.namesOf("google_monitoring_alert_policy").includes("test-alerts-churn-GpuSaturated"));
  });

  test("a pipeline run every 6 hours gets an overdue alert (gap plus 2 hours); a monthly one the failed-run alert only", async () => {
    const b = await preprod;
    const policies = b.namesOf("google_monitoring_alert_policy").filter((n) => n.startsWith("test-pipeline-alerts-"));
    assert.deepEqual(policies.sort(), ["test-pipeline-alerts-FailedRuns", "test-pipeline-alerts-overdue-churn-training"]);
    assert.equal(b.attrs("test-pipeline-alerts-overdue-churn-training").conditions[0].condition_absent.duration, `${(360 + 120) * 60}s`);
  });

  test("the dashboard charts the watched model and the pipeline runs; the budget goes to the email channels and waits for its API", async () => {
    const b = await preprod;
    const body = JSON.parse(b.attrs("test-dashboard").dashboard_json);
    const titles: string[] = body.mosaicLayout.tiles.map((t: any) => t.widget.title ?? t.widget.text?.content);
    assert.ok(titles.includes("## Model churn (endpoint test-churn)"));
    assert.ok(!titles.some((t) => t.includes("open")));
    assert.ok(titles.includes("Pipeline runs per hour: failed"));
    const budget = b.attrs("test-budget");
    assert.deepEqual(budget.all_updates_rule, { monitoring_notification_channels: ["google_monitoring_notification_channel:email Email oncall@example.com.id"] });
    assert.deepEqual(budget.budget_filter.projects, ["projects/123456789012"]);
    assert.ok(b.waitsFor("test-budget").includes("google_project_service billingbudgets.googleapis.com"));
  });

  test("skew: the check of the monitored model also notifies its retraining pipeline's topic, through a channel of its own", async () => {
    const b = await preprod;
    const breach = b.attrs("test-skew-monitoring-churn-BreachAlert");
    assert.deepEqual(breach.notification_channels, [
      "google_monitoring_notification_channel:email Email oncall@example.com.id",
      "google_monitoring_notification_channel:pubsub Automation (Pub/Sub) projects/acme-ml-test/topics/test-churn-training-alerts.id",
    ]);
    assert.deepEqual(b.attrs("test-retrain-churn-training-automation").labels, { topic: "projects/acme-ml-test/topics/test-churn-training-alerts" });
    const grant = b.attrs("test-retrain-churn-training-automation-publisher");
    assert.deepEqual([grant.topic, grant.member], ["test-churn-training-alerts", "serviceAccount:service-123456789012@gcp-sa-monitoring-notification.iam.gserviceaccount.com"]);
    const query = b.attrs("test-skew-monitoring-churn-ScheduledQuery");
    assert.ok(query.params.query.includes("FROM `acme-ml-test.test_monitoring.predictions_churn` AS log"));
    assert.ok(b.waitsFor("test-skew-monitoring-churn-ScheduledQuery").includes("google_project_service bigquerydatatransfer.googleapis.com"));
    assert.equal(b.attrs("test-skew-monitoring-FailureAlert").notification_channels.length, 1, "failures never go to the retraining topic");
  });

  test("the policy pack finds nothing in the monitoring resources (labels on alert policies and channels, no primitive role, no public principal)", async () => {
    const report = evaluate(terraformResources((await preprod).run), { tier: "preprod" });
    // The stand-in dataset (no CMEK, labels or audit logs here) is the environment's business, not the monitoring's.
    const own = report.findings.filter((f) => !f.address.startsWith("project:") && !f.address.includes("test-warehouse-monitoring"));
    assert.deepEqual(own.map((f) => `${f.ruleId} ${f.address}: ${f.message}`), []);
    assert.ok(report.findings.some((f) => f.ruleId === "MLOPS-LBL-001"), "sanity: the label rule reports an unlabelled resource");
    assert.ok(report.rules.some((r) => r.id === "MLOPS-LBL-001"), "the pack ran");
  });

  test("dev without channels: the dashboard only; alerts, skew checks and channels need someone to read them", async () => {
    const b = await monitored({ tier: "dev", notifications: {}, budget: undefined });
    assert.deepEqual(b.namesOf("google_monitoring_alert_policy"), []);
    assert.deepEqual(b.namesOf("google_monitoring_notification_channel"), []);
    assert.deepEqual(b.namesOf("google_bigquery_data_transfer_config"), []);
    assert.deepEqual(b.namesOf("google_monitoring_dashboard"), ["test-dashboard"]);
    assert.equal(b.run.value.budget, undefined);
  });

  test("a model whose retraining pipeline has no alert topic is an error", async () => {
    const spec = resolveEnvironment(EnvironmentConfigSchema.parse(environment()));
    await assert.rejects(
      runWithMocks(() => {
        const services = new ProjectServices("s", { projectId: PROJECT });
        const monitoringDataset = new MlopsDataset("m", { projectId: PROJECT, region: "europe-west4", datasetId: "test_monitoring", purpose: "monitoring" });
        const parent = new ProjectServices("p", { projectId: PROJECT });
        deployMonitoring("test", parent, {
          spec,
          services,
          projectNumber: "1",
          monitoringDataset,
          servedModels: new Map([["churn", { isPublic: false, endpointName: "test-churn", spec: { source: "custom", maxReplicas: 3 } }]]),
          pipelines: new Map(),
          featureStore: false,
        });
      }),
      /pipeline 'churn-training' has no onAlert trigger/,
    );
  });
});
