/**
 * What goes into a serving fleet's resources and outputs: names, the machine and autoscaling
 * block, the endpoint's description, the prediction-logs table and the output names. Free of
 * cdktn and provider imports; the fields are named as the provider bindings take them
 * (camelCase), so the objects are passed as they are.
 */
import type { ServingModelSpec } from "./preset";

/** An endpoint ID or pool name: `<prefix>-<key>`, or the key alone without a prefix. */
export function servingName(prefix: string | undefined, key: string): string {
  return prefix ? `${prefix}-${key}` : key;
}

/** The output name part of a model or pool name (`churn-v2` → `churn_v2`). */
export function outputKey(name: string): string {
  return name.replace(/-/g, "_");
}

/** Stack output names of one model: `model_<name>_endpoint_id` and, for custom models, `model_<name>_resource_pool_id`. */
export function modelOutputNames(modelName: string): { readonly endpointId: string; readonly resourcePoolId: string } {
  return { endpointId: `model_${outputKey(modelName)}_endpoint_id`, resourcePoolId: `model_${outputKey(modelName)}_resource_pool_id` };
}

/** Output descriptions of one model. */
export function modelOutputDescriptions(modelName: string): { readonly endpointId: string; readonly resourcePoolId: string } {
  return {
    endpointId: `Vertex AI endpoint of model ${modelName}`,
    resourcePoolId: `Deployment resource pool the pipelines deploy model ${modelName} into`,
  };
}

/** machine_spec, replica bounds and autoscaling metrics of a pool or a Model Garden deployment. */
export interface DedicatedResources {
  readonly machineSpec: { readonly machineType: string; readonly acceleratorType?: string; readonly acceleratorCount?: number };
  readonly minReplicaCount: number;
  readonly maxReplicaCount: number;
  readonly autoscalingMetricSpecs: { metricName: string; target: number }[];
}

export function dedicatedResources(s: ServingModelSpec): DedicatedResources {
  return {
    machineSpec: { machineType: s.machineType, acceleratorType: s.accelerator?.type, acceleratorCount: s.accelerator?.count },
    minReplicaCount: s.minReplicas,
    maxReplicaCount: s.maxReplicas,
    autoscalingMetricSpecs: s.autoscaling.map((a) => ({ metricName: a.metricName, target: a.target })),
  };
}

/** The endpoint's description: where the pipelines deploy its versions and as whom (Terraform cannot set a deployed model's identity). */
export function endpointDescription(modelName: string, poolName: string | undefined, servingAccountEmail: string, capacityObject = "serving/capacity.json"): string {
  return poolName
    ? `Model ${modelName}: the pipelines deploy its versions into deployment resource pool ${poolName} as ${servingAccountEmail}`
    : `Model ${modelName}: the pipelines deploy its versions with dedicated resources from ${capacityObject} as ${servingAccountEmail}`;
}

/** `bq://<project>.<dataset>.predictions_<model>`: the table Vertex AI creates on first write. */
export function predictionLogsUri(logs: { readonly projectId: string; readonly datasetId: string }, modelName: string): string {
  return `bq://${logs.projectId}.${logs.datasetId}.predictions_${outputKey(modelName)}`;
}
