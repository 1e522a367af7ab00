/**
 * MlopsEnvironment: one environment's resources, composed from the capability constructs and
 * wired by passing objects (buckets, datasets, service accounts), never by rebuilding names.
 *
 * Construct ids below are public API: they are part of every Terraform address, so renaming one
 * replaces the resources under it in every environment.
 */
import { DataGoogleProject } from "../provider/google/data-google-project";
import type { ITerraformDependable } from "./cdktn";
import { Construct, TerraformOutput } from "./cdktn";
import { Warehouse } from "./bigquery/warehouse";
import { EnvironmentSpec } from "./config/spec";
import { CommonProps } from "./core/common";
import { GithubWorkloadIdentity } from "./delivery/workload-identity";
import { grantWorkloadAccess } from "./identity/access";
import { KEY_AGENT_APIS } from "./encryption/checks";
import { Encryption, KeyDomain } from "./encryption/encryption";
import { DataAccessAuditLogs } from "./identity/audit-logs";
import { Identity } from "./identity/identity";
import { MlopsNetwork } from "./network/network";
import { ServicePerimeter } from "./network/service-perimeter";
import { defaultStoreName } from "./config/features";
import { FeatureStore } from "./featurestore/feature-store";
import { Budget } from "./monitoring/budget";
import { NotificationChannels } from "./monitoring/channels";
import { Dashboard } from "./monitoring/dashboard";
import { FeatureStoreAlerts } from "./monitoring/feature-store-alerts";
import { FleetModelAlerts } from "./monitoring/fleet-model-alerts";
import { PipelineAlerts } from "./monitoring/pipeline-alerts";
import { monitoringPlan, ServedModelFacts } from "./monitoring/plan";
import { WorkbenchAlerts } from "./monitoring/workbench-alerts";
import { Pipelines } from "./pipelines/pipelines";
import { SkewMonitoring } from "./skew/monitoring";
import { ServingFleet, ServingFleetProps } from "./serving/fleet";
import { servingName } from "./serving/attributes";
import { isPublicModel, resolveServingModel } from "./serving/preset";
import { DATA_LAYER_APIS, FOUNDATION_APIS } from "./project/checks";
import { ProjectServices } from "./project/services";
import { ArtifactRepository } from "./registry/repository";
import { DataLake } from "./storage/data-lake";
import { WorkbenchFleet } from "./workbench/fleet";

export { DATA_LAYER_APIS, FOUNDATION_APIS } from "./project/checks";

export interface MlopsEnvironmentProps {
  readonly spec: EnvironmentSpec;
}

export class MlopsEnvironment extends Construct {
  readonly spec: EnvironmentSpec;
  readonly services: ProjectServices;
  readonly network: MlopsNetwork;
  /** Customer-managed keys; undefined when the environment uses Google-managed keys (dev only). */
  readonly encryption?: Encryption;
  readonly identity: Identity;
  readonly dataLake: DataLake;
  readonly warehouse: Warehouse;
  readonly registry: { readonly containers: ArtifactRepository; readonly pipelines: ArtifactRepository };
  readonly workbench: WorkbenchFleet;
  readonly pipelines: Pipelines;
  /**
   * The serving fleet, when serving lives in this stack (`serving.shards: 1`, the default); with
   * serving stacks it is undefined and each `ServingStack` of the environment holds a fleet.
   */
  readonly serving?: ServingFleet;
  /** Undefined when the YAML declares no feature store. */
  readonly featureStore?: FeatureStore;
  /** The project's Data Access audit configs; undefined when the environment records none. */
  readonly auditLogs?: DataAccessAuditLogs;

  /**
   * What every serving fleet of the environment shares (all but the models): the fleet in this
   * stack, or the fleets of its serving stacks, which reach these values across stacks.
   */
  readonly servingOptions: Omit<ServingFleetProps, "models">;

  constructor(scope: Construct, id: string, props: MlopsEnvironmentProps) {
    super(scope, id);
    const spec = props.spec;
    const preset = spec.preset;
    this.spec = spec;

    this.services = new ProjectServices(this, "Services", { projectId: spec.projectId, apis: Object.values(DATA_LAYER_APIS) });
    const api = (...names: string[]) => this.services.enableAll(names);

    this.network = new MlopsNetwork(this, "Network", {
      projectId: spec.projectId,
      region: spec.region,
      name: spec.name,
      labels: spec.labels,
      subnetCidr: spec.network.subnetCidr,
      enablePrivateServiceAccess: spec.network.privateServiceAccess,
      privateServiceAccessCidr: spec.network.privateServiceAccessCidr,
      flowLogSampling: spec.network.flowLogSampling,
      sharedVpc: spec.network.sharedVpc,
      dependsOn: spec.network.sharedVpc
        ? undefined
        : api(FOUNDATION_APIS.compute, ...(spec.network.privateServiceAccess ? [FOUNDATION_APIS.serviceNetworking] : [])),
    });

    if (spec.encryption) {
      this.encryption = new Encryption(this, "Encryption", {
        projectId: spec.projectId,
        region: spec.region,
        keyRingName: spec.encryption.keyRingName,
        rotationPeriodDays: spec.encryption.rotationDays,
        labels: spec.labels,
        // Service agents exist once their API is on; the grants to them wait for it.
        dependsOn: api(...KEY_AGENT_APIS),
      });
    }

    /** Placement, labels and deletion policy, plus what must exist first: the API and, with CMEK, the key grants. */
    const common = (apiName: string, domain: KeyDomain): CommonProps & { kmsKeyName?: string } => {
      const key = this.cmekKey(domain);
      return {
        projectId: spec.projectId,
        region: spec.region,
        labels: spec.labels,
        protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: preset.allowDataTeardown },
        dependsOn: [...api(apiName), ...(key?.grants ?? [])],
        kmsKeyName: key?.keyId,
      };
    };

    this.identity = new Identity(this, "Identity", {
      projectId: spec.projectId,
      accountPrefix: spec.name,
      dependsOn: api(DATA_LAYER_APIS.iam),
    });

    this.dataLake = new DataLake(this, "DataLake", {
      ...common(DATA_LAYER_APIS.storage, "storage"),
      bucketPrefix: spec.bucketPrefix,
      noncurrentVersionRetentionDays: preset.noncurrentVersionRetentionDays,
      softDeleteRetentionDays: preset.softDeleteRetentionDays,
    });

    this.warehouse = new Warehouse(this, "Warehouse", {
      ...common(DATA_LAYER_APIS.bigquery, "bigquery"),
      datasetPrefix: spec.name,
      tableExpirationDays: preset.tableExpirationDays,
      timeTravelHours: preset.timeTravelHours,
    });

    const registry = new Construct(this, "Registry");
    const repo = (id: string, format: "DOCKER" | "KFP", purpose: string, description: string) =>
      new ArtifactRepository(registry, id, {
        ...common(DATA_LAYER_APIS.artifactRegistry, "artifact-registry"),
        repositoryId: `${spec.name}-${id}`,
        format,
        purpose,
        description,
        untaggedRetentionDays: preset.untaggedImageRetentionDays,
        keepRecentVersions: preset.keepRecentVersions,
        immutableTags: format === "DOCKER" ? preset.immutableImageTags : undefined,
      });
    this.registry = {
      containers: repo("containers", "DOCKER", "containers", "Training, serving and pipeline component images"),
      pipelines: repo("pipelines", "KFP", "pipeline-templates", "Compiled Kubeflow pipeline templates"),
    };

    this.workbench = new WorkbenchFleet(this, "Workbench", {
      projectId: spec.projectId,
      zone: spec.workbench.zone,
      instances: spec.workbench.instances,
      serviceAccount: this.identity.accounts.workbench,
      network: this.network,
      containerRepositoryUrl: this.registry.containers.repositoryUrl,
      encryption: this.cmekKey("workbench-disks"),
      disableDownloads: preset.workbenchDisableDownloads,
      labels: spec.labels,
      protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: false },
      dependsOn: api(FOUNDATION_APIS.notebooks, FOUNDATION_APIS.compute),
    });

    // Vertex AI writes request/response logs into the monitoring dataset as its service agent.
    const vertexAgent = { member: `serviceAccount:service-${this.projectNumber}@gcp-sa-aiplatform.iam.gserviceaccount.com`, grantKey: "vertex-ai-agent" };
    const logsGrant = this.warehouse.datasets.monitoring.grantReadWrite(vertexAgent);
    this.servingOptions = {
      projectId: spec.projectId,
      region: spec.region,
      labels: spec.labels,
      tier: spec.tier,
      namePrefix: spec.name,
      preset: preset.serving,
      servingAccount: this.identity.accounts.serving,
      encryption: this.cmekKey("vertex-ai"),
      privateEndpoints: spec.tier === "prod",
      predictionLogs: { projectId: spec.projectId, datasetId: this.warehouse.datasets.monitoring.datasetId, grants: [logsGrant] },
      capacityBucket: this.dataLake.buckets.artifacts.resource.name,
      protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: false },
      dependsOn: api(DATA_LAYER_APIS.vertexAi),
    };
    if (spec.serving.shards === 1) this.serving = new ServingFleet(this, "Serving", { ...this.servingOptions, models: spec.models });

    this.pipelines = new Pipelines(this, "Pipelines", {
      projectId: spec.projectId,
      region: spec.region,
      labels: spec.labels,
      namePrefix: spec.name,
      pipelines: spec.pipelines,
      pipelinesAccount: this.identity.accounts.pipelines,
      pipelineRoot: this.dataLake.buckets["pipeline-root"],
      buckets: this.dataLake.buckets,
      templates: this.registry.pipelines,
      datasets: this.warehouse.datasets,
      encryption: this.cmekKey("vertex-ai"),
      orchestrationEncryption: this.cmekKey("orchestration"),
      services: this.services,
      protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: preset.allowDataTeardown },
    });

    if (spec.featureStore) {
      // The online store takes no CMEK on this provider (google-beta only); the features dataset it
      // syncs from and the groups' tables in it have the BigQuery key (the tables name the dataset,
      // which waits for the key's grants).
      this.featureStore = new FeatureStore(this, "FeatureStore", {
        projectId: spec.projectId,
        region: spec.region,
        labels: spec.labels,
        name: spec.featureStore.name ?? defaultStoreName(spec.name),
        config: spec.featureStore,
        preset: preset.featureStore,
        featuresDataset: this.warehouse.datasets.features,
        tableKmsKeyName: this.cmekKey("bigquery")?.keyId,
        servingAccount: this.identity.accounts.serving,
        pipelinesAccount: this.identity.accounts.pipelines,
        encryption: this.cmekKey("vertex-ai"),
        protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: preset.allowDataTeardown },
        dependsOn: api(DATA_LAYER_APIS.vertexAi),
      });
    }

    if (spec.dataAccessAuditLogs) {
      this.auditLogs = new DataAccessAuditLogs(this, "AuditLogs", { projectId: spec.projectId, services: spec.dataAccessAuditServices, dependsOn: api(DATA_LAYER_APIS.resourceManager) });
    }
    if (spec.vpcServiceControls) {
      new ServicePerimeter(this, "Perimeter", {
        projectId: spec.projectId,
        ...spec.vpcServiceControls,
        dependsOn: api(FOUNDATION_APIS.accessContextManager),
      });
    }

    if (spec.delivery) {
      const { workbench, pipelines, serving } = this.identity.accounts;
      const delivery = new GithubWorkloadIdentity(this, "Delivery", {
        projectId: spec.projectId,
        name: spec.name,
        repository: spec.delivery.repository,
        branch: spec.delivery.branch,
        environment: spec.delivery.environment,
        pullRequestPlans: spec.delivery.planner !== undefined,
        // The deployer creates resources that run as these accounts (instances, schedulers, triggers, endpoints).
        actAs: [workbench, pipelines, serving],
        protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: false },
        dependsOn: api(DATA_LAYER_APIS.iam, "iamcredentials.googleapis.com", "sts.googleapis.com"),
      });
      new TerraformOutput(this, "workload-identity-provider", { value: delivery.workloadIdentityProvider, description: "Workload Identity provider for the deploy workflow" }).overrideLogicalId("workload_identity_provider");
      new TerraformOutput(this, "deployer", { value: delivery.deployer.email, description: "Service account the deploy workflow impersonates" }).overrideLogicalId("deployer_service_account");
    }

    // Who may do what, by workload (the README's identity table, shared by both engines).
    grantWorkloadAccess({
      accounts: this.identity.accounts,
      buckets: this.dataLake.buckets,
      datasets: this.warehouse.datasets,
      repositories: this.registry,
    });
    this.addMonitoring();
    this.addOutputs();
  }

  /**
   * Channels, the model fleet's alerts, alerts per pipeline and feature view, Workbench after hours, the dashboard,
   * the budget and skew detection. Alerts need a channel: preprod and prod require one (schema);
   * a dev environment without channels gets the dashboard and budget only.
   */
  private addMonitoring(): void {
    const spec = this.spec;
    const preset = spec.preset.monitoring;
    const n = spec.notifications;
    // What to create is decided once, for both engines, by the shared plan.
    const plan = monitoringPlan(spec, {
      servedModel: (name) => (this.serving ? this.serving.models.get(name) : this.servedModelFacts.get(name)),
      featureStore: this.featureStore !== undefined,
      monitoringDatasetId: this.warehouse.datasets.monitoring.datasetId,
    });
    const monitoringApis = this.services.enableAll(plan.apis);
    const base = { projectId: spec.projectId, environment: spec.name, labels: spec.labels, dependsOn: monitoringApis };
    const channels = new NotificationChannels(this, "Notifications", {
      projectId: spec.projectId,
      emails: n.emails,
      pagerduty: n.pagerduty,
      slack: n.slack,
      webhooks: n.webhooks,
      projectNumber: this.projectNumber,
      labels: spec.labels,
      dependsOn: monitoringApis,
    });
    const notificationChannels = channels.alertChannelIds;

    if (plan.modelAlerts) {
      // One policy per signal for the fleet, plus one per group of models with their own thresholds.
      new FleetModelAlerts(this, "ModelAlerts", {
        ...base,
        notificationChannels,
        endpointPrefix: plan.modelAlerts.endpointPrefix,
        defaults: plan.modelAlerts.defaults,
        excludedEndpointIds: plan.modelAlerts.excludedEndpointIds,
        models: plan.models.map(({ config, model, thresholds }) => ({
          name: config.name,
          endpointId: model.endpointName,
          maxReplicas: model.spec.maxReplicas,
          acceleratorCount: model.spec.accelerator?.count ?? 0,
          thresholds,
        })),
        preset,
      });
    }
    const pipelineMetrics = plan.pipelineAlerts
      ? new PipelineAlerts(this, "PipelineAlerts", { ...base, notificationChannels, preset, scheduled: plan.pipelineAlerts.scheduled }).metricTypes
      : undefined;
    if (plan.featureStoreAlerts) {
      new FeatureStoreAlerts(this, "FeatureStoreAlerts", { ...base, notificationChannels, preset, featureViews: plan.featureStoreAlerts.featureViews });
    }
    if (plan.workbenchAlerts) {
      new WorkbenchAlerts(this, "WorkbenchAlerts", { ...base, notificationChannels, preset, ...plan.workbenchAlerts });
    }
    new Dashboard(this, "Dashboard", { ...base, models: plan.dashboard.models, pipelineMetrics, featureStore: plan.dashboard.featureStore });

    if (spec.budget && plan.budget) {
      new Budget(this, "Budget", {
        projectId: spec.projectId,
        billingAccount: spec.budget.billingAccount,
        amount: spec.budget.amount,
        currency: spec.budget.currency,
        thresholds: spec.budget.thresholds,
        forecastThreshold: spec.budget.forecastThreshold,
        emailChannelIds: channels.emailChannelIds.slice(0, 5),
        projectNumber: this.projectNumber,
        dependsOn: this.services.enableAll(plan.budget.apis),
      });
    }

    if (plan.skew) {
      new SkewMonitoring(this, "SkewMonitoring", {
        projectId: spec.projectId,
        region: spec.region,
        labels: spec.labels,
        environmentName: spec.name,
        monitoringDataset: this.warehouse.datasets.monitoring,
        notificationChannelIds: notificationChannels,
        models: plan.skew.models.map((m) => ({
          name: m.name,
          monitoring: m.monitoring,
          predictionLogs: m.predictionLogs,
          retrain: m.retrainPipeline ? { pipeline: m.retrainPipeline, channelId: this.retrainingChannel(m.retrainPipeline) } : undefined,
        })),
        batching: spec.skewBatching,
        dependsOn: [...monitoringApis, ...this.services.enableAll(plan.skew.apis)],
      });
    }
  }

  /** The monitoring's view of models served from serving stacks (the same facts a ServedModel gives). */
  private get servedModelFacts(): ReadonlyMap<string, ServedModelFacts> {
    this.facts ??= new Map(
      this.spec.models.map((m) => {
        const s = resolveServingModel(m, this.spec.preset.serving, this.servingOptions.privateEndpoints, this.servingOptions.encryption !== undefined);
        return [m.name, { isPublic: isPublicModel(s), endpointName: servingName(this.spec.name, s.name), spec: s }];
      }),
    );
    return this.facts;
  }

  private facts?: Map<string, ServedModelFacts>;

  private readonly retrainingChannels = new Map<string, string>();

  /** The Pub/Sub notification channel that starts `pipeline` (which has an onAlert trigger). */
  private retrainingChannel(pipeline: string): string {
    let id = this.retrainingChannels.get(pipeline);
    if (!id) {
      const triggers = this.pipelines.pipelines.get(pipeline);
      if (!triggers?.alertTopic || !triggers.alertTopicId) throw new Error(`pipeline '${pipeline}' has no onAlert trigger`);
      const channel = new NotificationChannels(this, `Retrain-${pipeline}`, {
        projectId: this.spec.projectId,
        automationTopic: { topicId: triggers.alertTopicId, topicName: triggers.alertTopic.name },
        projectNumber: this.projectNumber,
        labels: this.spec.labels,
      });
      id = channel.automationChannelId!;
      this.retrainingChannels.set(pipeline, id);
    }
    return id;
  }

  private project?: DataGoogleProject;

  /** The project number (a Terraform reference), for service agent addresses. */
  get projectNumber(): string {
    this.project ??= new DataGoogleProject(this, "Project", { projectId: this.spec.projectId });
    return this.project.number;
  }

  /**
   * The environment's customer-managed key for a domain, with the grants that must exist before a
   * resource uses it; undefined when the environment uses Google-managed keys. Capabilities take
   * their keys from here.
   */
  cmekKey(domain: KeyDomain): { readonly keyId: string; readonly grants: ITerraformDependable[] } | undefined {
    return this.encryption?.keyFor(domain);
  }

  private addOutputs(): void {
    // Output names are stable and readable (`terraform output bucket_data`), not hashed.
    const out = (id: string, value: string, description: string) =>
      new TerraformOutput(this, id, { value, description }).overrideLogicalId(id.replace(/-/g, "_"));
    for (const [key, bucket] of Object.entries(this.dataLake.buckets)) {
      out(`bucket-${key}`, bucket.bucketUrl, `Cloud Storage bucket: ${key}`);
    }
    for (const [key, dataset] of Object.entries(this.warehouse.datasets)) {
      out(`dataset-${key}`, `${this.spec.projectId}.${dataset.datasetId}`, `BigQuery dataset: ${key}`);
    }
    out("registry-containers", this.registry.containers.repositoryUrl, "Docker repository for images");
    out("registry-pipelines", this.registry.pipelines.repositoryUrl, "KFP repository for pipeline templates");
    for (const [key, account] of Object.entries(this.identity.accounts)) {
      out(`service-account-${key}`, account.email, `Service account of the ${key} workload`);
    }
    out("network", this.network.networkId, "VPC network id");
    out("subnetwork", this.network.subnetworkId, "Subnetwork id of the environment's region");
    if (this.encryption) out("key-ring", this.encryption.keyRingId, "Cloud KMS key ring of the environment's keys");
  }
}
