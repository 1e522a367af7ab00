/**
 * How an environment's skew checks are grouped into scheduled queries (batches). Engine-neutral
 * and pure.
 *
 * A scheduled query has one schedule, so models are first grouped by their transfer schedule
 * (the UTC schedule converted from their cron). Within a schedule, a model's batch is a stable
 * hash of its name (32-bit FNV-1a) modulo a fixed number of batches, `ceil(fleetSize / batchSize)`.
 * The number of batches depends on the two settings only, never on the models present, so:
 *
 * - adding a model changes exactly one batch (the query of one transfer config, updated in place),
 *   or creates one when its batch was empty; no other model moves;
 * - removing a model changes one batch (or removes it when it was the batch's last model);
 * - changing `batchSize` or `fleetSize` re-batches every model: a deliberate change.
 *
 * A batch's query must stay within BigQuery's limits ({@link SKEW_QUERY_LIMITS}); a batch that
 * would not fails synthesis, naming the batch and its models, instead of failing every run.
 */
import type { Sourced } from "../catalog/sources";

/** The date the limits below were read in their sources. */
export const SKEW_LIMITS_CHECKED = "2026-12-03";

/** Google's limits a batch's query must stay within, with where they are stated. */
export const SKEW_QUERY_LIMITS = {
  /** BigQuery: "A SQL query can be up to 1,024k characters long. This limit includes comments and whitespace characters." */
  maxQueryCharacters: {
    value: 1024 * 1000,
    source:
      "https://cloud.google.com/bigquery/quotas (Query jobs: Maximum SQL query character length 1,024k characters; Maximum unresolved GoogleSQL query length 1 MB), as mirrored in apstndb/bigquery-docs-mirror@b3e357eb:docs/docs.cloud.google.com/bigquery/quotas.md",
    checked: SKEW_LIMITS_CHECKED,
    status: "confirmed",
    note: "the page gives both 1,024k characters and 1 MB; the bound here is 1,024,000 characters and 1,000,000 UTF-8 bytes, the stricter reading of each",
  },
  /** The byte reading of the same limit ("1 MB"). */
  maxQueryBytes: {
    value: 1_000_000,
    source: "https://cloud.google.com/bigquery/quotas (Query jobs: Maximum unresolved GoogleSQL query length 1 MB)",
    checked: SKEW_LIMITS_CHECKED,
    status: "confirmed",
  },
  /** BigQuery: "A query can reference up to 1,000 total of unique tables, unique views, ..." */
  maxReferencedTables: {
    value: 1000,
    source: "https://cloud.google.com/bigquery/quotas (Query jobs: Maximum number of resources referenced per query, 1,000 resources)",
    checked: SKEW_LIMITS_CHECKED,
    status: "confirmed",
    note: "whether the limit applies to each statement of a multi-statement query or to the whole script is not stated; it is applied to the whole script here",
  },
  /** BigQuery: a query or multi-statement query runs for at most 6 hours; a statement of one at most 6 hours, the whole at most 24. */
  maxRunHours: {
    value: 6,
    source: "https://cloud.google.com/bigquery/quotas (Query/multi-statement query execution-time limit 6 hours; Multi-statement queries: cumulative time limit 24 hours, statement time limit 6 hours)",
    checked: SKEW_LIMITS_CHECKED,
    status: "confirmed",
    note: "not checked at synth: a run's duration depends on the data; it bounds how many models a batch should hold",
  },
  /**
   * The Data Transfer Service stores the query as `params.query`, a value of a google.protobuf.Struct;
   * its API states no size limit of its own.
   */
  transferParams: {
    value: undefined,
    source: "googleapis/googleapis@f8291d2b:google/cloud/bigquery/datatransfer/v1/transfer.proto (TransferConfig.params: google.protobuf.Struct, no documented bound)",
    checked: SKEW_LIMITS_CHECKED,
    status: "unconfirmed",
    note: "no limit on params found; the query's own limit above is the one applied",
  },
  /**
   * Changing `params.query` of a scheduled query updates it in place: the provider sends
   * `updateMask=params` (PATCH) and forces replacement only for the Cloud Storage and S3 path
   * templates; `data_source_id` and `location` force replacement.
   */
  queryUpdatesInPlace: {
    value: undefined,
    source:
      "hashicorp/terraform-provider-google@v7.45.0:google/services/bigquerydatatransfer/resource_bigquery_data_transfer_config.go (ParamsCustomizeDiffFunc, resourceBigqueryDataTransferConfigUpdate)",
    checked: SKEW_LIMITS_CHECKED,
    status: "confirmed",
  },
} as const satisfies Readonly<Record<string, Sourced & { readonly value: number | undefined }>>;

/**
 * Models a batch is sized for, by default. 50 models of a few features each make a query of about
 * 350k characters (under the 1,024k limit with room for the uneven spread of a hash) referencing
 * at most 150 tables (limit 1,000), and run one after the other well inside the 6-hour limit at
 * a few minutes per model.
 */
export const DEFAULT_BATCH_SIZE = 50;
/** The fleet size the batches are sized for, by default: ceil(1000 / 50) = 20 batches per schedule. */
export const DEFAULT_FLEET_SIZE = 1000;

/** The settings of the batching; both fixed, so that adding a model never moves another. */
export interface SkewBatching {
  /** Models a batch is sized for (the mean at `fleetSize` models). @default 50 */
  readonly batchSize?: number;
  /** Models the environment is sized for. @default 1000 */
  readonly fleetSize?: number;
}

/** The number of batches per schedule: ceil(fleetSize / batchSize). */
export function batchCount(b: SkewBatching = {}): number {
  return Math.max(1, Math.ceil((b.fleetSize ?? DEFAULT_FLEET_SIZE) / (b.batchSize ?? DEFAULT_BATCH_SIZE)));
}

/** Problems of the batching settings (field, value, what is allowed). */
export function batchingProblems(b: SkewBatching, where: string): { path: string; message: string; value: unknown }[] {
  const out: { path: string; message: string; value: unknown }[] = [];
  const check = (field: keyof SkewBatching, max: number) => {
    const v = b[field];
    if (v !== undefined && !(Number.isInteger(v) && v >= 1 && v <= max)) {
      out.push({ path: `${where}.${field}`, message: `must be a whole number from 1 to ${max}`, value: v });
    }
  };
  check("batchSize", 1000);
  check("fleetSize", 100_000);
  return out;
}

/** 32-bit FNV-1a of the UTF-8 bytes of `text`: stable across releases and platforms (part of the public API). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The batch number (0-based) of a model among `count` batches. */
export function batchOf(model: string, count: number): number {
  return fnv1a32(model) % count;
}

/** A construct-id-safe key of a transfer schedule: `every day 03:15` → `every-day-03-15`. */
export function scheduleKey(schedule: string): string {
  return schedule
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** One batch: its key (the construct id), schedule, number and models (sorted by name). */
export interface Batch<M> {
  /** `<schedule key>-<NN>`, e.g. `every-day-03-15-07`: the construct id of the batch. */
  readonly key: string;
  readonly schedule: string;
  /** The batch's number, 0 to count - 1. */
  readonly index: number;
  /** Batches per schedule. */
  readonly count: number;
  readonly models: readonly M[];
}

/**
 * Groups models into batches: by schedule, then by the hash of the model name. Batches come out
 * sorted by key; models within a batch by name. Empty batches are not returned.
 */
export function assignBatches<M extends { readonly name: string; readonly schedule: string }>(models: readonly M[], batching: SkewBatching = {}): Batch<M>[] {
  const count = batchCount(batching);
  const width = String(count - 1).length;
  const groups = new Map<string, { schedule: string; index: number; models: M[] }>();
  const keysBySchedule = new Map<string, string>();
  for (const m of models) {
    const sk = scheduleKey(m.schedule);
    const other = keysBySchedule.get(sk);
    if (other !== undefined && other !== m.schedule) throw new Error(`unreachable: schedules '${other}' and '${m.schedule}' have the same key '${sk}'`);
    keysBySchedule.set(sk, m.schedule);
    const index = batchOf(m.name, count);
    const key = `${sk}-${String(index).padStart(width, "0")}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { schedule: m.schedule, index, models: [] }));
    g.models.push(m);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => ({ key, schedule: g.schedule, index: g.index, count, models: [...g.models].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) }));
}
