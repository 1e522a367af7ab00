import { StorageBucketObject } from "../../provider/google/storage-bucket-object";
import { VertexAiDeploymentResourcePool } from "../../provider/google/vertex-ai-deployment-resource-pool";
import { VertexAiEndpoint } from "../../provider/google/vertex-ai-endpoint";
import { VertexAiEndpointWithModelGardenDeployment } from "../../provider/google/vertex-ai-endpoint-with-model-garden-deployment";
import type { ITerraformDependable } from "../cdktn";
import { Annotations, Construct, TerraformOutput, Token } from "../cdktn";
import { uncheckedModelsInRegion } from "../catalog/gpu-regions";
import { toLabelValue } from "../catalog/naming";
import { checkProtection, componentLabels, DataProtection, GUARDED, deletionPolicyOf, keyId, lifecycleOf } from "../core/common";
import { dedicatedResources, endpointDescription, modelOutputDescriptions, modelOutputNames, predictionLogsUri, servingName } from "./attributes";
import { CAPACITY_OBJECT, capacityDocument, CapacityDocument, renderCapacityDocument } from "./capacity";
import { validateServingFleet } from "./checks";
import type { ServingFleetOptions } from "./options";
import { isPublicModel, resolveServingModel, ServingModelSpec } from "./preset";

export type ServingFleetProps = ServingFleetOptions<string, ITerraformDependable>;

/** What a deploying pipeline needs to know about one served model. */
export interface IServedModel {
  readonly modelName: string;
  /** `projects/<p>/locations/<region>/endpoints/<id>` (a token until apply for Model Garden). */
  readonly endpointId: string;
  /** `projects/<p>/locations/<region>/deploymentResourcePools/<name>`; undefined for Model Garden models. */
  readonly resourcePoolId?: string;
  /** The endpoint is reachable from the internet (only with `publicEndpoint: true` where allowed). */
  readonly isPublic: boolean;
  /** The resolved serving settings (replicas, autoscaling, sampling) with the tier's defaults applied. */
  readonly spec: ServingModelSpec;
}

/** What a {@link ServedModel} needs from its fleet. */
interface ServedModelProps {
  readonly spec: ServingModelSpec;
  /** The model's deployment resource pool (custom models). */
  readonly pool?: VertexAiDeploymentResourcePool;
  readonly fleet: ServingFleetProps;
  /** Endpoint ID (and display name) of this model. */
  readonly endpointName: string;
  readonly poolName?: string;
  readonly labels: Record<string, string>;
  readonly protection: DataProtection;
  readonly endpointDependsOn: ITerraformDependable[];
}

/**
 * One model's serving resources: for `custom` models a Vertex AI endpoint that the pipelines deploy
 * versions into (using the model's deployment resource pool); for `modelGarden` models an endpoint
 * with the model deployed by Terraform. Created by {@link ServingFleet}, one per model, with the
 * model name as construct id.
 */
export class ServedModel extends Construct implements IServedModel {
  readonly modelName: string;
  /** The endpoint's ID as chosen here (`<prefix>-<model>`), as metrics label it (`endpoint_id`); Model Garden endpoints get an ID from Google instead. */
  readonly endpointName: string;
  readonly endpointId: string;
  readonly resourcePoolId?: string;
  readonly isPublic: boolean;
  readonly spec: ServingModelSpec;
  /** The provider resource (escape hatch): the endpoint, or the Model Garden deployment. */
  readonly resource: VertexAiEndpoint | VertexAiEndpointWithModelGardenDeployment;
  /** The deployment resource pool of a custom model (possibly shared with other models). */
  readonly resourcePool?: VertexAiDeploymentResourcePool;

  constructor(scope: Construct, id: string, props: ServedModelProps) {
    super(scope, id);
    const { spec: s, fleet } = props;
    this.modelName = s.name;
    this.endpointName = props.endpointName;
    this.spec = s;
    this.resourcePool = props.pool;
    this.isPublic = isPublicModel(s);
    this.resource =
      s.source === "modelGarden"
        ? new VertexAiEndpointWithModelGardenDeployment(this, "Deployment", {
            project: fleet.projectId,
            location: fleet.region,
            publisherModelName: s.publisherModel,
            huggingFaceModelId: s.huggingFaceModel,
            modelConfig: { acceptEula: s.acceptEula, modelDisplayName: props.endpointName },
            endpointConfig: { endpointDisplayName: props.endpointName, dedicatedEndpointEnabled: true },
            deployConfig: { dedicatedResources: { ...dedicatedResources(s), spot: s.spot } },
            lifecycle: lifecycleOf(props.protection),
            deletionPolicy: deletionPolicyOf(props.protection),
            dependsOn: fleet.dependsOn && [...fleet.dependsOn],
          })
        : new VertexAiEndpoint(this, "Endpoint", {
            project: fleet.projectId,
            location: fleet.region,
            region: fleet.region,
            name: props.endpointName,
            displayName: props.endpointName,
            description: endpointDescription(s.name, props.poolName, fleet.servingAccount.email, fleet.capacityObject),
            labels: { ...props.labels, model: toLabelValue(s.name) },
            encryptionSpec: fleet.encryption ? { kmsKeyName: fleet.encryption.keyId } : undefined,
            // Private Service Connect, reachable only from the allowlisted project's VPC networks; it
            // conflicts with dedicated_endpoint_enabled, which a public endpoint sets instead.
            privateServiceConnectConfig: s.publicEndpoint ? undefined : { enablePrivateServiceConnect: true, projectAllowlist: [fleet.projectId] },
            dedicatedEndpointEnabled: s.publicEndpoint ? true : undefined,
            predictRequestResponseLoggingConfig: {
              enabled: true,
              samplingRate: s.logSamplingRate,
              bigqueryDestination: { outputUri: predictionLogsUri(fleet.predictionLogs, s.name) },
            },
            // The pipelines own the traffic split (they set it when they deploy a version); without
            // this, an apply would reset it (see the provider's traffic_split note).
            lifecycle: { ...lifecycleOf(props.protection), ignoreChanges: ["traffic_split"] },
            deletionPolicy: deletionPolicyOf(props.protection),
            dependsOn: props.endpointDependsOn.length ? props.endpointDependsOn : undefined,
          });
    this.endpointId = this.resource.id;
    this.resourcePoolId = props.pool?.id;
    const outputs = modelOutputNames(s.name);
    const descriptions = modelOutputDescriptions(s.name);
    new TerraformOutput(this, "EndpointId", { value: this.endpointId, description: descriptions.endpointId }).overrideLogicalId(outputs.endpointId);
    if (props.pool) {
      new TerraformOutput(this, "ResourcePoolId", { value: props.pool.id, description: descriptions.resourcePoolId }).overrideLogicalId(outputs.resourcePoolId);
    }
  }
}

/**
 * The GPU serving fleet: per model a Vertex AI endpoint, private through Private Service Connect
 * unless the tier and the model explicitly allow a public one, encrypted with the environment's
 * key where it has one, logging a sample of requests and responses to BigQuery; per deployment
 * resource pool (one per custom model, or shared by the models naming the same `pool`) the GPU
 * capacity and autoscaling policy the pipelines deploy versions into; Model Garden models deployed
 * end to end. Everything is keyed by model and pool name, so adding a model never changes the
 * Terraform address of another. Outputs per model: `model_<name>_endpoint_id` and, for custom
 * models, `model_<name>_resource_pool_id`.
 */
export class ServingFleet extends Construct {
  /** Served models by name. */
  readonly models: ReadonlyMap<string, ServedModel>;
  /** Deployment resource pools by pool name (a custom model without `pool` has one named after it). */
  readonly pools: ReadonlyMap<string, VertexAiDeploymentResourcePool>;
  /** The identity the pipelines deploy model versions as. */
  readonly servingAccountEmail: string;
  /** What the deployment step deploys each custom model with (see capacity.ts). */
  readonly capacity: CapacityDocument;
  /** The document in the capacity bucket (when `capacityBucket` is given). */
  readonly capacityObject?: StorageBucketObject;

  constructor(scope: Construct, id: string, props: ServingFleetProps) {
    super(scope, id);
    const protection = props.protection ?? GUARDED;
    checkProtection(protection, id);
    const parsed = validateServingFleet(id, { ...props, cmek: props.encryption !== undefined }, (v) => Token.isUnresolved(v));
    this.servingAccountEmail = props.servingAccount.email;
    // What the region catalog cannot check is said, not skipped (cdktf lists these warnings with the stack).
    if (!Token.isUnresolved(props.region)) {
      for (const w of uncheckedModelsInRegion(parsed, props.region)) Annotations.of(this).addWarning(`${id}.models[${w.index}].${w.field}: ${w.message}`);
    }

    const cmek = props.encryption !== undefined;
    const specs = parsed.map((m) => resolveServingModel(m, props.preset, props.privateEndpoints, cmek));
    const named = (key: string) => servingName(props.namePrefix, key);

    const pools = new Map<string, VertexAiDeploymentResourcePool>();
    const poolScope = new Construct(this, "Pools");
    for (const s of specs) {
      if (s.poolKey === undefined || pools.has(s.poolKey)) continue;
      pools.set(
        s.poolKey,
        new VertexAiDeploymentResourcePool(poolScope, keyId(s.poolKey), {
          project: props.projectId,
          region: props.region,
          name: named(s.poolKey),
          dedicatedResources: dedicatedResources(s),
          dependsOn: props.dependsOn && [...props.dependsOn],
        }),
      );
    }

    const labels = componentLabels(props.labels, "serving");
    const endpointDependsOn = [...(props.dependsOn ?? []), ...(props.encryption?.grants ?? []), ...(props.predictionLogs.grants ?? [])];
    const modelScope = new Construct(this, "Models");
    const models = new Map<string, ServedModel>();
    for (const s of specs) {
      models.set(
        s.name,
        new ServedModel(modelScope, keyId(s.name), {
          spec: s,
          pool: s.poolKey === undefined ? undefined : pools.get(s.poolKey),
          fleet: props,
          endpointName: named(s.name),
          poolName: s.poolKey === undefined ? undefined : named(s.poolKey),
          labels,
          protection,
          endpointDependsOn,
        }),
      );
    }
    this.models = models;
    this.pools = pools;

    this.capacity = capacityDocument({
      projectId: props.projectId,
      region: props.region,
      servingAccountEmail: props.servingAccount.email,
      cmek,
      models: specs.map((s) => ({ spec: s, endpointName: named(s.name), poolName: s.poolKey === undefined ? undefined : named(s.poolKey) })),
    });
    if (props.capacityBucket !== undefined && Object.keys(this.capacity.models).length > 0) {
      // Written after the endpoints and pools it names exist; the bucket's default key encrypts it.
      this.capacityObject = new StorageBucketObject(this, "Capacity", {
        bucket: props.capacityBucket,
        name: props.capacityObject ?? CAPACITY_OBJECT,
        content: renderCapacityDocument(this.capacity),
        contentType: "application/json",
        dependsOn: [...models.values()].map((m) => m.resource as ITerraformDependable).concat([...pools.values()]),
      });
      new TerraformOutput(this, "CapacityUri", {
        value: `gs://${props.capacityBucket}/${props.capacityObject ?? CAPACITY_OBJECT}`,
        description: "Serving capacity document the deployment step reads (machine, GPUs, replicas, autoscaling per model)",
      }).overrideLogicalId("serving_capacity_uri");
    }
  }
}
