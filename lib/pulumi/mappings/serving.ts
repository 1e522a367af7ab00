/** Resource types of the serving capability, cdktf → Pulumi (filled in by its Pulumi component). */
import type { ResourceMapping } from "../mapping";

export const MAPPINGS: readonly ResourceMapping[] = [];

/** Construct id below `Environment` → the Terraform types it creates, for the parity test. */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {};
