/**
 * The `featureStore` block of an environment: a Vertex AI Feature Store (the BigQuery-backed
 * version, not the legacy `featurestores` API). Features are defined once in BigQuery tables or
 * views of the environment's features dataset; feature groups register them, feature views
 * choose which of them are synced into the online store and when.
 *
 * Engine-neutral: the YAML and constructs called from TypeScript validate with this schema.
 * Naming rules come from the Vertex AI API (feature_online_store_admin_service.proto,
 * feature_registry_service.proto) and the google provider 6.50.0 descriptions, read 2026-08.
 */
import { z } from "zod";
import { CRON_ALLOWED, cronProblem, isTimeZone, TIME_ZONE_ALLOWED } from "../catalog/cron";
import { NamingRule, PROJECT_ID } from "../catalog/naming";
import { asList, asRecord, checkAcross, int, named, Partly } from "./fields";

/** How the online store keeps its data: Bigtable with autoscaling, or Optimized online serving. */
export const FEATURE_STORAGE_KINDS = ["bigtable", "optimized"] as const;
export type FeatureStorageKind = (typeof FEATURE_STORAGE_KINDS)[number];

function rule(subject: string, allowed: string, re: RegExp): NamingRule {
  return { subject, allowed, test: (v) => typeof v === "string" && re.test(v) };
}

/** `google_vertex_ai_feature_online_store.name`: ≤ 60 of [a-z0-9_], not starting with a digit. */
export const FEATURE_ONLINE_STORE_NAME = rule(
  "feature online store name",
  "1-60 lowercase letters, digits or underscores, not starting with a digit",
  /^[a-z_][a-z0-9_]{0,59}$/,
);

/** Feature view IDs: ≤ 60 of [a-z0-9_], not starting with a digit; unique within the store. */
export const FEATURE_VIEW_NAME = rule(
  "feature view name",
  "1-60 lowercase letters, digits or underscores, not starting with a digit",
  /^[a-z_][a-z0-9_]{0,59}$/,
);

/** Feature group IDs: ≤ 128 of [a-z0-9_], not starting with a digit. */
export const FEATURE_GROUP_NAME = rule(
  "feature group name",
  "1-128 lowercase letters, digits or underscores, not starting with a digit",
  /^[a-z_][a-z0-9_]{0,127}$/,
);

/** Feature IDs (CreateFeatureRequest.feature_id): ≤ 128 of [a-z0-9_], not starting with a digit; unique within the group. */
export const FEATURE_NAME = rule(
  "feature name",
  "1-128 lowercase letters, digits or underscores, not starting with a digit",
  /^[a-z_][a-z0-9_]{0,127}$/,
);

/**
 * BigQuery table or view IDs, restricted to the ASCII subset: BigQuery also accepts Unicode
 * letters, marks, dashes and spaces, which this library refuses so that the `bq://` URIs the
 * feature groups get stay unambiguous.
 */
export const BIGQUERY_TABLE_ID = rule(
  "BigQuery table or view ID",
  "1-1024 letters, digits or underscores (a table or view of the environment's features dataset)",
  /^[A-Za-z0-9_]{1,1024}$/,
);

/** BigQuery column names (the classic rule; flexible column names are not accepted here). */
export const BIGQUERY_COLUMN = rule(
  "BigQuery column name",
  "1-300 letters, digits or underscores, starting with a letter or underscore",
  /^[A-Za-z_][A-Za-z0-9_]{0,299}$/,
);

/** Autoscaling bounds of a Bigtable online store: min ≥ 1, min ≤ max ≤ 10 × min, CPU target 10-80 %. */
export const BIGTABLE_MAX_NODES_FACTOR = 10;

/** Problems of Bigtable autoscaling bounds once both are known, as [field, message]. */
export function bigtableSizingProblems(minNodes: unknown, maxNodes: unknown): [string, string][] {
  if (!Number.isInteger(minNodes) || !Number.isInteger(maxNodes) || (minNodes as number) < 1) return [];
  const min = minNodes as number;
  const max = maxNodes as number;
  if (max < min) return [["maxNodes", `must be at least minNodes (${min})`]];
  if (max > BIGTABLE_MAX_NODES_FACTOR * min) {
    return [["maxNodes", `must be at most ${BIGTABLE_MAX_NODES_FACTOR} × minNodes (${BIGTABLE_MAX_NODES_FACTOR * min}): Vertex AI scales a Bigtable online store to at most ten times its minimum`]];
  }
  return [];
}

export const BigtableSizingSchema = checkAcross(
  z.strictObject({
    // Upper bounds are this library's sanity limits, not Google's: Bigtable node quotas apply.
    minNodes: int("Bigtable nodes", 1, 1000).optional().describe("Nodes that always run (≥ 1). @default tier preset"),
    maxNodes: int("Bigtable nodes", 1, 10000).optional().describe("Upper bound for autoscaling: minNodes to 10 × minNodes. @default tier preset"),
    cpuTarget: int("percent CPU utilization", 10, 80).optional().describe("CPU utilization Bigtable scales to keep, 10-80 %. @default tier preset"),
  }),
  (b, ctx) => {
    for (const [field, message] of bigtableSizingProblems(b.minNodes, b.maxNodes)) ctx.addIssue({ code: "custom", path: [field], message });
  },
).describe("Autoscaling of the Bigtable online store; values not given come from the tier preset.");

export const FeatureSchema = z
  .strictObject({
    name: named(FEATURE_NAME).describe("Feature ID, unique in its group; clients read features by this name."),
    column: named(BIGQUERY_COLUMN).optional().describe("Column of the group's table holding the values. @default the feature name"),
    description: z.string({ error: "must be a string" }).optional(),
  })
  .describe("A feature: one column of its group's BigQuery table or view.");

const ENTITY_ID_COLUMNS_ALLOWED = "a list of the BigQuery columns that identify an entity (string or integer values), e.g. [customer_id]";

/**
 * The column Vertex AI reads a feature group's rows as a time series by: a BigQuery source "is
 * required to have an entityId and a feature_timestamp column" (terraform-provider-google v7.45.0,
 * website/docs/r/vertex_ai_feature_group.html.markdown; its example table declares it as
 * TIMESTAMP). Every group table the library creates has it.
 */
export const FEATURE_TIMESTAMP_COLUMN = "feature_timestamp";

/**
 * Column types a group's table may declare: the scalar types of BigQuery's TableFieldSchema.type
 * (googleapis google/cloud/bigquery/v2/table_schema.proto, read 2026-12-03), with their aliases.
 * Nested, range and geography columns are left out: Vertex AI's support for them as feature values
 * was not confirmed.
 */
export const FEATURE_COLUMN_TYPES = ["STRING", "BYTES", "INT64", "INTEGER", "FLOAT64", "FLOAT", "BOOL", "BOOLEAN", "NUMERIC", "BIGNUMERIC", "DATE", "DATETIME", "TIMESTAMP", "JSON"] as const;
export type FeatureColumnType = (typeof FEATURE_COLUMN_TYPES)[number];

/** Types of entity id columns: entities are identified by strings or integers. */
export const ENTITY_ID_TYPES: readonly FeatureColumnType[] = ["STRING", "INT64", "INTEGER"];

const COLUMNS_ALLOWED = `a mapping of column name to BigQuery type (${FEATURE_COLUMN_TYPES.join(", ")}) covering the entity id columns and every feature's column, e.g. { customer_id: STRING, tenure_days: INT64 }`;

export const FeatureGroupSchema = checkAcross(
  z.strictObject({
    name: named(FEATURE_GROUP_NAME).describe("Feature group ID; renaming it replaces the group."),
    table: named(BIGQUERY_TABLE_ID).describe("Table of the environment's features dataset that the library creates for the group, by ID; pipelines fill it."),
    entityIdColumns: z
      .array(named(BIGQUERY_COLUMN), { error: `must be ${ENTITY_ID_COLUMNS_ALLOWED}` })
      .min(1, { error: `must name at least one column: ${ENTITY_ID_COLUMNS_ALLOWED}` })
      .describe("Columns that identify an entity; several columns make a composite key, in this order."),
    description: z.string({ error: "must be a string" }).optional(),
    features: z
      .array(FeatureSchema, { error: "must be a list of features, e.g. [{ name: tenure_days }]" })
      .min(1, { error: "must list at least one feature: a feature view serves features, not whole tables" })
      .describe("The group's features, one per column."),
    columns: z
      .record(z.string(), z.enum(FEATURE_COLUMN_TYPES, { error: `not a column type; allowed: ${FEATURE_COLUMN_TYPES.join(", ")}` }), { error: `must be ${COLUMNS_ALLOWED}` })
      .describe(`The table's columns and their BigQuery types: the entity id columns, every feature's column, and any other column the pipelines write. The library adds ${FEATURE_TIMESTAMP_COLUMN} (TIMESTAMP).`),
  }),
  (g, ctx) => {
    const ids = asList(g.entityIdColumns);
    tableColumnProblems(g, ctx);
    const seen = new Map<string, number>();
    ids.forEach((c, i) => {
      if (typeof c !== "string") return;
      const k = c.toLowerCase(); // BigQuery column names are case-insensitive
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: ["entityIdColumns", i], message: `duplicate entity id column '${c}', already entityIdColumns[${seen.get(k)}]; list each column once` });
      else seen.set(k, i);
    });
    const names = new Map<string, number>();
    asList(g.features).forEach((item, i) => {
      const f = asRecord(item);
      if (!f || typeof f.name !== "string") return;
      if (names.has(f.name)) {
        ctx.addIssue({ code: "custom", path: ["features", i, "name"], message: `duplicate feature '${f.name}', already features[${names.get(f.name)}]; feature names are unique in a group` });
      } else names.set(f.name, i);
      const column = typeof f.column === "string" ? f.column : f.name;
      if (seen.has(column.toLowerCase())) {
        ctx.addIssue({
          code: "custom",
          path: ["features", i, typeof f.column === "string" ? "column" : "name"],
          message: `column '${column}' is an entity id column of this group; entity id columns identify rows and cannot also be features`,
        });
      }
    });
  },
).describe("A feature group: a BigQuery table of the features dataset, created from its columns, and the features it holds.");

/** The declared columns, by lower-cased name (BigQuery column names are case-insensitive). */
function declaredColumns(columns: unknown): Map<string, { name: string; type: unknown }> {
  const out = new Map<string, { name: string; type: unknown }>();
  if (columns && typeof columns === "object" && !Array.isArray(columns)) {
    for (const [name, type] of Object.entries(columns)) out.set(name.toLowerCase(), { name, type });
  }
  return out;
}

/**
 * The group's table must declare a type for each entity id column (string or integer) and each
 * feature's column, with valid column names; `feature_timestamp` is the library's, a TIMESTAMP.
 * Tolerates partial input.
 */
function tableColumnProblems(g: { entityIdColumns?: unknown; features?: unknown; columns?: unknown }, ctx: z.RefinementCtx): void {
  if (!g.columns || typeof g.columns !== "object" || Array.isArray(g.columns)) return;
  const declared = declaredColumns(g.columns);
  for (const [name, type] of Object.entries(g.columns as Record<string, unknown>)) {
    if (!BIGQUERY_COLUMN.test(name)) ctx.addIssue({ code: "custom", path: ["columns", name], message: `'${name}' is not a valid ${BIGQUERY_COLUMN.subject}; allowed: ${BIGQUERY_COLUMN.allowed}` });
    else if (name.toLowerCase() === FEATURE_TIMESTAMP_COLUMN && type !== "TIMESTAMP") {
      ctx.addIssue({ code: "custom", path: ["columns", name], message: `${FEATURE_TIMESTAMP_COLUMN} is the column Vertex AI reads rows' times from; it must be TIMESTAMP (or left out: the library adds it)` });
    }
  }
  const missing = (column: string) => `column '${column}' has no type in columns; declare it, e.g. columns: { ${column}: ${"STRING"} }`;
  if (Array.isArray(g.entityIdColumns)) {
    g.entityIdColumns.forEach((c, i) => {
      if (typeof c !== "string" || !BIGQUERY_COLUMN.test(c)) return; // an invalid name is reported on its own
      const d = declared.get(c.toLowerCase());
      if (!d) ctx.addIssue({ code: "custom", path: ["entityIdColumns", i], message: missing(c) });
      else if (c.toLowerCase() === FEATURE_TIMESTAMP_COLUMN) ctx.addIssue({ code: "custom", path: ["entityIdColumns", i], message: `${FEATURE_TIMESTAMP_COLUMN} holds the rows' times and cannot identify an entity` });
      else if (typeof d.type === "string" && !(ENTITY_ID_TYPES as readonly string[]).includes(d.type)) {
        ctx.addIssue({ code: "custom", path: ["columns", d.name], message: `'${d.name}' is an entity id column: entities are identified by strings or integers; allowed: ${ENTITY_ID_TYPES.join(", ")}` });
      }
    });
  }
  if (Array.isArray(g.features)) {
    g.features.forEach((f: { name?: unknown; column?: unknown }, i) => {
      if (!f || typeof f.name !== "string") return;
      const column = typeof f.column === "string" ? f.column : f.name;
      // An invalid feature name or column is reported on its own.
      if (!BIGQUERY_COLUMN.test(column) || (typeof f.column !== "string" && !FEATURE_NAME.test(f.name))) return;
      const at = ["features", i, typeof f.column === "string" ? "column" : "name"];
      if (column.toLowerCase() === FEATURE_TIMESTAMP_COLUMN) ctx.addIssue({ code: "custom", path: at, message: `${FEATURE_TIMESTAMP_COLUMN} holds the rows' times and cannot be a feature; name the feature's column otherwise` });
      else if (!declared.has(column.toLowerCase())) ctx.addIssue({ code: "custom", path: at, message: missing(column) });
    });
  }
}

export const FeatureViewSyncSchema = z
  .strictObject({
    cron: z
      .string({ error: `must be a cron expression: ${CRON_ALLOWED}` })
      .superRefine((v, ctx) => {
        const tz = /^\s*(CRON_TZ|TZ)=(\S*)/.exec(v);
        const message = tz
          ? `put the time zone in sync.timeZone (timeZone: ${tz[2] || "Etc/UTC"}), not in the cron expression`
          : cronProblem(v);
        if (message) ctx.addIssue({ code: "custom", message });
      })
      .describe("When to sync, unix cron with five fields, e.g. '0 3 * * *'."),
    timeZone: z
      .string({ error: `must be ${TIME_ZONE_ALLOWED}` })
      .refine((v) => isTimeZone(v), { error: `not a time zone; allowed: ${TIME_ZONE_ALLOWED}` })
      .default("Etc/UTC")
      .describe("IANA time zone of the cron expression. @default Etc/UTC"),
  })
  .describe("Scheduled sync from BigQuery into the online store. Omit it to sync only on demand.");

export const FeatureViewSourceSchema = z
  .strictObject({
    group: z.string({ error: "must be the name of a feature group declared in featureStore.groups" }).describe("A declared feature group."),
    features: z
      .array(z.string({ error: "must be a feature name" }), { error: "must be a list of feature names of the group" })
      .min(1, { error: "must name at least one feature of the group (list the group in 'groups' to serve all its features)" })
      .describe("Features of that group to serve."),
  })
  .describe("Selected features of one group.");

export const FeatureViewSchema = checkAcross(
  z.strictObject({
    name: named(FEATURE_VIEW_NAME).describe("Feature view ID, unique in the store; clients fetch features through it."),
    groups: z
      .array(z.string({ error: "must be the name of a feature group declared in featureStore.groups" }), { error: "must be a list of feature group names" })
      .optional()
      .describe("Groups whose every feature the view serves."),
    features: z.array(FeatureViewSourceSchema, { error: "must be a list of { group, features }" }).optional().describe("Chosen features, by group."),
    sync: FeatureViewSyncSchema.optional(),
  }),
  (v, ctx) => {
    const none = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);
    if (none(v.groups) && none(v.features)) {
      ctx.addIssue({ code: "custom", path: ["groups"], message: "a feature view needs at least one source: whole groups in 'groups', or chosen features in 'features'" });
    }
  },
).describe("A feature view: features of one or more groups sharing their entity id columns, synced into the online store.");

const PRIVATE_ENDPOINT_STORAGE =
  "applies only to storage: optimized (Bigtable stores have no dedicated endpoint; their clients use the regional Vertex AI API, privately through Private Google Access)";

export const FeatureStoreSchema = checkAcross(
  z.strictObject({
    name: named(FEATURE_ONLINE_STORE_NAME).optional().describe("Online store name, unique per project and region. @default <environment name with '-' as '_'>_features"),
    storage: z
      .enum(FEATURE_STORAGE_KINDS, { error: `not a storage kind; allowed: ${FEATURE_STORAGE_KINDS.join(", ")}` })
      .optional()
      .describe("bigtable (autoscaling nodes) or optimized (Optimized online serving). The provider changes it in place, without replacing the store (see lib/featurestore/README.md). @default tier preset"),
    bigtable: BigtableSizingSchema.optional(),
    privateEndpoint: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("Serve an optimized store only through Private Service Connect. @default tier preset (prod: true)"),
    projectAllowlist: z
      .array(named(PROJECT_ID), { error: "must be a list of project IDs" })
      .optional()
      .describe("Other projects allowed to connect to the private endpoint; the environment's own project always is."),
    groups: z
      .array(FeatureGroupSchema, { error: "must be a list of feature groups" })
      .default([])
      .describe("Feature groups, keyed by name: adding one never changes the others."),
    views: z
      .array(FeatureViewSchema, { error: "must be a list of feature views" })
      .default([])
      .describe("Feature views, keyed by name."),
  }),
  (s, ctx) => {
    if (s.storage === "optimized" && s.bigtable !== undefined) {
      ctx.addIssue({ code: "custom", path: ["bigtable"], message: "applies only to storage: bigtable; an optimized store has no nodes to size" });
    }
    if (s.storage === "bigtable" && s.privateEndpoint === true) {
      ctx.addIssue({ code: "custom", path: ["privateEndpoint"], message: PRIVATE_ENDPOINT_STORAGE });
    }
    if (asList(s.projectAllowlist).length > 0) {
      if (s.storage === "bigtable") ctx.addIssue({ code: "custom", path: ["projectAllowlist"], message: PRIVATE_ENDPOINT_STORAGE });
      else if (s.privateEndpoint === false) ctx.addIssue({ code: "custom", path: ["projectAllowlist"], message: "needs privateEndpoint: the allowlist says who may connect through Private Service Connect" });
    }
    featureStoreReferenceProblems(s, ctx);
  },
).describe("Vertex AI Feature Store: an online store serving features defined in BigQuery.");

/** What the YAML says (after defaults). */
export type FeatureStoreConfig = z.output<typeof FeatureStoreSchema>;
/** What the YAML may contain (before defaults). */
export type FeatureStoreConfigInput = z.input<typeof FeatureStoreSchema>;
export type FeatureGroupConfig = z.output<typeof FeatureGroupSchema>;
export type FeatureViewConfig = z.output<typeof FeatureViewSchema>;

/** The online store name an environment gets unless `featureStore.name` says otherwise. */
export function defaultStoreName(environmentName: string): string {
  return `${environmentName.toLowerCase().replace(/[^a-z0-9_]/g, "_")}_features`.slice(0, 60);
}

/**
 * The feature view's `sync_config.cron`: the five cron fields prefixed with the time zone, the
 * form the provider documents (`TZ=<IANA zone> <cron>`; `CRON_TZ=` is accepted too).
 */
export function syncCron(sync: { readonly cron: string; readonly timeZone?: string }): string {
  return `TZ=${sync.timeZone ?? "Etc/UTC"} ${sync.cron.trim().split(/\s+/).join(" ")}`;
}

/** One group of a feature view with the features the view serves from it. */
export interface FeatureViewSource {
  readonly group: string;
  readonly features: readonly string[];
}

/**
 * The groups and features a view serves, in declaration order: whole groups first, then chosen
 * features. Assumes a validated config.
 */
export function viewSources(view: FeatureViewConfig, groups: readonly FeatureGroupConfig[]): FeatureViewSource[] {
  const byName = new Map(groups.map((g) => [g.name, g]));
  return [
    ...(view.groups ?? []).map((name) => ({ group: name, features: (byName.get(name)?.features ?? []).map((f) => f.name) })),
    ...(view.features ?? []).map((s) => ({ group: s.group, features: [...s.features] })),
  ];
}


/** Duplicate names, views pointing to undeclared groups or features, and views mixing entity keys. Tolerates partial input. */
function featureStoreReferenceProblems(s: Partly<FeatureStoreConfig>, ctx: z.RefinementCtx): void {
  const groups = asList(s.groups).map(asRecord);
  const views = asList(s.views).map(asRecord);
  const byName = new Map<string, { index: number; group: Readonly<Record<string, unknown>> }>();
  groups.forEach((g, i) => {
    if (!g || typeof g.name !== "string") return;
    if (byName.has(g.name)) {
      ctx.addIssue({ code: "custom", path: ["groups", i, "name"], message: `duplicate feature group '${g.name}', already groups[${byName.get(g.name)!.index}]; each group name must be unique` });
    } else byName.set(g.name, { index: i, group: g });
  });
  const declared = [...byName.keys()];
  // A group without a readable name may be the one a view names: references are checked only when every name reads.
  const allNamed = groups.every((g) => typeof g?.name === "string");
  const unknownGroup = (name: string) =>
    `no feature group named '${name}' is declared in featureStore.groups; ${declared.length ? `declared: ${declared.join(", ")}` : "none is declared"}`;

  const viewNames = new Map<string, number>();
  views.forEach((v, i) => {
    if (!v) return;
    if (typeof v.name === "string") {
      if (viewNames.has(v.name)) ctx.addIssue({ code: "custom", path: ["views", i, "name"], message: `duplicate feature view '${v.name}', already views[${viewNames.get(v.name)}]; each view name must be unique` });
      else viewNames.set(v.name, i);
    }
    // Every group the view reads, with where it is named, for duplicate and entity key checks.
    const used: { name: string; path: (string | number)[] }[] = [];
    const use = (name: string, path: (string | number)[]) => {
      const earlier = used.find((u) => u.name === name);
      if (earlier) {
        ctx.addIssue({ code: "custom", path, message: `group '${name}' is already in this view (${formatRel(earlier.path)}); list each group once` });
        return false;
      }
      used.push({ name, path });
      return true;
    };
    if (Array.isArray(v.groups)) {
      asList(v.groups).forEach((name, j) => {
        if (typeof name !== "string") return;
        const path = ["views", i, "groups", j];
        if (!byName.has(name)) {
          if (allNamed) ctx.addIssue({ code: "custom", path, message: unknownGroup(name) });
        } else use(name, path);
      });
    }
    if (Array.isArray(v.features)) {
      asList(v.features).forEach((item, j) => {
        const src = asRecord(item);
        if (!src || typeof src.group !== "string") return;
        const path = ["views", i, "features", j, "group"];
        const target = byName.get(src.group);
        if (!target) {
          if (allNamed) ctx.addIssue({ code: "custom", path, message: unknownGroup(src.group) });
          return;
        }
        if (!use(src.group, path)) return;
        const own = asList(target.group.features)
          .map((f) => asRecord(f)?.name)
          .filter((n): n is string => typeof n === "string");
        const picked = new Set<string>();
        asList(src.features).forEach((f, k) => {
          if (typeof f !== "string") return;
          const fpath = ["views", i, "features", j, "features", k];
          if (!own.includes(f)) ctx.addIssue({ code: "custom", path: fpath, message: `group '${src.group}' has no feature '${f}'; its features: ${own.join(", ") || "none"}` });
          else if (picked.has(f)) ctx.addIssue({ code: "custom", path: fpath, message: `duplicate feature '${f}' of group '${src.group}'; list each feature once` });
          picked.add(f);
        });
      });
    }
    // A view's rows are keyed by its groups' entity id columns; groups keyed differently cannot share a view.
    // (The Vertex AI docs do not spell this rule out; it follows from a view having one data key.)
    const keyOf = (name: string) => {
      return asList(byName.get(name)!.group.entityIdColumns).filter((c): c is string => typeof c === "string");
    };
    let first: { name: string; key: string[] } | undefined;
    for (const u of used) {
      const key = keyOf(u.name);
      if (key.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: u.path,
          message: `group '${u.name}' declares no entity id columns, so the view has no key to serve its rows by; set groups[${byName.get(u.name)!.index}].entityIdColumns`,
        });
      } else if (!first) {
        first = { name: u.name, key };
      } else if (key.join(",").toLowerCase() !== first.key.join(",").toLowerCase()) {
        ctx.addIssue({
          code: "custom",
          path: u.path,
          message: `group '${u.name}' has entity id columns [${key.join(", ")}] but '${first.name}' has [${first.key.join(", ")}]; the groups of one view must share their entity id columns, in the same order`,
        });
      }
    }
  });
}

function formatRel(path: (string | number)[]): string {
  // ["views", 0, "groups", 1] → groups[1]; ["views", 0, "features", 2, "group"] → features[2].group
  const rest = path.slice(2);
  let out = "";
  for (const seg of rest) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
