/**
 * The BigQuery Standard SQL of one model's skew check, generated from its `monitoring` block.
 * Engine-neutral and pure: the same text for every engine, readable in the BigQuery console.
 *
 * One multi-statement query per model, run by a scheduled query:
 * 1. creates the model's result table `<model>_skew` in the monitoring dataset if it is missing
 *    (one table per model: dropping a model leaves its history, and a dev dataset's table
 *    expiration cannot break the runs, which recreate it);
 * 2. reads the serving side from the model's Vertex AI request/response logging table (columns
 *    endpoint, deployed_model_id, logging_time, request_id, request_payload ARRAY<STRING>,
 *    response_payload ARRAY<STRING>; each payload element is JSON) for the window ending at the
 *    run's scheduled time, and the training side from the baseline table;
 * 3. bins both sides identically and computes each feature's statistic (the formulas of
 *    lib/skew/stats.ts), then MERGEs one row per feature, statistic and window into the table;
 * 4. fails with a message starting `FEATURE_SKEW_BREACHED[<env>/<model>]` that names the features
 *    above their threshold; any other error is re-raised as `FEATURE_SKEW_QUERY_FAILED[<env>/<model>]`.
 *    The alert policies count these messages in the transfer service's logs. The markers are
 *    assembled with FORMAT at run time, so the query text itself never contains them.
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

/** `FEATURE_SKEW_QUERY_FAILED[<env>/<model>]`: the text of any other failure of the model's query. */
export function failureMarker(environment: string, model: string): string {
  return `${FAILURE_MARKER}[${monitorTag(environment, model)}]`;
}

/** The result table of a model: `<model with '-' as '_'>_skew`. */
export function skewTableId(model: string): string {
  return `${model.replace(/-/g, "_")}_skew`;
}

/** What the query of one model is generated from. */
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

/** The query of one model (see the module comment). */
export function skewQuery(spec: SkewQuerySpec): string {
  const tag = monitorTag(spec.environment, spec.model);
  const target = sqlTable(spec.target);
  const interval = `INTERVAL ${spec.window.amount} ${spec.window.unit}`;
  const width = Math.max(...spec.features.map((f) => f.name.length), 7);
  const featureLines = spec.features
    .map((f) => `--   ${f.name.padEnd(width)}  ${f.type.padEnd(11)}  ${f.statistic.padEnd(13)}  above ${f.threshold}`)
    .join("\n");
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

  return `-- Training/serving skew of model ${spec.model} (environment ${spec.environment}), generated by
-- gcp-mlops-constructs from the model's monitoring block: change the YAML, not this query.
--
-- Serving side: the instances of the requests in ${sqlTable(spec.predictionLogs)}
--   logged in the window [@run_time - ${spec.window.amount} ${spec.window.unit}, @run_time).
-- Training side: ${sqlTable(spec.baseline)}.
-- Features (${spec.features.length}):
${featureLines}
-- Numeric features are binned on the baseline's deciles, categorical features compared category by
-- category; a feature with fewer than ${spec.minSamples} serving values in the window gets no value and
-- never alerts.
-- Writes one row per feature and window to ${target}, then fails with a
-- ${BREACH_MARKER} message naming the features above their threshold: the alert
-- policy of the model counts those failures. Any other error is re-raised as ${FAILURE_MARKER}.

DECLARE run_window_end TIMESTAMP DEFAULT @run_time;
DECLARE run_window_start TIMESTAMP DEFAULT TIMESTAMP_SUB(@run_time, ${interval});
DECLARE breached_features STRING;
DECLARE features_without_baseline STRING;

BEGIN
  CREATE TABLE IF NOT EXISTS ${target} (
${indent(columns, 4)}
  )
  PARTITION BY DATE(window_end)
  CLUSTER BY feature
  OPTIONS (
    description = ${sqlString(`Training/serving skew of model ${spec.model}: one row per feature, statistic and window.`)},
    labels = [${labels}]
  );

  CREATE TEMP TABLE skew AS
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
EXCEPTION WHEN ERROR THEN
  RAISE USING MESSAGE = FORMAT('%s[%s]: %s', ${sqlString(FAILURE_MARKER)}, ${sqlString(tag)}, @@error.message);
END;

-- The alert: a run that finds features above their threshold fails with a message naming them.
IF breached_features IS NOT NULL THEN
  RAISE USING MESSAGE = FORMAT('%s[%s]: %s; rows in %s', ${sqlString(BREACH_MARKER)}, ${sqlString(tag)}, breached_features, ${sqlString(target.slice(1, -1))});
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
