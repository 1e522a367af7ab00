/**
 * What the pipeline triggers send to Vertex AI, and the names of the resources that start runs
 * (defined with their rules in checks.ts, re-exported here). Free of cdktn and provider imports.
 *
 * A run is created with `POST https://<region>-aiplatform.googleapis.com/v1/projects/<p>/locations/<region>/pipelineJobs`
 * and a PipelineJob body: displayName, templateUri, runtimeConfig.gcsOutputDirectory and
 * parameterValues, serviceAccount and labels (aiplatform v1 REST, projects.locations.pipelineJobs.create).
 */
import { PipelineConfig, PipelineTemplate, templateReference } from "../config/pipelines";

/** Eventarc event type of an object written (created or overwritten) in Cloud Storage. */
export const OBJECT_FINALIZED = "google.cloud.storage.object.v1.finalized";
/** Eventarc event type of a message published to a Pub/Sub topic. */
export const MESSAGE_PUBLISHED = "google.cloud.pubsub.topic.v1.messagePublished";

/** What started a run; the value of the run's `trigger` label. */
export type RunTrigger = "schedule" | "new-data" | "alert";

/** The Vertex AI endpoint that creates pipeline runs in a region. */
export function pipelineJobsUrl(projectId: string, region: string): string {
  return `https://${region}-aiplatform.googleapis.com/v1/projects/${projectId}/locations/${region}/pipelineJobs`;
}

/**
 * The template URI of a KFP template in Artifact Registry: `<repository URL>/<name>/<tag or version>`,
 * with the repository URL `https://<region>-kfp.pkg.dev/<project>/<repository>` (the kfp
 * RegistryClient's download URL format).
 */
export function templateUri(repositoryUrl: string, template: PipelineTemplate): string {
  return `${repositoryUrl.replace(/\/+$/, "")}/${template.name}/${templateReference(template)}`;
}

/** Where a pipeline's runs write their artifacts: a folder per pipeline in the pipeline root bucket. */
export function pipelineOutputDirectory(pipelineRootUrl: string, pipelineName: string): string {
  return `${pipelineRootUrl.replace(/\/+$/, "")}/${pipelineName}`;
}

/** The body of pipelineJobs.create (a PipelineJob). */
export interface PipelineJobRequest {
  readonly displayName: string;
  readonly templateUri: string;
  readonly runtimeConfig: {
    readonly gcsOutputDirectory: string;
    readonly parameterValues: Readonly<Record<string, unknown>>;
  };
  readonly serviceAccount: string;
  readonly labels: Readonly<Record<string, string>>;
}

export interface PipelineJobRequestProps {
  readonly pipeline: PipelineConfig;
  /** KFP repository URL, `https://<region>-kfp.pkg.dev/<project>/<repository>`. */
  readonly repositoryUrl: string;
  /** `gs://<pipeline root bucket>`. */
  readonly pipelineRootUrl: string;
  /** Email of the service account the run executes as. */
  readonly serviceAccount: string;
  /** Labels of every run; `pipeline` and `trigger` are added. */
  readonly labels: Readonly<Record<string, string>>;
  readonly trigger: RunTrigger;
}

/** The request that starts one run of `pipeline`. */
export function pipelineJobRequest(props: PipelineJobRequestProps): PipelineJobRequest {
  const p = props.pipeline;
  return {
    displayName: p.name,
    templateUri: templateUri(props.repositoryUrl, p.template),
    runtimeConfig: {
      gcsOutputDirectory: pipelineOutputDirectory(props.pipelineRootUrl, p.name),
      parameterValues: { ...p.parameters },
    },
    serviceAccount: props.serviceAccount,
    labels: { ...props.labels, pipeline: p.name, trigger: props.trigger },
  };
}

/** `value` as JSON, base64-encoded (Cloud Scheduler's http_target.body is base64). */
export function base64Json(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64");
}

export { pipelineResourceNames, resourceNameProblems } from "./checks";
export type { PipelineResourceNames } from "./checks";

export interface TriggerWorkflowProps {
  /** The pipelineJobs endpoint (pipelineJobsUrl). */
  readonly url: string;
  /** The request without the event: the workflow adds the event's parameter and the `trigger` label. */
  readonly request: PipelineJobRequest;
  /** Start runs on new objects: the bucket's name, the object prefix and the parameter for the object's URI. */
  readonly onNewData?: { readonly bucketName: string; readonly prefix: string; readonly parameter: string };
  /** Start runs on alerts: the parameter for the notification text. */
  readonly onAlert?: { readonly parameter: string };
}

/** An RE2 pattern matching names that start with `prefix` (whose only metacharacter can be '.'). */
function prefixPattern(prefix: string): string {
  return `^${prefix.replace(/\./g, "[.]")}`;
}

/**
 * The source of the Workflows workflow that starts a run for an Eventarc event: an object
 * finalized in the watched bucket (skipped unless its name starts with the prefix: Eventarc filters
 * Cloud Storage direct events by bucket only) or an alert published to the pipeline's topic
 * (skipped when the incident closes). JSON, which Workflows accepts as well as YAML.
 *
 * The fixed part of the request is embedded base64-encoded, so parameter values can never be
 * read as Workflows expressions.
 */
export function triggerWorkflowSource(props: TriggerWorkflowProps): string {
  const { onNewData, onAlert } = props;
  const { labels, ...rest } = props.request;
  const base = { ...rest, labels: { ...labels } };
  delete (base.labels as Record<string, string>).trigger;
  const expr = (e: string) => `\${${e}}`;
  const str = (s: string) => JSON.stringify(s);

  const steps: Record<string, unknown>[] = [
    {
      init: {
        assign: [
          { request: expr(`json.decode(base64.decode(${str(base64Json(base))}))`) },
          { eventType: expr(`default(map.get(event, "type"), "")`) },
        ],
      },
    },
    {
      route: {
        switch: [
          ...(onNewData ? [{ condition: expr(`eventType == ${str(OBJECT_FINALIZED)}`), next: "newData" }] : []),
          ...(onAlert ? [{ condition: expr(`eventType == ${str(MESSAGE_PUBLISHED)}`), next: "alert" }] : []),
        ],
        next: "ignoreEvent",
      },
    },
  ];
  if (onNewData) {
    steps.push(
      {
        newData: {
          assign: [
            { bucket: expr(`default(map.get(event, ["data", "bucket"]), "")`) },
            { object: expr(`default(map.get(event, ["data", "name"]), "")`) },
          ],
        },
      },
      {
        checkObject: {
          switch: [
            { condition: expr(`bucket != ${str(onNewData.bucketName)}`), next: "ignoreObject" },
            ...(onNewData.prefix ? [{ condition: expr(`not text.match_regex(object, ${str(prefixPattern(onNewData.prefix))})`), next: "ignoreObject" }] : []),
          ],
        },
      },
      {
        objectParameter: {
          assign: [
            { [`request.runtimeConfig.parameterValues.${onNewData.parameter}`]: expr(`"gs://" + bucket + "/" + object`) },
            { "request.labels.trigger": "new-data" },
          ],
          next: "startRun",
        },
      },
    );
  }
  if (onAlert) {
    steps.push(
      {
        alert: {
          assign: [
            { data: expr(`default(map.get(event, ["data", "message", "data"]), "")`) },
            { notification: expr(`text.decode(base64.decode(data))`) },
            { incidentState: "" },
          ],
        },
      },
      {
        // Cloud Monitoring sends one notification when an incident opens and one when it closes.
        readIncident: {
          try: { steps: [{ parseNotification: { assign: [{ incidentState: expr(`default(map.get(json.decode(notification), ["incident", "state"]), "")`) }] } }] },
          except: { as: "e", steps: [{ notJson: { assign: [{ incidentState: "" }] } }] },
        },
      },
      {
        checkIncident: {
          switch: [{ condition: expr(`incidentState == "closed"`), next: "ignoreClosed" }],
        },
      },
      {
        alertParameter: {
          assign: [
            { [`request.runtimeConfig.parameterValues.${onAlert.parameter}`]: expr("notification") },
            { "request.labels.trigger": "alert" },
          ],
          next: "startRun",
        },
      },
    );
  }
  steps.push(
    {
      startRun: {
        try: {
          call: "http.post",
          args: { url: props.url, auth: { type: "OAuth2" }, body: expr("request") },
          result: "run",
        },
        // Retries only what cannot have created a run (429, 503), so a retry never starts a second one.
        retry: expr("http.default_retry_non_idempotent"),
      },
    },
    { logRun: { call: "sys.log", args: { severity: "INFO", text: expr(`"started pipeline run " + run.body.name`) } } },
    { done: { return: expr("run.body.name") } },
    { ignoreEvent: { return: expr(`"ignored event of type " + eventType`) } },
  );
  if (onNewData) steps.push({ ignoreObject: { return: expr(`"ignored gs://" + bucket + "/" + object`) } });
  if (onAlert) steps.push({ ignoreClosed: { return: "ignored: the incident closed" } });
  return `${JSON.stringify({ main: { params: ["event"], steps } }, null, 2)}\n`;
}
