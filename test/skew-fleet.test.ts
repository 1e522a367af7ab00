/**
 * Skew monitoring at fleet scale: the prod fixture with 10 and with 1,000 generated models, each
 * with a monitoring block. The scheduled queries, log-based metrics and skew alert policies must
 * not grow per model beyond the batch count, every model must be checked in exactly one batch,
 * breaches must reach the right pipeline, and adding a model must change exactly one batch.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { Testing } from "../lib/cdktn";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { resolveEnvironment } from "../lib/config/spec";
import { batchCount, SKEW_QUERY_LIMITS } from "../lib/skew/batching";
import { MlopsStack } from "../lib/stack";
import { resources, TfResource } from "./helpers";

const PROD = parse(fs.readFileSync(path.join(__dirname, "fixtures", "stacks", "prod.yaml"), "utf8"));
const CHURN = PROD.models[0];
const SCHEDULES = { daily: "every day 03:15", other: "every day 04:45" };

/** The prod fixture with `n` generated models (no pool: prod has CMEK), a second pipeline taking alerts, and no overrides of the fixture's own models. */
function fleet(n: number, extra: string[] = []): EnvironmentConfigInput {
  const names = [...Array.from({ length: n }, (_, i) => `model-${String(i).padStart(4, "0")}`), ...extra];
  const models = names.map((name, i) => ({
    ...CHURN,
    name,
    monitoring: {
      ...CHURN.monitoring,
      baseline: `acme-mlops-prod.prod_features.${name.replace(/-/g, "_")}_training`,
      // Every tenth model on a second schedule; a third each to churn-training and fraud-training, the rest without a pipeline.
      schedule: i % 10 === 9 ? "45 4 * * *" : "15 3 * * *",
      retrainPipeline: i % 3 === 0 ? "churn-training" : i % 3 === 1 ? "fraud-training" : undefined,
    },
  }));
  const churnTraining = PROD.pipelines[0];
  const { alerting: _overrides, ...rest } = PROD;
  return {
    ...rest,
    // A large fleet's endpoints live in serving stacks; the skew checks stay in the environment's stack.
    ...(names.length > 100 ? { serving: { shards: Math.ceil(names.length / 100) } } : {}),
    models,
    pipelines: [churnTraining, { ...churnTraining, name: "fraud-training", template: { name: "fraud-training", tag: "v1" }, triggers: { onAlert: true } }],
  };
}

function synth(config: EnvironmentConfigInput): any {
  const app = Testing.app();
  const stack = new MlopsStack(app, { spec: resolveEnvironment(EnvironmentConfigSchema.parse(config)) });
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

const skew = (json: any, type: string): Record<string, TfResource> =>
  Object.fromEntries(Object.entries(resources(json, type)).filter(([p]) => p.startsWith("Environment/SkewMonitoring/")));

/** The models whose block is in a query (from the `-- Model <name>` line that opens each block). */
const modelsIn = (query: string) => [...query.matchAll(/^-- Model ([a-z0-9-]+)[ .]/gm)].map((m) => m[1]);

for (const n of [10, 1000]) {
  describe(`prod with ${n} monitored models`, () => {
    const t0 = Date.now();
    const json = synth(fleet(n));
    const elapsed = Date.now() - t0;
    const queries = skew(json, "google_bigquery_data_transfer_config");
    const policies = skew(json, "google_monitoring_alert_policy");
    const metrics = skew(json, "google_logging_metric");

    test("scheduled queries, metrics and skew alert policies do not grow per model", () => {
      // At most one scheduled query per batch and schedule; 2 schedules here.
      assert.ok(Object.keys(queries).length <= 2 * batchCount(), String(Object.keys(queries).length));
      if (n === 1000) assert.equal(Object.keys(queries).length, 2 * batchCount());
      // The breach metric and the failed-runs metric.
      assert.deepEqual(Object.values(metrics).map((m) => m.name).sort(), ["feature-skew/prod/breaches", "feature-skew/prod/failed-runs"]);
      // One breach alert per pipeline, one for models without a pipeline, the failure alert.
      assert.deepEqual(Object.keys(policies).sort(), [
        "Environment/SkewMonitoring/BreachAlert",
        "Environment/SkewMonitoring/BreachAlert-churn-training",
        "Environment/SkewMonitoring/BreachAlert-fraud-training",
        "Environment/SkewMonitoring/FailureAlert",
      ]);
      console.log(`# ${n} models: ${Object.keys(queries).length} scheduled queries, ${Object.keys(metrics).length} metrics, ${Object.keys(policies).length} skew alert policies; synth ${elapsed} ms`);
    });

    test("every model's statistics are computed in exactly one batch, on its own schedule", () => {
      const seen = new Map<string, string>();
      for (const [p, q] of Object.entries(queries)) {
        for (const m of modelsIn(q.params.query)) {
          assert.ok(!seen.has(m), `${m} in ${p} and ${seen.get(m)}`);
          seen.set(m, p);
          const i = Number(m.slice(-4));
          assert.equal(q.schedule, i % 10 === 9 ? SCHEDULES.other : SCHEDULES.daily, m);
          assert.ok(q.params.query.includes(`MERGE \`acme-mlops-prod.prod_monitoring.${m.replace(/-/g, "_")}_skew\` AS t`), m);
        }
        assert.ok(q.params.query.length <= SKEW_QUERY_LIMITS.maxQueryCharacters.value && Buffer.byteLength(q.params.query) <= SKEW_QUERY_LIMITS.maxQueryBytes.value);
      }
      assert.equal(seen.size, n);
    });

    test("breach policies carry their pipeline's channel and extract the model label", () => {
      const channels = resources(json, "google_monitoring_notification_channel");
      const ref = (p: string) => `\${google_monitoring_notification_channel.${channels[p]["//"].metadata.uniqueId}.id}`;
      const email = Object.values(channels).find((c) => c.type === "email")!;
      const emailRef = `\${google_monitoring_notification_channel.${email["//"].metadata.uniqueId}.id}`;
      for (const [pipeline, id] of [["churn-training", "Environment/Retrain-churn-training/automation"], ["fraud-training", "Environment/Retrain-fraud-training/automation"]]) {
        const policy = policies[`Environment/SkewMonitoring/BreachAlert-${pipeline}`];
        assert.deepEqual(policy.notification_channels, [emailRef, ref(id)]);
        assert.equal(policy.conditions[0].condition_matched_log.filter, `resource.type="bigquery_dts_config"\nseverity>=ERROR\n"FEATURE_SKEW_BREACHED[prod]{"\n"pipeline[${pipeline}]{"`);
        assert.deepEqual(policy.conditions[0].condition_matched_log.label_extractors, { model: `REGEXP_EXTRACT(jsonPayload.message, "pipeline\\[${pipeline}\\]\\{([a-z0-9,-]+)\\}")` });
      }
      const plain = policies["Environment/SkewMonitoring/BreachAlert"];
      assert.deepEqual(plain.notification_channels, [emailRef]);
      assert.deepEqual(plain.conditions[0].condition_matched_log.label_extractors, { model: 'REGEXP_EXTRACT(jsonPayload.message, "pipeline\\[-\\]\\{([a-z0-9,-]+)\\}")' });
      // Each block tags its breaches with its model's pipeline.
      const all = Object.values(queries).map((q) => q.params.query).join("\n");
      assert.ok(all.includes("STRUCT('model-0000' AS model, 'churn-training' AS pipeline,"));
      assert.ok(all.includes("STRUCT('model-0001' AS model, 'fraud-training' AS pipeline,"));
      assert.ok(all.includes("STRUCT('model-0002' AS model, '-' AS pipeline,"));
    });

    test("adding a model changes exactly one batch, in place", () => {
      const after = skew(synth(fleet(n, ["zz-new-model"])), "google_bigquery_data_transfer_config");
      const changed = Object.keys(after).filter((p) => after[p].params.query !== queries[p]?.params.query);
      assert.equal(changed.length, 1, changed.join(", "));
      assert.ok(modelsIn(after[changed[0]].params.query).includes("zz-new-model"));
      // Every other batch, and the changed one's address, are as they were.
      for (const p of Object.keys(queries)) assert.ok(p in after, p);
      for (const p of Object.keys(after)) if (p !== changed[0]) assert.equal(after[p].params.query, queries[p].params.query);
    });
  });
}

describe("skewChecks in the environment file", () => {
  test("sizes the batches: ceil(fleetSize / batchSize) scheduled queries per schedule", () => {
    const json = synth({ ...fleet(40), skewChecks: { fleetSize: 40, batchSize: 10 } } as EnvironmentConfigInput);
    const queries = Object.values(skew(json, "google_bigquery_data_transfer_config"));
    // 4 batches per schedule, 2 schedules; with 40 models every batch has a model.
    assert.equal(queries.length, 8);
    const all = queries.flatMap((q: any) => modelsIn(q.params.query));
    assert.equal(new Set(all).size, 40);
  });

  test("refuses a batch size out of range, naming the field", () => {
    const r = EnvironmentConfigSchema.safeParse({ ...fleet(2), skewChecks: { batchSize: 0 } });
    assert.ok(!r.success);
    assert.ok(r.error.issues.some((i) => i.path.join(".") === "skewChecks.batchSize" && /must be at least 1/.test(i.message)));
  });
});
