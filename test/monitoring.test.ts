import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { VertexAiEndpoint } from "../provider/google/vertex-ai-endpoint";
import { TerraformStack, Testing } from "../lib/cdktn";
import { MonitoringPreset } from "../lib/config/monitoring";
import { Budget, BudgetProps } from "../lib/monitoring/budget";
import { NotificationChannels, NotificationChannelsProps } from "../lib/monitoring/channels";
import { Dashboard } from "../lib/monitoring/dashboard";
import { FeatureStoreAlerts } from "../lib/monitoring/feature-store-alerts";
import { ModelAlerts } from "../lib/monitoring/model-alerts";
import { PipelineAlerts, PipelineAlertsProps } from "../lib/monitoring/pipeline-alerts";
import { WorkbenchAlerts } from "../lib/monitoring/workbench-alerts";
import { BAD_CHANNELS, BUDGET, CHANNEL, CHANNELS, MODEL, MONITORING_PRESETS, PIPELINE_ALERTS, PROJECT } from "./fixtures/monitoring";
import { addressOf, assertProblem, resource, resources } from "./helpers";

function stack() {
  const app = Testing.app();
  const s = new TerraformStack(app, "t");
  new GoogleProvider(s, "google", { project: PROJECT, region: "us-central1" });
  return s;
}

/** Synthesizes (with validations) and returns the Terraform JSON with construct paths. */
function synth(build: (s: TerraformStack) => void): any {
  const s = stack();
  build(s);
  Testing.synth(s, true);
  return JSON.parse(JSON.stringify(s.toTerraform()));
}

const policy = (json: any, path: string) => resource(json, "google_monitoring_alert_policy", path);
const condition = (json: any, path: string, i = 0) => policy(json, path).conditions[i];

describe("ModelAlerts", () => {
  const json = synth((s) => new ModelAlerts(s, "churn", MODEL));
  const all = resources(json, "google_monitoring_alert_policy");

  test("one policy per alert kind, keyed by kind below the model", () => {
    assert.deepEqual(Object.keys(all).sort(), ["churn/ErrorRate", "churn/GpuSaturated", "churn/Latency", "churn/NoTraffic", "churn/ReplicasAtMax"]);
  });

  test("p99 latency: total latency of this endpoint, distribution delta merged into the 99th percentile, above 500 ms for 5 min", () => {
    const c = condition(json, "churn/Latency").condition_threshold;
    assert.equal(
      c.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/prediction_latencies" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn" AND metric.labels.latency_type="total"',
    );
    assert.deepEqual(c.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_DELTA", cross_series_reducer: "REDUCE_PERCENTILE_99", group_by_fields: ["resource.label.endpoint_id"] }]);
    assert.equal(c.comparison, "COMPARISON_GT");
    assert.equal(c.threshold_value, 500);
    assert.equal(c.duration, "300s");
  });

  test("error rate: a ratio of 5xx responses to all responses, above 1 % (0.01)", () => {
    const c = condition(json, "churn/ErrorRate").condition_threshold;
    assert.equal(
      c.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn" AND metric.labels.response_code=starts_with("5")',
    );
    assert.equal(c.denominator_filter, 'metric.type="aiplatform.googleapis.com/prediction/online/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    const agg = [{ alignment_period: "300s", per_series_aligner: "ALIGN_DELTA", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["resource.label.endpoint_id"] }];
    assert.deepEqual(c.aggregations, agg);
    assert.deepEqual(c.denominator_aggregations, agg);
    assert.equal(c.threshold_value, 0.01);
    assert.equal(c.comparison, "COMPARISON_GT");
    assert.equal(c.duration, "300s");
  });

  test("replicas pinned at maxReplicas for 15 min (prod)", () => {
    const c = condition(json, "churn/ReplicasAtMax").condition_threshold;
    assert.equal(c.filter, 'metric.type="aiplatform.googleapis.com/prediction/online/replicas" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    assert.deepEqual(c.aggregations, [{ alignment_period: "60s", per_series_aligner: "ALIGN_MIN", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["resource.label.endpoint_id", "metric.label.deployed_model_id"] }]);
    assert.equal(c.comparison, "COMPARISON_GE");
    assert.equal(c.threshold_value, 6);
    assert.equal(c.duration, "900s");
  });

  test("GPU duty cycle above 90 % (0.9 in the metric's 10^2.% unit) for 15 min", () => {
    const c = condition(json, "churn/GpuSaturated").condition_threshold;
    assert.equal(c.filter, 'metric.type="aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    assert.deepEqual(c.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_MEAN", cross_series_reducer: "REDUCE_MEAN", group_by_fields: ["resource.label.endpoint_id"] }]);
    assert.equal(c.threshold_value, 0.9);
    assert.equal(c.duration, "900s");
  });

  test("no traffic: responses absent for 30 min (prod expects traffic)", () => {
    const c = condition(json, "churn/NoTraffic").condition_absent;
    assert.equal(c.filter, 'metric.type="aiplatform.googleapis.com/prediction/online/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    assert.equal(c.duration, "1800s");
    assert.deepEqual(c.aggregations, [{ alignment_period: "60s", per_series_aligner: "ALIGN_SUM", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["resource.label.endpoint_id"] }]);
  });

  test("every policy: channels, tier severity, runbook, auto-close, model and environment labels", () => {
    const severities: Record<string, string> = { Latency: "CRITICAL", ErrorRate: "CRITICAL", ReplicasAtMax: "ERROR", GpuSaturated: "WARNING", NoTraffic: "CRITICAL" };
    for (const [path, p] of Object.entries(all)) {
      assert.deepEqual(p.notification_channels, [CHANNEL], path);
      assert.equal(p.severity, severities[path.split("/")[1]], path);
      assert.equal(p.combiner, "OR");
      assert.equal(p.project, PROJECT);
      assert.deepEqual(p.alert_strategy, { auto_close: `${72 * 3600}s` });
      assert.equal(p.documentation.mime_type, "text/markdown");
      assert.match(p.documentation.content, /### What fired\n[\s\S]*### Likely causes\n- [\s\S]*### First steps\n1\. /, path);
      assert.match(p.documentation.content, /Endpoint ID: churn/);
      assert.doesNotMatch(p.documentation.content, /\$\{/);
      assert.match(p.documentation.subject, /^\[prod\] churn: /);
      assert.match(p.display_name, /^\[prod\] churn: /);
      assert.equal(p.user_labels.model, "churn");
      assert.equal(p.user_labels.environment, "prod");
      assert.equal(p.user_labels.component, "monitoring");
    }
    assert.equal(policy(json, "churn/Latency").display_name, "[prod] churn: p99 latency above 500 ms");
  });

  test("thresholds per model override the preset; dev expects no traffic; no GPU alert without GPUs", () => {
    const dev = synth((s) => new ModelAlerts(s, "churn", { ...MODEL, preset: MONITORING_PRESETS.dev, acceleratorCount: 0, thresholds: { latencyP99Ms: 250 } }));
    const kinds = Object.keys(resources(dev, "google_monitoring_alert_policy")).sort();
    assert.deepEqual(kinds, ["churn/ErrorRate", "churn/Latency", "churn/ReplicasAtMax"]);
    assert.equal(condition(dev, "churn/Latency").condition_threshold.threshold_value, 250);
    assert.equal(condition(dev, "churn/Latency").condition_threshold.duration, "900s");
    assert.equal(policy(dev, "churn/Latency").severity, "WARNING");
    const withTraffic = synth((s) => new ModelAlerts(s, "churn", { ...MODEL, preset: MONITORING_PRESETS.dev, thresholds: { expectTraffic: true, noTrafficMinutes: 45 } }));
    assert.equal(condition(withTraffic, "churn/NoTraffic").condition_absent.duration, "2700s");
  });

  test("endpoints behind private services access are watched through the private metrics", () => {
    const p = synth((s) => new ModelAlerts(s, "churn", { ...MODEL, privateServiceAccess: true }));
    assert.equal(
      condition(p, "churn/Latency").condition_threshold.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/private/prediction_latencies" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"',
    );
    const e = condition(p, "churn/ErrorRate").condition_threshold;
    assert.equal(e.filter, 'metric.type="aiplatform.googleapis.com/prediction/online/private/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn" AND metric.labels.response_code >= 500');
    assert.equal(e.denominator_filter, 'metric.type="aiplatform.googleapis.com/prediction/online/private/response_count" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn"');
    assert.match(condition(p, "churn/NoTraffic").condition_absent.filter, /private\/response_count/);
  });

  test("an endpoint ID that is only known at deploy time is referenced in the filters", () => {
    const j = synth((s) => {
      const endpoint = new VertexAiEndpoint(s, "endpoint", { name: "churn", displayName: "churn", location: "us-central1" });
      new ModelAlerts(s, "churn", { ...MODEL, endpointId: endpoint.name });
    });
    const endpoint = resource(j, "google_vertex_ai_endpoint", "endpoint");
    assert.match(condition(j, "churn/Latency").condition_threshold.filter, new RegExp(`resource\\.labels\\.endpoint_id="\\$\\{${addressOf("google_vertex_ai_endpoint", endpoint).replace(/\./g, "\\.")}\\.name\\}"`));
  });

  test("an alert nobody receives is an error", () => {
    assertProblem(() => synth((s) => new ModelAlerts(s, "churn", { ...MODEL, notificationChannels: [] })), "churn.notificationChannels", /^needs at least one notification channel; give the environment notifications\.emails/);
    assertProblem(() => synth((s) => new ModelAlerts(s, "churn", { ...MODEL, notificationChannels: ["oncall@example.com"] })), "churn.notificationChannels[0]", /^not a channel ID; allowed: projects\/<project>\/notificationChannels\/<id>/);
  });

  test("thresholds of the wrong type or out of range, every problem at once", () => {
    const bad = { ...MODEL, maxReplicas: 0, endpointId: "Churn_1", thresholds: { latencyP99Ms: -1, errorRatePercent: 120, noTrafficMinutes: 1, gpuDutyCyclePercent: "90" as unknown as number } };
    const run = () => synth((s) => new ModelAlerts(s, "churn", bad));
    assertProblem(run, "churn.thresholds.latencyP99Ms", /^must be a whole number from 1 to 300000 \(milliseconds\)$/);
    assertProblem(run, "churn.thresholds.errorRatePercent", /^must be a number from 0\.01 to 100 \(percent of responses\)$/);
    assertProblem(run, "churn.thresholds.noTrafficMinutes", /^must be a whole number from 2 to 1410 \(minutes; Cloud Monitoring absence windows are 2 minutes to 23\.5 hours\)$/);
    assertProblem(run, "churn.thresholds.gpuDutyCyclePercent", /^must be a whole number from 1 to 100 \(percent\)$/);
    assertProblem(run, "churn.maxReplicas", /^must be a whole number, at least 1$/);
    assertProblem(run, "churn.endpointId", /^not a Vertex AI endpoint ID/);
  });

  test("preset durations must be whole minutes the API accepts", () => {
    const preset: MonitoringPreset = { ...MONITORING_PRESETS.prod, sustainMinutes: { latency: 0.5, errorRate: 5, gpuDutyCycle: 5 }, autoCloseHours: 0 };
    assertProblem(() => synth((s) => new ModelAlerts(s, "churn", { ...MODEL, preset })), "churn.preset.sustainMinutes.latency", /^must be a whole number of minutes from 1 to 1440$/);
    assertProblem(() => synth((s) => new ModelAlerts(s, "churn", { ...MODEL, preset })), "churn.preset.autoCloseHours", /^must be a whole number of hours from 1 to 168/);
  });
});

describe("NotificationChannels", () => {
  const props: NotificationChannelsProps = CHANNELS;
  let built!: NotificationChannels;
  const json = synth((s) => (built = new NotificationChannels(s, "Channels", props)));
  const ch = (key: string) => resource(json, "google_monitoring_notification_channel", `Channels/${key}`);
  const secretRef = (key: string) => `\${data.google_secret_manager_secret_version.${Object.entries<any>(json.data.google_secret_manager_secret_version).find(([, d]) => d["//"].metadata.path.endsWith(`/${key}-secret`))![0]}.secret_data}`;

  test("one email channel per address, keyed by address", () => {
    assert.deepEqual(ch("email-oncall@example.com").labels, { email_address: "oncall@example.com" });
    assert.equal(ch("email-oncall@example.com").type, "email");
    assert.equal(ch("email-ml@example.com").project, PROJECT);
    assert.deepEqual(ch("email-ml@example.com").user_labels, { environment: "prod", component: "monitoring" });
  });

  test("PagerDuty and Slack credentials come from Secret Manager into sensitive labels", () => {
    assert.equal(ch("pagerduty").type, "pagerduty");
    assert.deepEqual(ch("pagerduty").sensitive_labels, { service_key: secretRef("pagerduty") });
    assert.equal(ch("slack").type, "slack");
    assert.deepEqual(ch("slack").labels, { channel_name: "#ml-alerts" });
    assert.deepEqual(ch("slack").sensitive_labels, { auth_token: secretRef("slack") });
    const data = Object.values<any>(json.data.google_secret_manager_secret_version).map((d) => ({ project: d.project, secret: d.secret, version: d.version }));
    assert.deepEqual(data.find((d) => d.secret === "slack-bot"), { project: "123456789", secret: "slack-bot", version: "3" });
    assert.deepEqual(data.find((d) => d.secret === "pagerduty-ml"), { project: "acme-ops", secret: "pagerduty-ml", version: "latest" });
  });

  test("webhooks: token in the URL from Secret Manager, or basic auth with a sensitive password", () => {
    assert.equal(ch("webhook-bridge").type, "webhook_tokenauth");
    assert.equal(ch("webhook-bridge").labels.url, `https://incidents.example.com/gcp?auth_token=${secretRef("webhook-bridge")}`);
    assert.equal(ch("webhook-basic").type, "webhook_basicauth");
    assert.deepEqual(ch("webhook-basic").labels, { url: "https://hooks.example.com/x?team=ml", username: "gcp" });
    assert.deepEqual(ch("webhook-basic").sensitive_labels, { password: secretRef("webhook-basic") });
    assert.deepEqual(ch("webhook-open").labels, { url: "https://status.example.com/in" });
  });

  test("the automation channel publishes to the topic, and the notification agent may publish there", () => {
    const pubsub = ch("automation");
    assert.equal(pubsub.type, "pubsub");
    assert.deepEqual(pubsub.labels, { topic: "projects/acme-ml-test/topics/retrain" });
    const grant = resource(json, "google_pubsub_topic_iam_member", "Channels/automation-publisher");
    assert.equal(grant.role, "roles/pubsub.publisher");
    assert.equal(grant.topic, "retrain");
    assert.match(grant.member, /^serviceAccount:service-\$\{data\.google_project\.[^.]+\.number\}@gcp-sa-monitoring-notification\.iam\.gserviceaccount\.com$/);
    assert.deepEqual(grant.depends_on, [addressOf("google_monitoring_notification_channel", pubsub)]);
  });

  test("channel ID lists: people, emails only (for budgets), automation apart", () => {
    assert.equal(built.alertChannelIds.length, 7);
    assert.equal(built.emailChannelIds.length, 2);
    assert.ok(built.automationChannelId);
    assert.ok(!built.alertChannelIds.includes(built.automationChannelId!));
  });

  test("bad channel settings are errors, and a literal credential is never echoed", () => {
    const run = () =>
      synth((s) =>
        new NotificationChannels(s, "Channels", BAD_CHANNELS),
      );
    assertProblem(run, "Channels.emails[0]", /^not a valid email address/);
    assertProblem(run, "Channels.emails[2]", /^duplicate address/);
    assertProblem(run, "Channels.pagerduty.serviceKeySecret", /^looks like a literal credential/);
    assertProblem(run, "Channels.slack.channelName", /^not a Slack channel name/);
    assertProblem(run, "Channels.webhooks[0].url", /^must use https:\/\//);
    assertProblem(run, "Channels.webhooks[1].name", /^duplicate name/);
    assertProblem(run, "Channels.automationTopic.topicId", /^not a topic ID; allowed: projects\/<project>\/topics\/<name>$/);
    assert.throws(run, (e: Error) => !e.message.includes("a1b2c3d4"));
  });
});

describe("PipelineAlerts", () => {
  const props: PipelineAlertsProps = PIPELINE_ALERTS;
  let built!: PipelineAlerts;
  const json = synth((s) => (built = new PipelineAlerts(s, "Pipelines", props)));

  test("log-based metrics count failed and succeeded runs from the pipeline job events, by pipeline", () => {
    const failed = resource(json, "google_logging_metric", "Pipelines/FailedRunCount");
    assert.equal(failed.name, "prod-pipeline-runs-failed");
    assert.equal(
      failed.filter,
      'resource.type="aiplatform.googleapis.com/PipelineJob" AND log_id("aiplatform.googleapis.com/pipeline_job_events") AND (jsonPayload.state="PIPELINE_STATE_FAILED" OR severity>=ERROR)',
    );
    assert.deepEqual(failed.label_extractors, { pipeline: "EXTRACT(labels.pipeline_name)" });
    assert.deepEqual(failed.metric_descriptor, { metric_kind: "DELTA", value_type: "INT64", unit: "1", labels: [{ key: "pipeline", value_type: "STRING", description: "Name the pipeline was compiled with." }] });
    const ok = resource(json, "google_logging_metric", "Pipelines/SucceededRunCount");
    assert.equal(ok.filter, 'resource.type="aiplatform.googleapis.com/PipelineJob" AND log_id("aiplatform.googleapis.com/pipeline_job_events") AND jsonPayload.state="PIPELINE_STATE_SUCCEEDED"');
  });

  test("any failed run alerts, per pipeline, on the log entries themselves (no metric to wait for), rate-limited", () => {
    const p = policy(json, "Pipelines/FailedRuns");
    assert.equal(p.conditions.length, 1);
    assert.equal(p.conditions[0].condition_threshold, undefined);
    assert.deepEqual(p.conditions[0].condition_matched_log, {
      filter: 'resource.type="aiplatform.googleapis.com/PipelineJob" AND log_id("aiplatform.googleapis.com/pipeline_job_events") AND (jsonPayload.state="PIPELINE_STATE_FAILED" OR severity>=ERROR)',
      label_extractors: { pipeline: "EXTRACT(labels.pipeline_name)" },
    });
    assert.deepEqual(p.alert_strategy.notification_rate_limit, { period: "300s" });
    assert.equal(p.severity, "ERROR");
    // The policy does not name the failed-run metric, so its creation cannot race the metric's.
    assert.doesNotMatch(JSON.stringify(p), /google_logging_metric/);
    // The metric stays, for the dashboard's charts.
    resource(json, "google_logging_metric", "Pipelines/FailedRunCount");
    assert.match(built.metricTypes.failed, /^logging\.googleapis\.com\/user\//);
  });

  test("a scheduled pipeline without a success within its window alerts", () => {
    const ok = resource(json, "google_logging_metric", "Pipelines/SucceededRunCount");
    const p = policy(json, "Pipelines/overdue-churn-training");
    const c = p.conditions[0].condition_absent;
    assert.equal(c.filter, `metric.type="logging.googleapis.com/user/\${${addressOf("google_logging_metric", ok)}.name}" AND resource.type="aiplatform.googleapis.com/PipelineJob" AND metric.labels.pipeline="churn-training"`);
    assert.equal(c.duration, `${1380 * 60}s`);
    assert.deepEqual(c.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_SUM", cross_series_reducer: "REDUCE_SUM", group_by_fields: ["metric.label.pipeline"] }]);
    assert.equal(p.user_labels.pipeline, "churn-training");
    assert.equal(p.severity, "ERROR");
  });

  test("the overdue alert waits 10 minutes after its metric is created (an absence condition must read the metric)", () => {
    const ok = resource(json, "google_logging_metric", "Pipelines/SucceededRunCount");
    const wait = resource(json, "time_sleep", "Pipelines/MetricPropagation");
    assert.equal(wait.create_duration, "10m");
    assert.equal(wait.destroy_duration, undefined);
    // A recreated metric is waited for again.
    assert.deepEqual(wait.triggers, { metric: `\${${addressOf("google_logging_metric", ok)}.name}` });
    assert.ok(policy(json, "Pipelines/overdue-churn-training").depends_on.includes(addressOf("time_sleep", wait)));
    // The failed-run alert matches log entries and does not wait.
    assert.ok(!(policy(json, "Pipelines/FailedRuns").depends_on ?? []).includes(addressOf("time_sleep", wait)));
    assert.deepEqual(json.terraform.required_providers.time, { source: "hashicorp/time", version: "0.14.2" });
  });

  test("without a scheduled pipeline nothing waits", () => {
    const none = synth((s) => new PipelineAlerts(s, "Pipelines", { ...props, scheduled: {} }));
    assert.equal(none.resource.time_sleep, undefined);
    assert.equal(none.terraform.required_providers?.time, undefined);
  });

  test("windows beyond Cloud Monitoring's 23.5-hour absence limit and bad names are errors", () => {
    const run = () => synth((s) => new PipelineAlerts(s, "Pipelines", { ...props, scheduled: { "weekly-train": { successWithinMinutes: 7 * 1440 }, Bad_Name: { successWithinMinutes: 60 } } }));
    assertProblem(run, "Pipelines.scheduled.weekly-train.successWithinMinutes", /^must be a whole number of minutes from 2 to 1410 \(Cloud Monitoring's longest absence window is 23\.5 hours\)/);
    assertProblem(run, "Pipelines.scheduled.Bad_Name", /^not a pipeline name/);
  });
});

describe("FeatureStoreAlerts", () => {
  const json = synth((s) =>
    new FeatureStoreAlerts(s, "FeatureStore", {
      projectId: PROJECT,
      environment: "prod",
      notificationChannels: [CHANNEL],
      preset: MONITORING_PRESETS.prod,
      featureViews: { customer_profile: { maxDataAgeMinutes: 180, maxSyncMinutes: 60 } },
    }),
  );

  test("stale served data (p99 age above the limit, in seconds) or a sync that does not finish", () => {
    const p = policy(json, "FeatureStore/customer_profile");
    const age = p.conditions[0].condition_threshold;
    assert.equal(age.filter, 'metric.type="aiplatform.googleapis.com/featureonlinestore/serving_data_ages" AND resource.type="aiplatform.googleapis.com/FeatureOnlineStore" AND metric.labels.feature_view_id="customer_profile"');
    assert.deepEqual(age.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_DELTA", cross_series_reducer: "REDUCE_PERCENTILE_99", group_by_fields: ["metric.label.feature_view_id"] }]);
    assert.equal(age.threshold_value, 180 * 60);
    assert.equal(age.comparison, "COMPARISON_GT");
    const sync = p.conditions[1].condition_threshold;
    assert.equal(sync.filter, 'metric.type="aiplatform.googleapis.com/featureonlinestore/running_sync" AND resource.type="aiplatform.googleapis.com/FeatureOnlineStore" AND metric.labels.feature_view_id="customer_profile"');
    assert.equal(sync.comparison, "COMPARISON_GE");
    assert.equal(sync.threshold_value, 1);
    assert.equal(sync.duration, "3600s");
    assert.equal(p.combiner, "OR");
    assert.equal(p.severity, "ERROR");
    assert.equal(p.user_labels["feature-view"], "customer_profile");
  });

  test("bad feature view IDs and limits are errors", () => {
    const run = () =>
      synth((s) => new FeatureStoreAlerts(s, "FeatureStore", { projectId: PROJECT, environment: "prod", notificationChannels: [CHANNEL], preset: MONITORING_PRESETS.prod, featureViews: { "Customer-Profile": { maxDataAgeMinutes: 2 } } }));
    assertProblem(run, "FeatureStore.featureViews.Customer-Profile", /^not a feature view ID/);
    assertProblem(run, "FeatureStore.featureViews.Customer-Profile.maxDataAgeMinutes", /^must be a whole number of minutes from 5 to 44640/);
  });
});

describe("WorkbenchAlerts", () => {
  const json = synth((s) =>
    new WorkbenchAlerts(s, "Workbench", {
      projectId: PROJECT,
      environment: "prod",
      notificationChannels: [CHANNEL],
      preset: MONITORING_PRESETS.prod,
      instanceNames: ["prod-wb-ada"],
      workingHours: { timeZone: "Etc/UTC", days: ["MON"], start: "08:00", end: "18:00" },
    }),
  );

  test("a PromQL condition over the instances' uptime, outside the working windows, for 30 min", () => {
    const p = policy(json, "Workbench/AfterHours");
    assert.equal(p.conditions.length, 1);
    const c = p.conditions[0].condition_prometheus_query_language;
    const W = "(day_of_week() * 1440 + hour() * 60 + minute())";
    assert.equal(c.query, `max by (instance_name) (compute_googleapis_com:instance_uptime_total{monitored_resource="gce_instance",project_id="acme-ml-test",instance_name=~"prod-wb-ada"}) > 0 unless on() ((${W} >= 1920 and ${W} < 2520))`);
    assert.equal(c.duration, "1800s");
    assert.equal(c.evaluation_interval, "60s");
    assert.equal(p.severity, "WARNING");
  });

  test("bad instance names and working hours are errors", () => {
    const run = () =>
      synth((s) =>
        new WorkbenchAlerts(s, "Workbench", {
          projectId: PROJECT,
          environment: "prod",
          notificationChannels: [CHANNEL],
          preset: MONITORING_PRESETS.prod,
          instanceNames: ["Ada"],
          workingHours: { timeZone: "Mars/Olympus", days: ["MON"], start: "18:00", end: "08:00" },
        }),
      );
    assertProblem(run, "Workbench.instanceNames[0]", /^not an instance name/);
    assertProblem(run, "Workbench.workingHours.timeZone", /^not an IANA time zone name/);
    assertProblem(run, "Workbench.workingHours", /^start and end must be HH:MM with end after start$/);
  });
});

describe("Dashboard", () => {
  const json = synth((s) =>
    new Dashboard(s, "Dashboard", {
      projectId: PROJECT,
      environment: "prod",
      models: [
        { name: "churn", endpointId: "churn", maxReplicas: 6, acceleratorCount: 1, latencyP99Ms: 500, gpuDutyCyclePercent: 90 },
        { name: "fraud", endpointId: "fraud", privateServiceAccess: true },
      ],
      pipelineMetrics: { failed: "logging.googleapis.com/user/prod-pipeline-runs-failed", succeeded: "logging.googleapis.com/user/prod-pipeline-runs-succeeded" },
      featureStore: true,
      labels: { environment: "prod" },
    }),
  );
  const d = resource(json, "google_monitoring_dashboard", "Dashboard");
  const body = JSON.parse(d.dashboard_json.replace(/\$\$\{/g, "${"));
  const widgets = body.mosaicLayout.tiles.map((t: any) => t.widget);
  const titled = (title: string) => widgets.find((w: any) => w.title === title);

  test("one section per model: QPS, latency percentiles, errors, replicas, and GPU duty cycle where there are GPUs", () => {
    const titles = widgets.filter((w: any) => w.title).map((w: any) => w.title);
    assert.deepEqual(titles.filter((t: string) => t.startsWith("churn: ")), ["churn: requests/s by response code", "churn: latency p50/p95/p99 (ms)", "churn: server errors (share of responses)", "churn: replicas", "churn: GPU duty cycle"]);
    assert.deepEqual(titles.filter((t: string) => t.startsWith("fraud: ")), ["fraud: requests/s by response code", "fraud: latency p50/p95/p99 (ms)", "fraud: server errors (share of responses)", "fraud: replicas"]);
    const latency = titled("churn: latency p50/p95/p99 (ms)").xyChart;
    assert.deepEqual(latency.dataSets.map((s: any) => s.timeSeriesQuery.timeSeriesFilter.aggregation.crossSeriesReducer), ["REDUCE_PERCENTILE_50", "REDUCE_PERCENTILE_95", "REDUCE_PERCENTILE_99"]);
    assert.equal(latency.dataSets[2].timeSeriesQuery.timeSeriesFilter.filter, 'metric.type="aiplatform.googleapis.com/prediction/online/prediction_latencies" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id="churn" AND metric.labels.latency_type="total"');
    assert.deepEqual(latency.thresholds.map((t: any) => t.value), [500]);
    assert.deepEqual(titled("churn: replicas").xyChart.thresholds.map((t: any) => t.value), [6]);
    assert.match(titled("fraud: requests/s by response code").xyChart.dataSets[0].timeSeriesQuery.timeSeriesFilter.filter, /private\/response_count.*endpoint_id="fraud"/);
    const ratio = titled("churn: server errors (share of responses)").xyChart.dataSets[0].timeSeriesQuery.timeSeriesFilterRatio;
    assert.match(ratio.numerator.filter, /response_code=starts_with\("5"\)$/);
  });

  test("pipeline runs and feature store serving sections", () => {
    assert.equal(titled("Pipeline runs per hour: failed").xyChart.dataSets[0].timeSeriesQuery.timeSeriesFilter.filter, 'metric.type="logging.googleapis.com/user/prod-pipeline-runs-failed" AND resource.type="aiplatform.googleapis.com/PipelineJob"');
    assert.ok(titled("Feature store requests/s by view"));
    assert.ok(titled("Served data age p99 (s)"));
  });

  test("Monitoring's legend variables are escaped from Terraform; tiles fit the 48-column grid; labelled", () => {
    assert.match(d.dashboard_json, /"legendTemplate":"\$\$\{metric\.labels\.response_code\}"/);
    assert.doesNotMatch(d.dashboard_json.replace(/\$\$\{/g, ""), /\$\{metric/);
    for (const t of body.mosaicLayout.tiles) assert.ok(t.xPos + t.width <= 48);
    assert.equal(body.displayName, "MLOps prod");
    assert.deepEqual(body.labels, { environment: "prod", component: "monitoring" });
  });
});

describe("Budget", () => {
  const props: BudgetProps = BUDGET;
  const json = synth((s) => new Budget(s, "Budget", props));
  const b = resource(json, "google_billing_budget", "Budget");

  test("monthly amount on the project, notices at 50/90/100 % of actual spend and at the forecast", () => {
    assert.equal(b.billing_account, "01A2B3-C4D5E6-F7A8B9");
    assert.deepEqual(b.amount, { specified_amount: { units: "2500", nanos: 500000000, currency_code: "EUR" } });
    assert.deepEqual(b.threshold_rules, [
      { threshold_percent: 0.5, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 0.9, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "CURRENT_SPEND" },
      { threshold_percent: 1, spend_basis: "FORECASTED_SPEND" },
    ]);
    assert.match(b.budget_filter.projects[0], /^projects\/\$\{data\.google_project\.[^.]+\.number\}$/);
    assert.equal(b.budget_filter.calendar_period, "MONTH");
    assert.deepEqual(b.all_updates_rule, { monitoring_notification_channels: [CHANNEL] });
    assert.equal(b.display_name, "acme-ml-test monthly");
  });

  test("a budget without a billing account or an amount, or with bad thresholds, is an error", () => {
    const run = (p: Partial<BudgetProps>) => () => synth((s) => new Budget(s, "Budget", { ...props, ...p }));
    assertProblem(run({ billingAccount: "" }), "Budget.billingAccount", /^not a billing account ID/);
    assertProblem(run({ amount: undefined as unknown as number }), "Budget.amount", /^must be a number/);
    assertProblem(run({ amount: 0 }), "Budget.amount", /^must be greater than 0$/);
    assertProblem(run({ thresholds: [0.9, 0.5] }), "Budget.thresholds[1]", /^must be greater than thresholds\[0\]/);
    assertProblem(run({ currency: "euro" }), "Budget.currency", /^not an ISO 4217 currency code/);
    assertProblem(run({ emailChannelIds: [1, 2, 3, 4, 5, 6].map((n) => `projects/p/notificationChannels/${n}`) }), "Budget.emailChannelIds", /^at most 5 channels per budget/);
  });
});

describe("the provider's quota project with a budget", () => {
  test("with a budget, requests name the environment's project as quota project (billing_project, user_project_override); without, the provider is left alone", () => {
    const { synthEnvironment } = require("./helpers") as typeof import("./helpers");
    const withBudget = synthEnvironment({ budget: { billingAccount: "01A2B3-C4D5E6-F7A8B9", amount: 100 } }).json;
    assert.deepEqual(withBudget.provider.google, [{ project: "acme-ml-test", region: "europe-west4", billing_project: "acme-ml-test", user_project_override: true }]);
    const without = synthEnvironment({}).json;
    assert.deepEqual(without.provider.google, [{ project: "acme-ml-test", region: "europe-west4" }]);
  });
});

describe("dashboard size", () => {
  test("the dashboard charts the first MAX_DASHBOARD_MODELS models; every model keeps its alerts (the fleet's prefix policies and its replicas group)", () => {
    const { synthEnvironment } = require("./helpers") as typeof import("./helpers");
    const { MAX_DASHBOARD_MODELS } = require("../lib/monitoring/plan") as typeof import("../lib/monitoring/plan");
    const models = Array.from({ length: MAX_DASHBOARD_MODELS + 3 }, (_, i) => ({ name: `m${i}`, machineType: "n1-standard-4", minReplicas: 2, maxReplicas: 3 }));
    const json = synthEnvironment({ tier: "prod", models }).json;
    const dashboard = JSON.parse((Object.values(json.resource.google_monitoring_dashboard)[0] as any).dashboard_json);
    const charted = new Set<string>();
    for (const m of JSON.stringify(dashboard).matchAll(/endpoint_id=\\?"test-(m\d+)\\?"/g)) charted.add(m[1]);
    assert.equal(charted.size, MAX_DASHBOARD_MODELS);
    assert.ok(charted.has("m0") && !charted.has(`m${MAX_DASHBOARD_MODELS}`));
    const policies = resources(json, "google_monitoring_alert_policy");
    const latency = Object.values(policies).filter((p) => /: p99 latency above/.test(p.display_name));
    assert.equal(latency.length, 1, "one latency policy for the fleet");
    assert.match(latency[0].conditions[0].condition_threshold.filter, /resource\.labels\.endpoint_id=starts_with\("test-"\)/);
    const replicas = policies["Environment/ModelAlerts/ReplicasAtMax-max3-15min"].conditions[0].condition_threshold.filter as string;
    const listed = /full_match\("([a-z0-9|-]*)"\)/.exec(replicas)![1].split("|");
    for (let i = 0; i < MAX_DASHBOARD_MODELS + 3; i++) assert.ok(listed.includes(`test-m${i}`), `m${i}`);
  });
});
