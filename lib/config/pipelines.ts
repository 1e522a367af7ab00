/**
 * The `pipelines` block of an environment: Vertex AI pipelines compiled as KFP templates into the
 * environment's pipelines repository, each started by a schedule, by new data in one of the
 * environment's buckets, or by a monitoring alert. Engine-neutral: no cdktf, no provider.
 *
 * Names derived from a pipeline's name (`<env>-<pipeline>`, `<env>-<pipeline>-new-data`,
 * `<env>-<pipeline>-alert`, `<env>-<pipeline>-alerts`) must be accepted by Cloud Scheduler
 * (`[A-Za-z0-9_-]`, ≤ 500), Workflows (letters, digits, `_`, `-`, starting with a letter, ending
 * with a letter or digit, ≤ 64), Pub/Sub (starting with a letter, not with `goog`, 3-255), Eventarc
 * and label values (lowercase, ≤ 63). A pipeline name of 1-30 lowercase letters, digits and
 * hyphens, starting with a letter, keeps every derived name valid with an environment name of up
 * to 20 characters.
 */
import { z } from "zod";
import { CRON_ALLOWED, cronProblem, isTimeZone, TIME_ZONE_ALLOWED } from "../catalog/cron";
import { namingRule } from "../catalog/naming";
import { asRecord, checkAcross, named, unique } from "./fields";

/**
 * The environment's buckets, by purpose, that can start a pipeline. They are the data lake's
 * buckets (`DATA_LAKE_BUCKETS` in lib/storage/data-lake.ts, which this engine-neutral module
 * cannot import); a test keeps the two lists equal.
 */
export const PIPELINE_TRIGGER_BUCKETS = ["data", "artifacts", "pipeline-root", "checkpoints"] as const;
export type PipelineTriggerBucket = (typeof PIPELINE_TRIGGER_BUCKETS)[number];

/** The environment's BigQuery datasets (`WAREHOUSE_DATASETS` in lib/bigquery/warehouse.ts). */
export const PIPELINE_DATASETS = ["raw", "features", "monitoring"] as const;
export type PipelineDataset = (typeof PIPELINE_DATASETS)[number];

/** How a pipeline uses a dataset: `read` (bigquery.dataViewer) or `readWrite` (bigquery.dataEditor). */
export const DATASET_ACCESS = ["read", "readWrite"] as const;
export type DatasetAccess = (typeof DATASET_ACCESS)[number];

/** Tag used when a template names neither a tag nor a version. */
export const DEFAULT_TEMPLATE_TAG = "latest";
/** Time zone of a schedule that names none. */
export const DEFAULT_TIME_ZONE = "Etc/UTC";
/** Pipeline parameter that receives `gs://<bucket>/<object>` of the object that started the run. */
export const DEFAULT_OBJECT_PARAMETER = "trigger_object_uri";
/** Pipeline parameter that receives the monitoring notification (JSON text) that started the run. */
export const DEFAULT_ALERT_PARAMETER = "trigger_alert";

export const PIPELINE_NAME = /^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$/;
export const PIPELINE_NAME_ALLOWED =
  "1-30 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (it names the scheduler job, workflow, Eventarc triggers and Pub/Sub topic of the pipeline)";

/**
 * KFP package names in Artifact Registry. The KFP compiler derives them from the pipeline's name
 * (lowercase letters, digits and hyphens); the registry's exact rule is not published, so this
 * accepts what can appear in one URL path segment.
 */
const TEMPLATE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const TEMPLATE_NAME_ALLOWED = "1-128 letters, digits, '.', '_' or '-', starting with a letter or digit (the name the template was uploaded under)";

/** Tags are free-form in the KFP registry client except that they must not look like a version. */
const TEMPLATE_TAG = /^(?!sha256:)[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const TEMPLATE_TAG_ALLOWED = "1-128 letters, digits, '.', '_' or '-', starting with a letter, digit or '_', not starting with 'sha256:' (that is a version)";

/** Versions are content digests: `sha256:` and 64 hex digits (kfp RegistryClient, PipelineTemplateMetadata.version). */
const TEMPLATE_VERSION = /^sha256:[a-f0-9]{64}$/;
const TEMPLATE_VERSION_ALLOWED = "'sha256:' followed by 64 lowercase hex digits, as printed by RegistryClient.upload_pipeline";

/** KFP pipeline inputs are Python identifiers. */
export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const PARAMETER_NAME_ALLOWED = "a pipeline input name: 1-128 letters, digits or '_', not starting with a digit";

/** Object name prefixes: characters that need no escaping in a URL, a regex or a Terraform string, besides '.'. */
const OBJECT_PREFIX = /^(?!\/)[A-Za-z0-9._=\/-]{0,512}$/;
const OBJECT_PREFIX_ALLOWED = "0-512 letters, digits, '.', '_', '-', '=' or '/', not starting with '/', e.g. 'incoming/' or 'events/date='";

/**
 * Why `value` cannot be sent as a pipeline parameter value (a JSON value), or undefined when it
 * can. `where` is the path below the parameter, for nested values.
 */
export function jsonValueProblem(value: unknown, where: (string | number)[] = []): { path: (string | number)[]; message: string } | undefined {
  const at = (message: string) => ({ path: where, message });
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return at(`${String(value)} is not a JSON number; allowed: finite numbers (YAML .inf and .nan are not)`);
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return at("integer too large to be sent exactly (beyond ±9007199254740991); quote it to pass a string");
    }
    return undefined;
  }
  if (value === undefined) return at("has no value; allowed: strings, numbers, booleans, lists and maps of these");
  if (value instanceof Date) return at("is a date, which JSON has no type for; quote it to pass a string, e.g. \"2024-01-31\"");
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return at("is binary data, which JSON has no type for; pass a gs:// URI or a base64 string instead");
  if (typeof value === "bigint" || typeof value === "function" || typeof value === "symbol") {
    return at(`a ${typeof value} is not a JSON value; allowed: strings, numbers, booleans, null, lists and maps of these`);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = jsonValueProblem(value[i], [...where, i]);
      if (p) return p;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    return at(`a ${proto?.constructor?.name ?? "non-plain"} object is not a JSON value; allowed: strings, numbers, booleans, null, lists and maps of these`);
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = jsonValueProblem(v, [...where, k]);
    if (p) return p;
  }
  return undefined;
}

export const PipelineTemplateSchema = checkAcross(
  z.strictObject(
    {
      name: z
        .string({ error: `must be a string: ${TEMPLATE_NAME_ALLOWED}` })
        .regex(TEMPLATE_NAME, { error: `not a valid KFP template name; allowed: ${TEMPLATE_NAME_ALLOWED}` })
        .describe("Name of the compiled KFP template in the environment's pipelines repository (the package name printed by upload_pipeline)."),
      tag: z
        .string({ error: `must be a string: ${TEMPLATE_TAG_ALLOWED}` })
        .regex(TEMPLATE_TAG, { error: `not a valid template tag; allowed: ${TEMPLATE_TAG_ALLOWED}` })
        .optional()
        .describe(`Tag of the template version to run, e.g. 'v3' or 'latest'; runs pick up whatever the tag points at when they start. @default ${DEFAULT_TEMPLATE_TAG} (when no version is given)`),
      version: z
        .string({ error: `must be a string: ${TEMPLATE_VERSION_ALLOWED}` })
        .regex(TEMPLATE_VERSION, { error: `not a template version; allowed: ${TEMPLATE_VERSION_ALLOWED}` })
        .optional()
        .describe("Exact template version (content digest) to run; pins the pipeline definition. Give either tag or version."),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? "a pipeline needs a template: a KFP template in the environment's pipelines repository, e.g. { name: training, tag: v1 }"
          : "must be a KFP template: { name, tag } or { name, version }",
    },
  ),
  (t, ctx) => {
    if (t && t.tag !== undefined && t.version !== undefined) {
      ctx.addIssue({ code: "custom", path: ["version"], message: "give either tag or version, not both: a version already names one exact template" });
    }
  },
).describe("A KFP template in the environment's pipelines repository, by name and tag or version.");

export const PipelineScheduleSchema = z
  .strictObject({
    cron: z
      .string({ error: `must be a string: ${CRON_ALLOWED}` })
      .superRefine((v, ctx) => {
        const p = cronProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: p });
      })
      .describe("When to start a run: unix cron with five fields, as Cloud Scheduler reads it, e.g. '0 3 * * MON'."),
    timeZone: z
      .string({ error: `must be a string: ${TIME_ZONE_ALLOWED}` })
      .refine((v) => isTimeZone(v), { error: `not a time zone; allowed: ${TIME_ZONE_ALLOWED}` })
      .default(DEFAULT_TIME_ZONE)
      .describe(`IANA time zone the cron is read in; zones with daylight saving time skip or repeat runs scheduled in the shifted hour. @default ${DEFAULT_TIME_ZONE}`),
  })
  .describe("Start a run on a schedule (Cloud Scheduler calling the Vertex AI API as the pipelines service account).");

export const PipelineOnNewDataSchema = checkAcross(
  z.strictObject({
    bucket: z
      .enum(PIPELINE_TRIGGER_BUCKETS, {
        error: `not a bucket of the environment; allowed: ${PIPELINE_TRIGGER_BUCKETS.join(", ")} (the environment's buckets by purpose, not bucket names)`,
      })
      .describe("The environment's bucket to watch, by purpose."),
    prefix: z
      .string({ error: `must be a string: ${OBJECT_PREFIX_ALLOWED}` })
      .regex(OBJECT_PREFIX, { error: `not a usable object prefix; allowed: ${OBJECT_PREFIX_ALLOWED}` })
      .default("")
      .describe("Only objects whose name starts with this prefix start a run. @default - every object of the bucket"),
    parameter: z
      .string({ error: `must be a string: ${PARAMETER_NAME_ALLOWED}` })
      .regex(PARAMETER_NAME, { error: `not a valid parameter name; allowed: ${PARAMETER_NAME_ALLOWED}` })
      .default(DEFAULT_OBJECT_PARAMETER)
      .describe(`Pipeline input that receives gs://<bucket>/<object>; the template must declare it. @default ${DEFAULT_OBJECT_PARAMETER}`),
  }),
  (t, ctx) => {
    if (t && t.bucket === "pipeline-root" && (t.prefix === "" || t.prefix === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["prefix"],
        message: "required on pipeline-root: every run writes its artifacts there, so without a prefix each run would start the next; give a prefix runs do not write to, e.g. 'incoming/'",
      });
    }
  },
).describe("Start a run when an object is written (finalized) in one of the environment's buckets.");

export const PipelineOnAlertSchema = z
  .union(
    [
      z.boolean(),
      z.strictObject({
        parameter: z
          .string({ error: `must be a string: ${PARAMETER_NAME_ALLOWED}` })
          .regex(PARAMETER_NAME, { error: `not a valid parameter name; allowed: ${PARAMETER_NAME_ALLOWED}` })
          .default(DEFAULT_ALERT_PARAMETER)
          .describe(`Pipeline input that receives the alert notification as JSON text; the template must declare it. @default ${DEFAULT_ALERT_PARAMETER}`),
      }),
    ],
    { error: "must be true, false or { parameter: <pipeline input name> }" },
  )
  .describe(
    `Start a run when a monitoring alert opens: the pipeline gets a Pub/Sub topic to use as a Cloud Monitoring notification channel. true passes the alert in '${DEFAULT_ALERT_PARAMETER}'.`,
  );

export const PipelineTriggersSchema = checkAcross(
  z.strictObject(
    {
      schedule: PipelineScheduleSchema.optional(),
      onNewData: PipelineOnNewDataSchema.optional(),
      onAlert: PipelineOnAlertSchema.optional(),
    },
    { error: (iss) => (iss.input === undefined ? "a pipeline needs triggers: declare at least one of schedule, onNewData, onAlert" : "must be a mapping with schedule, onNewData and/or onAlert") },
  ),
  (t, ctx) => {
    if (t && typeof t === "object" && t.schedule === undefined && t.onNewData === undefined && (t.onAlert === undefined || t.onAlert === false)) {
      ctx.addIssue({ code: "custom", message: "declare at least one of schedule, onNewData, onAlert: a pipeline without a trigger starts nothing" });
    }
  },
).describe("What starts a run; any combination.");

const datasetAccess = (dataset: PipelineDataset) =>
  z
    .enum(DATASET_ACCESS, { error: `not an access level; allowed: ${DATASET_ACCESS.join(", ")}` })
    .optional()
    .describe(`Access of the pipelines service account to the ${dataset} dataset: read (bigquery.dataViewer) or readWrite (bigquery.dataEditor).`);

export const PipelineDatasetsSchema = z
  .strictObject({ raw: datasetAccess("raw"), features: datasetAccess("features"), monitoring: datasetAccess("monitoring") })
  .describe("BigQuery datasets of the environment the pipeline reads or writes, with read or readWrite.");

export const PipelineParametersSchema = checkAcross(
  z.record(z.string(), z.unknown(), { error: "must be a mapping of pipeline input names to values" }),
  (params, ctx) => {
    if (!params || typeof params !== "object" || Array.isArray(params)) return;
    for (const [name, value] of Object.entries(params)) {
      if (!PARAMETER_NAME.test(name)) {
        ctx.addIssue({ code: "custom", path: [name], message: `not a valid parameter name; allowed: ${PARAMETER_NAME_ALLOWED}` });
        continue;
      }
      if (value === null) {
        ctx.addIssue({ code: "custom", path: [name], message: "has no value; omit the parameter to use the template's default" });
        continue;
      }
      const p = jsonValueProblem(value);
      if (p) ctx.addIssue({ code: "custom", path: [name, ...p.path], message: p.message });
    }
  },
)
  .default({})
  .describe("Values of the template's inputs, as JSON values (strings, numbers, booleans, lists, maps).");

export const PipelineSchema = checkAcross(
  z.strictObject({
    name: named(namingRule("pipeline name", PIPELINE_NAME_ALLOWED, PIPELINE_NAME)).describe("Pipeline key: names its triggers and labels its runs; renaming it replaces them."),
    template: PipelineTemplateSchema,
    parameters: PipelineParametersSchema,
    datasets: PipelineDatasetsSchema.default({}),
    triggers: PipelineTriggersSchema,
  }),
  (p, ctx) => {
    // A trigger's parameter is set by the trigger; a fixed value beside it would be silently overridden.
    const params = asRecord(p.parameters) ?? {};
    const triggers = asRecord(p.triggers);
    const onAlert = triggers?.onAlert;
    const set: [string, unknown][] = [
      ["onNewData", asRecord(triggers?.onNewData)?.parameter],
      ["onAlert", onAlert === true ? DEFAULT_ALERT_PARAMETER : asRecord(onAlert)?.parameter],
    ];
    for (const [trigger, name] of set) {
      if (typeof name === "string" && Object.hasOwn(params, name)) {
        ctx.addIssue({ code: "custom", path: ["parameters", name], message: `is set by the ${trigger} trigger for the runs it starts; remove it or give triggers.${trigger} another parameter` });
      }
    }
    if (set[0][1] !== undefined && set[0][1] === set[1][1]) {
      ctx.addIssue({ code: "custom", path: ["triggers", "onAlert"], message: `uses the parameter '${String(set[1][1])}' of onNewData; the two triggers need different parameters` });
    }
  },
).describe("A Vertex AI pipeline run from a KFP template, with what starts it.");

/**
 * Runs write their artifacts under `gs://<pipeline root>/<pipeline>/`; an onNewData trigger on
 * the pipeline root whose prefix overlaps such a folder would start a run for every artifact.
 */
function noSelfTriggering(list: readonly unknown[], ctx: z.RefinementCtx): void {
  const pipelines = list.map(asRecord);
  const names = pipelines.map((p) => p?.name).filter((n): n is string => typeof n === "string");
  pipelines.forEach((p, i) => {
    const t = asRecord(asRecord(p?.triggers)?.onNewData);
    if (t?.bucket !== "pipeline-root" || typeof t.prefix !== "string" || t.prefix === "") return;
    const prefix = t.prefix;
    for (const name of new Set(names)) {
      const folder = `${name}/`;
      if (prefix.startsWith(folder) || folder.startsWith(prefix)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "triggers", "onNewData", "prefix"],
          message: `overlaps 'pipeline-root/${folder}', where the runs of pipeline '${name}' write their artifacts; each of those runs would start another`,
        });
      }
    }
  });
}

export const PipelinesSchema = checkAcross(
  unique(z.array(PipelineSchema, { error: "must be a list of pipelines" }).default([]), {
    field: "name",
    message: (name, first) => `duplicate pipeline name '${name}', already used by pipelines[${first}]; each pipeline needs its own name`,
  }),
  noSelfTriggering,
).describe("Vertex AI pipelines deployed with the environment and what starts their runs.");

/** One pipeline as validated (defaults applied). */
export type PipelineConfig = z.output<typeof PipelineSchema>;
/** One pipeline as the YAML may say it. */
export type PipelineConfigInput = z.input<typeof PipelineSchema>;
export type PipelineTemplate = z.output<typeof PipelineTemplateSchema>;
export type PipelineTriggers = z.output<typeof PipelineTriggersSchema>;
export type PipelineSchedule = z.output<typeof PipelineScheduleSchema>;
export type PipelineOnNewData = z.output<typeof PipelineOnNewDataSchema>;

/** The template reference a run uses: the tag, the version, or the default tag. */
export function templateReference(t: PipelineTemplate): string {
  return t.version ?? t.tag ?? DEFAULT_TEMPLATE_TAG;
}

/** The parameter an alert is passed in, or undefined when alerts do not start the pipeline. */
export function alertParameter(onAlert: PipelineTriggers["onAlert"]): string | undefined {
  if (onAlert === undefined || onAlert === false) return undefined;
  return onAlert === true ? DEFAULT_ALERT_PARAMETER : onAlert.parameter;
}
