import { BigqueryTable } from "../../provider/google/bigquery-table";
import { DataGoogleProject } from "../../provider/google/data-google-project";
import { ProjectIamMember } from "../../provider/google/project-iam-member";
import { VertexAiFeatureGroup } from "../../provider/google/vertex-ai-feature-group";
import { VertexAiFeatureGroupFeature } from "../../provider/google/vertex-ai-feature-group-feature";
import { VertexAiFeatureOnlineStore } from "../../provider/google/vertex-ai-feature-online-store";
import { VertexAiFeatureOnlineStoreFeatureview } from "../../provider/google/vertex-ai-feature-online-store-featureview";
import type { ITerraformDependable } from "../cdktn";
import { Construct, TerraformOutput, Token } from "../cdktn";
import { FeatureStorageKind, FeatureStoreConfig, FeatureStoreConfigInput, syncCron, viewSources } from "../config/features";
import { checkProtection, CommonProps, componentLabels, grantOnce, GUARDED, IGrantee, deletionPolicyOf, keyedRecord, keyId, lifecycleOf } from "../core/common";
import { FEATURE_STORE_OUTPUTS, featureGroupSourceUri, featureTableAttributes, featureViewOutput, VERTEX_AI_AGENT_GRANT_KEY, vertexAiAgentMember } from "./attributes";
import { FEATURE_READER_ROLE, resolveFeatureStore } from "./checks";
import { FeatureStorePreset } from "./presets";

export { FEATURE_READER_ROLE } from "./checks";

/** The BigQuery dataset holding the groups' tables. `MlopsDataset` is one. */
export interface IFeaturesDataset {
  readonly projectId: string;
  readonly datasetId: string;
  /**
   * The dataset resource: the groups' tables name it by reference, so they are created after it
   * and inherit its default key in the policy's eyes too.
   * @default - the tables name the dataset by `datasetId` and wait only for `dependsOn`
   */
  readonly resource?: ITerraformDependable & { readonly datasetId: string };
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
  /**
   * Customer-managed key of the groups' tables: the environment's BigQuery key, as on the
   * features dataset. The key's grants must be among `dependsOn`.
   * @default - Google-managed keys (or the dataset's default key)
   */
  readonly tableKmsKeyName?: string;
  /** Dataset of the groups' tables; the Vertex AI service agent gets read access to it for syncs. */
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
  /**
   * Customer-managed key for the online store's data (online and offline storage), and the grants
   * its service agents need first. The key must be in the store's region.
   * @default - Google-managed keys
   */
  readonly encryption?: { readonly keyId: string; readonly grants: readonly ITerraformDependable[] };
}

/** A feature group, its table and its features, by feature name. */
export interface FeatureGroupResources {
  readonly resource: VertexAiFeatureGroup;
  /** The group's source table in the features dataset, created from the group's columns. */
  readonly table: BigqueryTable;
  readonly features: Readonly<Record<string, VertexAiFeatureGroupFeature>>;
}

/**
 * Vertex AI Feature Store fed from BigQuery: one online store (Bigtable with autoscaling, or
 * Optimized), per feature group its table in the features dataset (created from the group's
 * columns, with the `feature_timestamp` Vertex AI needs) and the group registering it, their
 * features, and feature views syncing chosen features into the store on a schedule.
 *
 * Groups, features and views are keyed by name, so adding one never changes the Terraform
 * address of the others. The store, the groups and their tables are stateful and follow
 * `protection` (`prevent_destroy`; tables keep BigQuery's deletion protection unless data teardown
 * is allowed); only a store whose protection allows data teardown is created with
 * `force_destroy` (deleting it deletes its views and synced data).
 *
 * With `encryption`, the online store's data is encrypted with that key (`encryption_spec`,
 * google provider >= 7.15); the source of truth, the features dataset, carries the environment's
 * BigQuery key.
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

    const { config, name, storage, sizing, privateEndpoint, projectAllowlist } = resolveFeatureStore(id, props, (v) => Token.isUnresolved(v));

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
            ? { privateServiceConnectConfig: { enablePrivateServiceConnect: true, projectAllowlist: [...projectAllowlist] } }
            : {},
      encryptionSpec: props.encryption ? { kmsKeyName: props.encryption.keyId } : undefined,
      forceDestroy: protection.allowDataTeardown,
      lifecycle: lifecycleOf(protection),
      deletionPolicy: deletionPolicyOf(protection),
      dependsOn: [...(props.dependsOn ?? []), ...(props.encryption?.grants ?? [])],
    });
    this.onlineStoreId = this.resource.id;

    // Syncs read the groups' tables as the project's Vertex AI service agent. Its project-wide
    // service agent role already reads BigQuery in its own project; this grant on the dataset
    // makes the dependency explicit and keeps syncs working when the dataset is elsewhere.
    // The agent exists once the Vertex AI API is on: the lookup its address is built from waits
    // for `dependsOn`, and so does the grant (it lives on the dataset, which owns its IAM).
    const project = new DataGoogleProject(this, "Project", { projectId: props.projectId, dependsOn: props.dependsOn });
    const agent: IGrantee = {
      member: vertexAiAgentMember(project.number),
      grantKey: VERTEX_AI_AGENT_GRANT_KEY,
    };
    const sourceRead = props.featuresDataset.grantRead(agent);
    const dataset = props.featuresDataset;

    const groupsScope = new Construct(this, "Groups");
    const groups = keyedRecord<FeatureGroupResources>();
    for (const g of config.groups) {
      const groupScope = new Construct(groupsScope, keyId(g.name));
      // The source table, from the group's columns (with feature_timestamp), so that Vertex AI
      // finds the entity id columns and the time column when the group is created.
      const table = new BigqueryTable(groupScope, "Table", {
        ...featureTableAttributes({ projectId: dataset.projectId, datasetId: dataset.resource?.datasetId ?? dataset.datasetId, group: g, labels, allowDataTeardown: protection.allowDataTeardown, kmsKeyName: props.tableKmsKeyName }),
        lifecycle: lifecycleOf(protection),
        deletionPolicy: deletionPolicyOf(protection),
        dependsOn: props.dependsOn,
      });
      const group = new VertexAiFeatureGroup(groupScope, "Resource", {
        ...where,
        name: g.name,
        description: g.description,
        labels,
        bigQuery: {
          bigQuerySource: { inputUri: featureGroupSourceUri(dataset, g.table) },
          entityIdColumns: [...g.entityIdColumns],
        },
        lifecycle: lifecycleOf(protection),
        deletionPolicy: deletionPolicyOf(protection),
        dependsOn: [...(props.dependsOn ?? []), sourceRead, table],
      });
      const features = keyedRecord<VertexAiFeatureGroupFeature>();
      for (const f of g.features) {
        features[f.name] = new VertexAiFeatureGroupFeature(groupScope, keyId(f.name), {
          ...where,
          featureGroup: g.name,
          name: f.name,
          versionColumnName: f.column,
          description: f.description,
          labels,
          dependsOn: [group],
        });
      }
      groups[g.name] = { resource: group, table, features };
    }
    this.groups = groups;

    const viewsScope = new Construct(this, "Views");
    const views = keyedRecord<VertexAiFeatureOnlineStoreFeatureview>();
    for (const v of config.views) {
      const sources = viewSources(v, config.groups);
      views[v.name] = new VertexAiFeatureOnlineStoreFeatureview(viewsScope, keyId(v.name), {
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

  private addOutputs(config: FeatureStoreConfig): void {
    // Readable, stable output names (`terraform output feature_online_store`), not hashed.
    const out = (oid: string, output: { readonly name: string; readonly description: string }, value: string) =>
      new TerraformOutput(this, oid, { value, description: output.description }).overrideLogicalId(output.name);
    out("feature-online-store", FEATURE_STORE_OUTPUTS.store, this.onlineStoreId);
    if (this.storage === "optimized") {
      const endpoint = this.resource.dedicatedServingEndpoint;
      out(
        "feature-online-store-endpoint",
        this.privateEndpoint ? FEATURE_STORE_OUTPUTS.privateEndpoint : FEATURE_STORE_OUTPUTS.publicEndpoint,
        this.privateEndpoint ? endpoint.serviceAttachment : endpoint.publicEndpointDomainName,
      );
    }
    for (const v of config.views) out(`feature-view-${v.name}`, featureViewOutput(v.name), this.views[v.name].id);
  }
}
