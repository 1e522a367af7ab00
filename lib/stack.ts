import { GoogleProvider } from "../provider/google/provider";
import { Construct, GcsBackend, TerraformStack } from "./cdktn";
import { EnvironmentSpec } from "./config/spec";
import { MlopsEnvironment } from "./environment";
import { providerSettings } from "./project/checks";
import { AppliedPolicy, applyPolicy } from "./policy/cdktn";
import { ServingFleet } from "./serving/fleet";
import { assignShards, shardStackName, shardStatePrefix } from "./serving/shards";

export interface MlopsStackProps {
  readonly spec: EnvironmentSpec;
}

/**
 * One environment as one Terraform stack, named after the environment: the google provider
 * pinned to the environment's project and region (and, with a budget, naming the project as the
 * quota project of its requests), state in GCS under the environment's prefix,
 * the MlopsEnvironment, and the policy pack, which judges every resource at synthesis (errors fail
 * preprod and prod, dev reports warnings) and writes policy-report.{json,md} next to the stack.
 */
export class MlopsStack extends TerraformStack {
  readonly environment: MlopsEnvironment;
  /** The environment's serving stacks (`serving.shards` above 1), in shard order; empty otherwise. */
  readonly servingStacks: readonly ServingStack[];
  /** The policy pack as applied to this stack (`evaluate()` judges it as synthesis will). */
  readonly policy: AppliedPolicy;

  constructor(scope: Construct, props: MlopsStackProps) {
    super(scope, props.spec.name);
    const { spec } = props;
    new GoogleProvider(this, "google", providerSettings(spec));
    new GcsBackend(this, { bucket: spec.backend.bucket, prefix: spec.backend.prefix });
    this.environment = new MlopsEnvironment(this, "Environment", { spec });
    this.policy = applyPolicy(this, { tier: spec.tier, suppressions: spec.policy.suppressions });
    this.servingStacks =
      spec.serving.shards > 1 ? [...assignShards(spec.models, spec.serving.shards)].map(([shard, models]) => new ServingStack(scope, { base: this, shard, models })) : [];
  }

  /** This stack and its serving stacks: every stack the environment synthesizes. */
  get allStacks(): readonly (MlopsStack | ServingStack)[] {
    return [this, ...this.servingStacks];
  }

  /** cdktn's preparation, without its preparing pass when `skipPreparingPass` allowed it. */
  override prepareStack(): void {
    if (UNPREPARED.has(this)) this.ensureBackendExists();
    else super.prepareStack();
  }
}

/** Stacks whose synthesis skips cdktn's preparing pass (`skipPreparingPass`). */
const UNPREPARED = new WeakSet<TerraformStack>();

/**
 * Lets the synthesis of these environments' stacks skip cdktn's preparing pass, when no stack can
 * reference another: none has serving stacks (a serving stack reads its environment's stack
 * through terraform_remote_state) and the app declares no `targetVersions`. Returns whether it did.
 *
 * That pass resolves every resource of every stack once before the synthesis resolves them all
 * again, only to find what the second resolution needs to know first: references to another stack
 * (which it turns into an output of that stack and a remote state read in this one), and the
 * Terraform functions and provider features used (which cdktn checks against `targetVersions`; the
 * library uses none). Skipping it takes 20-45 ms off the default environments' synthesis (less than
 * the pass took: the synthesis then runs the resolution code first, cold). Call it only on an app
 * nothing else adds to, as the command line does right after `buildApp`: code that adds its own
 * constructs may reference another stack, and keeps cdktn's whole synthesis.
 */
export function skipPreparingPass(stacks: readonly MlopsStack[]): boolean {
  if (stacks.some((s) => s.servingStacks.length > 0 || s.node.tryGetContext("targetVersions") !== undefined)) return false;
  for (const s of stacks) UNPREPARED.add(s);
  return true;
}

export interface ServingStackProps {
  /** The environment's stack, whose identity, key, buckets and datasets the fleet uses. */
  readonly base: MlopsStack;
  /** 0-based number of this serving stack. */
  readonly shard: number;
  /** The models this stack serves. */
  readonly models: EnvironmentSpec["models"];
}

/**
 * One serving stack of a sharded environment, `<env>-serving-<n>`: the endpoints (and pools) of
 * the models hashed or pinned to it, their outputs and its own capacity document
 * (`serving/capacity-<n>.json`), with state beside the environment's (`<prefix>-serving-<n>`).
 * The fleet sits under an `Environment` construct, as in the environment's own stack, so a
 * model's Terraform address is the same in both: moving to serving stacks moves state, never
 * replaces an endpoint. What the fleet reads from the environment's stack (the serving account,
 * the Vertex AI key, the artifacts bucket, the monitoring dataset) arrives as cross-stack
 * references (outputs of the environment's stack read through terraform_remote_state), so the
 * environment's stack is applied first (`addDependency`); the grants and APIs the endpoints wait
 * for in a single stack exist by then.
 */
export class ServingStack extends TerraformStack {
  readonly shard: number;
  readonly fleet: ServingFleet;
  /** The environment's stack this serving stack belongs to. */
  readonly base: MlopsStack;
  /** The policy pack as applied to this stack. */
  readonly policy: AppliedPolicy;

  constructor(scope: Construct, props: ServingStackProps) {
    const spec = props.base.environment.spec;
    super(scope, shardStackName(spec.name, props.shard));
    this.shard = props.shard;
    this.base = props.base;
    new GoogleProvider(this, "google", providerSettings(spec));
    new GcsBackend(this, { bucket: spec.backend.bucket, prefix: shardStatePrefix(spec.backend.prefix, props.shard) });
    const o = props.base.environment.servingOptions;
    this.fleet = new ServingFleet(new Construct(this, "Environment"), "Serving", {
      ...o,
      models: props.models,
      encryption: o.encryption && { keyId: o.encryption.keyId, grants: [] },
      predictionLogs: { ...o.predictionLogs, grants: [] },
      capacityObject: `serving/capacity-${props.shard}.json`,
      dependsOn: undefined,
    });
    this.addDependency(props.base);
    const environment = props.base.environment;
    this.policy = applyPolicy(this, {
      tier: spec.tier,
      suppressions: spec.policy.suppressions,
      // Project-level settings (Data Access audit logs) live in the environment's stack.
      companions: () => environment.auditLogs?.configs ?? [],
    });
  }
}
