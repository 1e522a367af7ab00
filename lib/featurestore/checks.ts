/**
 * Checks of a feature store's props and the settings they resolve to once the tier preset fills
 * what the YAML leaves out, for the `FeatureStore` construct. Free of cdktn and provider imports:
 * the construct says which values are not known yet (`unresolved`: a token) and those are taken
 * as given.
 */
import { PROJECT_ID } from "../catalog/naming";
import {
  bigtableSizingProblems,
  FEATURE_ONLINE_STORE_NAME,
  FeatureStorageKind,
  FeatureStoreConfig,
  FeatureStoreConfigInput,
  FeatureStoreSchema,
} from "../config/features";
import { labelProblems } from "../core/common";
import { formatPath, Problem, throwIfAny } from "../core/errors";
import type { FeatureStorePreset } from "./presets";

/**
 * Reads online feature values (`aiplatform.featureViews.fetchFeatureValues`), feature metadata
 * and sync runs; nothing else. Granted on the project: google provider 7.45.0 has no IAM
 * resources for feature online stores or feature views (google-beta does), and this role's
 * lowest grantable level is the project for the BigQuery-backed Feature Store.
 */
export const FEATURE_READER_ROLE = "roles/aiplatform.featurestoreDataViewer";

/** The online store name when neither the prop nor the block names one. */
export const DEFAULT_FEATURE_STORE_NAME = "mlops_features";

/** What the checks read from a feature store's props (both engines' props have these fields). */
export interface FeatureStoreInput {
  readonly projectId: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly config: FeatureStoreConfigInput;
  readonly preset: FeatureStorePreset;
  readonly name?: string;
  readonly privateEndpoint?: boolean;
  readonly projectAllowlist?: readonly string[];
}

/** Bigtable autoscaling of the online store. */
export interface BigtableSizing {
  readonly minNodes: number;
  readonly maxNodes: number;
  readonly cpuTarget: number;
}

/** A validated feature store: the block with defaults applied and what the tier preset decided. */
export interface ResolvedFeatureStore {
  readonly config: FeatureStoreConfig;
  /** Online store name: the prop, else `config.name`, else DEFAULT_FEATURE_STORE_NAME. */
  readonly name: string;
  readonly storage: FeatureStorageKind;
  /** Bigtable autoscaling: the preset's, field by field overridden by the YAML. */
  readonly sizing: BigtableSizing;
  /** An Optimized store serves only through Private Service Connect (always false for Bigtable). */
  readonly privateEndpoint: boolean;
  /** Projects that may connect to the private endpoint: the store's project first, then the allowlist, each once. */
  readonly projectAllowlist: readonly string[];
}

/**
 * Every problem of the props at once (the YAML schema's checks with the construct's path, the
 * name, what only shows once the preset fills the rest, allowlist entries given as props); throws
 * a ValidationError listing them, and returns the resolved settings otherwise.
 */
export function resolveFeatureStore(id: string, props: FeatureStoreInput, unresolved: (value: unknown) => boolean): ResolvedFeatureStore {
  const problems: Problem[] = [...labelProblems(props.labels, id)];
  const parsed = FeatureStoreSchema.safeParse(props.config);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ path: `${id}.config${issue.path.length ? `.${formatPath(issue.path)}` : ""}`, message: issue.message, value: valueAt(props.config, issue.path) });
    }
  }
  const cfg = parsed.success ? parsed.data : undefined;
  const name = props.name ?? cfg?.name ?? DEFAULT_FEATURE_STORE_NAME;
  if (!unresolved(name) && !FEATURE_ONLINE_STORE_NAME.test(name)) {
    problems.push({ path: `${id}.name`, message: `not a valid ${FEATURE_ONLINE_STORE_NAME.subject}; allowed: ${FEATURE_ONLINE_STORE_NAME.allowed}`, value: name });
  }
  const storage = cfg?.storage ?? props.preset.storage;
  const sizing = { ...props.preset.bigtable, ...definedOnly(cfg?.bigtable ?? {}) };
  const privateEndpoint = storage === "optimized" && (props.privateEndpoint ?? cfg?.privateEndpoint ?? props.preset.privateEndpoint);
  const allowlist = props.projectAllowlist ?? cfg?.projectAllowlist ?? [];
  if (cfg) problems.push(...presetProblems(id, cfg, storage, sizing, privateEndpoint, allowlist));
  // The schema checked the config's allowlist; entries passed as a prop are checked here.
  (props.projectAllowlist ?? []).forEach((p, i) => {
    if (!unresolved(p) && !PROJECT_ID.test(p)) {
      problems.push({ path: `${id}.projectAllowlist[${i}]`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: p });
    }
  });
  throwIfAny(problems, `feature store '${id}'`);
  return {
    config: cfg as FeatureStoreConfig,
    name,
    storage,
    sizing,
    privateEndpoint,
    projectAllowlist: [...new Set([props.projectId, ...allowlist])],
  };
}

/**
 * Problems that only show once the tier preset fills what the YAML left out. Runs on a config
 * the schema accepted, so whatever the YAML states on its own is already consistent.
 */
function presetProblems(
  id: string,
  cfg: FeatureStoreConfig,
  storage: FeatureStorageKind,
  sizing: BigtableSizing,
  privateEndpoint: boolean,
  allowlist: readonly string[],
): Problem[] {
  const out: Problem[] = [];
  const kind = `${storage === "bigtable" ? "Bigtable" : "optimized"} storage${cfg.storage === undefined ? " (the tier preset's)" : ""}`;
  if (storage === "optimized" && cfg.bigtable !== undefined) {
    out.push({ path: `${id}.config.bigtable`, message: `applies only to storage: bigtable; this store uses ${kind}`, value: cfg.bigtable });
  }
  if (storage === "bigtable" && cfg.privateEndpoint === true) {
    out.push({
      path: `${id}.config.privateEndpoint`,
      message: `applies only to storage: optimized; this store uses ${kind}, which has no dedicated endpoint (its clients use the regional Vertex AI API, privately through Private Google Access)`,
      value: true,
    });
  }
  if (allowlist.length > 0 && !privateEndpoint) {
    out.push({
      path: `${id}.${cfg.projectAllowlist !== undefined ? "config.projectAllowlist" : "projectAllowlist"}`,
      message:
        storage === "bigtable"
          ? `applies only to storage: optimized with a private endpoint; this store uses ${kind}`
          : "needs a private endpoint (privateEndpoint: true): the allowlist says who may connect through Private Service Connect",
      value: allowlist,
    });
  }
  if (storage === "bigtable") {
    for (const [field, message] of bigtableSizingProblems(sizing.minNodes, sizing.maxNodes)) {
      out.push({
        path: `${id}.config.bigtable.${field}`,
        message: `${message} (minNodes ${sizing.minNodes} and maxNodes ${sizing.maxNodes} once the tier preset fills what the YAML leaves out)`,
        value: sizing.maxNodes,
      });
    }
  }
  return out;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}
