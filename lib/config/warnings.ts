/**
 * What the library cannot check in a valid environment, said out loud: each warning is shown at
 * synthesis with its file, line and field, and never stops it. Today: models whose GPU the region
 * catalog has no row or column for (lib/catalog/gpu-regions.ts).
 */
import { uncheckedModelsInRegion } from "../catalog/gpu-regions";
import type { EnvironmentConfig } from "./schema";

export interface ConfigWarning {
  /** Field path, e.g. `["models", 0, "accelerator", "type"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export function environmentWarnings(config: EnvironmentConfig): ConfigWarning[] {
  return uncheckedModelsInRegion(config.models, config.region).map((w) => ({ path: ["models", w.index, ...w.field.split(".")], message: w.message }));
}
