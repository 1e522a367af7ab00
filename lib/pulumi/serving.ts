import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/gcp/storage";
import * as vertex from "@pulumi/gcp/vertex";
import { toLabelValue } from "../catalog/naming";
import { checkProtection, componentLabels, DataProtection, GUARDED, IGrantee, deletionPolicyOf } from "../core/common";
import { VERTEX_AI_AGENT_GRANT_KEY, vertexAiAgentMember } from "../featurestore/attributes";
import { dedicatedResources, endpointDescription, modelOutputNames, predictionLogsUri, servingName } from "../serving/attributes";
import { CAPACITY_OBJECT, capacityDocument, CapacityDocument, renderCapacityDocument } from "../serving/capacity";
import { validateServingFleet } from "../serving/checks";
import type { ServingFleetOptions } from "../serving/options";
import { resolveServingModel, ServingModelSpec } from "../serving/preset";
import { notPlain } from "./checks";
import { childName, guardOptions } from "./common";

/**
 * Type tokens of the serving components. Part of every URN below them, so public API: renaming
 * one replaces the resources under it (unless an alias is added).
 */
export const SERVING_COMPONENT_TYPES = {
  fleet: "mlops:index:ServingFleet",
  model: "mlops:index:ServedModel",
} as const;

/**
 * The project's Vertex AI service agent as a grantee (`grantKey` `vertex-ai-agent`), for the grants
 * it needs on datasets: writing prediction logs, reading feature sources. Its address contains the
 * project number, which is read from the project (`organizations.getProjectOutput(...).number`), so
 * `member` is an Output: the grant methods pass it to the IAM resource as an input and key the
 * grant by `grantKey` only.
 */
export function vertexAiServiceAgent(projectNumber: pulumi.Input<string>): IGrantee {
  const member = pulumi.output(projectNumber).apply(vertexAiAgentMember);
  return { member: member as unknown as string, grantKey: VERTEX_AI_AGENT_GRANT_KEY };
}

export type ServingFleetArgs = ServingFleetOptions<pulumi.Input<string>, pulumi.Resource>;

/** What a deploying pipeline (and the monitoring) needs to know about one served model. */
export interface IServedModel {
  readonly modelName: string;
  /** `projects/<p>/locations/<region>/endpoints/<id>`. */
  readonly endpointId: pulumi.Output<string>;
  /** `projects/<p>/locations/<region>/deploymentResourcePools/<name>`; undefined for Model Garden models. */
  readonly resourcePoolId?: pulumi.Output<string>;
  /** The endpoint is reachable from the internet (only with `publicEndpoint: true` where allowed, and Model Garden). */
  readonly isPublic: boolean;
  /** The resolved serving settings (replicas, autoscaling, sampling) with the tier's defaults applied. */
  readonly spec: ServingModelSpec;
}

interface ServedModelArgs {
  readonly spec: ServingModelSpec;
  readonly pool?: vertex.AiDeploymentResourcePool;
  readonly fleet: ServingFleetArgs;
  readonly endpointName: string;
  readonly poolName?: string;
  readonly labels: Record<string, string>;
  readonly protection: DataProtection;
  readonly endpointDependsOn: readonly pulumi.Resource[];
}

/**
 * One model's serving resources: for `custom` models a Vertex AI endpoint the pipelines deploy
 * versions into (using the model's deployment resource pool); for `modelGarden` models an endpoint
 * with the model deployed. Created by {@link ServingFleet}, one per model; the endpoint (or
 * deployment) takes the component's name.
 */
export class ServedModel extends pulumi.ComponentResource implements IServedModel {
  readonly modelName: string;
  /** The endpoint's ID as chosen here (`<prefix>-<model>`), as metrics label it (`endpoint_id`); Model Garden endpoints get an ID from Google instead. */
  readonly endpointName: string;
  readonly endpointId: pulumi.Output<string>;
  readonly resourcePoolId?: pulumi.Output<string>;
  readonly isPublic: boolean;
  readonly spec: ServingModelSpec;
  /** The provider resource (escape hatch): the endpoint, or the Model Garden deployment. */
  readonly resource: vertex.AiEndpoint | vertex.AiEndpointWithModelGardenDeployment;
  /** The deployment resource pool of a custom model (possibly shared with other models). */
  readonly resourcePool?: vertex.AiDeploymentResourcePool;
  /** Stack outputs: `model_<name>_endpoint_id` and, for custom models, `model_<name>_resource_pool_id`. */
  readonly outputs: Readonly<Record<string, pulumi.Output<string>>>;

  constructor(name: string, args: ServedModelArgs, opts?: pulumi.ComponentResourceOptions) {
    super(SERVING_COMPONENT_TYPES.model, name, {}, opts);
    const { spec: s, fleet } = args;
    this.modelName = s.name;
    this.endpointName = args.endpointName;
    this.spec = s;
    this.resourcePool = args.pool;
    this.isPublic = s.publicEndpoint || s.source === "modelGarden";
    this.resource =
      s.source === "modelGarden"
        ? new vertex.AiEndpointWithModelGardenDeployment(
            name,
            {
              project: fleet.projectId,
              location: fleet.region,
              publisherModelName: s.publisherModel,
              huggingFaceModelId: s.huggingFaceModel,
              modelConfig: { acceptEula: s.acceptEula, modelDisplayName: args.endpointName },
              endpointConfig: { endpointDisplayName: args.endpointName, dedicatedEndpointEnabled: true },
              deployConfig: { dedicatedResources: { ...dedicatedResources(s), spot: s.spot } },
              deletionPolicy: deletionPolicyOf(args.protection),
            },
            { parent: this, dependsOn: [...(fleet.dependsOn ?? [])], ...guardOptions(args.protection) },
          )
        : new vertex.AiEndpoint(
            name,
            {
              project: fleet.projectId,
              location: fleet.region,
              region: fleet.region,
              name: args.endpointName,
              displayName: args.endpointName,
              description: endpointDescription(s.name, args.poolName, fleet.servingAccount.email),
              labels: { ...args.labels, model: toLabelValue(s.name) },
              encryptionSpec: fleet.encryption ? { kmsKeyName: fleet.encryption.keyId } : undefined,
              // Private Service Connect, reachable only from the allowlisted project's VPC networks; it
              // conflicts with dedicatedEndpointEnabled, which a public endpoint sets instead.
              privateServiceConnectConfig: s.publicEndpoint ? undefined : { enablePrivateServiceConnect: true, projectAllowlists: [fleet.projectId] },
              dedicatedEndpointEnabled: s.publicEndpoint ? true : undefined,
              predictRequestResponseLoggingConfig: {
                enabled: true,
                samplingRate: s.logSamplingRate,
                bigqueryDestination: { outputUri: predictionLogsUri(fleet.predictionLogs, s.name) },
              },
              deletionPolicy: deletionPolicyOf(args.protection),
            },
            // The pipelines own the traffic split (they set it when they deploy a version); without
            // this, an update would reset it (the cdktf side's ignore_changes = [traffic_split]).
            { parent: this, dependsOn: [...args.endpointDependsOn], ignoreChanges: ["trafficSplit"], ...guardOptions(args.protection) },
          );
    this.endpointId = this.resource.id;
    this.resourcePoolId = args.pool?.id;
    const names = modelOutputNames(s.name);
    this.outputs = {
      [names.endpointId]: this.endpointId,
      ...(this.resourcePoolId ? { [names.resourcePoolId]: this.resourcePoolId } : {}),
    };
    this.registerOutputs({ endpointId: this.endpointId, resourcePoolId: this.resourcePoolId });
  }
}

/**
 * The GPU serving fleet, the twin of the cdktf `ServingFleet`: per model a Vertex AI endpoint,
 * private through Private Service Connect unless the tier and the model explicitly allow a public
 * one, encrypted with the environment's key where it has one, logging a sample of requests and
 * responses to BigQuery; per deployment resource pool (one per custom model, or shared by the
 * models naming the same `pool`) the GPU capacity and autoscaling policy the pipelines deploy
 * versions into; Model Garden models deployed end to end.
 *
 * Names: the fleet `<name>`, a model's component and endpoint `<name>-<model>`, a pool
 * `<name>-<pool>-pool`. Keyed by model and pool name, never by list position.
 */
export class ServingFleet extends pulumi.ComponentResource {
  /** Served models by name. */
  readonly models: ReadonlyMap<string, ServedModel>;
  /** Deployment resource pools by pool name (a custom model without `pool` has one named after it). */
  readonly pools: ReadonlyMap<string, vertex.AiDeploymentResourcePool>;
  /** The identity the pipelines deploy model versions as. */
  readonly servingAccountEmail: string;
  /** Stack outputs of every model, by name (`model_<name>_endpoint_id`, `model_<name>_resource_pool_id`), and `serving_capacity_uri`. */
  readonly outputs: Readonly<Record<string, pulumi.Output<string>>>;
  /** What the deployment step deploys each custom model with (see lib/serving/capacity.ts). */
  readonly capacity: CapacityDocument;

  constructor(name: string, args: ServingFleetArgs, opts?: pulumi.ComponentResourceOptions) {
    const protection = args.protection ?? GUARDED;
    checkProtection(protection, name);
    const parsed = validateServingFleet(name, { ...args, cmek: args.encryption !== undefined }, notPlain);
    super(SERVING_COMPONENT_TYPES.fleet, name, {}, opts);
    this.servingAccountEmail = args.servingAccount.email;

    const cmek = args.encryption !== undefined;
    const specs = parsed.map((m) => resolveServingModel(m, args.preset, args.privateEndpoints, cmek));
    const named = (key: string) => servingName(args.namePrefix, key);

    const pools = new Map<string, vertex.AiDeploymentResourcePool>();
    for (const s of specs) {
      if (s.poolKey === undefined || pools.has(s.poolKey)) continue;
      pools.set(
        s.poolKey,
        new vertex.AiDeploymentResourcePool(
          childName(name, `${s.poolKey}-pool`),
          { project: args.projectId, region: args.region, name: named(s.poolKey), dedicatedResources: dedicatedResources(s) },
          { parent: this, dependsOn: [...(args.dependsOn ?? [])] },
        ),
      );
    }

    const labels = componentLabels(args.labels, "serving");
    const endpointDependsOn = [...(args.dependsOn ?? []), ...(args.encryption?.grants ?? []), ...(args.predictionLogs.grants ?? [])];
    const models = new Map<string, ServedModel>();
    const outputs: Record<string, pulumi.Output<string>> = {};
    for (const s of specs) {
      const model = new ServedModel(
        childName(name, s.name),
        {
          spec: s,
          pool: s.poolKey === undefined ? undefined : pools.get(s.poolKey),
          fleet: args,
          endpointName: named(s.name),
          poolName: s.poolKey === undefined ? undefined : named(s.poolKey),
          labels,
          protection,
          endpointDependsOn,
        },
        { parent: this },
      );
      models.set(s.name, model);
      Object.assign(outputs, model.outputs);
    }
    this.models = models;
    this.pools = pools;
    this.capacity = capacityDocument({
      projectId: args.projectId,
      region: args.region,
      servingAccountEmail: args.servingAccount.email,
      cmek,
      models: specs.map((s) => ({ spec: s, endpointName: named(s.name), poolName: s.poolKey === undefined ? undefined : named(s.poolKey) })),
    });
    if (args.capacityBucket !== undefined && Object.keys(this.capacity.models).length > 0) {
      new storage.BucketObject(
        childName(name, "capacity"),
        { bucket: args.capacityBucket, name: CAPACITY_OBJECT, content: renderCapacityDocument(this.capacity), contentType: "application/json" },
        { parent: this, dependsOn: [...[...models.values()].map((m) => m.resource), ...pools.values()] },
      );
      outputs.serving_capacity_uri = pulumi.interpolate`gs://${args.capacityBucket}/${CAPACITY_OBJECT}`;
    }
    this.outputs = outputs;
    this.registerOutputs({});
  }
}
