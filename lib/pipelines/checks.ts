/**
 * The fixed facts of the pipelines capability and the checks of its props, for the `Pipelines`
 * construct: the APIs it enables, the roles its triggers need, the scheduler's retry policy, the
 * names and texts of its resources, what each pipeline's triggers need, and every problem of the
 * props. Free of cdktn and provider imports: the construct says which values are not known yet
 * (`unresolved`: a token).
 */
import { alertParameter, DatasetAccess, PipelineConfig, PipelinesSchema } from "../config/pipelines";
import { checkProtection, DataProtection, GUARDED, labelProblems } from "../core/common";
import { formatPath, Problem, throwIfAny } from "../core/errors";

/** APIs the pipelines capability enables, each only when something uses it. */
export const PIPELINES_APIS = {
  vertexAi: "aiplatform.googleapis.com",
  scheduler: "cloudscheduler.googleapis.com",
  workflows: "workflows.googleapis.com",
  workflowExecutions: "workflowexecutions.googleapis.com",
  eventarc: "eventarc.googleapis.com",
  eventarcPublishing: "eventarcpublishing.googleapis.com",
  pubsub: "pubsub.googleapis.com",
} as const;

/** APIs of event-driven triggers (Workflows, Eventarc, Pub/Sub), in the order they are enabled. */
export const EVENT_TRIGGER_APIS: readonly string[] = [
  PIPELINES_APIS.workflows,
  PIPELINES_APIS.workflowExecutions,
  PIPELINES_APIS.eventarc,
  PIPELINES_APIS.eventarcPublishing,
  PIPELINES_APIS.pubsub,
];

/** Project roles of the pipelines service account that only event-driven triggers need. */
export const TRIGGER_ROLES = {
  /** Eventarc starts the workflow as the pipelines account. */
  invokeWorkflows: "roles/workflows.invoker",
  /** Eventarc delivers Cloud Storage direct events to the trigger's account (not needed for Pub/Sub messages). */
  receiveEvents: "roles/eventarc.eventReceiver",
} as const;

/** Role the Cloud Storage service agent needs so that Eventarc triggers receive object events. */
export const STORAGE_AGENT_ROLE = "roles/pubsub.publisher";

/** Role a Cloud Monitoring notification agent needs on an alert topic. */
export const ALERT_PUBLISH_ROLE = "roles/pubsub.publisher";

/**
 * Cloud Scheduler's retry policy for scheduled runs (retry_count 0-5; durations as `<seconds>s`).
 * A run is created in well under a second; an attempt that times out after 60 s is retried, so a
 * failure of the API is retried for about 20 minutes before the schedule gives up until its next
 * time.
 */
export const SCHEDULE_RETRY = {
  attemptDeadline: "60s",
  retryCount: 3,
  minBackoffDuration: "60s",
  maxBackoffDuration: "600s",
  maxDoublings: 3,
} as const;

/** The scheduler's call of pipelineJobs.create: a JSON POST. */
export const SCHEDULE_HTTP = { httpMethod: "POST", headers: { "Content-Type": "application/json" } } as const;

/** OAuth scope of the scheduler's token for pipelineJobs.create. */
export const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

/** Workflows call logging: errors only (the request carries no secret, but keep logs small). */
export const WORKFLOW_CALL_LOG_LEVEL = "LOG_ERRORS_ONLY";

/** The environment's TensorBoard: display name and description. */
export function tensorboardTexts(namePrefix: string): { readonly displayName: string; readonly description: string } {
  return { displayName: `${namePrefix}-experiments`, description: "Experiment tracking for the environment's training runs and pipelines" };
}

/** Description of a pipeline's scheduler job (Cloud Scheduler jobs take no labels). */
export function scheduleDescription(pipelineName: string, templateUri: string): string {
  return `Starts a run of the Vertex AI pipeline '${pipelineName}' (template ${templateUri})`;
}

/** Description of a pipeline's workflow, naming the events that start it. */
export function workflowDescription(pipelineName: string, onNewData: boolean, onAlert: boolean): string {
  return `Starts a run of the Vertex AI pipeline '${pipelineName}' for ${[onNewData && "new objects", onAlert && "monitoring alerts"].filter(Boolean).join(" and ")}`;
}

/** The message of asking for the alert topic of a pipeline without onAlert. */
export function noAlertTopicMessage(where: string, pipelineName: string): string {
  return `${where}: pipeline '${pipelineName}' has no onAlert trigger, so no alert topic`;
}

/** What one pipeline's triggers need, from its configuration alone. */
export interface PipelineTriggerPlan {
  /** The datasets the pipeline declares, with the access it needs. */
  readonly datasets: readonly (readonly [string, DatasetAccess])[];
  /** Key of the bucket `onNewData` watches. */
  readonly watchedBucket?: string;
  /** The run parameter an alert is passed in; undefined when alerts do not start the pipeline. */
  readonly alertParameter?: string;
  /** True when new objects or alerts start runs (a workflow and Eventarc triggers). */
  readonly eventDriven: boolean;
  /** The APIs the event-driven triggers need; empty otherwise. */
  readonly eventApis: readonly string[];
  /** True when Cloud Scheduler starts runs. */
  readonly scheduled: boolean;
}

export function pipelineTriggerPlan(p: PipelineConfig): PipelineTriggerPlan {
  const datasets = Object.entries(p.datasets).filter(([, access]) => access !== undefined) as [string, DatasetAccess][];
  const alert = alertParameter(p.triggers.onAlert);
  const eventDriven = p.triggers.onNewData !== undefined || alert !== undefined;
  return {
    datasets,
    watchedBucket: p.triggers.onNewData?.bucket,
    alertParameter: alert,
    eventDriven,
    eventApis: eventDriven ? EVENT_TRIGGER_APIS : [],
    scheduled: p.triggers.schedule !== undefined,
  };
}

/** Names of the resources that start one pipeline's runs. */
export interface PipelineResourceNames {
  /** Cloud Scheduler job. */
  readonly schedulerJob: string;
  /** Workflows workflow that starts event-driven runs. */
  readonly workflow: string;
  /** Eventarc trigger on new objects. */
  readonly newDataTrigger: string;
  /** Eventarc trigger on alert messages. */
  readonly alertTrigger: string;
  /** Pub/Sub topic alerts are published to. */
  readonly alertTopic: string;
}

export function pipelineResourceNames(prefix: string, pipelineName: string): PipelineResourceNames {
  const base = `${prefix}-${pipelineName}`;
  return {
    schedulerJob: base,
    workflow: base,
    newDataTrigger: `${base}-new-data`,
    alertTrigger: `${base}-alert`,
    alertTopic: `${base}-alerts`,
  };
}

interface NameRule {
  readonly re: RegExp;
  readonly allowed: string;
}

/**
 * Rules of the derived names. Cloud Scheduler: scheduler/v1 job.proto. Workflows:
 * CreateWorkflowRequest.workflow_id. Pub/Sub: pubsub/v1 pubsub.proto. Eventarc publishes no rule
 * for trigger IDs; the rule below is the conservative RFC 1035 form its examples use (not verified).
 */
const NAME_RULES: Readonly<Record<keyof PipelineResourceNames, NameRule>> = {
  schedulerJob: { re: /^[A-Za-z0-9_-]{1,500}$/, allowed: "Cloud Scheduler job names: 1-500 letters, digits, '_' or '-'" },
  workflow: { re: /^[A-Za-z]([A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/, allowed: "Workflows names: 1-64 letters, digits, '_' or '-', starting with a letter and ending with a letter or digit" },
  newDataTrigger: { re: /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, allowed: "Eventarc trigger names: 1-63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit" },
  alertTrigger: { re: /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, allowed: "Eventarc trigger names: 1-63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit" },
  alertTopic: { re: /^(?!goog)[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}$/, allowed: "Pub/Sub topic names: 3-255 letters, digits or '-_.~+%', starting with a letter, not with 'goog'" },
};

/** The derived names Google would reject, each with the rule it breaks. */
export function resourceNameProblems(names: PipelineResourceNames): { name: string; message: string }[] {
  return (Object.keys(NAME_RULES) as (keyof PipelineResourceNames)[])
    .filter((k) => !NAME_RULES[k].re.test(names[k]))
    .map((k) => ({ name: names[k], message: `gives the name '${names[k]}', which breaks the rule of ${NAME_RULES[k].allowed}` }));
}

/** A bucket as the checks see it (either engine's MlopsBucket). */
export interface CheckedBucket {
  readonly bucketName: string;
  readonly bucketUrl: string;
}

/** The props of `Pipelines` the checks read, the same on both engines. */
export interface PipelinesCheckInput<B extends CheckedBucket> {
  readonly projectId: string;
  readonly region: string;
  readonly namePrefix: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly pipelinesAccount: { readonly email: string };
  readonly pipelineRoot: B;
  readonly templates: { readonly repositoryUrl: string };
}

/**
 * Every problem of the props at once. `buckets` and `datasets` are the ones given to the
 * construct (by purpose); the pipeline root is recognized among the buckets by identity.
 */
export function pipelinesProblems<B extends CheckedBucket>(
  id: string,
  props: PipelinesCheckInput<B>,
  pipelines: readonly PipelineConfig[],
  buckets: Readonly<Record<string, B>>,
  datasets: Readonly<Record<string, unknown>>,
  unresolved: (value: unknown) => boolean,
): Problem[] {
  const problems: Problem[] = [...labelProblems(props.labels, id)];
  // The scheduler's request body is encoded at synth time, so what goes into it must be known then.
  const known: [string, string][] = [
    ["projectId", props.projectId],
    ["region", props.region],
    ["namePrefix", props.namePrefix],
    ["pipelinesAccount.email", props.pipelinesAccount.email],
    ["pipelineRoot.bucketUrl", props.pipelineRoot.bucketUrl],
    ["templates.repositoryUrl", props.templates.repositoryUrl],
    ...Object.entries(buckets).map(([k, b]): [string, string] => [`buckets.${k}.bucketName`, b.bucketName]),
  ];
  for (const [field, value] of known) {
    if (unresolved(value)) {
      problems.push({ path: `${id}.${field}`, message: "must be known at synth time: it is written into the requests that start runs", value });
    }
  }
  const parsed = PipelinesSchema.safeParse(pipelines);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ path: `${id}.pipelines${formatPath(issue.path)}`, message: issue.message });
    }
    return problems;
  }
  pipelines.forEach((p, i) => {
    const at = `${id}.pipelines[${i}]`;
    if (!unresolved(props.namePrefix)) {
      for (const n of resourceNameProblems(pipelineResourceNames(props.namePrefix, p.name))) {
        problems.push({ path: `${at}.name`, message: `${n.message}; use a shorter pipeline name or name prefix`, value: p.name });
      }
    }
    const bucket = p.triggers.onNewData?.bucket;
    if (bucket !== undefined && !buckets[bucket]) {
      problems.push({
        path: `${at}.triggers.onNewData.bucket`,
        message: `is not one of the buckets given to the construct; given: ${Object.keys(buckets).join(", ") || "none"}`,
        value: bucket,
      });
    }
    for (const [key, access] of Object.entries(p.datasets)) {
      if (access !== undefined && !datasets[key]) {
        problems.push({ path: `${at}.datasets.${key}`, message: `is not one of the datasets given to the construct; given: ${Object.keys(datasets).join(", ") || "none"}`, value: access });
      }
    }
  });
  // Runs write under gs://<pipeline root>/<pipeline>/; watching that folder would start runs forever.
  // The schema checks this for the key 'pipeline-root'; here the root may be under another key.
  for (const [i, p] of pipelines.entries()) {
    const t = p.triggers.onNewData;
    if (!t || t.bucket === "pipeline-root" || buckets[t.bucket] !== props.pipelineRoot) continue;
    for (const other of pipelines) {
      const folder = `${other.name}/`;
      if (t.prefix.startsWith(folder) || folder.startsWith(t.prefix)) {
        problems.push({
          path: `${id}.pipelines[${i}].triggers.onNewData.prefix`,
          message: `overlaps '${folder}', where the runs of pipeline '${other.name}' write their artifacts; each of those runs would start another`,
          value: t.prefix,
        });
      }
    }
  }
  return problems;
}

/** What `checkPipelines` reads: the checked props plus the optional collections and protection. */
export interface PipelinesInput<B extends CheckedBucket, D> extends PipelinesCheckInput<B> {
  readonly pipelines?: readonly PipelineConfig[];
  readonly buckets?: Readonly<Record<string, B>>;
  readonly datasets?: Readonly<Record<string, D>>;
  readonly protection?: DataProtection;
}

/** The props with their defaults applied, once checked. */
export interface CheckedPipelines<B, D> {
  readonly protection: DataProtection;
  readonly pipelines: readonly PipelineConfig[];
  readonly buckets: Readonly<Record<string, B>>;
  readonly datasets: Readonly<Record<string, D>>;
}

/**
 * Applies the defaults and throws a ValidationError listing every problem of the props (the
 * protection first, as every construct does); returns the props with their defaults.
 */
export function checkPipelines<B extends CheckedBucket, D>(id: string, props: PipelinesInput<B, D>, unresolved: (value: unknown) => boolean): CheckedPipelines<B, D> {
  const protection = props.protection ?? GUARDED;
  checkProtection(protection, id);
  const pipelines = props.pipelines ?? [];
  const buckets = props.buckets ?? {};
  const datasets = props.datasets ?? {};
  throwIfAny(pipelinesProblems(id, props, pipelines, buckets, datasets, unresolved), `pipelines '${id}'`);
  return { protection, pipelines, buckets, datasets };
}
