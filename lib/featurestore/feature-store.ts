import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { VertexAiFeatureGroup } from "@cdktf/provider-google/lib/vertex-ai-feature-group";
import { VertexAiFeatureGroupFeature } from "@cdktf/provider-google/lib/vertex-ai-feature-group-feature";
import { VertexAiFeatureOnlineStore } from "@cdktf/provider-google/lib/vertex-ai-feature-online-store";
import { VertexAiFeatureOnlineStoreFeatureview } from "@cdktf/provider-google/lib/vertex-ai-feature-online-store-featureview";
import type { ITerraformDependable } from "../cdktf";
import { Construct, TerraformOutput, Token } from "../cdktf";
import { PROJECT_ID } from "../catalog/naming";
import {
  bigtableSizingProblems,
  FEATURE_ONLINE_STORE_NAME,
  FeatureStorageKind,
  FeatureStoreConfig,
  FeatureStoreConfigInput,
  FeatureStoreSchema,
  syncCron,
  viewSources,
} from "../config/features";
import {
  checkProtection,
  CommonProps,
  componentLabels,
  grantOnce,
  GUARDED,
  IGrantee,
  labelProblems,
  lifecycleOf,
} from "../core/common";
import { formatPath, Problem, throwIfAny } from "../core/errors";
import { FeatureStorePreset } from "./presets";

/**
 * Reads online feature values (`aiplatform.featureViews.fetchFeatureValues`), feature metadata
 * and sync runs; nothing else. Granted on the project: google provider 6.50.0 has no IAM
 * resources for feature online stores or feature views (google-beta does), and this role's
 * lowest grantable level is the project for the BigQuery-backed Feature Store.
 */
export const FEATURE_READER_ROLE = "roles/aiplatform.featurestoreDataViewer";

/** The BigQuery dataset holding the groups' tables and views. `MlopsDataset` is one. */
export interface IFeaturesDataset {
  readonly projectId: string;
  readonly datasetId: string;
  /** Grants roles/bigquery.dataViewer on the dataset, returning the IAM member. */
  grantRead(grantee: IGrantee): ITerraformDependable;
}

/**
 * An account that triggers on-demand syncs. `aiplatform.featureViews.sync` is in no predefined
 * role narrower than `roles/aiplatform.user` (the others are aiplatform.admin and
 * aiplatform.featurestoreAdmin, which can also delete stores and change their IAM), so the
 * account gets that role through its own `allowVertexAi()`, which grants it once however often
 * it is called. `WorkloadServiceAccount` is one.
 */
export interface IFeatureSyncAccount extends IGrantee {
  allowVertexAi(): unknown;
}

export interface FeatureStoreProps extends CommonProps {
  /** The `featureStore` block (validated here again with the YAML schema, so TypeScript callers get the same checks). */
  readonly config: FeatureStoreConfigInput;
  /** The tier's storage kind, Bigtable sizing and private endpoint default. */
  readonly preset: FeatureStorePreset;
  /**
   * Online store name, ≤ 60 of [a-z0-9_], unique per project and region.
   * @default - config.name, else "mlops_features"
   */
  readonly name?: string;
  /** Dataset of the groups' tables and views; the Vertex AI service agent gets read access to it for syncs. */
  readonly featuresDataset: IFeaturesDataset;
  /** Reads online features (FEATURE_READER_ROLE). */
  readonly servingAccount: IGrantee;
  /** Triggers on-demand syncs, e.g. after a pipeline refreshed a group's table (roles/aiplatform.user, once). */
  readonly pipelinesAccount: IFeatureSyncAccount;
  /**
   * An Optimized store serves only through Private Service Connect. Ignored for Bigtable stores,
   * which have no dedicated endpoint.
   * @default - config.privateEndpoint, else preset.privateEndpoint
   */
  readonly privateEndpoint?: boolean;
  /**
   * Projects allowed to connect to the private endpoint besides `projectId`.
   * @default - config.projectAllowlist, else none
   */
  readonly projectAllowlist?: readonly string[];
}

/** A feature group and its features, by feature name. */
export interface FeatureGroupResources {
  readonly resource: VertexAiFeatureGroup;
  readonly features: Readonly<Record<string, VertexAiFeatureGroupFeature>>;
}

/**
 * Vertex AI Feature Store fed from BigQuery: one online store (Bigtable with autoscaling, or
 * Optimized), feature groups registering tables or views of the features dataset, their
 * features, and feature views syncing chosen features into the store on a schedule.
 *
 * Groups, features and views are keyed by name, so adding one never changes the Terraform
 * address of the others. The store and the groups are stateful and follow `protection`
 * (`prevent_destroy`); only a store whose protection allows data teardown is created with
 * `force_destroy` (deleting it deletes its views and synced data).
 *
 * Customer-managed encryption is not set: google provider 6.50.0 has no `encryption_spec` on
 * `google_vertex_ai_feature_online_store` (only google-beta has). The source of truth, the
 * features dataset, carries the environment's BigQuery key.
 */
export class FeatureStore extends Construct {
  /** The online store (escape hatch). */
  readonly resource: VertexAiFeatureOnlineStore;
  readonly storeName: string;
  /** `projects/<p>/locations/<region>/featureOnlineStores/<name>` */
  readonly onlineStoreId: string;
  readonly storage: FeatureStorageKind;
  /** Whether an Optimized store serves only through Private Service Connect. */
  readonly privateEndpoint: boolean;
  /** The validated block, with defaults applied. */
  readonly config: FeatureStoreConfig;
  readonly groups: Readonly<Record<string, FeatureGroupResources>>;
  readonly views: Readonly<Record<string, VertexAiFeatureOnlineStoreFeatureview>>;
  private readonly projectId: string;

  constructor(scope: Construct, id: string, props: FeatureStoreProps) {
    super(scope, id);
    const protection = props.protection ?? GUARDED;
    checkProtection(protection, id);

    const problems: Problem[] = [...labelProblems(props.labels, id)];
    const parsed = FeatureStoreSchema.safeParse(props.config);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: `${id}.config${issue.path.length ? `.${formatPath(issue.path)}` : ""}`, message: issue.message, value: valueAt(props.config, issue.path) });
      }
    }
    const cfg = parsed.success ? parsed.data : undefined;
    const name = props.name ?? cfg?.name ?? "mlops_features";
    if (!Token.isUnresolved(name) && !FEATURE_ONLINE_STORE_NAME.test(name)) {
      problems.push({ path: `${id}.name`, message: `not a valid ${FEATURE_ONLINE_STORE_NAME.subject}; allowed: ${FEATURE_ONLINE_STORE_NAME.allowed}`, value: name });
    }
    const storage = cfg?.storage ?? props.preset.storage;
    const sizing = { ...props.preset.bigtable, ...definedOnly(cfg?.bigtable ?? {}) };
    const privateEndpoint = storage === "optimized" && (props.privateEndpoint ?? cfg?.privateEndpoint ?? props.preset.privateEndpoint);
    const allowlist = props.projectAllowlist ?? cfg?.projectAllowlist ?? [];
    if (cfg) problems.push(...this.presetProblems(id, cfg, storage, sizing, privateEndpoint, allowlist));
    // The schema checked the config's allowlist; entries passed as a prop are checked here.
    (props.projectAllowlist ?? []).forEach((p, i) => {
      if (!Token.isUnresolved(p) && !PROJECT_ID.test(p)) {
        problems.push({ path: `${id}.projectAllowlist[${i}]`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: p });
      }
    });
    throwIfAny(problems, `feature store '${id}'`);
    const config = cfg as FeatureStoreConfig;

    this.config = config;
    this.projectId = props.projectId;
    this.storeName = name;
    this.storage = storage;
    this.privateEndpoint = privateEndpoint;
    const labels = componentLabels(props.labels, "feature-store");
    const where = { project: props.projectId, region: props.region };

    this.resource = new VertexAiFeatureOnlineStore(this, "OnlineStore", {
      ...where,
      name,
      labels,
      bigtable:
        storage === "bigtable"
          ? { autoScaling: { minNodeCount: sizing.minNodes, maxNodeCount: sizing.maxNodes, cpuUtilizationTarget: sizing.cpuTarget } }
          : undefined,
      optimized: storage === "optimized" ? {} : undefined,
      // Only Optimized stores have a dedicated serving endpoint: public unless Private Service
      // Connect is on. The block is always written for them so that outputs can reference it.
      dedicatedServingEndpoint:
        storage !== "optimized"
          ? undefined
          : privateEndpoint
            ? { privateServiceConnectConfig: { enablePrivateServiceConnect: true, projectAllowlist: unique([props.projectId, ...allowlist]) } }
            : {},
      forceDestroy: protection.allowDataTeardown,
      lifecycle: lifecycleOf(protection),
      dependsOn: props.dependsOn,
    });
    this.onlineStoreId = this.resource.id;

    // Syncs read the groups' tables as the project's Vertex AI service agent. Its project-wide
    // service agent role already reads BigQuery in its own project; this grant on the dataset
    // makes the dependency explicit and keeps syncs working when the dataset is elsewhere.
    // The agent exists once the Vertex AI API is on: the lookup its address is built from waits
    // for `dependsOn`, and so does the grant (it lives on the dataset, which owns its IAM).
    const project = new DataGoogleProject(this, "Project", { projectId: props.projectId, dependsOn: props.dependsOn });
    const agent: IGrantee = {
      member: `serviceAccount:service-${project.number}@gcp-sa-aiplatform.iam.gserviceaccount.com`,
      grantKey: "vertex-ai-agent",
    };
    const sourceRead = props.featuresDataset.grantRead(agent);
    const dataset = props.featuresDataset;

    const groupsScope = new Construct(this, "Groups");
    const groups: Record<string, FeatureGroupResources> = {};
    for (const g of config.groups) {
      const groupScope = new Construct(groupsScope, g.name);
      const group = new VertexAiFeatureGroup(groupScope, "Resource", {
        ...where,
        name: g.name,
        description: g.description,
        labels,
        bigQuery: {
          bigQuerySource: { inputUri: `bq://${dataset.projectId}.${dataset.datasetId}.${g.table}` },
          entityIdColumns: [...g.entityIdColumns],
        },
        lifecycle: lifecycleOf(protection),
        dependsOn: [...(props.dependsOn ?? []), sourceRead],
      });
      const features: Record<string, VertexAiFeatureGroupFeature> = {};
      for (const f of g.features) {
        features[f.name] = new VertexAiFeatureGroupFeature(groupScope, f.name, {
          ...where,
          featureGroup: g.name,
          name: f.name,
          versionColumnName: f.column,
          description: f.description,
          labels,
          dependsOn: [group],
        });
      }
      groups[g.name] = { resource: group, features };
    }
    this.groups = groups;

    const viewsScope = new Construct(this, "Views");
    const views: Record<string, VertexAiFeatureOnlineStoreFeatureview> = {};
    for (const v of config.views) {
      const sources = viewSources(v, config.groups);
      views[v.name] = new VertexAiFeatureOnlineStoreFeatureview(viewsScope, v.name, {
        ...where,
        featureOnlineStore: name,
        name: v.name,
        labels,
        featureRegistrySource: { featureGroups: sources.map((s) => ({ featureGroupId: s.group, featureIds: [...s.features] })) },
        syncConfig: v.sync ? { cron: syncCron(v.sync) } : undefined,
        dependsOn: [this.resource, ...sources.flatMap((s) => s.features.map((f) => groups[s.group].features[f]))],
      });
    }
    this.views = views;

    this.grantReadFeatures(props.servingAccount);
    props.pipelinesAccount.allowVertexAi();
    this.addOutputs(config);
  }

  /** Fetch online feature values and read feature metadata and sync runs (FEATURE_READER_ROLE on the project). */
  grantReadFeatures(grantee: IGrantee): ProjectIamMember {
    return grantOnce(this, grantee, FEATURE_READER_ROLE, (gid) =>
      new ProjectIamMember(this, gid, { project: this.projectId, role: FEATURE_READER_ROLE, member: grantee.member }),
    );
  }

  /**
   * Problems that only show once the tier preset fills what the YAML left out. Runs on a config
   * the schema accepted, so whatever the YAML states on its own is already consistent.
   */
  private presetProblems(
    id: string,
    cfg: FeatureStoreConfig,
    storage: FeatureStorageKind,
    sizing: { minNodes: number; maxNodes: number; cpuTarget: number },
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

  private addOutputs(config: FeatureStoreConfig): void {
    // Readable, stable output names (`terraform output feature_online_store`), not hashed.
    const out = (oid: string, value: string, description: string) =>
      new TerraformOutput(this, oid, { value, description }).overrideLogicalId(oid.replace(/-/g, "_"));
    out("feature-online-store", this.onlineStoreId, "Vertex AI feature online store id");
    if (this.storage === "optimized") {
      const endpoint = this.resource.dedicatedServingEndpoint;
      out(
        "feature-online-store-endpoint",
        this.privateEndpoint ? endpoint.serviceAttachment : endpoint.publicEndpointDomainName,
        this.privateEndpoint
          ? "Service attachment of the store's Private Service Connect endpoint (target of the consumer forwarding rule; set once a first sync ran)"
          : "Domain name of the store's dedicated public endpoint",
      );
    }
    for (const v of config.views) out(`feature-view-${v.name}`, this.views[v.name].id, `Vertex AI feature view id: ${v.name}`);
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}
