import { CloudSchedulerJob } from "@cdktf/provider-google/lib/cloud-scheduler-job";
import { DataGoogleStorageProjectServiceAccount } from "@cdktf/provider-google/lib/data-google-storage-project-service-account";
import { EventarcTrigger } from "@cdktf/provider-google/lib/eventarc-trigger";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { PubsubTopic } from "@cdktf/provider-google/lib/pubsub-topic";
import { PubsubTopicIamMember } from "@cdktf/provider-google/lib/pubsub-topic-iam-member";
import { VertexAiTensorboard } from "@cdktf/provider-google/lib/vertex-ai-tensorboard";
import { WorkflowsWorkflow } from "@cdktf/provider-google/lib/workflows-workflow";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import type { MlopsDataset } from "../bigquery/dataset";
import { alertParameter, PipelineConfig, PipelinesSchema } from "../config/pipelines";
import {
  checkProtection,
  CommonProps,
  componentLabels,
  DataProtection,
  GUARDED,
  grantOnce,
  IGrantee,
  labelProblems,
  lifecycleOf,
} from "../core/common";
import { formatPath, Problem, throwIfAny } from "../core/errors";
import type { WorkloadServiceAccount } from "../identity/service-account";
import type { ProjectServices } from "../project/services";
import type { ArtifactRepository } from "../registry/repository";
import type { MlopsBucket } from "../storage/bucket";
import {
  base64Json,
  MESSAGE_PUBLISHED,
  OBJECT_FINALIZED,
  PipelineJobRequest,
  pipelineJobRequest,
  pipelineJobsUrl,
  PipelineResourceNames,
  pipelineResourceNames,
  resourceNameProblems,
  triggerWorkflowSource,
} from "./requests";

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

/** Project roles of the pipelines service account that only event-driven triggers need. */
export const TRIGGER_ROLES = {
  /** Eventarc starts the workflow as the pipelines account. */
  invokeWorkflows: "roles/workflows.invoker",
  /** Eventarc delivers Cloud Storage direct events to the trigger's account (not needed for Pub/Sub messages). */
  receiveEvents: "roles/eventarc.eventReceiver",
} as const;

/** Role the Cloud Storage service agent needs so that Eventarc triggers receive object events. */
export const STORAGE_AGENT_ROLE = "roles/pubsub.publisher";

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

export interface PipelinesProps extends CommonProps {
  /**
   * Prefix of the names of the scheduler jobs, workflows, Eventarc triggers, topics and the
   * TensorBoard: `<namePrefix>-<pipeline>`. The environment passes its name.
   */
  readonly namePrefix: string;
  /**
   * The pipelines, as validated by `PipelinesSchema` (defaults applied); keyed by name.
   * @default - none: only the TensorBoard and the pipelines account's base roles
   */
  readonly pipelines?: readonly PipelineConfig[];
  /** The account runs execute as, and the identity of the schedulers, workflows and Eventarc triggers. */
  readonly pipelinesAccount: WorkloadServiceAccount;
  /** The pipeline root bucket; each pipeline's runs write under `gs://<bucket>/<pipeline>`. */
  readonly pipelineRoot: MlopsBucket;
  /**
   * The environment's buckets by purpose; `triggers.onNewData.bucket` names one of them.
   * @default - none
   */
  readonly buckets?: Readonly<Record<string, MlopsBucket>>;
  /** The KFP repository the templates are uploaded to. */
  readonly templates: ArtifactRepository;
  /**
   * The environment's datasets by purpose; `datasets` of a pipeline names them.
   * @default - none
   */
  readonly datasets?: Readonly<Record<string, MlopsDataset>>;
  /**
   * Customer-managed key for the TensorBoard (the vertex-ai key), and the grants it must wait for.
   * @default - Google-managed keys
   */
  readonly encryption?: { readonly keyId: string; readonly grants: ITerraformDependable[] };
  /**
   * Customer-managed key for the triggers' Pub/Sub topics and Workflows (the orchestration key),
   * and the grants they must wait for.
   * @default - Google-managed keys
   */
  readonly orchestrationEncryption?: { readonly keyId: string; readonly grants: ITerraformDependable[] };
  /** The project's services; the construct enables the APIs it uses and waits for them. */
  readonly services: ProjectServices;
}

/** Props of one pipeline's triggers; built by `Pipelines`. */
export interface PipelineTriggersProps {
  readonly projectId: string;
  /** Key for the alert topic and the workflow, with its grants. @default - Google-managed keys */
  readonly encryption?: { readonly keyId: string; readonly grants: ITerraformDependable[] };
  readonly region: string;
  readonly pipeline: PipelineConfig;
  readonly names: PipelineResourceNames;
  /** Labels of the trigger resources; `pipeline` is added. */
  readonly labels: Readonly<Record<string, string>>;
  readonly account: WorkloadServiceAccount;
  /** Requests of the runs started by the schedule and by events (the workflow adds the event). */
  readonly scheduledRun: PipelineJobRequest;
  readonly eventRun: PipelineJobRequest;
  /** The bucket `onNewData` watches. */
  readonly watchedBucket?: MlopsBucket;
  /** Everything a run needs, created before any trigger can fire. */
  readonly runNeeds: ITerraformDependable[];
  /** What the schedule needs in addition (its API). */
  readonly scheduleNeeds: ITerraformDependable[];
  /** What the workflow and the Eventarc triggers need in addition (APIs, roles, the storage agent's grant). */
  readonly newDataNeeds: ITerraformDependable[];
  readonly alertNeeds: ITerraformDependable[];
  readonly workflowNeeds: ITerraformDependable[];
  readonly protection: DataProtection;
}

/** Escapes Terraform's template sequences, so `${...}` reaches the service as written. */
function literal(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * What starts one pipeline's runs: a Cloud Scheduler job for `schedule`; for `onNewData` and
 * `onAlert`, a Workflows workflow that starts the run with the event as a parameter, started by
 * an Eventarc trigger on object finalize in the watched bucket and by an Eventarc trigger on the
 * pipeline's alert topic. Everything runs as the pipelines service account.
 */
export class PipelineTriggers extends Construct {
  readonly pipelineName: string;
  /** The request a scheduled run sends (decoded). */
  readonly scheduledRun: PipelineJobRequest;
  readonly schedule?: CloudSchedulerJob;
  readonly workflow?: WorkflowsWorkflow;
  readonly newDataTrigger?: EventarcTrigger;
  /** Topic whose messages start a run; make it a Cloud Monitoring notification channel. */
  readonly alertTopic?: PubsubTopic;
  /** `projects/<project>/topics/<name>`, the `topic` label of a pubsub notification channel. */
  readonly alertTopicId?: string;
  readonly alertTrigger?: EventarcTrigger;
  private readonly projectId: string;

  constructor(scope: Construct, id: string, props: PipelineTriggersProps) {
    super(scope, id);
    const p = props.pipeline;
    const labels = { ...props.labels, pipeline: p.name };
    this.pipelineName = p.name;
    this.projectId = props.projectId;
    this.scheduledRun = props.scheduledRun;
    const url = pipelineJobsUrl(props.projectId, props.region);

    if (p.triggers.schedule) {
      const s = p.triggers.schedule;
      // Cloud Scheduler jobs take no labels; the name and description say which pipeline they start.
      this.schedule = new CloudSchedulerJob(this, "Schedule", {
        project: props.projectId,
        region: props.region,
        name: props.names.schedulerJob,
        description: `Starts a run of the Vertex AI pipeline '${p.name}' (template ${props.scheduledRun.templateUri})`,
        schedule: s.cron,
        timeZone: s.timeZone,
        attemptDeadline: SCHEDULE_RETRY.attemptDeadline,
        retryConfig: {
          retryCount: SCHEDULE_RETRY.retryCount,
          minBackoffDuration: SCHEDULE_RETRY.minBackoffDuration,
          maxBackoffDuration: SCHEDULE_RETRY.maxBackoffDuration,
          maxDoublings: SCHEDULE_RETRY.maxDoublings,
        },
        httpTarget: {
          uri: url,
          httpMethod: "POST",
          headers: { "Content-Type": "application/json" },
          body: base64Json(props.scheduledRun),
          oauthToken: { serviceAccountEmail: props.account.email, scope: "https://www.googleapis.com/auth/cloud-platform" },
        },
        dependsOn: [...props.runNeeds, ...props.scheduleNeeds],
      });
    }

    const onNewData = p.triggers.onNewData;
    const alertParam = alertParameter(p.triggers.onAlert);
    if (!onNewData && !alertParam) return;

    const workflow = new WorkflowsWorkflow(this, "Workflow", {
      project: props.projectId,
      region: props.region,
      name: props.names.workflow,
      description: `Starts a run of the Vertex AI pipeline '${p.name}' for ${[onNewData && "new objects", alertParam && "monitoring alerts"].filter(Boolean).join(" and ")}`,
      serviceAccount: props.account.email,
      sourceContents: literal(
        triggerWorkflowSource({
          url,
          request: props.eventRun,
          onNewData: onNewData && props.watchedBucket ? { bucketName: props.watchedBucket.bucketName, prefix: onNewData.prefix, parameter: onNewData.parameter } : undefined,
          onAlert: alertParam ? { parameter: alertParam } : undefined,
        }),
      ),
      callLogLevel: "LOG_ERRORS_ONLY",
      cryptoKeyName: props.encryption?.keyId,
      // Workflows are stateless; the provider's default (true) would block teardown of dev.
      deletionProtection: props.protection.preventDestroy,
      labels,
      dependsOn: [...props.runNeeds, ...props.workflowNeeds, ...(props.encryption?.grants ?? [])],
    });
    this.workflow = workflow;

    if (onNewData && props.watchedBucket) {
      // Eventarc filters Cloud Storage direct events by bucket only (path patterns apply to audit
      // log events); the workflow skips objects outside the prefix.
      this.newDataTrigger = new EventarcTrigger(this, "NewData", {
        project: props.projectId,
        location: props.region,
        name: props.names.newDataTrigger,
        matchingCriteria: [
          { attribute: "type", value: OBJECT_FINALIZED },
          { attribute: "bucket", value: props.watchedBucket.resource.name },
        ],
        destination: { workflow: workflow.id },
        serviceAccount: props.account.email,
        labels,
        dependsOn: [...props.runNeeds, ...props.newDataNeeds, props.watchedBucket.resource, workflow],
      });
    }

    if (alertParam) {
      const topic = new PubsubTopic(this, "AlertTopic", {
        project: props.projectId,
        name: props.names.alertTopic,
        labels,
        // Alert notifications stay in the environment's region.
        messageStoragePolicy: { allowedPersistenceRegions: [props.region] },
        kmsKeyName: props.encryption?.keyId,
        dependsOn: [...props.alertNeeds, ...(props.encryption?.grants ?? [])],
      });
      this.alertTopic = topic;
      this.alertTopicId = topic.id;
      this.alertTrigger = new EventarcTrigger(this, "Alert", {
        project: props.projectId,
        location: props.region,
        name: props.names.alertTrigger,
        matchingCriteria: [{ attribute: "type", value: MESSAGE_PUBLISHED }],
        transport: { pubsub: { topic: topic.id } },
        destination: { workflow: workflow.id },
        serviceAccount: props.account.email,
        labels,
        dependsOn: [...props.runNeeds, ...props.alertNeeds, topic, workflow],
      });
    }
  }

  /**
   * Let `grantee` publish to the alert topic (roles/pubsub.publisher on the topic only): the
   * Cloud Monitoring notification service agent, once a notification channel uses the topic.
   */
  grantAlertPublish(grantee: IGrantee): PubsubTopicIamMember {
    const topic = this.alertTopic;
    if (!topic) throw new Error(`${this.node.path}: pipeline '${this.pipelineName}' has no onAlert trigger, so no alert topic`);
    return grantOnce(this, grantee, "roles/pubsub.publisher", (id) =>
      new PubsubTopicIamMember(this, id, { project: this.projectId, topic: topic.name, role: "roles/pubsub.publisher", member: grantee.member }),
    );
  }
}

/**
 * Vertex AI Pipelines infrastructure: a TensorBoard for experiments (CMEK when a key is given),
 * the roles a run needs on the pipelines service account, and for each pipeline the resources
 * that start its runs (`PipelineTriggers`), keyed by pipeline name. Terraform does not create
 * runs: the schedules, workflows and Eventarc triggers call Vertex AI's pipelineJobs.create.
 */
export class Pipelines extends Construct {
  /** The provider resource (escape hatch). */
  readonly tensorboard: VertexAiTensorboard;
  /** `projects/<number>/locations/<region>/tensorboards/<id>`, for experiments and training jobs. */
  readonly tensorboardName: string;
  /** Each pipeline's triggers, by pipeline name. */
  readonly pipelines: ReadonlyMap<string, PipelineTriggers>;
  /** Alert topics by pipeline name (pipelines with onAlert), for Cloud Monitoring notification channels. */
  readonly alertTopics: ReadonlyMap<string, PubsubTopic>;
  /** The APIs this construct enabled, sorted. */
  readonly apis: readonly string[];

  constructor(scope: Construct, id: string, props: PipelinesProps) {
    super(scope, id);
    const protection = props.protection ?? GUARDED;
    checkProtection(protection, id);
    const pipelines = props.pipelines ?? [];
    const buckets = props.buckets ?? {};
    const datasets = props.datasets ?? {};
    throwIfAny(validate(id, props, pipelines, buckets, datasets), `pipelines '${id}'`);

    const account = props.pipelinesAccount;
    const labels = componentLabels(props.labels, "pipelines");
    const enabled = new Set<string>();
    const api = (...names: string[]) => {
      names.forEach((n) => enabled.add(n));
      return props.services.enableAll(names);
    };
    const dependsOn = props.dependsOn ?? [];

    this.tensorboard = new VertexAiTensorboard(this, "Tensorboard", {
      project: props.projectId,
      region: props.region,
      displayName: `${props.namePrefix}-experiments`,
      description: "Experiment tracking for the environment's training runs and pipelines",
      labels: componentLabels(props.labels, "experiments"),
      encryptionSpec: props.encryption ? { kmsKeyName: props.encryption.keyId } : undefined,
      lifecycle: lifecycleOf(protection),
      dependsOn: [...dependsOn, ...api(PIPELINES_APIS.vertexAi), ...(props.encryption?.grants ?? [])],
    });
    this.tensorboardName = this.tensorboard.name;

    // What every run needs: create jobs, run as the pipelines account, read the template, write the root.
    const baseNeeds: ITerraformDependable[] = [
      ...dependsOn,
      ...api(PIPELINES_APIS.vertexAi),
      account.allowVertexAi(),
      account.grantActAs(account),
      ...account.allowTelemetry(),
      props.templates.grantRead(account),
      props.pipelineRoot.grantReadWrite(account),
      props.pipelineRoot.resource,
    ];

    const iam = new Construct(this, "Iam");
    const accountGrantee: IGrantee = { member: account.member, grantKey: account.grantKey };
    const projectRole = (grantee: IGrantee, role: string) =>
      grantOnce(iam, grantee, role, (gid) => new ProjectIamMember(iam, gid, { project: props.projectId, role, member: grantee.member, dependsOn: dependsOn.length > 0 ? dependsOn : undefined }));
    let storageAgent: IGrantee | undefined;
    const storageAgentGrantee = (): IGrantee =>
      (storageAgent ??= {
        member: new DataGoogleStorageProjectServiceAccount(iam, "StorageAgent", { project: props.projectId }).member,
        grantKey: "storage-agent",
      });

    const triggers = new Map<string, PipelineTriggers>();
    const topics = new Map<string, PubsubTopic>();
    for (const p of pipelines) {
      const names = pipelineResourceNames(props.namePrefix, p.name);
      const runNeeds = [...baseNeeds];
      const use = Object.entries(p.datasets).filter(([, access]) => access !== undefined) as [string, "read" | "readWrite"][];
      for (const [key, access] of use) {
        runNeeds.push(access === "readWrite" ? datasets[key].grantReadWrite(account) : datasets[key].grantRead(account), datasets[key].resource);
      }
      if (use.length > 0) runNeeds.push(account.allowBigQueryJobs());

      const onNewData = p.triggers.onNewData;
      const watched = onNewData ? buckets[onNewData.bucket] : undefined;
      if (watched) {
        // The run reads the object that started it.
        if (watched !== props.pipelineRoot) runNeeds.push(watched.grantRead(account));
        runNeeds.push(watched.resource);
      }
      const alertParam = alertParameter(p.triggers.onAlert);
      const eventDriven = onNewData !== undefined || alertParam !== undefined;
      const eventApis = eventDriven
        ? api(PIPELINES_APIS.workflows, PIPELINES_APIS.workflowExecutions, PIPELINES_APIS.eventarc, PIPELINES_APIS.eventarcPublishing, PIPELINES_APIS.pubsub)
        : [];
      const invoke = eventDriven ? [projectRole(accountGrantee, TRIGGER_ROLES.invokeWorkflows)] : [];

      const runFor = (trigger: "schedule" | "new-data") =>
        pipelineJobRequest({
          pipeline: p,
          repositoryUrl: props.templates.repositoryUrl,
          pipelineRootUrl: props.pipelineRoot.bucketUrl,
          serviceAccount: account.email,
          labels,
          trigger,
        });
      const pipelineTriggers = new PipelineTriggers(this, p.name, {
        projectId: props.projectId,
        region: props.region,
        pipeline: p,
        names,
        labels,
        account,
        scheduledRun: runFor("schedule"),
        eventRun: runFor("new-data"),
        watchedBucket: watched,
        runNeeds,
        scheduleNeeds: p.triggers.schedule ? api(PIPELINES_APIS.scheduler) : [],
        workflowNeeds: eventApis,
        newDataNeeds: onNewData
          ? [...eventApis, ...invoke, projectRole(accountGrantee, TRIGGER_ROLES.receiveEvents), projectRole(storageAgentGrantee(), STORAGE_AGENT_ROLE)]
          : [],
        alertNeeds: alertParam ? [...eventApis, ...invoke] : [],
        encryption: props.orchestrationEncryption,
        protection,
      });
      triggers.set(p.name, pipelineTriggers);
      if (pipelineTriggers.alertTopic) topics.set(p.name, pipelineTriggers.alertTopic);
    }
    this.pipelines = triggers;
    this.alertTopics = topics;
    this.apis = [...enabled].sort();
  }
}

/** Every problem of the props at once. */
function validate(
  id: string,
  props: PipelinesProps,
  pipelines: readonly PipelineConfig[],
  buckets: Readonly<Record<string, MlopsBucket>>,
  datasets: Readonly<Record<string, MlopsDataset>>,
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
    if (Token.isUnresolved(value)) {
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
    if (!Token.isUnresolved(props.namePrefix)) {
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
