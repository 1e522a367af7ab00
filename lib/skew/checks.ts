/**
 * Checks of the props given to the skew constructs directly from TypeScript (the YAML's
 * `monitoring` blocks are checked by the config schema first, and again here with the same
 * schema). Free of cdktn imports. Values only known at deploy time (tokens) are skipped through
 * the constructs' `unresolved` test.
 */
import { PROJECT_ID } from "../catalog/naming";
import { ModelMonitoringConfig, ModelMonitoringInput, ModelMonitoringSchema, TableReference } from "../config/skew";
import { labelProblems } from "../core/common";
import { formatPath, Problem } from "../core/errors";

/** True for a value that is not known until deploy time (a token). */
export type Unresolved = (value: unknown) => boolean;

const ENV_NAME = /^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$/;
const MODEL_NAME = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;
const DATASET_ID = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE_ID = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}]+( [\p{L}\p{M}\p{N}\p{Pc}\p{Pd}]+)*$/u;
const TOPIC = /^projects\/([a-z][a-z0-9-]{4,28}[a-z0-9])\/topics\/((?!goog)[A-Za-z][A-Za-z0-9\-_.~+%]{2,254})$/;

function projectProblem(projectId: unknown, where: string, unresolved: Unresolved): Problem[] {
  return unresolved(projectId) || (typeof projectId === "string" && PROJECT_ID.test(projectId))
    ? []
    : [{ path: `${where}.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: projectId }];
}

function environmentProblem(name: string, where: string): Problem[] {
  return ENV_NAME.test(name)
    ? []
    : [{ path: `${where}.environmentName`, message: "not a valid environment name; allowed: 1-20 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: name }];
}

/** Problems of what an environment's skew checks share: labels, project, environment name, retraining topic. */
export function skewMonitoringProblems(
  id: string,
  p: { readonly labels?: Readonly<Record<string, string>>; readonly projectId: unknown; readonly environmentName: string; readonly retrainingTopic?: unknown },
  unresolved: Unresolved,
): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id), ...projectProblem(p.projectId, id, unresolved), ...environmentProblem(p.environmentName, id)];
  const topic = p.retrainingTopic;
  if (topic !== undefined && !unresolved(topic) && !(typeof topic === "string" && TOPIC.test(topic))) {
    problems.push({ path: `${id}.retrainingTopic`, message: "not a Pub/Sub topic ID; allowed: projects/<project ID>/topics/<topic name>", value: topic });
  }
  return problems;
}

/** Problems of a table reference given to a construct (skipping values only known at deploy time, except the dataset). */
export function tableProblems(ref: TableReference, where: string, unresolved: Unresolved): Problem[] {
  const out: Problem[] = [];
  const resolved = (v: string) => !unresolved(v);
  if (resolved(ref.projectId) && !PROJECT_ID.test(ref.projectId)) {
    out.push({ path: `${where}.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: ref.projectId });
  }
  if (!resolved(ref.datasetId)) {
    out.push({ path: `${where}.datasetId`, message: "must be known at synth time: it names the read grant and appears in the query", value: ref.datasetId });
  } else if (!DATASET_ID.test(ref.datasetId)) {
    out.push({ path: `${where}.datasetId`, message: "not a valid BigQuery dataset ID; allowed: 1-1024 letters, digits or underscores", value: ref.datasetId });
  }
  if (resolved(ref.tableId) && !TABLE_ID.test(ref.tableId)) {
    out.push({ path: `${where}.tableId`, message: "not a valid BigQuery table ID; allowed: letters, marks, numbers, '_', '-' and inner spaces", value: ref.tableId });
  }
  return out;
}

/** The validated monitoring block (defaults applied), or every problem with its path below `where`. */
export function validateMonitoring(input: ModelMonitoringInput, where: string): { config?: ModelMonitoringConfig; problems: Problem[] } {
  const r = ModelMonitoringSchema.safeParse(input);
  if (r.success) return { config: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({
      path: formatPath([where, ...i.path]),
      message: i.message,
      value: i.path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), input),
    })),
  };
}

/** Problems of one model's check, in the order the construct reports them, and its validated block. */
export function skewMonitorProblems(
  id: string,
  p: {
    readonly labels?: Readonly<Record<string, string>>;
    readonly projectId: unknown;
    readonly environmentName: string;
    readonly modelName: string;
    readonly predictionLogs: TableReference;
    readonly monitoring: ModelMonitoringInput;
  },
  unresolved: Unresolved,
): { config?: ModelMonitoringConfig; problems: Problem[] } {
  const problems: Problem[] = [...labelProblems(p.labels, id), ...projectProblem(p.projectId, id, unresolved), ...environmentProblem(p.environmentName, id)];
  if (!MODEL_NAME.test(p.modelName)) {
    problems.push({ path: `${id}.modelName`, message: "not a valid model name; allowed: 1-40 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: p.modelName });
  }
  problems.push(...tableProblems(p.predictionLogs, `${id}.predictionLogs`, unresolved));
  const { config, problems: blockProblems } = validateMonitoring(p.monitoring, `${id}.monitoring`);
  problems.push(...blockProblems);
  return { config, problems };
}
