/**
 * Public API of the Pulumi variant: the environment as one component, registered from the
 * Terraform JSON of the same construct tree (lib/environment.ts), and the program's helpers.
 * Re-exports only. The Terraform side never loads this entry point.
 */
export { ENVIRONMENT_TYPE, MlopsEnvironment } from "./environment";
export type { MlopsEnvironmentArgs, PulumiGrantee } from "./environment";
export { registerTerraform, UnsupportedTerraformError } from "./adapter";
export type { Registered, RegisterOptions, TerraformJson } from "./adapter";
export { DATA_SOURCES, RESOURCE_TYPES, RETAINED_TYPES, toTerraformShape } from "./mapping";
export { environmentFileFor, pulumiConfigDir, runStack, selectedEnvironment } from "./program";
export { runWithMocks, terraformResources, valueOf } from "./testing";
export type { MockedRun, RecordedResource, TerraformResource } from "./testing";
// The engine-neutral config and the constructs' grantees, shared with the Terraform side.
export { resolveEnvironment } from "../config/spec";
export type { EnvironmentSpec } from "../config/spec";
export { loadEnvironmentFile, parseEnvironment } from "../config/load";
export { ValidationError, formatProblem } from "../core/errors";
export type { Problem } from "../core/errors";
export { principal } from "../core/common";
export type { IGrantee } from "../core/common";
