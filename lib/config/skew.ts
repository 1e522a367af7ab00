/**
 * The per-model `monitoring` block: training/serving skew and drift detection, computed by a
 * BigQuery scheduled query from the model's prediction request/response logs and its training
 * baseline (lib/skew). Engine-neutral: zod and pure functions only.
 *
 * ```yaml
 * models:
 *   - name: churn
 *     ...
 *     monitoring:
 *       baseline: acme-ml-prod.features.churn_training   # project.dataset.table
 *       window: 24h                                      # <n>h or <n>d
 *       schedule: "15 3 * * *"                           # five-field cron
 *       timeZone: Etc/UTC                                # a zone without daylight saving time
 *       minSamples: 100
 *       features:
 *         - { name: tenure_months, type: numeric, statistic: psi, threshold: 0.2 }
 *         - { name: monthly_charges, type: numeric, statistic: jensenShannon, threshold: 0.1 }
 *         - { name: contract, type: categorical, statistic: lInfinity, threshold: 0.15 }
 * ```
 */
import { z } from "zod";
import { cronProblem, isTimeZone, TIME_ZONE_ALLOWED } from "../catalog/cron";
import { PROJECT_ID } from "../catalog/naming";
import { toTransferSchedule } from "../skew/schedule";
import { FEATURE_TYPES, SKEW_STATISTICS, STATISTICS, statisticsFor, thresholdProblem } from "../skew/stats";
import { checkAcross, int, oneOf, unique } from "./fields";

// ---------------------------------------------------------------------------------------------
// BigQuery table references
// ---------------------------------------------------------------------------------------------

/** A BigQuery table named by its three parts. */
export interface TableReference {
  readonly projectId: string;
  readonly datasetId: string;
  readonly tableId: string;
}

/** Dataset IDs as BigQuery accepts them (the google provider's `^[0-9A-Za-z_]+$`, at most 1,024 characters). */
const DATASET_ID = /^[A-Za-z0-9_]{1,1024}$/;
/** Table IDs: Unicode letters, marks, numbers, connectors (such as _), dashes and spaces (cloud.google.com/bigquery/docs/tables#table_naming). */
const TABLE_ID = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}\p{Zs}]+$/u;

export const TABLE_REFERENCE_ALLOWED =
  "a BigQuery table reference project.dataset.table, e.g. acme-ml-prod.features.churn_training (domain-scoped project IDs are not supported)";

/** Why `ref` is not a `project.dataset.table` reference, or undefined when it is one. */
export function tableReferenceProblem(ref: unknown): string | undefined {
  if (typeof ref !== "string") return `must be ${TABLE_REFERENCE_ALLOWED}`;
  const parts = ref.split(".");
  if (parts.length !== 3) return `has ${parts.length} part${parts.length === 1 ? "" : "s"} separated by '.', expected 3; allowed: ${TABLE_REFERENCE_ALLOWED}`;
  const [project, dataset, table] = parts;
  if (!PROJECT_ID.test(project)) return `'${project}' is not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`;
  if (!DATASET_ID.test(dataset)) return `'${dataset}' is not a valid BigQuery dataset ID; allowed: 1-1024 letters, digits or underscores`;
  if (!TABLE_ID.test(table) || Buffer.byteLength(table, "utf8") > 1024 || table.trim() !== table) {
    return `'${table}' is not a valid BigQuery table ID; allowed: up to 1024 bytes of letters, marks, numbers, '_', '-' and inner spaces`;
  }
  return undefined;
}

/** The parts of a valid `project.dataset.table` reference (check it with {@link tableReferenceProblem} first). */
export function parseTableReference(ref: string): TableReference {
  const [projectId, datasetId, tableId] = ref.split(".");
  return { projectId, datasetId, tableId };
}

// ---------------------------------------------------------------------------------------------
// Windows
// ---------------------------------------------------------------------------------------------

/** The serving window each run looks back over. */
export interface SkewWindow {
  readonly amount: number;
  readonly unit: "HOUR" | "DAY";
  /** The window in hours. */
  readonly hours: number;
}

export const MAX_WINDOW_DAYS = 90;
export const WINDOW_ALLOWED = `<n>h (1-${MAX_WINDOW_DAYS * 24} hours) or <n>d (1-${MAX_WINDOW_DAYS} days), e.g. 24h or 7d`;

/** The window a string such as `24h` or `7d` names, or undefined when it names none. */
export function parseWindow(text: unknown): SkewWindow | undefined {
  const m = typeof text === "string" ? /^([1-9][0-9]{0,4})(h|d)$/.exec(text) : null;
  if (!m) return undefined;
  const amount = Number(m[1]);
  const hours = m[2] === "h" ? amount : amount * 24;
  return hours <= MAX_WINDOW_DAYS * 24 ? { amount, unit: m[2] === "h" ? "HOUR" : "DAY", hours } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The monitoring block
// ---------------------------------------------------------------------------------------------

/** A BigQuery column name (the baseline's) that is also the feature's key in prediction instances. */
const FEATURE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,299}$/;
const FEATURE_NAME_ALLOWED =
  "the feature's column in the baseline table and its key in the prediction instances: 1-300 letters, digits or underscores, starting with a letter or underscore";

const STATISTIC_ALLOWED = SKEW_STATISTICS.map((s) => `${s} (${STATISTICS[s].title}${STATISTICS[s].types.length === 1 ? `, ${STATISTICS[s].types[0]} features only` : ""})`).join(", ");

export const MAX_FEATURES = 100;

export const SkewFeatureSchema = checkAcross(
  z.strictObject({
    name: z
      .string({ error: `must be a string: ${FEATURE_NAME_ALLOWED}` })
      .regex(FEATURE_NAME, { error: `not a valid feature name; allowed: ${FEATURE_NAME_ALLOWED}` })
      .describe("Column of the baseline table, and key of the feature in each prediction instance."),
    type: z
      .enum(FEATURE_TYPES, { error: `unknown feature type; allowed: ${FEATURE_TYPES.join(", ")}` })
      .describe("numeric: binned on the baseline's deciles. categorical: compared category by category."),
    statistic: z
      .enum(SKEW_STATISTICS, { error: `unknown statistic; allowed: ${STATISTIC_ALLOWED}` })
      .describe("psi (numeric or categorical), jensenShannon (numeric or categorical) or lInfinity (categorical)."),
    threshold: z
      .number({ error: "must be a number: the value of the statistic above which the alert fires" })
      .describe("The alert fires when the statistic is above it: psi ≥ 0 (0.1 moderate, 0.25 significant), jensenShannon and lInfinity from 0 to 1."),
  }),
  (f, ctx) => {
    const type = oneOf(FEATURE_TYPES, f.type);
    const statistic = oneOf(SKEW_STATISTICS, f.statistic);
    if (type && statistic && !STATISTICS[statistic].types.includes(type)) {
      ctx.addIssue({
        code: "custom",
        path: ["statistic"],
        message: `${statistic} is not defined for ${type} features; allowed for ${type} features: ${statisticsFor(type).join(", ")}`,
      });
    }
    if (statistic && typeof f.threshold === "number") {
      const p = thresholdProblem(statistic, f.threshold);
      if (p) ctx.addIssue({ code: "custom", path: ["threshold"], message: p });
    }
  },
).describe("A feature to watch, with its statistic and alert threshold.");

export const ModelMonitoringSchema = checkAcross(
  z.strictObject({
    baseline: z
      .string({ error: `must be ${TABLE_REFERENCE_ALLOWED}` })
      .superRefine((v, ctx) => {
        const p = tableReferenceProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: p });
      })
      .describe("The training data the serving data is compared with: a BigQuery table project.dataset.table with one column per feature."),
    features: unique(
      z
        .array(SkewFeatureSchema, { error: `must be a list of features, e.g. [{ name: tenure_days, type: numeric, statistic: psi, threshold: 0.2 }]` })
        .min(1, { error: "must list at least one feature" })
        .max(MAX_FEATURES, { error: `must list at most ${MAX_FEATURES} features` }),
      // BigQuery column names are case-insensitive: `Age` and `age` are the same column.
      { field: "name", fold: (n) => n.toLowerCase(), message: (name, first) => `duplicate feature '${name}', already listed at features[${first}]; list each feature once` },
    )
      .describe("The features to watch."),
    window: z
      .string({ error: `must be a window: ${WINDOW_ALLOWED}` })
      .refine((v) => parseWindow(v) !== undefined, { error: `not a window; allowed: ${WINDOW_ALLOWED}` })
      .describe("How far back each run reads the prediction logs, ending at the run's scheduled time."),
    schedule: z
      .string({ error: "must be a five-field cron expression such as '15 3 * * *'" })
      .superRefine((v, ctx) => {
        const p = cronProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: p });
      })
      .describe("When the scheduled query runs: a five-field cron with the forms BigQuery scheduled queries can express (see lib/skew/README.md)."),
    timeZone: z
      .string({ error: `must be ${TIME_ZONE_ALLOWED}` })
      .refine(isTimeZone, { error: `not a time zone; allowed: ${TIME_ZONE_ALLOWED}` })
      .default("Etc/UTC")
      .describe("Time zone of the schedule; scheduled queries run on UTC times, so only zones without daylight saving time. @default Etc/UTC"),
    minSamples: int("serving values per feature and window", 1, 1_000_000_000)
      .default(100)
      .describe("A window with fewer serving values of a feature records no value for it and never alerts. @default 100"),
    retrainPipeline: z
      .string({ error: "must be the name of a pipeline of this environment" })
      .optional()
      .describe("A pipeline with an onAlert trigger that a skew alert starts (retraining). @default - skew alerts only notify"),
  }),
  (m, ctx) => {
    // The cron and the zone are each checked above; here, whether together they have an exact
    // equivalent in the transfer service's UTC-only schedule format.
    if (typeof m.schedule !== "string" || cronProblem(m.schedule) !== undefined) return;
    const tz = typeof m.timeZone === "string" ? m.timeZone : "Etc/UTC";
    if (!isTimeZone(tz)) return;
    const r = toTransferSchedule(m.schedule, tz);
    if (!r.ok) ctx.addIssue({ code: "custom", path: [r.field], message: r.message });
  },
).describe("Training/serving skew detection: a scheduled query compares the prediction logs of each window with the training baseline and alerts when a feature's statistic crosses its threshold.");

export type ModelMonitoringConfig = z.output<typeof ModelMonitoringSchema>;
export type ModelMonitoringInput = z.input<typeof ModelMonitoringSchema>;
export type SkewFeatureConfig = z.output<typeof SkewFeatureSchema>;
