import { CloudSchedulerJob } from "../../provider/google/cloud-scheduler-job";
import { DataGoogleStorageProjectServiceAccount } from "../../provider/google/data-google-storage-project-service-account";
import { EventarcTrigger } from "../../provider/google/eventarc-trigger";
import { ProjectIamMember } from "../../provider/google/project-iam-member";
import { PubsubTopic } from "../../provider/google/pubsub-topic";
import { PubsubTopicIamMember } from "../../provider/google/pubsub-topic-iam-member";
import { VertexAiTensorboard } from "../../provider/google/vertex-ai-tensorboard";
import { WorkflowsWorkflow } from "../../provider/google/workflows-workflow";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import type { MlopsDataset } from "../bigquery/dataset";
import { alertParameter, PipelineConfig } from "../config/pipelines";
import { CommonProps, componentLabels, DataProtection, grantOnce, IGrantee, deletionPolicyOf, keyId, lifecycleOf } from "../core/common";
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
  triggerWorkflowSource,
} from "./requests";
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
} from "./checks";

export { PIPELINES_APIS, SCHEDULE_RETRY, STORAGE_AGENT_ROLE, TRIGGER_ROLES } from "./checks";

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
        description: scheduleDescription(p.name, props.scheduledRun.templateUri),
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
          body: base64Json(props.scheduledRun),
          oauthToken: { serviceAccountEmail: props.account.email, scope: CLOUD_PLATFORM_SCOPE },
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
      description: workflowDescription(p.name, onNewData !== undefined, alertParam !== undefined),
      serviceAccount: props.account.email,
      sourceContents: literal(
        triggerWorkflowSource({
          url,
          request: props.eventRun,
          onNewData: onNewData && props.watchedBucket ? { bucketName: props.watchedBucket.bucketName, prefix: onNewData.prefix, parameter: onNewData.parameter } : undefined,
          onAlert: alertParam ? { parameter: alertParam } : undefined,
        }),
      ),
      callLogLevel: WORKFLOW_CALL_LOG_LEVEL,
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
    if (!topic) throw new Error(noAlertTopicMessage(this.node.path, this.pipelineName));
    return grantOnce(this, grantee, ALERT_PUBLISH_ROLE, (id) =>
      new PubsubTopicIamMember(this, id, { project: this.projectId, topic: topic.name, role: ALERT_PUBLISH_ROLE, member: grantee.member }),
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
    const { protection, pipelines, buckets, datasets } = checkPipelines(id, props, Token.isUnresolved);

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
      ...tensorboardTexts(props.namePrefix),
      labels: componentLabels(props.labels, "experiments"),
      encryptionSpec: props.encryption ? { kmsKeyName: props.encryption.keyId } : undefined,
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
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
      const plan = pipelineTriggerPlan(p);
      const runNeeds = [...baseNeeds];
      for (const [key, access] of plan.datasets) {
        runNeeds.push(access === "readWrite" ? datasets[key].grantReadWrite(account) : datasets[key].grantRead(account), datasets[key].resource);
      }
      if (plan.datasets.length > 0) runNeeds.push(account.allowBigQueryJobs());

      const onNewData = p.triggers.onNewData;
      const watched = plan.watchedBucket !== undefined ? buckets[plan.watchedBucket] : undefined;
      if (watched) {
        // The run reads the object that started it.
        if (watched !== props.pipelineRoot) runNeeds.push(watched.grantRead(account));
        runNeeds.push(watched.resource);
      }
      const alertParam = plan.alertParameter;
      const eventApis = api(...plan.eventApis);
      const invoke = plan.eventDriven ? [projectRole(accountGrantee, TRIGGER_ROLES.invokeWorkflows)] : [];

      const runFor = (trigger: "schedule" | "new-data") =>
        pipelineJobRequest({
          pipeline: p,
          repositoryUrl: props.templates.repositoryUrl,
          pipelineRootUrl: props.pipelineRoot.bucketUrl,
          serviceAccount: account.email,
          labels,
          trigger,
        });
      const pipelineTriggers = new PipelineTriggers(this, keyId(p.name), {
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
        scheduleNeeds: plan.scheduled ? api(PIPELINES_APIS.scheduler) : [],
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
