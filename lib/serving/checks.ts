/**
 * Checks of a serving fleet's props, for the `ServingFleet` construct. Free of cdktn and provider
 * imports: the construct says which values are not known yet (`unresolved`: a token) and those
 * are taken as given.
 */
import { checkModelsInRegion } from "../catalog/gpu-regions";
import { DATASET_ID, PROJECT_ID } from "../catalog/naming";
import { isVertexAiRegion } from "../catalog/regions";
import { checkModelsForTier, checkServingPools, ModelConfig, ModelInput, ModelProblem, ModelSchema } from "../config/models";
import { labelProblems } from "../core/common";
import { formatPath, Problem, throwIfAny } from "../core/errors";
import { ServingPreset, servingPresetProblems } from "./preset";

/** Endpoint IDs and pool names: `^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$` (endpoint_service.proto, provider description of the pool name). */
export const VERTEX_ID = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Prefix of endpoint IDs and pool names: short enough that `<prefix>-<model>` stays a valid ID. */
export const NAME_PREFIX = /^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/;

/** What the checks read from a fleet's props (both engines' props have these fields). */
export interface ServingFleetInput {
  readonly projectId: string;
  readonly region: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly models: readonly ModelInput[];
  readonly preset: ServingPreset;
  readonly tier?: string;
  readonly namePrefix?: string;
  readonly privateEndpoints: boolean;
  readonly predictionLogs: { readonly projectId: string; readonly datasetId: string };
  /** The environment's customer-managed key is set (Model Garden deployments cannot use it). */
  readonly cmek: boolean;
}

/**
 * Every problem of the props at once: each model against the YAML's rules, the models against each
 * other (names, shared pools), against the tier and the region; names, labels, the preset. Model
 * problems are reported at `<id>.models.<name>.<field>` (`models[<i>]` when the name is unusable).
 * Throws a ValidationError listing them; returns the validated models otherwise.
 */
export function validateServingFleet(id: string, props: ServingFleetInput, unresolved: (value: unknown) => boolean): ModelConfig[] {
  const problems: Problem[] = [...labelProblems(props.labels, id), ...servingPresetProblems(props.preset, `${id}.preset`)];
  const literal = (v: string) => !unresolved(v);
  if (literal(props.projectId) && !PROJECT_ID.test(props.projectId)) {
    problems.push({ path: `${id}.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: props.projectId });
  }
  if (literal(props.region) && !isVertexAiRegion(props.region)) {
    problems.push({ path: `${id}.region`, message: "not a region where Vertex AI is offered", value: props.region });
  }
  if (props.namePrefix !== undefined && literal(props.namePrefix) && !NAME_PREFIX.test(props.namePrefix)) {
    problems.push({ path: `${id}.namePrefix`, message: "allowed: 1-22 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: props.namePrefix });
  }
  const logs = props.predictionLogs;
  if (literal(logs.projectId) && !PROJECT_ID.test(logs.projectId)) {
    problems.push({ path: `${id}.predictionLogs.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: logs.projectId });
  }
  if (literal(logs.datasetId) && !DATASET_ID.test(logs.datasetId)) {
    problems.push({ path: `${id}.predictionLogs.datasetId`, message: `not a valid ${DATASET_ID.subject}; allowed: ${DATASET_ID.allowed}`, value: logs.datasetId });
  }

  const names = props.models.map((m) => (m && typeof m.name === "string" ? m.name : undefined));
  const seen = new Map<string, number>();
  const where = (i: number) => {
    const n = names[i];
    return n !== undefined && VERTEX_ID.test(n) && seen.get(n) === i ? `${id}.models.${n}` : `${id}.models[${i}]`;
  };
  names.forEach((n, i) => {
    if (n === undefined) return;
    if (seen.has(n)) problems.push({ path: `${id}.models[${i}].name`, message: `duplicate model name '${n}', already used by models[${seen.get(n)}]`, value: n });
    else seen.set(n, i);
  });

  const parsed: (ModelConfig | undefined)[] = props.models.map((m, i) => {
    const r = ModelSchema.safeParse(m);
    if (r.success) return r.data;
    for (const issue of r.error.issues) {
      const field = formatPath(issue.path);
      problems.push({ path: field ? `${where(i)}.${field}` : where(i), message: issue.message, value: valueAt(m, issue.path) });
    }
    return undefined;
  });
  // Cross-model, tier and region checks run on the raw input too (they tolerate partial models), so a
  // model with a bad field still gets its other problems reported.
  const raw = props.models as readonly Partial<ModelConfig>[];
  const modelProblem = (p: ModelProblem) => ({ path: `${where(p.index)}.${p.field}`, message: p.message, value: valueAt(raw[p.index], p.field.split(".")) });
  problems.push(
    ...checkServingPools(raw).map(modelProblem),
    ...checkModelsForTier(raw, {
      ...props.preset,
      tier: props.tier,
      privateEndpoints: props.privateEndpoints,
      cmek: props.cmek,
    }).map(modelProblem),
    ...(literal(props.region) ? checkModelsInRegion(raw, props.region).map(modelProblem) : []),
  );
  const valid = parsed.filter((m): m is ModelConfig => m !== undefined);
  throwIfAny(problems, `serving fleet '${id}'`);
  return valid;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
