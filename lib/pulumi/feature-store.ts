import * as pulumi from "@pulumi/pulumi";
import * as organizations from "@pulumi/gcp/organizations";
import * as projects from "@pulumi/gcp/projects";
import * as vertex from "@pulumi/gcp/vertex";
import { FeatureStorageKind, FeatureStoreConfig, FeatureStoreConfigInput, syncCron, viewSources } from "../config/features";
import { checkProtection, componentLabels, GUARDED, IGrantee, keyedRecord } from "../core/common";
import { FEATURE_STORE_OUTPUTS, featureGroupSourceUri, featureViewOutput } from "../featurestore/attributes";
import { FEATURE_READER_ROLE, resolveFeatureStore } from "../featurestore/checks";
import type { FeatureStorePreset } from "../featurestore/presets";
import { notPlain } from "./checks";
import { childName, CommonArgs, GrantRegistry, guardOptions } from "./common";
import { vertexAiServiceAgent } from "./serving";

export { FEATURE_READER_ROLE } from "../featurestore/checks";

/**
 * Type token of the feature store component. Part of every URN below it, so public API: renaming
 * it replaces the resources under it (unless an alias is added).
 */
export const FEATURE_STORE_COMPONENT_TYPE = "mlops:index:FeatureStore";

/** The BigQuery dataset holding the groups' tables and views. `MlopsDataset` is one. */
export interface IFeaturesDataset {
  readonly projectId: string;
  readonly datasetId: string;
  /** Grants roles/bigquery.dataViewer on the dataset, returning the IAM member. */
  grantRead(grantee: IGrantee): pulumi.Resource;
}

/**
 * An account that triggers on-demand syncs: it gets `roles/aiplatform.user` through its own
 * `allowVertexAi()`, which grants it once however often it is called (`aiplatform.featureViews.sync`
 * is in no narrower predefined role). `WorkloadServiceAccount` is one.
 */
export interface IFeatureSyncAccount extends IGrantee {
  allowVertexAi(): unknown;
}

export interface FeatureStoreArgs extends CommonArgs {
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
  readonly resource: vertex.AiFeatureGroup;
  readonly features: Readonly<Record<string, vertex.AiFeatureGroupFeature>>;
}

/**
 * Vertex AI Feature Store fed from BigQuery, the twin of the cdktf `FeatureStore`: one online
 * store (Bigtable with autoscaling, or Optimized), feature groups registering tables or views of
 * the features dataset, their features, and feature views syncing chosen features into the store
 * on a schedule.
 *
 * Names: the store takes the component's name; a group `<name>-<group>`, a feature
 * `<name>-<group>-<feature>`, a view `<name>-<view>`, a grant `<name>-<grantKey>-<role>`. Keyed by
 * name, never by list position. The store and the groups follow `protection` (`protect`); only a
 * store whose protection allows data teardown is created with `forceDestroy`.
 *
 * Customer-managed encryption is not set, as on the cdktf side (google provider 6.50.0 has no
 * `encryption_spec` on the online store; `@pulumi/gcp` 9.x has one, left unset so both engines
 * create the same store). The features dataset carries the environment's BigQuery key.
 */
export class FeatureStore extends pulumi.ComponentResource {
  /** The online store (escape hatch). */
  readonly resource: vertex.AiFeatureOnlineStore;
  readonly storeName: string;
  /** `projects/<p>/locations/<region>/featureOnlineStores/<name>` */
  readonly onlineStoreId: pulumi.Output<string>;
  readonly storage: FeatureStorageKind;
  /** Whether an Optimized store serves only through Private Service Connect. */
  readonly privateEndpoint: boolean;
  /** The validated block, with defaults applied. */
  readonly config: FeatureStoreConfig;
  readonly groups: Readonly<Record<string, FeatureGroupResources>>;
  readonly views: Readonly<Record<string, vertex.AiFeatureOnlineStoreFeatureview>>;
  /**
   * Stack outputs by name: `feature_online_store`, `feature_view_<view>`, and for an Optimized store
   * `feature_online_store_endpoint` (its service attachment, or its public domain name).
   */
  readonly outputs: Readonly<Record<string, pulumi.Output<string>>>;
  private readonly projectId: string;
  private readonly grants: GrantRegistry<projects.IAMMember>;

  constructor(name: string, args: FeatureStoreArgs, opts?: pulumi.ComponentResourceOptions) {
    const protection = args.protection ?? GUARDED;
    checkProtection(protection, name);
    const resolved = resolveFeatureStore(name, args, notPlain);
    super(FEATURE_STORE_COMPONENT_TYPE, name, {}, opts);
    const { config, storage, sizing, privateEndpoint } = resolved;
    this.grants = new GrantRegistry(name);
    this.config = config;
    this.projectId = args.projectId;
    this.storeName = resolved.name;
    this.storage = storage;
    this.privateEndpoint = privateEndpoint;
    const labels = componentLabels(args.labels, "feature-store");
    const where = { project: args.projectId, region: args.region };
    const dependsOn = [...(args.dependsOn ?? [])];

    this.resource = new vertex.AiFeatureOnlineStore(
      name,
      {
        ...where,
        name: resolved.name,
        labels,
        bigtable:
          storage === "bigtable" ? { autoScaling: { minNodeCount: sizing.minNodes, maxNodeCount: sizing.maxNodes, cpuUtilizationTarget: sizing.cpuTarget } } : undefined,
        optimized: storage === "optimized" ? {} : undefined,
        // Only Optimized stores have a dedicated serving endpoint: public unless Private Service
        // Connect is on. The block is always written for them, as on the cdktf side.
        dedicatedServingEndpoint:
          storage !== "optimized"
            ? undefined
            : privateEndpoint
              ? { privateServiceConnectConfig: { enablePrivateServiceConnect: true, projectAllowlists: [...resolved.projectAllowlist] } }
              : {},
        forceDestroy: protection.allowDataTeardown,
      },
      { parent: this, dependsOn, ...guardOptions(protection) },
    );
    this.onlineStoreId = this.resource.id;

    // Syncs read the groups' tables as the project's Vertex AI service agent; the grant lives on
    // the dataset (which owns its IAM). The agent exists once the Vertex AI API is on: the project
    // lookup its address is built from waits for `dependsOn`, and so does the grant.
    const project = organizations.getProjectOutput({ projectId: args.projectId }, { parent: this, dependsOn });
    const sourceRead = args.featuresDataset.grantRead(vertexAiServiceAgent(project.number));
    const dataset = args.featuresDataset;

    const groups = keyedRecord<FeatureGroupResources>();
    for (const g of config.groups) {
      const group = new vertex.AiFeatureGroup(
        childName(name, g.name),
        {
          ...where,
          name: g.name,
          description: g.description,
          labels,
          bigQuery: { bigQuerySource: { inputUri: featureGroupSourceUri(dataset, g.table) }, entityIdColumns: [...g.entityIdColumns] },
        },
        { parent: this, dependsOn: [...dependsOn, sourceRead], ...guardOptions(protection) },
      );
      const features = keyedRecord<vertex.AiFeatureGroupFeature>();
      for (const f of g.features) {
        features[f.name] = new vertex.AiFeatureGroupFeature(
          childName(name, `${g.name}-${f.name}`),
          { ...where, featureGroup: g.name, name: f.name, versionColumnName: f.column, description: f.description, labels },
          { parent: this, dependsOn: [group] },
        );
      }
      groups[g.name] = { resource: group, features };
    }
    this.groups = groups;

    const views = keyedRecord<vertex.AiFeatureOnlineStoreFeatureview>();
    for (const v of config.views) {
      const sources = viewSources(v, config.groups);
      views[v.name] = new vertex.AiFeatureOnlineStoreFeatureview(
        childName(name, v.name),
        {
          ...where,
          featureOnlineStore: resolved.name,
          name: v.name,
          labels,
          featureRegistrySource: { featureGroups: sources.map((s) => ({ featureGroupId: s.group, featureIds: [...s.features] })) },
          syncConfig: v.sync ? { cron: syncCron(v.sync) } : undefined,
        },
        { parent: this, dependsOn: [this.resource, ...sources.flatMap((s) => s.features.map((f) => groups[s.group].features[f]))] },
      );
    }
    this.views = views;

    this.grantReadFeatures(args.servingAccount);
    args.pipelinesAccount.allowVertexAi();

    const outputs: Record<string, pulumi.Output<string>> = { [FEATURE_STORE_OUTPUTS.store.name]: this.onlineStoreId };
    if (storage === "optimized") {
      // Provider-computed after creation; the service attachment is set once a first sync ran.
      const endpoint = privateEndpoint ? FEATURE_STORE_OUTPUTS.privateEndpoint : FEATURE_STORE_OUTPUTS.publicEndpoint;
      outputs[endpoint.name] = this.resource.dedicatedServingEndpoint.apply((e) => (privateEndpoint ? e?.serviceAttachment : e?.publicEndpointDomainName));
    }
    for (const v of config.views) outputs[featureViewOutput(v.name).name] = views[v.name].id;
    this.outputs = outputs;
    this.registerOutputs({ onlineStoreId: this.onlineStoreId });
  }

  /** Fetch online feature values and read feature metadata and sync runs (FEATURE_READER_ROLE on the project). */
  grantReadFeatures(grantee: IGrantee): projects.IAMMember {
    return this.grants.once(grantee, FEATURE_READER_ROLE, (gname) =>
      new projects.IAMMember(gname, { project: this.projectId, role: FEATURE_READER_ROLE, member: grantee.member }, { parent: this }),
    );
  }
}
