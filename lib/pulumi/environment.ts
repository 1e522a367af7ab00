/**
 * MlopsEnvironment for Pulumi: the same environment as the cdktf MlopsEnvironment, from the same
 * resolved spec, composed from the Pulumi components and wired by passing objects (buckets,
 * datasets, service accounts, keys), never by rebuilding names.
 *
 * Resource names below are public API: they are part of every URN, so renaming one replaces the
 * resources under it in every environment (unless an alias is added).
 */
import * as organizations from "@pulumi/gcp/organizations";
import * as pulumi from "@pulumi/pulumi";
import { defaultStoreName } from "../config/features";
import type { EnvironmentSpec } from "../config/spec";
import { DATA_LAYER_APIS, FOUNDATION_APIS, KEY_AGENT_APIS, KeyDomain } from "./catalog";
import { childName, CommonArgs, COMPONENT_TYPES } from "./common";
import { Warehouse } from "./bigquery";
import { DomainKey, Encryption } from "./encryption";
import { DataAccessAuditLogs, Identity } from "./identity";
import { grantWorkloadAccess } from "../identity/access";
import { MlopsNetwork, ServicePerimeter } from "./network";
import { ArtifactRepository } from "./registry";
import { ProjectServices } from "./services";
import { DataLake } from "./storage";
import { GithubWorkloadIdentity } from "./delivery";
import { FeatureStore } from "./feature-store";
import { deployMonitoring, EnvironmentMonitoring } from "./monitoring";
import { Pipelines } from "./pipelines";
import { ServingFleet, vertexAiServiceAgent } from "./serving";
import { WorkbenchFleet } from "./workbench";

export interface MlopsEnvironmentArgs {
  /** The resolved environment (`resolveEnvironment(config)`), shared with the cdktf side. */
  readonly spec: EnvironmentSpec;
}

/**
 * One environment's resources: project services, network, keys, identity, data lake, warehouse,
 * registries, the Workbench fleet, audit logs and the perimeter, with the workload grants of the
 * README's identity table. Its children are named `<name>-<key>` (`prod-data-lake`, ...).
 */
export class MlopsEnvironment extends pulumi.ComponentResource {
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
  readonly serving: ServingFleet;
  readonly pipelines: Pipelines;
  /** Keyless deployment from GitHub Actions; undefined unless the YAML enables delivery. */
  readonly delivery?: GithubWorkloadIdentity;
  /** Channels, alerts, dashboard, budget and skew detection. */
  readonly monitoring: EnvironmentMonitoring;
  /** Undefined when the YAML declares no feature store. */
  readonly featureStore?: FeatureStore;
  /** Data Access audit logs; undefined where the tier does not turn them on (dev). */
  readonly auditLogs?: DataAccessAuditLogs;
  /** The VPC Service Controls perimeter; undefined unless the YAML enables it. */
  readonly perimeter?: ServicePerimeter;
  /**
   * The stack outputs, named as the cdktf stack's outputs (`bucket_data`, `dataset_raw`,
   * `registry_containers`, `service_account_pipelines`, `network`, `workbench_<instance>`, ...).
   */
  readonly outputs: Readonly<Record<string, pulumi.Output<unknown>>>;

  constructor(name: string, args: MlopsEnvironmentArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.environment, name, {}, opts);
    const spec = args.spec;
    const preset = spec.preset;
    const child = (key: string) => childName(name, key);
    const parent = { parent: this };
    this.spec = spec;

    this.services = new ProjectServices(child("services"), { projectId: spec.projectId, apis: Object.values(DATA_LAYER_APIS) }, parent);
    const api = (...names: string[]) => this.services.enableAll(names);

    this.network = new MlopsNetwork(
      child("network"),
      {
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
      },
      parent,
    );

    if (spec.encryption) {
      this.encryption = new Encryption(
        child("encryption"),
        {
          projectId: spec.projectId,
          region: spec.region,
          keyRingName: spec.encryption.keyRingName,
          rotationPeriodDays: spec.encryption.rotationDays,
          labels: spec.labels,
          // Service agents exist once their API is on; the grants to them wait for it.
          dependsOn: api(...KEY_AGENT_APIS),
        },
        parent,
      );
    }

    /** Placement, labels and deletion policy, plus what must exist first: the API and, with CMEK, the key grants. */
    const common = (apiName: string, domain: KeyDomain): CommonArgs & { kmsKeyName?: pulumi.Input<string> } => {
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

    this.identity = new Identity(child("identity"), { projectId: spec.projectId, accountPrefix: spec.name, dependsOn: api(DATA_LAYER_APIS.iam) }, parent);

    this.dataLake = new DataLake(
      child("data-lake"),
      {
        ...common(DATA_LAYER_APIS.storage, "storage"),
        bucketPrefix: spec.bucketPrefix,
        noncurrentVersionRetentionDays: preset.noncurrentVersionRetentionDays,
        softDeleteRetentionDays: preset.softDeleteRetentionDays,
      },
      parent,
    );

    this.warehouse = new Warehouse(
      child("warehouse"),
      {
        ...common(DATA_LAYER_APIS.bigquery, "bigquery"),
        datasetPrefix: spec.name,
        tableExpirationDays: preset.tableExpirationDays,
        timeTravelHours: preset.timeTravelHours,
      },
      parent,
    );

    const repo = (id: string, format: "DOCKER" | "KFP", purpose: string, description: string) =>
      new ArtifactRepository(
        child(`registry-${id}`),
        {
          ...common(DATA_LAYER_APIS.artifactRegistry, "artifact-registry"),
          repositoryId: `${spec.name}-${id}`,
          format,
          purpose,
          description,
          untaggedRetentionDays: preset.untaggedImageRetentionDays,
          keepRecentVersions: preset.keepRecentVersions,
          immutableTags: format === "DOCKER" ? preset.immutableImageTags : undefined,
        },
        parent,
      );
    this.registry = {
      containers: repo("containers", "DOCKER", "containers", "Training, serving and pipeline component images"),
      pipelines: repo("pipelines", "KFP", "pipeline-templates", "Compiled Kubeflow pipeline templates"),
    };

    this.workbench = new WorkbenchFleet(
      child("workbench"),
      {
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
      },
      parent,
    );

    // Vertex AI writes request/response logs into the monitoring dataset as its service agent.
    const logsGrant = this.warehouse.datasets.monitoring.grantReadWrite(vertexAiServiceAgent(this.projectNumber));
    this.serving = new ServingFleet(
      child("serving"),
      {
        projectId: spec.projectId,
        region: spec.region,
        labels: spec.labels,
        tier: spec.tier,
        namePrefix: spec.name,
        models: spec.models,
        preset: preset.serving,
        servingAccount: this.identity.accounts.serving,
        encryption: this.cmekKey("vertex-ai"),
        privateEndpoints: spec.tier === "prod",
        predictionLogs: { projectId: spec.projectId, datasetId: this.warehouse.datasets.monitoring.datasetId, grants: [logsGrant] },
        capacityBucket: this.dataLake.buckets.artifacts.resource.name,
        protection: { preventDestroy: preset.preventDestroy, allowDataTeardown: false },
        dependsOn: api(DATA_LAYER_APIS.vertexAi),
      },
      parent,
    );

    this.pipelines = new Pipelines(
      child("pipelines"),
      {
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
      },
      parent,
    );

    if (spec.featureStore) {
      // The online store takes no CMEK (as on the cdktf side); the features dataset it syncs from has the BigQuery key.
      this.featureStore = new FeatureStore(
        child("feature-store"),
        {
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
        },
        parent,
      );
    }

    if (spec.dataAccessAuditLogs) {
      this.auditLogs = new DataAccessAuditLogs(child("audit-logs"), { projectId: spec.projectId, services: spec.dataAccessAuditServices, dependsOn: api(DATA_LAYER_APIS.resourceManager) }, parent);
    }
    if (spec.vpcServiceControls) {
      this.perimeter = new ServicePerimeter(
        child("perimeter"),
        { projectId: spec.projectId, ...spec.vpcServiceControls, dependsOn: api(FOUNDATION_APIS.accessContextManager) },
        parent,
      );
    }

    if (spec.delivery) {
      const { workbench, pipelines, serving } = this.identity.accounts;
      this.delivery = new GithubWorkloadIdentity(
        child("delivery"),
        {
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
        },
        parent,
      );
    }

    // Who may do what, by workload (the README's identity table, shared by both engines).
    grantWorkloadAccess({
      accounts: this.identity.accounts,
      buckets: this.dataLake.buckets,
      datasets: this.warehouse.datasets,
      repositories: this.registry,
    });
    this.monitoring = deployMonitoring(name, this, {
      spec,
      services: this.services,
      projectNumber: this.projectNumber,
      monitoringDataset: this.warehouse.datasets.monitoring,
      servedModels: this.serving.models,
      pipelines: this.pipelines.pipelines,
      featureStore: this.featureStore !== undefined,
    });
    this.outputs = this.collectOutputs();
    this.registerOutputs(this.outputs);
  }

  private projectNumberOutput?: pulumi.Output<string>;

  /** The project number (read from the project), for service agent addresses. */
  get projectNumber(): pulumi.Output<string> {
    this.projectNumberOutput ??= organizations.getProjectOutput({ projectId: this.spec.projectId }, { parent: this }).apply((p) => p.number!);
    return this.projectNumberOutput;
  }

  /**
   * The environment's customer-managed key for a domain, with the grants that must exist before a
   * resource uses it; undefined when the environment uses Google-managed keys. Capabilities take
   * their keys from here.
   */
  cmekKey(domain: KeyDomain): Pick<DomainKey, "keyId" | "grants"> | undefined {
    return this.encryption?.keyFor(domain);
  }

  private collectOutputs(): Record<string, pulumi.Output<unknown>> {
    const out: Record<string, pulumi.Output<unknown>> = {};
    const put = (id: string, value: pulumi.Input<unknown>) => (out[id.replace(/-/g, "_")] = pulumi.output(value));
    for (const [key, bucket] of Object.entries(this.dataLake.buckets)) put(`bucket-${key}`, bucket.bucketUrl);
    for (const [key, dataset] of Object.entries(this.warehouse.datasets)) put(`dataset-${key}`, `${this.spec.projectId}.${dataset.datasetId}`);
    put("registry-containers", this.registry.containers.repositoryUrl);
    put("registry-pipelines", this.registry.pipelines.repositoryUrl);
    for (const [key, account] of Object.entries(this.identity.accounts)) put(`service-account-${key}`, account.email);
    put("network", this.network.networkId);
    put("subnetwork", this.network.subnetworkId);
    if (this.encryption) put("key-ring", this.encryption.keyRingId);
    if (this.delivery) {
      put("workload-identity-provider", this.delivery.workloadIdentityProvider);
      put("deployer-service-account", this.delivery.deployer.email);
    }
    for (const [id, instance] of Object.entries(this.workbench.outputs)) out[id] = pulumi.output(instance);
    for (const [id, value] of Object.entries(this.serving.outputs)) out[id] = pulumi.output(value);
    if (this.featureStore) for (const [id, value] of Object.entries(this.featureStore.outputs)) out[id] = pulumi.output(value);
    return out;
  }
}
