/**
 * Where an environment's serving resources live: in the environment's own stack, or, past a size,
 * split over serving stacks `<env>-serving-<n>`, each with its own Terraform state. Engine-neutral
 * and free of cdktn imports: the schema, the stack and the bench share it.
 *
 * Why a bound per stack: `terraform plan` refreshes every resource of its state with one read
 * request each (10 at a time by default), and Vertex AI allows 600 resource management requests
 * per minute per project and region by default ({@link VERTEX_CRUD_REQUESTS_PER_MINUTE}). A stack
 * of 11,000 resources refreshes for many minutes, runs into that quota, and makes a change to one
 * model wait for all of them. The default below keeps a serving stack at 200 models: 200 endpoints
 * (plus 200 pools in tiers without customer-managed keys) and its capacity document, a refresh of
 * 200-400 Vertex AI reads, within one minute of the default quota, and three such stacks planned at
 * once ({@link PARALLEL_SERVING_STACKS}) stay within it with CMEK. It is a chosen bound, not a
 * measured plan time: planning needs a live project.
 *
 * Which shard a model goes to: its explicit `shard`, else rendezvous hashing of its name over the
 * environment's shard count (the shard whose SHA-256 of `<model>/<n>` is highest). It depends on
 * the model's name and the count only, so adding or removing a model never moves another, and
 * raising the count from N to N+1 moves only the models that the new shard wins (about 1/(N+1) of
 * them); `mlops-env addresses --shard-moves` prints the state moves of such a change.
 */
import { createHash } from "node:crypto";
import type { Sourced } from "../catalog/sources";

/**
 * Vertex AI's default quota of resource management (CRUD) requests, per minute, project and
 * region, which every read of a plan's refresh counts against.
 */
export const VERTEX_CRUD_REQUESTS_PER_MINUTE: Sourced & { readonly value: number } = {
  value: 600,
  source: "https://cloud.google.com/vertex-ai/docs/quotas (Request quotas: Resource management (CRUD) requests, 600 per minute, per project and supported region)",
  checked: "2026-12-03",
  status: "confirmed",
};

/**
 * Serving stacks the shipped deploy workflow plans and applies at once (`max-parallel` of its
 * matrices): with at most {@link DEFAULT_MAX_MODELS_PER_STACK} endpoints each, a wave of plans
 * reads at most 600 Vertex AI resources, one minute of the default CRUD quota.
 */
export const PARALLEL_SERVING_STACKS = 3;

/** Models one serving stack holds by default (`serving.maxModelsPerStack`). */
export const DEFAULT_MAX_MODELS_PER_STACK = 200;
/** The most serving stacks an environment can have (`serving.shards`). */
export const MAX_SHARDS = 64;

/** Name of serving stack `n` of environment `env`: its construct id and its folder in cdktf.out. */
export const shardStackName = (env: string, n: number): string => `${env}-serving-${n}`;

/** State prefix of serving stack `n`, beside (never inside) the environment's own prefix. */
export const shardStatePrefix = (envPrefix: string, n: number): string => `${envPrefix}-serving-${n}`;

/** The serving stacks of an environment (none with one shard): their names and state prefixes. */
export function servingStacksOf(env: { readonly name: string; readonly backend: { readonly prefix: string }; readonly serving: ServingLayout }): { name: string; prefix: string }[] {
  if (env.serving.shards <= 1) return [];
  return Array.from({ length: env.serving.shards }, (_, n) => ({ name: shardStackName(env.name, n), prefix: shardStatePrefix(env.backend.prefix, n) }));
}

/** The environment's serving layout, resolved. */
export interface ServingLayout {
  /** 1: serving lives in the environment's stack (the default); more: in that many serving stacks. */
  readonly shards: number;
  readonly maxModelsPerStack: number;
}

function score(model: string, n: number): string {
  return createHash("sha256").update(`${model}/${n}`).digest("hex");
}

/** The shard of a model without an explicit `shard`: rendezvous hashing over `shards`. */
export function hashShard(model: string, shards: number): number {
  let best = 0;
  let bestScore = "";
  for (let n = 0; n < shards; n++) {
    const s = score(model, n);
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  }
  return best;
}

type Placed = { readonly name: string; readonly shard?: number; readonly pool?: string };

/**
 * The shard of each model, in the models' order. Models sharing a deployment resource pool stay
 * together: they hash by the pool's name and follow the first explicit `shard` among them.
 */
export function assignShards<M extends Placed>(models: readonly M[], shards: number): Map<number, M[]> {
  const out = new Map<number, M[]>();
  for (let n = 0; n < shards; n++) out.set(n, []);
  const poolShard = new Map<string, number>();
  for (const m of models) if (m.pool !== undefined && m.shard !== undefined && !poolShard.has(m.pool)) poolShard.set(m.pool, m.shard);
  for (const m of models) {
    const n = shards <= 1 ? 0 : m.pool !== undefined ? (poolShard.get(m.pool) ?? hashShard(`pool:${m.pool}`, shards)) : (m.shard ?? hashShard(m.name, shards));
    out.get(n)?.push(m);
  }
  return out;
}

/** A problem of the layout, with the path of the field to change. */
export interface LayoutProblem {
  readonly path: (string | number)[];
  readonly message: string;
  readonly value?: unknown;
}

/**
 * The problems of an environment's serving layout: explicit shards out of range, and stacks over
 * the bound (naming the stack, its count and the ways out).
 */
export function layoutProblems(env: string, models: readonly Placed[], layout: ServingLayout): LayoutProblem[] {
  const out: LayoutProblem[] = [];
  const poolShard = new Map<string, { shard: number; index: number }>();
  models.forEach((m, i) => {
    if (m.pool !== undefined && m.shard !== undefined) {
      const first = poolShard.get(m.pool);
      if (first === undefined) poolShard.set(m.pool, { shard: m.shard, index: i });
      else if (first.shard !== m.shard) {
        out.push({ path: ["models", i, "shard"], value: m.shard, message: `models sharing pool '${m.pool}' live in one serving stack: entry ${first.index} puts the pool in stack ${first.shard}; use the same shard or none` });
      }
    }
    if (m.shard !== undefined && m.shard >= layout.shards) {
      out.push({
        path: ["models", i, "shard"],
        value: m.shard,
        message:
          layout.shards === 1
            ? "needs serving.shards above 1: with one stack every model is in the environment's stack"
            : `must be below serving.shards (${layout.shards}); allowed: 0-${layout.shards - 1}`,
      });
    }
  });
  if (out.length) return out;
  const enough = () => {
    const n = smallestShardCount(models, layout.maxModelsPerStack);
    return n === undefined ? `more than ${MAX_SHARDS} serving stacks would be needed; raise serving.maxModelsPerStack` : `serving.shards: ${n} is the smallest count that fits`;
  };
  if (layout.shards === 1) {
    if (models.length > layout.maxModelsPerStack) {
      out.push({
        path: ["models"],
        value: `${models.length} models`,
        message:
          `${models.length} models in one stack is over serving.maxModelsPerStack (${layout.maxModelsPerStack}): one Terraform state would refresh every endpoint on each plan. ` +
          `Split serving into stacks ${shardStackName(env, 0)}, ${shardStackName(env, 1)}, … each with its own state (${enough()}; 'mlops-env addresses --shard-moves' prints the state moves for an environment that already has state), ` +
          `or raise serving.maxModelsPerStack (up to ${MAX_MODELS_PER_STACK_LIMIT}) and accept longer plans`,
      });
    }
    return out;
  }
  for (const [n, list] of assignShards(models, layout.shards)) {
    if (list.length > layout.maxModelsPerStack) {
      out.push({
        path: ["serving", "shards"],
        value: layout.shards,
        message:
          `serving stack ${shardStackName(env, n)} would hold ${list.length} models, over serving.maxModelsPerStack (${layout.maxModelsPerStack}); ` +
          `raise serving.shards (${enough()}; 'mlops-env addresses --shard-moves' prints the state moves), pin models to emptier stacks with models[].shard, or raise serving.maxModelsPerStack`,
      });
    }
  }
  return out;
}

/** The smallest shard count whose stacks all hold at most `max` models, up to MAX_SHARDS. */
export function smallestShardCount(models: readonly Placed[], max: number): number | undefined {
  for (let n = Math.max(2, Math.ceil(models.length / max)); n <= MAX_SHARDS; n++) {
    if ([...assignShards(models, n).values()].every((l) => l.length <= max)) return n;
  }
  return undefined;
}

/** The largest `serving.maxModelsPerStack` the schema takes. */
export const MAX_MODELS_PER_STACK_LIMIT = 1000;
