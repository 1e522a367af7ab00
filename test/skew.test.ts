import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { TerraformStack, Testing } from "../lib/cdktn";
import { MlopsDataset } from "../lib/bigquery/dataset";
import { ModelMonitoringInput } from "../lib/config/skew";
import { batchCount, batchOf } from "../lib/skew/batching";
import { SkewMonitoring, SkewMonitoringProps, SkewModel } from "../lib/skew/monitoring";
import { breachMarker, failureMarker, skewBatchQuery } from "../lib/skew/sql";
import { CHANNEL, churnMonitoring, logsOf, PROJECT } from "./fixtures/skew";
import { addressOf, assertProblem, resource, resources } from "./helpers";

interface Built {
  readonly json: any;
  readonly skew: SkewMonitoring;
}

/** The construct path of the scheduled query that checks `model` (a daily 03:15 schedule unless told). */
function batchPath(model: string, schedule = "every-day-03-15"): string {
  return `Skew/${schedule}-${String(batchOf(model, batchCount())).padStart(2, "0")}/ScheduledQuery`;
}

function build(
  models: Record<string, ModelMonitoringInput> = { churn: churnMonitoring },
  overrides: Partial<SkewMonitoringProps> = {},
  retrain: Record<string, SkewModel["retrain"]> = {},
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
    models: Object.entries(models).map(([name, monitoring]) => ({ name, monitoring, predictionLogs: logsOf(name), retrain: retrain[name] })),
    ...overrides,
  });
  Testing.synth(stack, true);
  return { json: JSON.parse(JSON.stringify(stack.toTerraform())), skew };
}

const built = build({ churn: churnMonitoring }, { retrainingTopic: "projects/acme-ml-test/topics/retrain" });
const { json } = built;
const query: string = resource(json, "google_bigquery_data_transfer_config", batchPath("churn")).params.query;

describe("the generated SQL of a known model", () => {
  test("is the query of the scheduled query, and is what skewBatchQuery generates", () => {
    const key = built.skew.batchOfModel.churn;
    assert.equal(query, built.skew.batches[key].query);
    assert.equal(
      query,
      skewBatchQuery({
        environment: "test",
        batch: key,
        schedule: "every day 03:15",
        models: [{
        environment: "test",
        model: "churn",
        baseline: { projectId: PROJECT, datasetId: "test_features", tableId: "churn_training" },
        predictionLogs: logsOf("churn"),
        target: { projectId: PROJECT, datasetId: "test_monitoring", tableId: "churn_skew" },
        features: built.skew.checks.churn.config.features,
        window: { amount: 24, unit: "HOUR", hours: 24 },
        minSamples: 100,
        labels: { environment: "test", tier: "dev", component: "feature-skew", model: "churn" },
        }],
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
    assert.match(query, /DECLARE run_window_end TIMESTAMP DEFAULT @run_time;\nDECLARE run_window_start TIMESTAMP;/);
    assert.ok(query.includes("BEGIN\n  SET run_window_start = TIMESTAMP_SUB(@run_time, INTERVAL 24 HOUR);"));
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

  test("records a breach or the model's own failure, then fails once with markers assembled at run time", () => {
    assert.ok(
      query.includes(
        "SET breaches = ARRAY_CONCAT(breaches, [STRUCT('churn' AS model, '-' AS pipeline, FORMAT('%s; rows in %s', breached_features, 'acme-ml-test.test_monitoring.churn_skew') AS detail)]);",
      ),
    );
    assert.ok(query.includes("EXCEPTION WHEN ERROR THEN\n  SET failures = ARRAY_CONCAT(failures, [STRUCT('churn' AS model, @@error.message AS detail)]);\nEND;"));
    assert.ok(query.includes("FORMAT('%s[%s]{%s} ', 'FEATURE_SKEW_BREACHED', 'test', (SELECT STRING_AGG(model, ',' ORDER BY model) FROM UNNEST(breaches)))"));
    assert.ok(query.includes("SELECT STRING_AGG(FORMAT('%s[%s]{%s}', 'pipeline', pipeline, models), ' ' ORDER BY pipeline)"));
    assert.ok(query.includes("SELECT STRING_AGG(FORMAT('%s[%s/%s]: %s', 'FEATURE_SKEW_QUERY_FAILED', 'test', model, detail), ' | ' ORDER BY model) FROM UNNEST(failures)"));
    for (const text of [breachMarker("test", "churn"), failureMarker("test", "churn"), "FEATURE_SKEW_BREACHED[test]", "pipeline[-]{"]) assert.ok(!query.includes(text), text);
    // The one RAISE comes after every model's block, so that one model's breach never stops another's check.
    assert.equal(query.match(/RAISE USING MESSAGE/g)?.length, 2);
    assert.ok(query.lastIndexOf("RAISE USING MESSAGE = CONCAT(") > query.lastIndexOf("EXCEPTION WHEN ERROR"));
    // The missing-baseline RAISE is inside the block, so its handler records it as that model's failure.
    assert.ok(query.indexOf("RAISE USING MESSAGE = FORMAT('no baseline values") < query.indexOf("EXCEPTION WHEN ERROR"));
  });

  test("contains nothing Terraform would read as a template (${ or %{)", () => {
    assert.doesNotMatch(query, /\$\{|%\{/);
  });

  test("a window in days, a non-default minimum and an integer threshold", () => {
    const { json: other, skew } = build({ fraud: { ...churnMonitoring, window: "7d", minSamples: 500, features: [{ name: "amount", type: "numeric", statistic: "psi", threshold: 1 }] } });
    const q: string = resource(other, "google_bigquery_data_transfer_config", batchPath("fraud")).params.query;
    assert.ok(q.includes("TIMESTAMP_SUB(@run_time, INTERVAL 7 DAY)"));
    assert.ok(q.includes("IFNULL(st.n, 0) < 500"));
    assert.ok(q.includes("STRUCT('amount' AS feature, 'psi' AS statistic, 1.0 AS threshold)"));
    assert.equal(skew.checks.fraud.table.tableId, "fraud_skew");
  });
});

describe("the scheduled query", () => {
  const sq = resource(json, "google_bigquery_data_transfer_config", batchPath("churn"));

  test("is a scheduled query on the transfer service's UTC schedule, converted from the cron", () => {
    assert.equal(sq.data_source_id, "scheduled_query");
    assert.equal(sq.schedule, "every day 03:15");
    assert.equal(sq.location, "us-central1");
    assert.equal(sq.project, PROJECT);
    assert.equal(sq.display_name, `test feature skew: ${built.skew.batchOfModel.churn}`);
    assert.equal(sq.destination_dataset_id, undefined);
    assert.deepEqual(Object.keys(sq.params), ["query"]);
    assert.deepEqual(sq.email_preferences, { enable_failure_email: false });
  });

  test("a fixed-offset time zone is converted to UTC", () => {
    const { json: tokyo } = build({ churn: { ...churnMonitoring, schedule: "30 3 * * MON", timeZone: "Asia/Tokyo" } });
    assert.equal(resource(tokyo, "google_bigquery_data_transfer_config", batchPath("churn", "every-sun-18-30")).schedule, "every sun 18:30");
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
  const breachFilter = 'resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[test]{"\n"pipeline[-]{"';

  test("one log-based counter of the runs in which models crossed a threshold, labelled by model", () => {
    const metric = resource(json, "google_logging_metric", "Skew/BreachCount");
    assert.equal(metric.name, "feature-skew/test/breaches");
    assert.equal(metric.filter, 'resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[test]{"');
    assert.deepEqual(metric.label_extractors, { model: 'REGEXP_EXTRACT(jsonPayload.message, "FEATURE_SKEW_BREACHED\\[test\\]\\{([a-z0-9,-]+)\\}")' });
    assert.deepEqual(metric.metric_descriptor, {
      metric_kind: "DELTA",
      value_type: "INT64",
      unit: "1",
      display_name: "Feature skew breaches",
      labels: [{ key: "model", value_type: "STRING", description: "The models that crossed a threshold in the run, comma-separated" }],
    });
  });

  test("the label extractors read the models out of a batch's failure message", () => {
    // The message the batch query raises when churn (no pipeline) and fraud (pipeline train) breach.
    const message =
      "Query error: FEATURE_SKEW_BREACHED[test]{churn,fraud} pipeline[-]{churn} pipeline[train]{fraud} | FEATURE_SKEW_BREACHED[test/churn]: contract lInfinity=0.2310 > 0.15; rows in p.d.churn_skew | FEATURE_SKEW_BREACHED[test/fraud]: amount psi=0.3000 > 0.2; rows in p.d.fraud_skew at [812:3]";
    const extract = (extractor: string) => {
      const m = /^REGEXP_EXTRACT\(jsonPayload\.message, "(.*)"\)$/.exec(extractor)!;
      return new RegExp(m[1]).exec(message)?.[1];
    };
    assert.equal(extract(resource(json, "google_logging_metric", "Skew/BreachCount").label_extractors.model), "churn,fraud");
    assert.equal(extract(resource(json, "google_monitoring_alert_policy", "Skew/BreachAlert").conditions[0].condition_matched_log.label_extractors.model), "churn");
    const { json: piped } = build({ churn: churnMonitoring }, {}, { churn: { pipeline: "train", channelId: "projects/p/notificationChannels/9" } });
    assert.equal(extract(resource(piped, "google_monitoring_alert_policy", "Skew/BreachAlert-train").conditions[0].condition_matched_log.label_extractors.model), "fraud");
  });

  test("an alert policy for models without a pipeline: their breaches, the channels and the retraining topic", () => {
    const policy = resource(json, "google_monitoring_alert_policy", "Skew/BreachAlert");
    assert.equal(policy.display_name, "[test] Feature skew");
    assert.equal(policy.severity, "WARNING");
    assert.equal(policy.combiner, "OR");
    assert.equal(policy.conditions.length, 1);
    // Matches the breach log entries themselves: nothing waits on the log-based metric's propagation.
    assert.equal(policy.conditions[0].condition_threshold, undefined);
    assert.deepEqual(policy.conditions[0].condition_matched_log, {
      filter: breachFilter,
      label_extractors: { model: 'REGEXP_EXTRACT(jsonPayload.message, "pipeline\\[-\\]\\{([a-z0-9,-]+)\\}")' },
    });
    assert.deepEqual(policy.alert_strategy, { auto_close: "1800s", notification_rate_limit: { period: "300s" } });
    const retraining = resource(json, "google_monitoring_notification_channel", "Skew/RetrainingChannel");
    assert.deepEqual(policy.notification_channels, [CHANNEL, `\${google_monitoring_notification_channel.${retraining["//"].metadata.uniqueId}.name}`]);
    assert.deepEqual(policy.user_labels, { environment: "test", tier: "dev", component: "feature-skew" });
  });

  test("the runbook names the models from the incident's extracted label, its group and the query to inspect", () => {
    const doc = resource(json, "google_monitoring_alert_policy", "Skew/BreachAlert").documentation;
    assert.equal(doc.mime_type, "text/markdown");
    // `$${` keeps Terraform from interpolating Monitoring's variable.
    assert.equal(doc.subject, "[test] Feature skew above threshold: $${log.extracted_label.model}");
    assert.ok(doc.content.includes("baseline of model(s) **$${log.extracted_label.model}**"));
    assert.ok(doc.content.includes("FROM `acme-ml-test.test_monitoring.<model>_skew`\nWHERE window_end >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 30 DAY)"));
    assert.ok(doc.content.includes("This alert also notified the retraining topic."));
    assert.ok(doc.content.endsWith("Models in this alert group (1): churn"));
    assert.equal(doc.links[0].url, `https://console.cloud.google.com/logs/query;query=${encodeURIComponent(breachFilter)}?project=${PROJECT}`);
  });

  test("the runbook stays under Cloud Monitoring's 8,192 characters with 1,000 models", () => {
    const models = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`a-rather-long-model-name-number-${i}`, churnMonitoring]));
    const { json: many } = build(models);
    const content: string = resource(many, "google_monitoring_alert_policy", "Skew/BreachAlert").documentation.content;
    assert.ok(content.length <= 8192, String(content.length));
    assert.match(content, /… and \d+ more$/);
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
    assert.deepEqual(resource(plain, "google_monitoring_alert_policy", "Skew/BreachAlert").notification_channels, [CHANNEL]);
    assert.equal(plain.resource.google_monitoring_notification_channel, undefined);
    const { json: none } = build({ churn: churnMonitoring }, { notificationChannelIds: [], severity: "CRITICAL" });
    const policy = resource(none, "google_monitoring_alert_policy", "Skew/BreachAlert");
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

describe("models are batched by a stable hash of their name", () => {
  test("adding a model changes the query of its batch only, and no address", () => {
    const one = build({ churn: churnMonitoring }).json;
    const two = build({ aaa: churnMonitoring, churn: churnMonitoring }).json;
    for (const type of ["google_bigquery_data_transfer_config", "google_logging_metric", "google_monitoring_alert_policy"]) {
      for (const [path, r] of Object.entries(resources(one, type))) {
        assert.equal(addressOf(type, resources(two, type)[path]), addressOf(type, r), `${type} ${path}`);
      }
    }
    assert.notEqual(batchOf("aaa", 20), batchOf("churn", 20));
    assert.deepEqual(Object.keys(resources(two, "google_bigquery_data_transfer_config")).sort(), [batchPath("aaa"), batchPath("churn")].sort());
    assert.equal(resource(two, "google_bigquery_data_transfer_config", batchPath("churn")).params.query, resource(one, "google_bigquery_data_transfer_config", batchPath("churn")).params.query);
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
    assert.throws(
      () =>
        new SkewMonitoring(stack, "Skew", {
          projectId: PROJECT,
          region: "us-central1",
          environmentName: "test",
          monitoringDataset: dataset,
          notificationChannelIds: [],
          models: [
            { name: "Churn_Model", monitoring: { ...churnMonitoring, window: "1w" }, predictionLogs: { projectId: PROJECT, datasetId: "test-monitoring", tableId: "predictions" } },
            { name: "fraud", monitoring: churnMonitoring, predictionLogs: logsOf("fraud") },
            { name: "fraud", monitoring: churnMonitoring, predictionLogs: logsOf("fraud") },
          ],
          batching: { batchSize: 0 },
        }),
      (err: any) => {
        assert.deepEqual(err.problems.map((p: any) => p.path).sort(), [
          "Churn_Model.modelName",
          "Churn_Model.monitoring.window",
          "Churn_Model.predictionLogs.datasetId",
          "Skew.batching.batchSize",
          "Skew.models",
        ]);
        assert.equal(err.problems.find((p: any) => p.path === "Churn_Model.monitoring.window").value, "1w");
        assert.equal(err.problems.find((p: any) => p.path === "Skew.models").value, "fraud");
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
