import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { TerraformStack, Testing } from "../lib/cdktn";
import { MlopsDataset } from "../lib/bigquery/dataset";
import { ModelMonitoringInput } from "../lib/config/skew";
import { SkewMonitor } from "../lib/skew/monitor";
import { SkewMonitoring, SkewMonitoringProps } from "../lib/skew/monitoring";
import { breachMarker, failureMarker, skewQuery } from "../lib/skew/sql";
import { CHANNEL, churnMonitoring, logsOf, PROJECT } from "./fixtures/skew";
import { addressOf, assertProblem, resource, resources } from "./helpers";

interface Built {
  readonly json: any;
  readonly skew: SkewMonitoring;
}

function build(
  models: Record<string, ModelMonitoringInput> = { churn: churnMonitoring },
  overrides: Partial<SkewMonitoringProps> = {},
): Built {
  const app = Testing.app();
  const stack = new TerraformStack(app, "t");
  new GoogleProvider(stack, "google", { project: PROJECT, region: "us-central1" });
  const dataset = new MlopsDataset(stack, "Monitoring", { projectId: PROJECT, region: "us-central1", datasetId: "test_monitoring", purpose: "monitoring" });
  const skew = new SkewMonitoring(stack, "Skew", {
    projectId: PROJECT,
    region: "us-central1",
    labels: { environment: "test", tier: "dev" },
    environmentName: "test",
    monitoringDataset: dataset,
    notificationChannelIds: [CHANNEL],
    ...overrides,
  });
  for (const [name, block] of Object.entries(models)) skew.addModel(name, block, logsOf(name));
  Testing.synth(stack, true);
  return { json: JSON.parse(JSON.stringify(stack.toTerraform())), skew };
}

const built = build({ churn: churnMonitoring }, { retrainingTopic: "projects/acme-ml-test/topics/retrain" });
const { json } = built;
const query: string = resource(json, "google_bigquery_data_transfer_config", "Skew/churn/ScheduledQuery").params.query;

describe("the generated SQL of a known model", () => {
  test("is the query of the scheduled query, and is what skewQuery generates", () => {
    assert.equal(query, built.skew.monitors.churn.query);
    assert.equal(
      query,
      skewQuery({
        environment: "test",
        model: "churn",
        baseline: { projectId: PROJECT, datasetId: "test_features", tableId: "churn_training" },
        predictionLogs: logsOf("churn"),
        target: { projectId: PROJECT, datasetId: "test_monitoring", tableId: "churn_skew" },
        features: built.skew.monitors.churn.config.features,
        window: { amount: 24, unit: "HOUR", hours: 24 },
        minSamples: 100,
        labels: { environment: "test", tier: "dev", component: "feature-skew", model: "churn" },
      }),
    );
  });

  test("watches the features of the YAML with their statistic and threshold", () => {
    assert.ok(
      query.includes(`      SELECT * FROM UNNEST([
        STRUCT('tenure_months' AS feature, 'psi' AS statistic, 0.2 AS threshold),
        STRUCT('monthly_charges', 'jensenShannon', 0.1),
        STRUCT('contract', 'lInfinity', 0.15)
      ])`),
      query,
    );
  });

  test("reads the serving side from the request/response log table in the window ending at @run_time", () => {
    assert.match(query, /DECLARE run_window_end TIMESTAMP DEFAULT @run_time;\nDECLARE run_window_start TIMESTAMP DEFAULT TIMESTAMP_SUB\(@run_time, INTERVAL 24 HOUR\);/);
    assert.ok(query.includes("FROM `acme-ml-test.test_monitoring.predictions_churn` AS log,\n        UNNEST(log.request_payload) AS payload,\n        UNNEST(IFNULL(JSON_QUERY_ARRAY(payload, '$.instances'), [payload])) AS instance"));
    assert.ok(query.includes("WHERE log.logging_time >= run_window_start\n        AND log.logging_time < run_window_end"));
    assert.ok(query.includes("STRUCT('tenure_months' AS feature, SAFE_CAST(JSON_VALUE(i.instance, '$.tenure_months') AS FLOAT64) AS x, CAST(NULL AS STRING) AS category)"));
    assert.ok(query.includes("STRUCT('contract', CAST(NULL AS FLOAT64), JSON_VALUE(i.instance, '$.contract'))"));
  });

  test("reads the training side from the baseline's columns", () => {
    assert.ok(query.includes("FROM `acme-ml-test.test_features.churn_training` AS b,"));
    assert.ok(query.includes("STRUCT('monthly_charges', SAFE_CAST(b.`monthly_charges` AS FLOAT64), CAST(NULL AS STRING))"));
    assert.ok(query.includes("STRUCT('contract', CAST(NULL AS FLOAT64), CAST(b.`contract` AS STRING))"));
  });

  test("bins numeric features on baseline deciles and computes the three statistics' formulas", () => {
    assert.ok(query.includes("APPROX_QUANTILES(x, 10) AS quantiles"));
    assert.ok(query.includes("WHERE o BETWEEN 1 AND 9 ORDER BY c) AS cuts"));
    assert.ok(query.includes("IF(v.x IS NULL, v.category, CAST(RANGE_BUCKET(v.x, c.cuts) AS STRING)) AS bin"));
    assert.ok(query.includes("FULL OUTER JOIN serving_counts AS s USING (feature, bin)"));
    assert.ok(query.includes("SUM((GREATEST(q, 0.0001) - GREATEST(p, 0.0001)) * LN(GREATEST(q, 0.0001) / GREATEST(p, 0.0001))) AS psi"));
    assert.ok(
      query.includes(`SQRT(GREATEST(0, (
          SUM(IF(p > 0, p * LOG(p / ((p + q) / 2), 2), 0))
          + SUM(IF(q > 0, q * LOG(q / ((p + q) / 2), 2), 0))
        ) / 2)) AS jensen_shannon`),
    );
    assert.ok(query.includes("MAX(ABS(q - p)) AS l_infinity"));
    assert.ok(query.includes("IFNULL(st.n, 0) < 100 OR IFNULL(bt.n, 0) = 0,"));
    assert.ok(query.includes("IFNULL(value > threshold, FALSE) AS breached"));
  });

  test("MERGEs one row per model, feature, statistic and window into <model>_skew", () => {
    assert.ok(query.includes("CREATE TABLE IF NOT EXISTS `acme-ml-test.test_monitoring.churn_skew` ("));
    assert.ok(query.includes("PARTITION BY DATE(window_end)\n  CLUSTER BY feature"));
    assert.ok(query.includes("labels = [('component', 'feature-skew'), ('environment', 'test'), ('model', 'churn'), ('tier', 'dev')]"));
    assert.ok(query.includes("MERGE `acme-ml-test.test_monitoring.churn_skew` AS t\n  USING skew AS s\n  ON t.model = s.model AND t.feature = s.feature AND t.statistic = s.statistic AND t.window_end = s.window_end"));
    assert.ok(query.includes("INSERT (model, feature, window_start, window_end, statistic, value, threshold, breached, serving_count, baseline_count, computed_at)"));
  });

  test("fails with the breach message, assembled at run time so that the query text never matches the log filter", () => {
    assert.ok(query.includes("RAISE USING MESSAGE = FORMAT('%s[%s]: %s; rows in %s', 'FEATURE_SKEW_BREACHED', 'test/churn', breached_features, 'acme-ml-test.test_monitoring.churn_skew');"));
    assert.ok(query.includes("EXCEPTION WHEN ERROR THEN\n  RAISE USING MESSAGE = FORMAT('%s[%s]: %s', 'FEATURE_SKEW_QUERY_FAILED', 'test/churn', @@error.message);\nEND;"));
    assert.ok(!query.includes(breachMarker("test", "churn")));
    assert.ok(!query.includes(failureMarker("test", "churn")));
    // The breach check comes after the exception block, so that it is not re-raised as a failure.
    assert.ok(query.indexOf("IF breached_features IS NOT NULL") > query.indexOf("EXCEPTION WHEN ERROR"));
  });

  test("contains nothing Terraform would read as a template (${ or %{)", () => {
    assert.doesNotMatch(query, /\$\{|%\{/);
  });

  test("a window in days, a non-default minimum and an integer threshold", () => {
    const { json: other, skew } = build({ fraud: { ...churnMonitoring, window: "7d", minSamples: 500, features: [{ name: "amount", type: "numeric", statistic: "psi", threshold: 1 }] } });
    const q: string = resource(other, "google_bigquery_data_transfer_config", "Skew/fraud/ScheduledQuery").params.query;
    assert.ok(q.includes("TIMESTAMP_SUB(@run_time, INTERVAL 7 DAY)"));
    assert.ok(q.includes("IFNULL(st.n, 0) < 500"));
    assert.ok(q.includes("STRUCT('amount' AS feature, 'psi' AS statistic, 1.0 AS threshold)"));
    assert.equal(skew.monitors.fraud.table.tableId, "fraud_skew");
  });
});

describe("the scheduled query", () => {
  const sq = resource(json, "google_bigquery_data_transfer_config", "Skew/churn/ScheduledQuery");

  test("is a scheduled query on the transfer service's UTC schedule, converted from the cron", () => {
    assert.equal(sq.data_source_id, "scheduled_query");
    assert.equal(sq.schedule, "every day 03:15");
    assert.equal(sq.location, "us-central1");
    assert.equal(sq.project, PROJECT);
    assert.equal(sq.display_name, "test feature skew: churn");
    assert.equal(sq.destination_dataset_id, undefined);
    assert.deepEqual(Object.keys(sq.params), ["query"]);
    assert.deepEqual(sq.email_preferences, { enable_failure_email: false });
  });

  test("a fixed-offset time zone is converted to UTC", () => {
    const { json: tokyo } = build({ churn: { ...churnMonitoring, schedule: "30 3 * * MON", timeZone: "Asia/Tokyo" } });
    assert.equal(resource(tokyo, "google_bigquery_data_transfer_config", "Skew/churn/ScheduledQuery").schedule, "every sun 18:30");
  });

  test("runs as <env>-skew and waits for every grant it needs", () => {
    assert.equal(sq.service_account_name, "test-skew@acme-ml-test.iam.gserviceaccount.com");
    const expected = [
      addressOf("google_project_iam_member", resource(json, "google_project_iam_member", "Skew/ServiceAccount/project-bigquery-jobUser")),
      addressOf("google_service_account_iam_member", resource(json, "google_service_account_iam_member", "Skew/TransferServiceTokenMinter")),
      addressOf("google_bigquery_dataset_iam_member", resource(json, "google_bigquery_dataset_iam_member", "Monitoring/skew-bigquery-dataEditor")),
      addressOf("google_bigquery_dataset_iam_member", resource(json, "google_bigquery_dataset_iam_member", "Skew/read-acme-ml-test-test_features")),
    ];
    assert.deepEqual([...sq.depends_on].sort(), expected.sort());
  });
});

describe("identity: <env>-skew with the least rights", () => {
  const member = "serviceAccount:test-skew@acme-ml-test.iam.gserviceaccount.com";

  test("a dedicated account without keys", () => {
    const sa = resource(json, "google_service_account", "Skew/ServiceAccount");
    assert.equal(sa.account_id, "test-skew");
    assert.equal(json.resource.google_service_account_key, undefined);
  });

  test("only bigquery.jobUser on the project", () => {
    const project = Object.values(resources(json, "google_project_iam_member")).filter((r) => r.member === member);
    assert.deepEqual(project.map((r) => r.role), ["roles/bigquery.jobUser"]);
  });

  test("dataEditor on the monitoring dataset (which also holds the logs), dataViewer on the baseline's dataset only", () => {
    const datasets = Object.values(resources(json, "google_bigquery_dataset_iam_member")).filter((r) => r.member === member);
    assert.deepEqual(
      datasets.map((r) => [r.project, String(r.dataset_id).startsWith("${google_bigquery_dataset.") ? "<monitoring>" : r.dataset_id, r.role]).sort(),
      [
        [PROJECT, "<monitoring>", "roles/bigquery.dataEditor"],
        [PROJECT, "test_features", "roles/bigquery.dataViewer"],
      ],
    );
  });

  test("the transfer service agent may mint tokens for this account only", () => {
    const minter = resource(json, "google_service_account_iam_member", "Skew/TransferServiceTokenMinter");
    assert.equal(minter.role, "roles/iam.serviceAccountTokenCreator");
    assert.match(minter.member, /^serviceAccount:service-\$\{data\.google_project\.[^.]+\.number\}@gcp-sa-bigquerydatatransfer\.iam\.gserviceaccount\.com$/);
    assert.match(minter.service_account_id, /^\$\{google_service_account\.Skew_ServiceAccount_[^.]+\.name\}$/);
  });

  test("models sharing a baseline dataset share one read grant; a baseline in another project is granted there", () => {
    const { json: two } = build({
      churn: churnMonitoring,
      "churn-v2": { ...churnMonitoring, baseline: "acme-ml-test.test_features.churn_v2_training" },
      fraud: { ...churnMonitoring, baseline: "acme-data-lake.curated.fraud_training" },
    });
    const reads = Object.entries(resources(two, "google_bigquery_dataset_iam_member"))
      .filter(([, r]) => r.role === "roles/bigquery.dataViewer")
      .map(([path, r]) => [path, r.project, r.dataset_id]);
    assert.deepEqual(reads.sort(), [
      ["Skew/read-acme-data-lake-curated", "acme-data-lake", "curated"],
      ["Skew/read-acme-ml-test-test_features", PROJECT, "test_features"],
    ]);
  });

  test("a baseline inside the monitoring dataset needs no second grant", () => {
    const { json: inside } = build({ churn: { ...churnMonitoring, baseline: "acme-ml-test.test_monitoring.churn_baseline" } });
    assert.equal(Object.values(resources(inside, "google_bigquery_dataset_iam_member")).filter((r) => r.role === "roles/bigquery.dataViewer").length, 0);
  });

  test("no primitive role and no allUsers anywhere", () => {
    const text = JSON.stringify(json.resource);
    assert.doesNotMatch(text, /roles\/(owner|editor|viewer)"/);
    assert.doesNotMatch(text, /allUsers|allAuthenticatedUsers/);
  });
});

describe("the signal and the alert", () => {
  test("a log-based counter of the runs that crossed a threshold", () => {
    const metric = resource(json, "google_logging_metric", "Skew/churn/BreachCount");
    assert.equal(metric.name, "feature-skew/test/churn");
    assert.equal(metric.filter, 'resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[test/churn]"');
    assert.deepEqual(metric.metric_descriptor, { metric_kind: "DELTA", value_type: "INT64", unit: "1", display_name: "Feature skew breaches: churn" });
  });

  test("an alert policy that fires on the first breach, with its threshold, channels and retraining trigger", () => {
    const policy = resource(json, "google_monitoring_alert_policy", "Skew/churn/BreachAlert");
    assert.equal(policy.display_name, "[test] Feature skew: churn");
    assert.equal(policy.severity, "WARNING");
    assert.equal(policy.combiner, "OR");
    assert.equal(policy.conditions.length, 1);
    // Matches the breach log entries themselves: nothing waits on the log-based metric's propagation.
    assert.equal(policy.conditions[0].condition_threshold, undefined);
    const breachMetric = resource(json, "google_logging_metric", "Skew/churn/BreachCount");
    assert.deepEqual(policy.conditions[0].condition_matched_log, { filter: breachMetric.filter });
    assert.match(breachMetric.filter, /^resource\.type="bigquery_dts_config"\nseverity>=ERROR\n"/);
    assert.deepEqual(policy.alert_strategy, { auto_close: "1800s", notification_rate_limit: { period: "300s" } });
    const retraining = resource(json, "google_monitoring_notification_channel", "Skew/RetrainingChannel");
    assert.deepEqual(policy.notification_channels, [CHANNEL, `\${google_monitoring_notification_channel.${retraining["//"].metadata.uniqueId}.name}`]);
    assert.ok(policy.depends_on.includes(addressOf("google_logging_metric", resource(json, "google_logging_metric", "Skew/churn/BreachCount"))));
    assert.deepEqual(policy.user_labels, { environment: "test", tier: "dev", component: "feature-skew", model: "churn" });
  });

  test("the runbook names the watched features, their thresholds and the query to inspect", () => {
    const doc = resource(json, "google_monitoring_alert_policy", "Skew/churn/BreachAlert").documentation;
    assert.equal(doc.mime_type, "text/markdown");
    assert.equal(doc.subject, "[test] Feature skew above threshold: model churn");
    assert.ok(doc.content.includes("| tenure_months | numeric | psi (population stability index) | 0.2 |"));
    assert.ok(doc.content.includes("| monthly_charges | numeric | jensenShannon (Jensen-Shannon distance (log base 2)) | 0.1 |"));
    assert.ok(doc.content.includes("| contract | categorical | lInfinity (L-infinity distance) | 0.15 |"));
    assert.ok(doc.content.includes("FROM `acme-ml-test.test_monitoring.churn_skew`\nWHERE window_end >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 30 DAY)"));
    assert.ok(doc.content.includes("the last 24 hours (`acme-ml-test.test_monitoring.predictions_churn`)"));
    assert.ok(doc.content.includes("This alert also notified the retraining topic."));
    assert.equal(doc.links[0].url, `https://console.cloud.google.com/logs/query;query=${encodeURIComponent('resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[test/churn]"')}?project=${PROJECT}`);
  });

  test("the runbook stays under Cloud Monitoring's 8,192 characters with 100 features", () => {
    const features = Array.from({ length: 100 }, (_, i) => ({ name: `a_rather_long_feature_name_number_${i}`, type: "categorical" as const, statistic: "jensenShannon" as const, threshold: 0.123456 }));
    const { json: many } = build({ wide: { ...churnMonitoring, features } });
    const content: string = resource(many, "google_monitoring_alert_policy", "Skew/wide/BreachAlert").documentation.content;
    assert.ok(content.length <= 8192, String(content.length));
    assert.match(content, /\| … \d+ more in the query's header \| \| \| \|/);
  });

  test("the retraining channel publishes to the topic, and only Monitoring's agent may publish there", () => {
    const channel = resource(json, "google_monitoring_notification_channel", "Skew/RetrainingChannel");
    assert.equal(channel.type, "pubsub");
    assert.deepEqual(channel.labels, { topic: "projects/acme-ml-test/topics/retrain" });
    const publisher = resource(json, "google_pubsub_topic_iam_member", "Skew/RetrainingTopicPublisher");
    assert.equal(publisher.topic, "projects/acme-ml-test/topics/retrain");
    assert.equal(publisher.role, "roles/pubsub.publisher");
    assert.match(publisher.member, /^serviceAccount:service-\$\{data\.google_project\.[^.]+\.number\}@gcp-sa-monitoring-notification\.iam\.gserviceaccount\.com$/);
  });

  test("without a retraining topic the alert goes to the channels only, and with none it still exists", () => {
    const { json: plain } = build();
    assert.deepEqual(resource(plain, "google_monitoring_alert_policy", "Skew/churn/BreachAlert").notification_channels, [CHANNEL]);
    assert.equal(plain.resource.google_monitoring_notification_channel, undefined);
    const { json: none } = build({ churn: churnMonitoring }, { notificationChannelIds: [], severity: "CRITICAL" });
    const policy = resource(none, "google_monitoring_alert_policy", "Skew/churn/BreachAlert");
    assert.equal(policy.notification_channels, undefined);
    assert.equal(policy.severity, "CRITICAL");
  });

  test("failed checks raise one environment-wide alert, never sent to the retraining topic", () => {
    const metric = resource(json, "google_logging_metric", "Skew/FailureCount");
    assert.equal(metric.name, "feature-skew/test/failed-runs");
    assert.equal(metric.filter, 'resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_QUERY_FAILED[test/"');
    const policy = resource(json, "google_monitoring_alert_policy", "Skew/FailureAlert");
    assert.deepEqual(policy.conditions[0].condition_matched_log, { filter: metric.filter });
    assert.deepEqual(policy.alert_strategy.notification_rate_limit, { period: "300s" });
    assert.deepEqual(policy.notification_channels, [CHANNEL]);
  });
});

describe("models are keyed by name", () => {
  test("adding a model changes no address of the others", () => {
    const one = build({ churn: churnMonitoring }).json;
    const two = build({ aaa: churnMonitoring, churn: churnMonitoring }).json;
    for (const type of ["google_bigquery_data_transfer_config", "google_logging_metric", "google_monitoring_alert_policy"]) {
      for (const [path, r] of Object.entries(resources(one, type))) {
        assert.equal(addressOf(type, resources(two, type)[path]), addressOf(type, r), `${type} ${path}`);
      }
    }
    assert.deepEqual(Object.keys(resources(two, "google_bigquery_data_transfer_config")).sort(), ["Skew/aaa/ScheduledQuery", "Skew/churn/ScheduledQuery"]);
  });
});

describe("bad props fail at synth time with every problem", () => {
  test("the monitoring block is validated with the YAML's rules, with the construct's path", () => {
    assertProblem(
      () => build({ churn: { ...churnMonitoring, features: [{ name: "tenure", type: "numeric", statistic: "psi", threshold: -1 }] } }),
      "churn.monitoring.features[0].threshold",
      /^must be at least 0 for psi/,
    );
    assertProblem(() => build({ churn: { ...churnMonitoring, timeZone: "America/New_York" } }), "churn.monitoring.timeZone", /observes daylight saving time/);
  });

  test("an invalid model name, logs table and monitoring block are reported together", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    const dataset = new MlopsDataset(stack, "Monitoring", { projectId: PROJECT, region: "us-central1", datasetId: "test_monitoring", purpose: "monitoring" });
    const skew = new SkewMonitoring(stack, "Skew", { projectId: PROJECT, region: "us-central1", environmentName: "test", monitoringDataset: dataset, notificationChannelIds: [] });
    assert.throws(
      () =>
        new SkewMonitor(skew, "Churn_Model", {
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
      (err: any) => {
        assert.deepEqual(err.problems.map((p: any) => p.path).sort(), ["Churn_Model.modelName", "Churn_Model.monitoring.window", "Churn_Model.predictionLogs.datasetId"]);
        assert.equal(err.problems.find((p: any) => p.path === "Churn_Model.monitoring.window").value, "1w");
        return true;
      },
    );
  });

  test("a retraining topic that is not a topic ID", () => {
    assertProblem(() => build({}, { retrainingTopic: "retrain" }), "Skew.retrainingTopic", /^not a Pub\/Sub topic ID; allowed: projects\/<project ID>\/topics\/<topic name>$/);
  });

  test("an environment name that would not make a service account ID", () => {
    assertProblem(() => build({}, { environmentName: "Test_Env" }), "Skew.environmentName", /^not a valid environment name/);
  });
});
