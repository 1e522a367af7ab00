/**
 * The Pulumi skew detection components under `pulumi.runtime.setMocks`: the attributes the cdktf
 * skew tests assert (test/skew.test.ts), on the inputs the Pulumi engine would receive in
 * Terraform's shape. This file loads no cdktf module.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ModelMonitoringInput } from "../lib/config/skew";
import { ValidationError } from "../lib/core/errors";
import { MlopsDataset } from "../lib/pulumi/bigquery";
import { SkewMonitor, SkewMonitoring, SkewMonitoringArgs } from "../lib/pulumi/skew";
import { MockedRun, RecordedResource, runWithMocks, valueOf } from "../lib/pulumi/testing";
import { breachMarker, failureMarker, skewQuery } from "../lib/skew/sql";
import { CHANNEL, churnMonitoring, logsOf, PROJECT } from "./fixtures/skew";

interface Built {
  readonly run: MockedRun<SkewMonitoring>;
  readonly skew: SkewMonitoring;
  /** The resource with this Pulumi name; fails when absent. */
  named(name: string): RecordedResource;
  /** Its inputs in Terraform's shape. */
  attrs(name: string): any;
  /** Custom resources of a Terraform type. */
  of(terraformType: string): RecordedResource[];
  /** `<Terraform type> <key>` of each resource `name` waits for. */
  waitsFor(name: string): string[];
}

async function build(models: Record<string, ModelMonitoringInput> = { churn: churnMonitoring }, overrides: Partial<SkewMonitoringArgs> = {}): Promise<Built> {
  const run = await runWithMocks(() => {
    const dataset = new MlopsDataset("monitoring", { projectId: PROJECT, region: "us-central1", datasetId: "test_monitoring", purpose: "monitoring" });
    const skew = new SkewMonitoring("skew", {
      projectId: PROJECT,
      region: "us-central1",
      labels: { environment: "test", tier: "dev" },
      environmentName: "test",
      monitoringDataset: dataset,
      notificationChannelIds: [CHANNEL],
      ...overrides,
    });
    for (const [name, block] of Object.entries(models)) skew.addModel(name, block, logsOf(name));
    return skew;
  });
  const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
  const named = (name: string) => {
    const r = run.resources.find((x) => x.name === name && x.custom);
    assert.ok(r, `no resource '${name}'; have: ${run.resources.filter((x) => x.custom).map((x) => x.name).join(", ")}`);
    return r;
  };
  return {
    run,
    skew: run.value,
    named,
    attrs: (name) => named(name).terraform!.attributes,
    of: (type) => run.resources.filter((r) => r.terraform?.type === type),
    waitsFor: (name) =>
      named(name).dependencies.map((u) => {
        const r = byUrn.get(u);
        return r?.terraform ? `${r.terraform.type} ${r.terraform.key}` : `${r?.type} ${r?.name}`;
      }),
  };
}

function problemsOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  assert.fail("expected a ValidationError");
}

async function assertProblem(fn: () => unknown, path: string, message: RegExp): Promise<void> {
  let err: ValidationError | undefined;
  await runWithMocks(() => (err = problemsOf(fn)));
  assert.ok(err!.problems.some((p) => p.path === path && message.test(p.message)), `no problem at ${path} matching ${message}; got:\n${err!.message}`);
}

const withRetraining = build({ churn: churnMonitoring }, { retrainingTopic: "projects/acme-ml-test/topics/retrain" });

describe("the generated SQL of a known model", () => {
  test("is the query of the scheduled query, and is what skewQuery generates", async () => {
    const b = await withRetraining;
    const query: string = b.attrs("skew-churn-ScheduledQuery").params.query;
    assert.equal(query, b.skew.monitors.churn.query);
    assert.equal(
      query,
      skewQuery({
        environment: "test",
        model: "churn",
        baseline: { projectId: PROJECT, datasetId: "test_features", tableId: "churn_training" },
        predictionLogs: logsOf("churn"),
        target: { projectId: PROJECT, datasetId: "test_monitoring", tableId: "churn_skew" },
        features: b.skew.monitors.churn.config.features,
        window: { amount: 24, unit: "HOUR", hours: 24 },
        minSamples: 100,
        labels: { environment: "test", tier: "dev", component: "feature-skew", model: "churn" },
      }),
    );
    assert.ok(query.includes("MERGE `acme-ml-test.test_monitoring.churn_skew` AS t"));
    assert.ok(!query.includes(breachMarker("test", "churn")));
    assert.ok(!query.includes(failureMarker("test", "churn")));
  });

  test("a window in days, a non-default minimum and an integer threshold", async () => {
    const b = await build({ fraud: { ...churnMonitoring, window: "7d", minSamples: 500, features: [{ name: "amount", type: "numeric", statistic: "psi", threshold: 1 }] } });
    const q: string = b.attrs("skew-fraud-ScheduledQuery").params.query;
    assert.ok(q.includes("TIMESTAMP_SUB(@run_time, INTERVAL 7 DAY)"));
    assert.ok(q.includes("IFNULL(st.n, 0) < 500"));
    assert.ok(q.includes("STRUCT('amount' AS feature, 'psi' AS statistic, 1.0 AS threshold)"));
    assert.equal(b.skew.monitors.fraud.table.tableId, "fraud_skew");
  });
});

describe("the scheduled query", () => {
  test("is a scheduled query on the transfer service's UTC schedule, converted from the cron", async () => {
    const sq = (await withRetraining).attrs("skew-churn-ScheduledQuery");
    assert.equal(sq.data_source_id, "scheduled_query");
    assert.equal(sq.schedule, "every day 03:15");
    assert.equal(sq.location, "us-central1");
    assert.equal(sq.project, PROJECT);
    assert.equal(sq.display_name, "test feature skew: churn");
    assert.equal(sq.destination_dataset_id, undefined);
    assert.deepEqual(Object.keys(sq.params), ["query"]);
    assert.deepEqual(sq.email_preferences, { enable_failure_email: false });
  });

  test("a fixed-offset time zone is converted to UTC", async () => {
    const b = await build({ churn: { ...churnMonitoring, schedule: "30 3 * * MON", timeZone: "Asia/Tokyo" } });
    assert.equal(b.attrs("skew-churn-ScheduledQuery").schedule, "every sun 18:30");
  });

  test("runs as <env>-skew and waits for every grant it needs", async () => {
    const b = await withRetraining;
    assert.equal(b.attrs("skew-churn-ScheduledQuery").service_account_name, "test-skew@acme-ml-test.iam.gserviceaccount.com");
    const member = "serviceAccount:test-skew@acme-ml-test.iam.gserviceaccount.com";
    const waits = b.waitsFor("skew-churn-ScheduledQuery");
    for (const grant of [
      `google_project_iam_member roles/bigquery.jobUser ${member}`,
      `google_service_account_iam_member google_service_account:test-skew.name roles/iam.serviceAccountShortTermTokenMinter serviceAccount:service-data.google_project.number@gcp-sa-bigquerydatatransfer.iam.gserviceaccount.com`,
      `google_bigquery_dataset_iam_member test_monitoring roles/bigquery.dataEditor ${member}`,
      `google_bigquery_dataset_iam_member test_features roles/bigquery.dataViewer ${member}`,
    ]) {
      assert.ok(waits.includes(grant), `${grant}\nwaits for:\n${waits.join("\n")}`);
    }
  });
});

describe("identity: <env>-skew with the least rights", () => {
  const member = "serviceAccount:test-skew@acme-ml-test.iam.gserviceaccount.com";

  test("a dedicated account without keys", async () => {
    const b = await withRetraining;
    assert.deepEqual(b.of("google_service_account").map((r) => r.terraform!.attributes.account_id), ["test-skew"]);
    assert.equal(b.run.resources.filter((r) => r.type === "gcp:serviceaccount/key:Key").length, 0);
  });

  test("only bigquery.jobUser on the project", async () => {
    const project = (await withRetraining).of("google_project_iam_member").filter((r) => r.terraform!.attributes.member === member);
    assert.deepEqual(project.map((r) => r.terraform!.attributes.role), ["roles/bigquery.jobUser"]);
  });

  test("dataEditor on the monitoring dataset (which also holds the logs), dataViewer on the baseline's dataset only", async () => {
    const datasets = (await withRetraining).of("google_bigquery_dataset_iam_member").filter((r) => r.terraform!.attributes.member === member);
    assert.deepEqual(datasets.map((r) => [r.terraform!.attributes.project, r.terraform!.attributes.dataset_id, r.terraform!.attributes.role]).sort(), [
      [PROJECT, "test_features", "roles/bigquery.dataViewer"],
      [PROJECT, "test_monitoring", "roles/bigquery.dataEditor"],
    ]);
    assert.ok(datasets.some((r) => r.name === "monitoring-skew-bigquery-dataEditor"), "the dataset grants the write, on the dataset");
  });

  test("the transfer service agent may mint tokens for this account only", async () => {
    const minter = (await withRetraining).attrs("skew-TransferServiceTokenMinter");
    assert.equal(minter.role, "roles/iam.serviceAccountShortTermTokenMinter");
    assert.equal(minter.member, "serviceAccount:service-data.google_project.number@gcp-sa-bigquerydatatransfer.iam.gserviceaccount.com");
    assert.equal(minter.service_account_id, "google_service_account:test-skew.name");
  });

  test("models sharing a baseline dataset share one read grant; a baseline in another project is granted there", async () => {
    const b = await build({
      churn: churnMonitoring,
      "churn-v2": { ...churnMonitoring, baseline: "acme-ml-test.test_features.churn_v2_training" },
      fraud: { ...churnMonitoring, baseline: "acme-data-lake.curated.fraud_training" },
    });
    const reads = b
      .of("google_bigquery_dataset_iam_member")
      .filter((r) => r.terraform!.attributes.role === "roles/bigquery.dataViewer")
      .map((r) => [r.name, r.terraform!.attributes.project, r.terraform!.attributes.dataset_id]);
    assert.deepEqual(reads.sort(), [
      ["skew-read-acme-data-lake-curated", "acme-data-lake", "curated"],
      ["skew-read-acme-ml-test-test_features", PROJECT, "test_features"],
    ]);
  });

  test("a baseline inside the monitoring dataset needs no second grant", async () => {
    const b = await build({ churn: { ...churnMonitoring, baseline: "acme-ml-test.test_monitoring.churn_baseline" } });
    assert.equal(b.of("google_bigquery_dataset_iam_member").filter((r) => r.terraform!.attributes.role === "roles/bigquery.dataViewer").length, 0);
  });

  test("no primitive role and no allUsers anywhere", async () => {
    const text = JSON.stringify((await withRetraining).run.resources.map((r) => r.inputs));
    assert.doesNotMatch(text, /roles\/(owner|editor|viewer)"/);
    assert.doesNotMatch(text, /allUsers|allAuthenticatedUsers/);
  });
});

describe("the signal and the alert", () => {
  test("a log-based counter of the runs that crossed a threshold", async () => {
    const metric = (await withRetraining).attrs("skew-churn-BreachCount");
    assert.equal(metric.name, "feature-skew/test/churn");
    assert.equal(metric.filter, 'resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[test/churn]"');
    assert.deepEqual(metric.metric_descriptor, { metric_kind: "DELTA", value_type: "INT64", unit: "1", display_name: "Feature skew breaches: churn" });
  });

  test("an alert policy that fires on the first breach, with its threshold, channels and retraining trigger", async () => {
    const b = await withRetraining;
    const policy = b.attrs("skew-churn-BreachAlert");
    assert.equal(policy.display_name, "[test] Feature skew: churn");
    assert.deepEqual([policy.severity, policy.combiner, policy.conditions.length], ["WARNING", "OR", 1]);
    const c = policy.conditions[0].condition_threshold;
    assert.equal(c.filter, 'metric.type="logging.googleapis.com/user/feature-skew/test/churn" AND resource.type="bigquery_dts_config"');
    assert.deepEqual([c.comparison, c.threshold_value, c.duration], ["COMPARISON_GT", 0, "0s"]);
    assert.deepEqual(c.aggregations, [{ alignment_period: "300s", per_series_aligner: "ALIGN_SUM", cross_series_reducer: "REDUCE_SUM" }]);
    assert.deepEqual(c.trigger, { count: 1 });
    assert.deepEqual(policy.notification_channels, [CHANNEL, "google_monitoring_notification_channel:pubsub test retraining trigger projects/acme-ml-test/topics/retrain.name"]);
    assert.ok(b.waitsFor("skew-churn-BreachAlert").includes("google_logging_metric feature-skew/test/churn"));
    assert.deepEqual(policy.user_labels, { environment: "test", tier: "dev", component: "feature-skew", model: "churn" });
  });

  test("the runbook names the watched features, their thresholds and the query to inspect", async () => {
    const doc = (await withRetraining).attrs("skew-churn-BreachAlert").documentation;
    assert.equal(doc.mime_type, "text/markdown");
    assert.equal(doc.subject, "[test] Feature skew above threshold: model churn");
    assert.ok(doc.content.includes("| tenure_months | numeric | psi (population stability index) | 0.2 |"));
    assert.ok(doc.content.includes("| contract | categorical | lInfinity (L-infinity distance) | 0.15 |"));
    assert.ok(doc.content.includes("FROM `acme-ml-test.test_monitoring.churn_skew`\nWHERE window_end >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 30 DAY)"));
    assert.ok(doc.content.includes("This alert also notified the retraining topic."));
    assert.equal(doc.links[0].url, `https://console.cloud.google.com/logs/query;query=${encodeURIComponent('resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[test/churn]"')}?project=${PROJECT}`);
  });

  test("the runbook stays under Cloud Monitoring's 8,192 characters with 100 features", async () => {
    const features = Array.from({ length: 100 }, (_, i) => ({ name: `a_rather_long_feature_name_number_${i}`, type: "categorical" as const, statistic: "jensenShannon" as const, threshold: 0.123456 }));
    const content: string = (await build({ wide: { ...churnMonitoring, features } })).attrs("skew-wide-BreachAlert").documentation.content;
    assert.ok(content.length <= 8192, String(content.length));
    assert.match(content, /\| … \d+ more in the query's header \| \| \| \|/);
  });

  test("the retraining channel publishes to the topic, and only Monitoring's agent may publish there; the channel waits for the grant", async () => {
    const b = await withRetraining;
    const channel = b.attrs("skew-RetrainingChannel");
    assert.equal(channel.type, "pubsub");
    assert.deepEqual(channel.labels, { topic: "projects/acme-ml-test/topics/retrain" });
    const publisher = b.attrs("skew-RetrainingTopicPublisher");
    assert.deepEqual([publisher.topic, publisher.role], ["projects/acme-ml-test/topics/retrain", "roles/pubsub.publisher"]);
    assert.equal(publisher.member, "serviceAccount:service-data.google_project.number@gcp-sa-monitoring-notification.iam.gserviceaccount.com");
    assert.ok(b.waitsFor("skew-RetrainingChannel").some((d) => d.startsWith("google_pubsub_topic_iam_member projects/acme-ml-test/topics/retrain roles/pubsub.publisher")));
  });

  test("without a retraining topic the alert goes to the channels only, and with none it still exists", async () => {
    const plain = await build();
    assert.deepEqual(plain.attrs("skew-churn-BreachAlert").notification_channels, [CHANNEL]);
    assert.equal(plain.of("google_monitoring_notification_channel").length, 0);
    const none = await build({ churn: churnMonitoring }, { notificationChannelIds: [], severity: "CRITICAL" });
    const policy = none.attrs("skew-churn-BreachAlert");
    assert.equal(policy.notification_channels, undefined);
    assert.equal(policy.severity, "CRITICAL");
  });

  test("failed checks raise one environment-wide alert, never sent to the retraining topic", async () => {
    const b = await withRetraining;
    const metric = b.attrs("skew-FailureCount");
    assert.equal(metric.name, "feature-skew/test/failed-runs");
    assert.equal(metric.filter, 'resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_QUERY_FAILED[test/"');
    const policy = b.attrs("skew-FailureAlert");
    assert.equal(policy.conditions[0].condition_threshold.filter, 'metric.type="logging.googleapis.com/user/feature-skew/test/failed-runs" AND resource.type="bigquery_dts_config"');
    assert.deepEqual(policy.notification_channels, [CHANNEL]);
    assert.ok(policy.documentation.content.includes("`test-skew@acme-ml-test.iam.gserviceaccount.com` lacks roles/bigquery.dataViewer"));
    assert.ok(b.waitsFor("skew-FailureAlert").includes("google_logging_metric feature-skew/test/failed-runs"));
  });

  test("nothing is protected: the checks hold no data (the results live in the monitoring dataset)", async () => {
    const protectedNames = (await withRetraining).run.resources.filter((r) => r.protect).map((r) => r.name);
    assert.deepEqual(protectedNames, ["monitoring"], "only the dataset the test made (guarded by default)");
  });
});

describe("models are keyed by name", () => {
  test("adding a model changes no name of the others", async () => {
    const urns = (b: Built) => b.run.resources.filter((r) => r.custom).map((r) => r.urn);
    const one = urns(await build({ churn: churnMonitoring }));
    const two = urns(await build({ aaa: churnMonitoring, churn: churnMonitoring }));
    for (const u of one) assert.ok(two.includes(u), u);
    assert.ok(two.some((u) => u.endsWith("::skew-aaa-ScheduledQuery")));
  });

  test("the metric type and schedule of each check are exposed", async () => {
    const b = await withRetraining;
    assert.equal(b.skew.monitors.churn.metricType, "logging.googleapis.com/user/feature-skew/test/churn");
    assert.equal(b.skew.monitors.churn.schedule, "every day 03:15");
    assert.equal(await valueOf(b.skew.monitors.churn.metric.name), "feature-skew/test/churn");
  });
});

describe("bad props fail with every problem", () => {
  test("the monitoring block is validated with the YAML's rules, with the component's path", async () => {
    await assert.rejects(build({ churn: { ...churnMonitoring, features: [{ name: "tenure", type: "numeric", statistic: "psi", threshold: -1 }] } }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.ok(err.problems.some((p) => p.path === "skew-churn.monitoring.features[0].threshold" && /^must be at least 0 for psi/.test(p.message)), err.message);
      return true;
    });
    await assert.rejects(build({ churn: { ...churnMonitoring, timeZone: "America/New_York" } }), /skew-churn\.monitoring\.timeZone: .*observes daylight saving time/);
  });

  test("an invalid model name, logs table and monitoring block are reported together", async () => {
    await runWithMocks(() => {
      const dataset = new MlopsDataset("monitoring", { projectId: PROJECT, region: "us-central1", datasetId: "test_monitoring", purpose: "monitoring" });
      const skew = new SkewMonitoring("skew", { projectId: PROJECT, region: "us-central1", environmentName: "test", monitoringDataset: dataset, notificationChannelIds: [] });
      const err = problemsOf(
        () =>
          new SkewMonitor("Churn_Model", {
            projectId: PROJECT,
            region: "us-central1",
            environmentName: "test",
            modelName: "Churn_Model",
            monitoring: { ...churnMonitoring, window: "1w" },
            predictionLogs: { projectId: PROJECT, datasetId: "test-monitoring", tableId: "predictions" },
            monitoringDataset: dataset,
            runAs: skew,
            notificationChannelIds: [],
          }),
      );
      assert.deepEqual(err.problems.map((p) => p.path).sort(), ["Churn_Model.modelName", "Churn_Model.monitoring.window", "Churn_Model.predictionLogs.datasetId"]);
      assert.equal(err.problems.find((p) => p.path === "Churn_Model.monitoring.window")!.value, "1w");
    });
  });

  test("a retraining topic that is not a topic ID", async () => {
    await assertProblem(() => new SkewMonitoring("skew", { projectId: PROJECT, region: "us-central1", environmentName: "test", monitoringDataset: { projectId: PROJECT, datasetId: "d", grantReadWrite: () => undefined as never }, notificationChannelIds: [], retrainingTopic: "retrain" }), "skew.retrainingTopic", /^not a Pub\/Sub topic ID; allowed: projects\/<project ID>\/topics\/<topic name>$/);
  });

  test("an environment name that would not make a service account ID", async () => {
    await assertProblem(() => new SkewMonitoring("skew", { projectId: PROJECT, region: "us-central1", environmentName: "Test_Env", monitoringDataset: { projectId: PROJECT, datasetId: "d", grantReadWrite: () => undefined as never }, notificationChannelIds: [] }), "skew.environmentName", /^not a valid environment name/);
  });
});
