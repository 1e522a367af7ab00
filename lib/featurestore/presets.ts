/**
 * Feature Store values that differ by tier. Engine-neutral (no cdktf, no provider): the values
 * live in the tier table (lib/config/presets.ts, `featureStore`), and the FeatureStore construct
 * takes one of them as a prop.
 */
import type { FeatureStorageKind } from "../config/features";

export interface FeatureStorePreset {
  /** Storage of the online store when the YAML does not choose one. */
  readonly storage: FeatureStorageKind;
  /** Autoscaling of a Bigtable store when the YAML does not size it (min ≥ 1, min ≤ max ≤ 10 × min, CPU 10-80 %). */
  readonly bigtable: {
    readonly minNodes: number;
    readonly maxNodes: number;
    readonly cpuTarget: number;
  };
  /**
   * An Optimized store serves only through Private Service Connect (no public endpoint).
   * Bigtable stores have no dedicated endpoint, so this does not apply to them.
   */
  readonly privateEndpoint: boolean;
}
