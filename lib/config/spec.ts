/**
 * The engine-neutral, fully resolved environment: the validated YAML plus its tier preset and
 * every derived default. Both engines build from this, never from the raw YAML.
 */
import { EnvironmentConfig, ModelConfig, TeamMember } from "./schema";
import { Tier, TierPreset, TIER_PRESETS } from "./presets";

export const MANAGED_BY = "gcp-mlops-constructs";

export interface EnvironmentSpec {
  readonly name: string;
  readonly projectId: string;
  readonly region: string;
  readonly tier: Tier;
  readonly preset: TierPreset;
  /** Labels every labelled resource carries (user labels plus environment, tier, managed-by). */
  readonly labels: Readonly<Record<string, string>>;
  readonly backend: { readonly bucket: string; readonly prefix: string };
  /** Prefix of globally unique bucket names. */
  readonly bucketPrefix: string;
  readonly team: readonly TeamMember[];
  readonly models: readonly ModelConfig[];
  readonly notifications: { readonly emails: readonly string[] };
}

export function resolveEnvironment(config: EnvironmentConfig): EnvironmentSpec {
  return {
    name: config.name,
    projectId: config.projectId,
    region: config.region,
    tier: config.tier,
    preset: TIER_PRESETS[config.tier],
    labels: { ...config.labels, environment: config.name, tier: config.tier, "managed-by": MANAGED_BY },
    backend: {
      bucket: config.backend.bucket ?? `${config.projectId}-tfstate`,
      prefix: config.backend.prefix ?? `mlops/${config.name}`,
    },
    bucketPrefix: config.naming.bucketPrefix ?? config.projectId,
    team: config.team,
    models: config.models,
    notifications: { emails: config.notifications.emails },
  };
}
