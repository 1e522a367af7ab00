/**
 * The BigQuery Standard SQL of an environment's skew checks, generated from the models'
 * `monitoring` blocks. Engine-neutral and pure: the same text for every engine, readable in the
 * BigQuery console.
 *
 * One multi-statement query per batch of models (lib/skew/batching.ts), run by a scheduled query.
 * Per model, one block that:
 * 1. creates the model's result table `<model>_skew` in the monitoring dataset if it is missing
 *    (one table per model: dropping a model leaves its history, and a dev dataset's table
 *    expiration cannot break the runs, which recreate it);
 * 2. reads the serving side from the model's Vertex AI request/response logging table (columns
 *    endpoint, deployed_model_id, logging_time, request_id, request_payload ARRAY<STRING>,
 *    response_payload ARRAY<STRING>; each payload element is JSON) for the window ending at the
 *    run's scheduled time, and the training side from the baseline table;
 * 3. bins both sides identically and computes each feature's statistic (the formulas of
 *    lib/skew/stats.ts), then MERGEs one row per feature, statistic and window into the table;
 * 4. records the features above their threshold, or its own error, and lets the next model run.
 * Then the batch fails once, with a message starting `FEATURE_SKEW_BREACHED[<env>]{<models>}`
 * that names every model above a threshold, grouped by the pipeline its breaches start, and per
 * model `FEATURE_SKEW_BREACHED[<env>/<model>]` or `FEATURE_SKEW_QUERY_FAILED[<env>/<model>]`.
 * The alert policies match these messages in the transfer service's logs. The markers are
 * assembled with FORMAT at run time, so the query text itself never contains them.
 *
 * Not verified against a live table: whether a request_payload element holds one instance or a
 * whole request body. The query accepts both (an element with an `instances` array is expanded).
 * Instances must be JSON objects keyed by feature name; positional (list) instances are not read.
 */
import { EMPTY_BIN_FLOOR, QUANTILE_BUCKETS } from "./stats";
import type { SkewFeatureConfig, SkewWindow, TableReference } from "../config/skew";

/** Start of the message of a run that found a feature above its threshold. */
export const BREACH_MARKER = "FEATURE_SKEW_BREACHED";
/** Start of the message of a run that failed for any other reason. */
export const FAILURE_MARKER = "FEATURE_SKEW_QUERY_FAILED";

/** The tag that identifies one model's runs in log messages, e.g. `prod/churn`. */
export function monitorTag(environment: string, model: string): string {
  return `${environment}/${model}`;
}

/** `FEATURE_SKEW_BREACHED[<env>/<model>]`: the text a breaching run's error message contains. */
export function breachMarker(environment: string, model: string): string {
  return `${BREACH_MARKER}[${monitorTag(environment, model)}]`;
}

/** The pipeline group of models whose breaches start no pipeline (never a pipeline name, which starts with a letter). */
export const NO_PIPELINE = "-";

/** `FEATURE_SKEW_BREACHED[<env>]`: the start of a batch's message when any of its models breached. */
export function breachHeader(environment: string): string {
  return `${BREACH_MARKER}[${environment}]`;
}

/** `pipeline[<name>]{`: precedes the models of a breach message whose breaches start `pipeline` (or {@link NO_PIPELINE}). */
export function pipelineGroupMarker(pipeline: string | undefined): string {
  return `pipeline[${pipeline ?? NO_PIPELINE}]{`;
}

/** `FEATURE_SKEW_QUERY_FAILED[<env>/<model>]`: the text of any other failure of the model's check. */
export function failureMarker(environment: string, model: string): string {
  return `${FAILURE_MARKER}[${monitorTag(environment, model)}]`;
}

/** The result table of a model: `<model with '-' as '_'>_skew`. */
export function skewTableId(model: string): string {
  return `${model.replace(/-/g, "_")}_skew`;
}

/** What the block of one model is generated from. */
export interface SkewQuerySpec {
  /** Environment name (part of the messages' tag). */
  readonly environment: string;
  readonly model: string;
  /** The training data: one column per feature. */
  readonly baseline: TableReference;
  /** The model's Vertex AI request/response logging table. */
  readonly predictionLogs: TableReference;
  /** The result table, `<model>_skew` in the monitoring dataset. */
  readonly target: TableReference;
  readonly features: readonly SkewFeatureConfig[];
  readonly window: SkewWindow;
  /** A feature with fewer serving values in the window gets no value (and never alerts). */
  readonly minSamples: number;
  /** Labels of the result table. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The pipeline a breach starts (its alert group). @default - none */
  readonly pipeline?: string;
}

/** A Standard SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}

/** A backquoted table path `project.dataset.table`. */
export function sqlTable(ref: TableReference): string {
  return `\`${[ref.projectId, ref.datasetId, ref.tableId].map((p) => p.replace(/[`\\]/g, "")).join(".")}\``;
}

/** A FLOAT64 literal (integers get a decimal point so that every threshold has the same type). */
export function sqlFloat(n: number): string {
  const text = String(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

const column = (name: string) => `\`${name.replace(/[`\\]/g, "")}\``;
const jsonPath = (name: string) => sqlString(`$.${name}`);

/** Indents every line of `text` by `n` spaces. */
const indent = (text: string, n: number) =>
  text
    .split("\n")
    .map((l) => (l ? " ".repeat(n) + l : l))
    .join("\n");

/** The columns of the result table, in order, with their descriptions. */
export const SKEW_TABLE_COLUMNS: readonly { readonly name: string; readonly type: string; readonly description: string }[] = [
  { name: "model", type: "STRING NOT NULL", description: "Model name, as in the environment YAML" },
  { name: "feature", type: "STRING NOT NULL", description: "Feature name: baseline column and instance key" },
  { name: "window_start", type: "TIMESTAMP NOT NULL", description: "Start of the serving window (inclusive)" },
  { name: "window_end", type: "TIMESTAMP NOT NULL", description: "End of the serving window (exclusive): the scheduled time of the run" },
  { name: "statistic", type: "STRING NOT NULL", description: "psi, jensenShannon or lInfinity" },
  { name: "value", type: "FLOAT64", description: "The statistic; NULL when the window had too few serving values or no baseline values" },
  { name: "threshold", type: "FLOAT64 NOT NULL", description: "The alert threshold" },
  { name: "breached", type: "BOOL NOT NULL", description: "value > threshold" },
  { name: "serving_count", type: "INT64 NOT NULL", description: "Serving values of the feature in the window" },
  { name: "baseline_count", type: "INT64 NOT NULL", description: "Baseline values of the feature" },
  { name: "computed_at", type: "TIMESTAMP NOT NULL", description: "When the row was written" },
];

/** The rows of the values CTE of one side: one STRUCT per feature, numeric values in x, categorical in category. */
function valueStructs(features: readonly SkewFeatureConfig[], read: (f: SkewFeatureConfig) => { x: string; category: string }): string {
  return features
    .map((f, i) => {
      const { x, category } = read(f);
      return i === 0
        ? `STRUCT(${sqlString(f.name)} AS feature, ${x} AS x, ${category} AS category)`
        : `STRUCT(${sqlString(f.name)}, ${x}, ${category})`;
    })
    .join(",\n");
}

const NO_FLOAT = "CAST(NULL AS FLOAT64)";
const NO_STRING = "CAST(NULL AS STRING)";

/** Header comment lines describing one model's check. */
function modelComment(spec: SkewQuerySpec): string {
  const width = Math.max(...spec.features.map((f) => f.name.length), 7);
  const featureLines = spec.features
    .map((f) => `--   ${f.name.padEnd(width)}  ${f.type.padEnd(11)}  ${f.statistic.padEnd(13)}  above ${f.threshold}`)
    .join("\n");
  return `-- Model ${spec.model}${spec.pipeline ? ` (a breach starts pipeline ${spec.pipeline})` : ""}.
-- Serving side: the instances of the requests in ${sqlTable(spec.predictionLogs)}
--   logged in the window [@run_time - ${spec.window.amount} ${spec.window.unit}, @run_time).
-- Training side: ${sqlTable(spec.baseline)}.
-- Results: ${sqlTable(spec.target)}.
-- Features (${spec.features.length}):
${featureLines}`;
}

/**
 * One model's check as a block of the batch script: creates its result table if missing, computes
 * its statistics, MERGEs them, and records a breach or its own failure in the script's `breaches`
 * and `failures` arrays. Its own EXCEPTION handler keeps one model's error (a missing table, a
 * wrong column) from stopping the other models of the batch.
 */
export function skewModelBlock(spec: SkewQuerySpec): string {
  const target = sqlTable(spec.target);
  const interval = `INTERVAL ${spec.window.amount} ${spec.window.unit}`;
  const labels = Object.entries({ ...(spec.labels ?? {}) })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `(${sqlString(k)}, ${sqlString(v)})`)
    .join(", ");
  const watched = spec.features
    .map((f, i) =>
      i === 0
        ? `STRUCT(${sqlString(f.name)} AS feature, ${sqlString(f.statistic)} AS statistic, ${sqlFloat(f.threshold)} AS threshold)`
        : `STRUCT(${sqlString(f.name)}, ${sqlString(f.statistic)}, ${sqlFloat(f.threshold)})`,
    )
    .join(",\n");
  const servingStructs = valueStructs(spec.features, (f) =>
    f.type === "numeric"
      ? { x: `SAFE_CAST(JSON_VALUE(i.instance, ${jsonPath(f.name)}) AS FLOAT64)`, category: NO_STRING }
      : { x: NO_FLOAT, category: `JSON_VALUE(i.instance, ${jsonPath(f.name)})` },
  );
  const baselineStructs = valueStructs(spec.features, (f) =>
    f.type === "numeric"
      ? { x: `SAFE_CAST(b.${column(f.name)} AS FLOAT64)`, category: NO_STRING }
      : { x: NO_FLOAT, category: `CAST(b.${column(f.name)} AS STRING)` },
  );
  const columns = SKEW_TABLE_COLUMNS.map((c) => `${c.name} ${c.type} OPTIONS (description = ${sqlString(c.description)})`).join(",\n");
  const names = SKEW_TABLE_COLUMNS.map((c) => c.name);
  const key = ["model", "feature", "statistic", "window_end"];
  const floor = sqlFloat(EMPTY_BIN_FLOOR);
  const model = sqlString(spec.model);

  // The steps are explained once, in the batch's header; the block keeps its code only, so that
  // more models fit in BigQuery's query length limit.
  return `${modelComment(spec)}
BEGIN
  SET run_window_start = TIMESTAMP_SUB(@run_time, ${interval});
  SET breached_features = NULL;
  SET features_without_baseline = NULL;

  CREATE TABLE IF NOT EXISTS ${target} (
${indent(columns, 4)}
  )
  PARTITION BY DATE(window_end)
  CLUSTER BY feature
  OPTIONS (
    description = ${sqlString(`Training/serving skew of model ${spec.model}: one row per feature, statistic and window.`)},
    labels = [${labels}]
  );

  CREATE OR REPLACE TEMP TABLE skew AS
  WITH
    -- The watched features, their statistic and alert threshold.
    watched AS (
      SELECT * FROM UNNEST([
${indent(watched, 8)}
      ])
    ),
    -- Serving side: every instance of every request logged in the window. A payload element is one
    -- instance or a request body with an "instances" array.
    serving_instances AS (
      SELECT instance
      FROM ${sqlTable(spec.predictionLogs)} AS log,
        UNNEST(log.request_payload) AS payload,
        UNNEST(IFNULL(JSON_QUERY_ARRAY(payload, '$.instances'), [payload])) AS instance
      WHERE log.logging_time >= run_window_start
        AND log.logging_time < run_window_end
    ),
    -- One row per feature value: numeric values in x, categorical values in category.
    serving_values AS (
      SELECT v.feature, v.x, v.category
      FROM serving_instances AS i,
        UNNEST([
${indent(servingStructs, 10)}
        ]) AS v
      WHERE v.x IS NOT NULL OR v.category IS NOT NULL
    ),
    -- Training side, read the same way from the baseline's columns.
    baseline_values AS (
      SELECT v.feature, v.x, v.category
      FROM ${sqlTable(spec.baseline)} AS b,
        UNNEST([
${indent(baselineStructs, 10)}
        ]) AS v
      WHERE v.x IS NOT NULL OR v.category IS NOT NULL
    ),
    -- Numeric features: the inner cut points of the baseline's deciles, ascending, without
    -- duplicates (ties merge bins).
    deciles AS (
      SELECT feature, APPROX_QUANTILES(x, ${QUANTILE_BUCKETS}) AS quantiles
      FROM baseline_values
      WHERE x IS NOT NULL
      GROUP BY feature
    ),
    cuts AS (
      SELECT
        feature,
        ARRAY(SELECT DISTINCT c FROM UNNEST(quantiles) AS c WITH OFFSET AS o WHERE o BETWEEN 1 AND ${QUANTILE_BUCKETS - 1} ORDER BY c) AS cuts
      FROM deciles
    ),
    -- The bin of every value: its decile interval for a numeric feature (RANGE_BUCKET counts the
    -- cut points at or below it), the category itself for a categorical one.
    baseline_bins AS (
      SELECT v.feature, IF(v.x IS NULL, v.category, CAST(RANGE_BUCKET(v.x, c.cuts) AS STRING)) AS bin
      FROM baseline_values AS v
      LEFT JOIN cuts AS c ON c.feature = v.feature
    ),
    serving_bins AS (
      SELECT v.feature, IF(v.x IS NULL, v.category, CAST(RANGE_BUCKET(v.x, c.cuts) AS STRING)) AS bin
      FROM serving_values AS v
      LEFT JOIN cuts AS c ON c.feature = v.feature
    ),
    baseline_counts AS (SELECT feature, bin, COUNT(*) AS n FROM baseline_bins GROUP BY feature, bin),
    serving_counts AS (SELECT feature, bin, COUNT(*) AS n FROM serving_bins GROUP BY feature, bin),
    baseline_totals AS (SELECT feature, SUM(n) AS n FROM baseline_counts GROUP BY feature),
    serving_totals AS (SELECT feature, SUM(n) AS n FROM serving_counts GROUP BY feature),
    -- The share of each bin on each side, p (baseline) and q (serving); a bin seen on one side
    -- only has share 0 on the other.
    distributions AS (
      SELECT
        feature,
        bin,
        SAFE_DIVIDE(IFNULL(b.n, 0), SUM(IFNULL(b.n, 0)) OVER (PARTITION BY feature)) AS p,
        SAFE_DIVIDE(IFNULL(s.n, 0), SUM(IFNULL(s.n, 0)) OVER (PARTITION BY feature)) AS q
      FROM baseline_counts AS b
      FULL OUTER JOIN serving_counts AS s USING (feature, bin)
    ),
    statistics AS (
      SELECT
        feature,
        -- psi, population stability index: sum of (q - p) * ln(q / p), shares floored at
        -- ${floor} so that a bin empty on one side stays finite.
        SUM((GREATEST(q, ${floor}) - GREATEST(p, ${floor})) * LN(GREATEST(q, ${floor}) / GREATEST(p, ${floor}))) AS psi,
        -- jensenShannon, Jensen-Shannon distance: sqrt of the mean Kullback-Leibler divergence of
        -- p and q from m = (p + q) / 2, in bits (log base 2): 0 for the same distribution, 1 for
        -- disjoint ones.
        SQRT(GREATEST(0, (
          SUM(IF(p > 0, p * LOG(p / ((p + q) / 2), 2), 0))
          + SUM(IF(q > 0, q * LOG(q / ((p + q) / 2), 2), 0))
        ) / 2)) AS jensen_shannon,
        -- lInfinity, L-infinity distance: the largest difference between the shares of one
        -- category.
        MAX(ABS(q - p)) AS l_infinity
      FROM distributions
      GROUP BY feature
    ),
    measured AS (
      SELECT
        w.feature,
        w.statistic,
        w.threshold,
        IFNULL(st.n, 0) AS serving_count,
        IFNULL(bt.n, 0) AS baseline_count,
        IF(
          IFNULL(st.n, 0) < ${spec.minSamples} OR IFNULL(bt.n, 0) = 0,
          NULL,
          CASE w.statistic
            WHEN 'psi' THEN s.psi
            WHEN 'jensenShannon' THEN s.jensen_shannon
            WHEN 'lInfinity' THEN s.l_infinity
          END
        ) AS value
      FROM watched AS w
      LEFT JOIN statistics AS s ON s.feature = w.feature
      LEFT JOIN serving_totals AS st ON st.feature = w.feature
      LEFT JOIN baseline_totals AS bt ON bt.feature = w.feature
    )
  SELECT
    ${sqlString(spec.model)} AS model,
    feature,
    run_window_start AS window_start,
    run_window_end AS window_end,
    statistic,
    value,
    threshold,
    IFNULL(value > threshold, FALSE) AS breached,
    serving_count,
    baseline_count,
    CURRENT_TIMESTAMP() AS computed_at
  FROM measured;

  -- One row per feature, statistic and window, even when a run is repeated.
  MERGE ${target} AS t
  USING skew AS s
  ON ${key.map((k) => `t.${k} = s.${k}`).join(" AND ")}
  WHEN MATCHED THEN UPDATE SET
${indent(names.filter((n) => !key.includes(n)).map((n) => `${n} = s.${n}`).join(",\n"), 4)}
  WHEN NOT MATCHED THEN INSERT (${names.join(", ")})
    VALUES (${names.map((n) => `s.${n}`).join(", ")});

  -- A feature without baseline values would never alert: a wrong column or type is an error.
  SET features_without_baseline = (SELECT STRING_AGG(feature, ', ' ORDER BY feature) FROM skew WHERE baseline_count = 0);
  IF features_without_baseline IS NOT NULL THEN
    RAISE USING MESSAGE = FORMAT('no baseline values for %s in %s: check the column names and types', features_without_baseline, ${sqlString(sqlTable(spec.baseline).slice(1, -1))});
  END IF;

  SET breached_features = (
    SELECT STRING_AGG(FORMAT('%s %s=%.4f > %g', feature, statistic, value, threshold), ', ' ORDER BY feature)
    FROM skew
    WHERE breached
  );
  IF breached_features IS NOT NULL THEN
    SET breaches = ARRAY_CONCAT(breaches, [STRUCT(${model} AS model, ${sqlString(spec.pipeline ?? NO_PIPELINE)} AS pipeline, FORMAT('%s; rows in %s', breached_features, ${sqlString(target.slice(1, -1))}) AS detail)]);
  END IF;
EXCEPTION WHEN ERROR THEN
  SET failures = ARRAY_CONCAT(failures, [STRUCT(${model} AS model, @@error.message AS detail)]);
END;
`
    .split("\n")
    .filter((line) => !/^ +-- /.test(line))
    .join("\n");
}

/** What the query of one batch is generated from. */
export interface SkewBatchQuerySpec {
  readonly environment: string;
  /** The batch's key (`<schedule key>-<NN>`), named in the header. */
  readonly batch: string;
  /** The transfer schedule the batch runs on (UTC), named in the header. */
  readonly schedule: string;
  /** The models of the batch, in the order their blocks run. */
  readonly models: readonly SkewQuerySpec[];
}

/**
 * The query of one batch (see the module comment): one block per model, then one RAISE when any
 * model breached or failed, with a message every alert can read its models from:
 *
 * `FEATURE_SKEW_BREACHED[<env>]{churn,fraud} pipeline[churn-training]{churn} pipeline[-]{fraud} | FEATURE_SKEW_BREACHED[<env>/churn]: <features>; rows in <table>; ... | FEATURE_SKEW_QUERY_FAILED[<env>/ltv]: <BigQuery error>`
 */
export function skewBatchQuery(spec: SkewBatchQuerySpec): string {
  const env = sqlString(spec.environment);
  const list = spec.models.map((m) => `--   ${m.model}${m.pipeline ? ` (pipeline ${m.pipeline})` : ""}`).join("\n");
  const blocks = spec.models.map((m) => skewModelBlock(m)).join("\n");
  return `-- Training/serving skew of ${spec.models.length} model${spec.models.length === 1 ? "" : "s"} of environment ${spec.environment}, batch ${spec.batch}
-- (runs ${spec.schedule} UTC), generated by gcp-mlops-constructs from the models' monitoring
-- blocks: change the YAML, not this query.
${list}
--
-- Each model's block, in its own BEGIN ... EXCEPTION so that its errors do not stop the others:
-- 1. creates the model's result table <model>_skew if it is missing;
-- 2. reads every instance of the requests logged in the model's window [@run_time - window,
--    @run_time) (a payload element is one instance or a request body with an "instances" array)
--    and every row of its baseline, one value per feature;
-- 3. bins both sides the same way: numeric features on the inner cut points of the baseline's
--    deciles (APPROX_QUANTILES, ties merge bins; RANGE_BUCKET counts the cuts at or below a
--    value), categorical features by category; a bin seen on one side only has share 0 on the
--    other; p is the baseline's share of a bin, q the serving side's;
-- 4. computes psi = sum((q - p) * ln(q / p)) with shares floored at ${sqlFloat(EMPTY_BIN_FLOOR)}, the Jensen-Shannon
--    distance sqrt((KL(p || m) + KL(q || m)) / 2) in bits with m = (p + q) / 2, and the L-infinity
--    distance max |q - p|; a feature with fewer than minSamples serving values gets no value;
-- 5. MERGEs one row per feature, statistic and window (a repeated run never duplicates rows);
-- 6. records the features above their threshold (a breach), or its error: a feature without
--    baseline values (a wrong column or type) is an error, as it would never alert.
-- At the end, the run fails with one message naming every model that breached
-- (${BREACH_MARKER}) or failed (${FAILURE_MARKER}): the alert policies read those
-- messages in the transfer service's logs.

DECLARE run_window_end TIMESTAMP DEFAULT @run_time;
DECLARE run_window_start TIMESTAMP;
DECLARE breached_features STRING;
DECLARE features_without_baseline STRING;
DECLARE breaches ARRAY<STRUCT<model STRING, pipeline STRING, detail STRING>> DEFAULT [];
DECLARE failures ARRAY<STRUCT<model STRING, detail STRING>> DEFAULT [];
DECLARE breach_summary STRING;
DECLARE failure_summary STRING;

${blocks}
-- The alert: a run in which models breached or failed fails with a message naming them. The
-- markers are assembled here, so the query text itself never matches the alerts' filters.
IF ARRAY_LENGTH(breaches) > 0 THEN
  SET breach_summary = (
    SELECT CONCAT(
      FORMAT('%s[%s]{%s} ', ${sqlString(BREACH_MARKER)}, ${env}, (SELECT STRING_AGG(model, ',' ORDER BY model) FROM UNNEST(breaches))),
      (
        SELECT STRING_AGG(FORMAT('%s[%s]{%s}', 'pipeline', pipeline, models), ' ' ORDER BY pipeline)
        FROM (SELECT pipeline, STRING_AGG(model, ',' ORDER BY model) AS models FROM UNNEST(breaches) GROUP BY pipeline)
      ),
      ' | ',
      (SELECT STRING_AGG(FORMAT('%s[%s/%s]: %s', ${sqlString(BREACH_MARKER)}, ${env}, model, detail), ' | ' ORDER BY model) FROM UNNEST(breaches))
    )
  );
END IF;
IF ARRAY_LENGTH(failures) > 0 THEN
  SET failure_summary = (
    SELECT STRING_AGG(FORMAT('%s[%s/%s]: %s', ${sqlString(FAILURE_MARKER)}, ${env}, model, detail), ' | ' ORDER BY model) FROM UNNEST(failures)
  );
END IF;
IF breach_summary IS NOT NULL OR failure_summary IS NOT NULL THEN
  RAISE USING MESSAGE = CONCAT(IFNULL(breach_summary, ''), IF(breach_summary IS NOT NULL AND failure_summary IS NOT NULL, ' | ', ''), IFNULL(failure_summary, ''));
END IF;
`;
}

/** A query that shows a model's recent results, for runbooks and dashboards. */
export function inspectionQuery(target: TableReference, days = 30): string {
  return `SELECT window_end, feature, statistic, value, threshold, breached, serving_count, baseline_count
FROM ${sqlTable(target)}
WHERE window_end >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL ${days} DAY)
ORDER BY window_end DESC, feature`;
}
