/** The props of the serving fleet. */
import type { ModelInput } from "../config/models";
import type { DataProtection, IGrantee } from "../core/common";
import type { ServingPreset } from "./preset";

/**
 * What a serving fleet takes. `Key` is how a value that may be known only at deploy time is
 * passed (a token string), `Dependable` what resources can wait for.
 */
export interface ServingFleetOptions<Key = string, Dependable = unknown> {
  /** Project that owns the endpoints and pools. */
  readonly projectId: string;
  /** Region of every endpoint and pool; the customer-managed key must be in it too. */
  readonly region: string;
  /**
   * Labels for the endpoints (pools and Model Garden deployments take none on provider 7.45.0);
   * the construct or component adds `component: serving` and `model: <name>`.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The models, keyed by `name`: each gets its own construct (`Models/<name>`), so adding or
   * removing one touches only its resources. Validated again here with the YAML's rules.
   */
  readonly models: readonly ModelInput[];
  /** The tier's serving policy: replica floor, autoscaling targets, log sampling, public endpoints, Spot. */
  readonly preset: ServingPreset;
  /**
   * The tier's name, used in messages only.
   * @default - messages say "this tier"
   */
  readonly tier?: string;
  /**
   * Prefix of endpoint IDs and pool names (`<prefix>-<model>`, `<prefix>-<pool>`): 1-22 lowercase
   * letters, digits or hyphens, so that names stay unique when environments share a project.
   * @default - no prefix: the model or pool name alone
   */
  readonly namePrefix?: string;
  /**
   * The identity deployed models run as. Neither engine can set it (a deployed model's service account
   * is chosen when a pipeline deploys a version); it is recorded in each endpoint's description and
   * exposed as `servingAccountEmail` for the deploying pipeline.
   */
  readonly servingAccount: IGrantee & { readonly email: string };
  /**
   * The Vertex AI customer-managed key and the grants that let Vertex AI's service agent use it;
   * endpoints are encrypted with it and wait for the grants. Model Garden deployments cannot use
   * it and are rejected when it is set.
   * @default - Google-managed keys
   */
  readonly encryption?: { readonly keyId: Key; readonly grants: readonly Dependable[] };
  /**
   * Every endpoint is private (Private Service Connect), whatever the preset and the models say; a
   * model asking for a public endpoint is an error. True in prod, and wherever an enforced VPC
   * Service Controls perimeter rules out dedicated public endpoints.
   */
  readonly privateEndpoints: boolean;
  /**
   * BigQuery dataset that receives request/response logs (one table per model,
   * `predictions_<model>`, created by Vertex AI on first write). `grants` are the IAM members that
   * let Vertex AI's service agent write there; endpoints wait for them.
   */
  readonly predictionLogs: { readonly projectId: string; readonly datasetId: string; readonly grants?: readonly Dependable[] };
  /**
   * Deletion policy of the endpoints (clients call them by ID; deployed models and traffic splits
   * live on them). Pools hold no data and are not guarded: guarding them would block every change
   * of their replica bounds, all of which replace the pool.
   * @default - guarded (prevent_destroy and deletion_policy PREVENT)
   */
  readonly protection?: DataProtection;
  /**
   * Bucket that receives the serving capacity document (`serving/capacity.json`, see capacity.ts),
   * which the deployment step reads: the environment's artifacts bucket.
   * @default - no document (the capacity is then only in the pools and the stack outputs)
   */
  readonly capacityBucket?: Key;
  /**
   * Object name of the capacity document in `capacityBucket`; each serving stack of a sharded
   * environment writes its own (`serving/capacity-<n>.json`).
   * @default "serving/capacity.json"
   */
  readonly capacityObject?: string;
  /**
   * Resources created first, typically the Vertex AI API.
   * @default - none
   */
  readonly dependsOn?: readonly Dependable[];
}
