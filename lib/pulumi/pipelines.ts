/**
 * Vertex AI Pipelines infrastructure for Pulumi: the twin of the cdktf `Pipelines` construct, from
 * the same pipeline configuration, tables, names, checks and requests (lib/pipelines/checks.ts and
 * requests.ts, which load neither engine).
 */
import * as pulumi from "@pulumi/pulumi";
import * as cloudscheduler from "@pulumi/gcp/cloudscheduler";
import * as eventarc from "@pulumi/gcp/eventarc";
import * as projects from "@pulumi/gcp/projects";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as storage from "@pulumi/gcp/storage";
import * as vertex from "@pulumi/gcp/vertex";
import * as workflows from "@pulumi/gcp/workflows";
import type { PipelineConfig } from "../config/pipelines";
import { componentLabels, DataProtection, IGrantee, roleKey, deletionPolicyOf } from "../core/common";
import {
  ALERT_PUBLISH_ROLE,
  checkPipelines,
  CLOUD_PLATFORM_SCOPE,
  noAlertTopicMessage,
  PIPELINES_APIS,
  pipelineTriggerPlan,
  SCHEDULE_HTTP,
  SCHEDULE_RETRY,
  scheduleDescription,
  STORAGE_AGENT_ROLE,
  tensorboardTexts,
  TRIGGER_ROLES,
  WORKFLOW_CALL_LOG_LEVEL,
  workflowDescription,
} from "../pipelines/checks";
import {
  base64Json,
  MESSAGE_PUBLISHED,
  OBJECT_FINALIZED,
  PipelineJobRequest,
  pipelineJobRequest,
  pipelineJobsUrl,
  PipelineResourceNames,
  pipelineResourceNames,
  triggerWorkflowSource,
} from "../pipelines/requests";
import type { MlopsDataset } from "./bigquery";
import { notPlain } from "./checks";
import { childName, CommonArgs, GrantRegistry, guardOptions } from "./common";
import type { WorkloadServiceAccount } from "./identity";
import type { ArtifactRepository } from "./registry";
import type { ProjectServices } from "./services";
import type { MlopsBucket } from "./storage";

/**
 * Type tokens of the pipelines components. Part of every URN below them: renaming one replaces
 * the resources under it (unless an alias is added).
 */
export const PIPELINES_COMPONENT_TYPES = {
  pipelines: "mlops:index:Pipelines",
  triggers: "mlops:index:PipelineTriggers",
} as const;

/** A customer-managed key and the grants a resource using it must wait for. */
export interface KeyRef {
  /** `projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<domain>`. */
  readonly keyId: pulumi.Input<string>;
  /** The grants of the key to its service agents; resources using the key wait for them. */
  readonly grants: readonly pulumi.Resource[];
}

export interface PipelinesArgs extends CommonArgs {
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
  readonly encryption?: KeyRef;
  /**
   * Customer-managed key for the triggers' Pub/Sub topics and Workflows (the orchestration key),
   * and the grants they must wait for.
   * @default - Google-managed keys
   */
  readonly orchestrationEncryption?: KeyRef;
  /** The project's services; the component enables the APIs it uses and waits for them. */
  readonly services: ProjectServices;
}

/** Args of one pipeline's triggers; built by `Pipelines`. */
export interface PipelineTriggersArgs {
  /** Project of the triggers and of the runs they start. */
  readonly projectId: string;
  /** Region of the triggers and of the runs they start. */
  readonly region: string;
  /** Key for the alert topic and the workflow, with its grants. @default - Google-managed keys */
  readonly encryption?: KeyRef;
  /** The pipeline, with the schema's defaults applied. */
  readonly pipeline: PipelineConfig;
  /** Names of the scheduler job, workflow, triggers and topic (`pipelineResourceNames`). */
  readonly names: PipelineResourceNames;
  /** Labels of the trigger resources; `pipeline` is added. */
  readonly labels: Readonly<Record<string, string>>;
  /** The account the schedule, the workflow and the Eventarc triggers act as. */
  readonly account: WorkloadServiceAccount;
  /** Requests of the runs started by the schedule and by events (the workflow adds the event). */
  readonly scheduledRun: PipelineJobRequest;
  readonly eventRun: PipelineJobRequest;
  /** The bucket `onNewData` watches. @default - none */
  readonly watchedBucket?: MlopsBucket;
  /** Everything a run needs, created before any trigger can fire. */
  readonly runNeeds: readonly pulumi.Resource[];
  /** What the schedule needs in addition (its API). */
  readonly scheduleNeeds: readonly pulumi.Resource[];
  /** What the new-data trigger needs in addition (APIs, roles, the storage agent's grant). */
  readonly newDataNeeds: readonly pulumi.Resource[];
  /** What the alert topic and trigger need in addition (APIs, the invoker role). */
  readonly alertNeeds: readonly pulumi.Resource[];
  /** What the workflow needs in addition (its APIs). */
  readonly workflowNeeds: readonly pulumi.Resource[];
  /** `preventDestroy` becomes the workflow's `deletionProtection` (workflows hold no data, so no `protect`). */
  readonly protection: DataProtection;
}

/**
 * What starts one pipeline's runs: a Cloud Scheduler job for `schedule`; for `onNewData` and
 * `onAlert`, a Workflows workflow that starts the run with the event as a parameter, started by
 * an Eventarc trigger on object finalize in the watched bucket and by an Eventarc trigger on the
 * pipeline's alert topic. Everything runs as the pipelines service account.
 */
export class PipelineTriggers extends pulumi.ComponentResource {
  readonly pipelineName: string;
  /** The request a scheduled run sends (decoded). */
  readonly scheduledRun: PipelineJobRequest;
  readonly schedule?: cloudscheduler.Job;
  readonly workflow?: workflows.Workflow;
  readonly newDataTrigger?: eventarc.Trigger;
  /** Topic whose messages start a run; make it a Cloud Monitoring notification channel. */
  readonly alertTopic?: pubsub.Topic;
  /** `projects/<project>/topics/<name>`, the `topic` label of a pubsub notification channel. */
  readonly alertTopicId?: pulumi.Output<string>;
  readonly alertTrigger?: eventarc.Trigger;
  private readonly projectId: string;
  private readonly baseName: string;
  private readonly grants: GrantRegistry<pubsub.TopicIAMMember>;

  constructor(name: string, args: PipelineTriggersArgs, opts?: pulumi.ComponentResourceOptions) {
    super(PIPELINES_COMPONENT_TYPES.triggers, name, {}, opts);
    const p = args.pipeline;
    const plan = pipelineTriggerPlan(p);
    const labels = { ...args.labels, pipeline: p.name };
    const child = (key: string) => childName(name, key);
    this.baseName = name;
    this.grants = new GrantRegistry(name);
    this.pipelineName = p.name;
    this.projectId = args.projectId;
    this.scheduledRun = args.scheduledRun;
    const url = pipelineJobsUrl(args.projectId, args.region);

    if (p.triggers.schedule) {
      const s = p.triggers.schedule;
      // Cloud Scheduler jobs take no labels; the name and description say which pipeline they start.
      this.schedule = new cloudscheduler.Job(
        child("schedule"),
        {
          project: args.projectId,
          region: args.region,
          name: args.names.schedulerJob,
          description: scheduleDescription(p.name, args.scheduledRun.templateUri),
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
            httpMethod: SCHEDULE_HTTP.httpMethod,
            headers: { ...SCHEDULE_HTTP.headers },
            body: base64Json(args.scheduledRun),
            oauthToken: { serviceAccountEmail: args.account.email, scope: CLOUD_PLATFORM_SCOPE },
          },
        },
        { parent: this, dependsOn: [...args.runNeeds, ...args.scheduleNeeds] },
      );
    }

    const onNewData = p.triggers.onNewData;
    const alertParam = plan.alertParameter;
    if (!onNewData && !alertParam) {
      this.registerOutputs({});
      return;
    }

    // Pulumi passes strings as they are: no template escapes (the cdktf twin escapes Terraform's).
    const workflow = new workflows.Workflow(
      child("workflow"),
      {
        project: args.projectId,
        region: args.region,
        name: args.names.workflow,
        description: workflowDescription(p.name, onNewData !== undefined, alertParam !== undefined),
        serviceAccount: args.account.email,
        sourceContents: triggerWorkflowSource({
          url,
          request: args.eventRun,
          onNewData: onNewData && args.watchedBucket ? { bucketName: args.watchedBucket.bucketName, prefix: onNewData.prefix, parameter: onNewData.parameter } : undefined,
          onAlert: alertParam ? { parameter: alertParam } : undefined,
        }),
        callLogLevel: WORKFLOW_CALL_LOG_LEVEL,
        cryptoKeyName: args.encryption?.keyId,
        // Workflows are stateless; the provider's default (true) would block teardown of dev.
        deletionProtection: args.protection.preventDestroy,
        labels,
      },
      { parent: this, dependsOn: [...args.runNeeds, ...args.workflowNeeds, ...(args.encryption?.grants ?? [])] },
    );
    this.workflow = workflow;

    if (onNewData && args.watchedBucket) {
      // Eventarc filters Cloud Storage direct events by bucket only (path patterns apply to audit
      // log events); the workflow skips objects outside the prefix.
      this.newDataTrigger = new eventarc.Trigger(
        child("new-data"),
        {
          project: args.projectId,
          location: args.region,
          name: args.names.newDataTrigger,
          matchingCriterias: [
            { attribute: "type", value: OBJECT_FINALIZED },
            { attribute: "bucket", value: args.watchedBucket.resource.name },
          ],
          destination: { workflow: workflow.id },
          serviceAccount: args.account.email,
          labels,
        },
        { parent: this, dependsOn: [...args.runNeeds, ...args.newDataNeeds, args.watchedBucket.resource, workflow] },
      );
    }

    if (alertParam) {
      const topic = new pubsub.Topic(
        child("alert-topic"),
        {
          project: args.projectId,
          name: args.names.alertTopic,
          labels,
          // Alert notifications stay in the environment's region.
          messageStoragePolicy: { allowedPersistenceRegions: [args.region] },
          kmsKeyName: args.encryption?.keyId,
        },
        { parent: this, dependsOn: [...args.alertNeeds, ...(args.encryption?.grants ?? [])] },
      );
      this.alertTopic = topic;
      this.alertTopicId = topic.id;
      this.alertTrigger = new eventarc.Trigger(
        child("alert"),
        {
          project: args.projectId,
          location: args.region,
          name: args.names.alertTrigger,
          matchingCriterias: [{ attribute: "type", value: MESSAGE_PUBLISHED }],
          transport: { pubsub: { topic: topic.id } },
          destination: { workflow: workflow.id },
          serviceAccount: args.account.email,
          labels,
        },
        { parent: this, dependsOn: [...args.runNeeds, ...args.alertNeeds, topic, workflow] },
      );
    }
    this.registerOutputs({});
  }

  /**
   * Let `grantee` publish to the alert topic (roles/pubsub.publisher on the topic only): the
   * Cloud Monitoring notification service agent, once a notification channel uses the topic.
   */
  grantAlertPublish(grantee: IGrantee): pubsub.TopicIAMMember {
    const topic = this.alertTopic;
    if (!topic) throw new Error(noAlertTopicMessage(this.baseName, this.pipelineName));
    return this.grants.once(
      grantee,
      ALERT_PUBLISH_ROLE,
      (name) => new pubsub.TopicIAMMember(name, { project: this.projectId, topic: topic.name, role: ALERT_PUBLISH_ROLE, member: grantee.member }, { parent: this }),
    );
  }
}

/**
 * Vertex AI Pipelines infrastructure: a TensorBoard for experiments (CMEK when a key is given),
 * the roles a run needs on the pipelines service account, and for each pipeline the resources
 * that start its runs (`PipelineTriggers`), keyed by pipeline name. Pulumi does not create runs:
 * the schedules, workflows and Eventarc triggers call Vertex AI's pipelineJobs.create.
 *
 * Names: the TensorBoard `<name>-tensorboard`, project roles `<name>-iam-<grantee>-<role>`, each
 * pipeline's triggers `<name>-<pipeline>` with `-schedule`, `-workflow`, `-new-data`,
 * `-alert-topic` and `-alert` below it.
 */
export class Pipelines extends pulumi.ComponentResource {
  /** The provider resource (escape hatch). */
  readonly tensorboard: vertex.AiTensorboard;
  /** `projects/<number>/locations/<region>/tensorboards/<id>`, for experiments and training jobs. */
  readonly tensorboardName: pulumi.Output<string>;
  /** Each pipeline's triggers, by pipeline name. */
  readonly pipelines: ReadonlyMap<string, PipelineTriggers>;
  /** Alert topics by pipeline name (pipelines with onAlert), for Cloud Monitoring notification channels. */
  readonly alertTopics: ReadonlyMap<string, pubsub.Topic>;
  /** The APIs this component enabled, sorted. */
  readonly apis: readonly string[];

  constructor(name: string, args: PipelinesArgs, opts?: pulumi.ComponentResourceOptions) {
    const { protection, pipelines, buckets, datasets } = checkPipelines(name, args, notPlain);
    super(PIPELINES_COMPONENT_TYPES.pipelines, name, {}, opts);

    const account = args.pipelinesAccount;
    const labels = componentLabels(args.labels, "pipelines");
    const enabled = new Set<string>();
    const api = (...names: string[]): pulumi.Resource[] => {
      names.forEach((n) => enabled.add(n));
      return args.services.enableAll(names);
    };
    const dependsOn = [...(args.dependsOn ?? [])];

    this.tensorboard = new vertex.AiTensorboard(
      childName(name, "tensorboard"),
      {
        project: args.projectId,
        region: args.region,
        ...tensorboardTexts(args.namePrefix),
        labels: componentLabels(args.labels, "experiments"),
        encryptionSpec: args.encryption ? { kmsKeyName: args.encryption.keyId } : undefined,
        deletionPolicy: deletionPolicyOf(protection),
      },
      { parent: this, dependsOn: [...dependsOn, ...api(PIPELINES_APIS.vertexAi), ...(args.encryption?.grants ?? [])], ...guardOptions(protection) },
    );
    this.tensorboardName = this.tensorboard.name;

    // What every run needs: create jobs, run as the pipelines account, read the template, write the root.
    const baseNeeds: pulumi.Resource[] = [
      ...dependsOn,
      ...api(PIPELINES_APIS.vertexAi),
      account.allowVertexAi(),
      account.grantActAs(account),
      ...account.allowTelemetry(),
      args.templates.grantRead(account),
      args.pipelineRoot.grantReadWrite(account),
      args.pipelineRoot.resource,
    ];

    // Project roles of the triggers, once per (grantee, role); the grantee's member may be an Output.
    const iamName = childName(name, "iam");
    const roles = new Map<string, projects.IAMMember>();
    const projectRole = (grantee: { member: pulumi.Input<string>; grantKey: string }, role: string): projects.IAMMember => {
      const key = `${grantee.grantKey}-${roleKey(role)}`;
      let member = roles.get(key);
      if (!member) {
        member = new projects.IAMMember(childName(iamName, key), { project: args.projectId, role, member: grantee.member }, { parent: this, dependsOn });
        roles.set(key, member);
      }
      return member;
    };
    const accountGrantee = { member: account.member, grantKey: account.grantKey };
    let storageAgent: { member: pulumi.Output<string>; grantKey: string } | undefined;
    const storageAgentGrantee = () =>
      (storageAgent ??= { member: storage.getProjectServiceAccountOutput({ project: args.projectId }, { parent: this }).member, grantKey: "storage-agent" });

    const triggers = new Map<string, PipelineTriggers>();
    const topics = new Map<string, pubsub.Topic>();
    for (const p of pipelines) {
      const plan = pipelineTriggerPlan(p);
      const runNeeds = [...baseNeeds];
      for (const [key, access] of plan.datasets) {
        runNeeds.push(access === "readWrite" ? datasets[key].grantReadWrite(account) : datasets[key].grantRead(account), datasets[key].resource);
      }
      if (plan.datasets.length > 0) runNeeds.push(account.allowBigQueryJobs());

      const watched = plan.watchedBucket !== undefined ? buckets[plan.watchedBucket] : undefined;
      if (watched) {
        // The run reads the object that started it.
        if (watched !== args.pipelineRoot) runNeeds.push(watched.grantRead(account));
        runNeeds.push(watched.resource);
      }
      const eventApis = api(...plan.eventApis);
      const invoke = plan.eventDriven ? [projectRole(accountGrantee, TRIGGER_ROLES.invokeWorkflows)] : [];

      const runFor = (trigger: "schedule" | "new-data") =>
        pipelineJobRequest({
          pipeline: p,
          repositoryUrl: args.templates.repositoryUrl,
          pipelineRootUrl: args.pipelineRoot.bucketUrl,
          serviceAccount: account.email,
          labels,
          trigger,
        });
      const pipelineTriggers = new PipelineTriggers(
        childName(name, p.name),
        {
          projectId: args.projectId,
          region: args.region,
          pipeline: p,
          names: pipelineResourceNames(args.namePrefix, p.name),
          labels,
          account,
          scheduledRun: runFor("schedule"),
          eventRun: runFor("new-data"),
          watchedBucket: watched,
          runNeeds,
          scheduleNeeds: plan.scheduled ? api(PIPELINES_APIS.scheduler) : [],
          workflowNeeds: eventApis,
          newDataNeeds: p.triggers.onNewData
            ? [...eventApis, ...invoke, projectRole(accountGrantee, TRIGGER_ROLES.receiveEvents), projectRole(storageAgentGrantee(), STORAGE_AGENT_ROLE)]
            : [],
          alertNeeds: plan.alertParameter ? [...eventApis, ...invoke] : [],
          encryption: args.orchestrationEncryption,
          protection,
        },
        { parent: this },
      );
      triggers.set(p.name, pipelineTriggers);
      if (pipelineTriggers.alertTopic) topics.set(p.name, pipelineTriggers.alertTopic);
    }
    this.pipelines = triggers;
    this.alertTopics = topics;
    this.apis = [...enabled].sort();
    this.registerOutputs({ tensorboardName: this.tensorboardName });
  }
}
