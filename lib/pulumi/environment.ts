/**
 * One environment as one Pulumi component: the construct tree of the Terraform side (MlopsStack,
 * with its MlopsEnvironment) is built in memory, synthesized to Terraform JSON without writing a
 * file, judged by the policy pack, and registered through the adapter as @pulumi/gcp resources,
 * children of this component.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as artifactregistry from "@pulumi/gcp/artifactregistry";
import type * as bigquery from "@pulumi/gcp/bigquery";
import type * as serviceaccount from "@pulumi/gcp/serviceaccount";
import type * as storage from "@pulumi/gcp/storage";
import type * as vertex from "@pulumi/gcp/vertex";
import { Construct } from "../cdktn";
import type { TerraformResource } from "../cdktn";
import type { DataLakeBucket } from "../storage/checks";
import type { WarehouseDataset } from "../bigquery/checks";
import type { Workload } from "../identity/checks";
import { assertNotPrimitive } from "../identity/checks";
import { EnvironmentSpec } from "../config/spec";
import { roleKey } from "../core/common";
import { ValidationError } from "../core/errors";
import { MlopsEnvironment as Composition } from "../environment";
import { evaluate } from "../policy/pack";
import { resourcesFromTerraform } from "../policy/terraform-json";
import { MlopsStack } from "../stack";
import { registerTerraform, TerraformJson } from "./adapter";
import { moduleMember, RESOURCE_TYPES } from "./mapping";

/** The component's type token: part of every URN below it, so public API. */
export const ENVIRONMENT_TYPE = "mlops:index:MlopsEnvironment";

export interface MlopsEnvironmentArgs {
  /** The environment, from its YAML (`resolveEnvironment(loadEnvironmentFile(file).config)`). */
  readonly spec: EnvironmentSpec;
  /**
   * Adds to the environment before it is synthesized, with the constructs' own API: grants
   * (`env.registry.containers.grantWrite(principal("group", "ml-ci@example.com"))`), extra
   * buckets or datasets. What it adds is judged by the policy pack and registered with the rest.
   * @default - nothing added
   */
  readonly extend?: (environment: Composition) => void;
  /** @default - a `gcp` provider with the environment's project and region, a child of the component */
  readonly provider?: pulumi.ProviderResource;
}

/** A principal whose member string may be an Output, e.g. an account created beside the environment. */
export interface PulumiGrantee {
  readonly member: pulumi.Input<string>;
  /** Stable short key for resource names, e.g. `ci`. */
  readonly grantKey: string;
}

/** The IAM member type of each grantable resource type, and the properties that name the target. */
const GRANTABLE: Readonly<Record<string, [string, (t: any) => Record<string, pulumi.Input<string>>]>> = {
  google_storage_bucket: ["google_storage_bucket_iam_member", (t) => ({ bucket: t.name })],
  google_bigquery_dataset: ["google_bigquery_dataset_iam_member", (t) => ({ project: t.project, datasetId: t.datasetId })],
  google_artifact_registry_repository: ["google_artifact_registry_repository_iam_member", (t) => ({ project: t.project, location: t.location, repository: t.name })],
  google_service_account: ["google_service_account_iam_member", (t) => ({ serviceAccountId: t.name })],
  google_pubsub_topic: ["google_pubsub_topic_iam_member", (t) => ({ project: t.project, topic: t.name })],
  google_workbench_instance: ["google_workbench_instance_iam_member", (t) => ({ project: t.project, location: t.location, name: t.name })],
  google_kms_crypto_key: ["google_kms_crypto_key_iam_member", (t) => ({ cryptoKeyId: t.id })],
};

export class MlopsEnvironment extends pulumi.ComponentResource {
  readonly spec: EnvironmentSpec;
  /** The Terraform JSON the resources were registered from. */
  readonly terraform: TerraformJson;
  readonly provider: pulumi.ProviderResource;
  /** Every resource, by its Terraform address. */
  readonly resources: ReadonlyMap<string, pulumi.CustomResource>;
  /** The stack outputs, with the Terraform stack's output names (`bucket_data`, `network`, ...). */
  readonly outputs: Readonly<Record<string, pulumi.Output<unknown>>>;
  readonly buckets: Readonly<Record<DataLakeBucket, storage.Bucket>>;
  readonly datasets: Readonly<Record<WarehouseDataset, bigquery.Dataset>>;
  readonly serviceAccounts: Readonly<Record<Workload, serviceaccount.Account>>;
  readonly repositories: { readonly containers: artifactregistry.Repository; readonly pipelines: artifactregistry.Repository };
  /** Each model's endpoint, by model name (Model Garden deployments in dev are their own type). */
  readonly endpoints: Readonly<Record<string, vertex.AiEndpoint | vertex.AiEndpointWithModelGardenDeployment>>;
  private readonly addressOf = new Map<pulumi.CustomResource, string>();
  private readonly grants = new Map<string, pulumi.CustomResource>();
  private readonly prefix: string;

  constructor(name: string, args: MlopsEnvironmentArgs, opts?: pulumi.ComponentResourceOptions) {
    super(ENVIRONMENT_TYPE, name, {}, opts);
    this.spec = args.spec;
    this.prefix = name;
    // A bare root instead of an App: an App creates its output folders, and nothing is written here.
    if (args.spec.serving.shards > 1) {
      // A Pulumi stack's preview reads its state instead of refreshing every resource (unless
      // asked to), so the per-stack bound that sharding serves is a Terraform plan's concern; one
      // component cannot span several Pulumi stacks either.
      throw new ValidationError(
        [{ path: "serving.shards", value: args.spec.serving.shards, message: "serving stacks are for the Terraform engine; a Pulumi environment keeps its endpoints in its own stack: remove serving.shards (and models[].shard) for Pulumi, or raise serving.maxModelsPerStack" }],
        `environment '${args.spec.name}'`,
      );
    }
    const root = new Construct(undefined as never, "");
    root.node.setContext("@cdktf/disable_stack_trace_in_metadata", true);
    const stack = new MlopsStack(root, { spec: args.spec });
    const composition = stack.environment;
    args.extend?.(composition);
    this.terraform = JSON.parse(JSON.stringify(stack.toTerraform()));
    checkPolicy(this.terraform, args.spec);

    const registered = registerTerraform(this.terraform, { parent: this, prefix: name, provider: args.provider });
    this.provider = registered.provider;
    this.resources = registered.resources;
    this.outputs = registered.outputs;
    for (const [address, r] of this.resources) this.addressOf.set(r, address);

    const of = <T>(c: { resource: TerraformResource }) => this.resourceOf(c.resource) as T;
    const each = <K extends string, T>(record: Readonly<Record<K, { resource: TerraformResource }>>) =>
      Object.fromEntries(Object.entries<{ resource: TerraformResource }>(record).map(([k, c]) => [k, of<T>(c)])) as Record<K, T>;
    this.buckets = each(composition.dataLake.buckets);
    this.datasets = each(composition.warehouse.datasets);
    this.serviceAccounts = each(composition.identity.accounts);
    this.repositories = each(composition.registry);
    this.endpoints = Object.fromEntries([...(composition.serving?.models ?? [])].map(([model, m]) => [model, of(m)]));
    this.registerOutputs(this.outputs);
  }

  /** The Pulumi resource registered for a resource construct of the tree (one added in `extend` too). */
  resourceOf(construct: TerraformResource): pulumi.CustomResource {
    const address = `${construct.terraformResourceType}.${construct.friendlyUniqueId}`;
    const found = this.resources.get(address);
    if (!found) throw new Error(`${address} is not a resource of environment '${this.spec.name}'`);
    return found;
  }

  /**
   * Grants `role` on one of the environment's resources to a principal known only to the program
   * (an Output), as an additive IAM member; once per (principal, role). For principals given as
   * strings, prefer the constructs' grants in `extend`, which the policy pack judges.
   */
  grant(target: pulumi.CustomResource, role: string, grantee: PulumiGrantee): pulumi.CustomResource {
    const address = this.addressOf.get(target);
    const type = address?.split(".")[0];
    const grantable = type ? GRANTABLE[type] : undefined;
    if (!grantable) {
      throw new ValidationError([{ path: "target", message: `not grantable; allowed: resources of the environment of type ${Object.keys(GRANTABLE).join(", ")}`, value: type ?? "(not a resource of this environment)" }], "grant");
    }
    assertNotPrimitive(`grant to ${grantee.grantKey}`, role);
    const name = `${this.prefix}-${address!.split(".")[1]}-${grantee.grantKey}-${roleKey(role)}`;
    let made = this.grants.get(name);
    if (!made) {
      const [iamType, targetOf] = grantable;
      const [mod, member] = moduleMember(RESOURCE_TYPES[iamType]);
      made = new (require(`@pulumi/gcp/${mod}`)[member])(name, { ...targetOf(target), role, member: grantee.member }, { parent: this, provider: this.provider });
      this.grants.set(name, made!);
    }
    return made!;
  }
}

/** The policy pack on the synthesized resources, as `npm run synth` applies it: errors stop the program. */
function checkPolicy(json: TerraformJson, spec: EnvironmentSpec): void {
  const report = evaluate(resourcesFromTerraform(json), { tier: spec.tier, suppressions: spec.policy.suppressions, stack: spec.name });
  for (const f of report.findings.filter((x) => x.level === "warning")) pulumi.log.warn(`[${f.ruleId}] ${f.address}: ${f.message}`);
  const errors = report.findings.filter((f) => f.level === "error");
  if (errors.length > 0) throw new ValidationError(errors.map((f) => ({ path: f.address, message: `${f.ruleId}: ${f.message}` })), `policy of environment '${spec.name}'`);
}
