/**
 * The fixed facts the Pulumi components build from, re-exported from their engine-neutral homes
 * next to each capability: the cdktf constructs read the very same tables.
 */
export { DATA_LAYER_APIS, FOUNDATION_APIS } from "../project/checks";
export { DATA_LAKE_BUCKETS } from "../storage/checks";
export type { DataLakeBucket } from "../storage/checks";
export { WAREHOUSE_DATASETS } from "../bigquery/checks";
export type { WarehouseDataset } from "../bigquery/checks";
export { AUDITED_SERVICES, PRIMITIVE_ROLES, WORKLOADS } from "../identity/checks";
export type { Workload } from "../identity/checks";
export { KEY_AGENT_APIS, KEY_AGENTS, KEY_DOMAINS, KEY_USER_ROLE, MAX_ROTATION_DAYS } from "../encryption/checks";
export type { KeyDomain, ServiceAgentRef } from "../encryption/checks";
export { IAP_TCP_FORWARDING_RANGE, MAX_NETWORK_NAME_LENGTH, NETWORK_SUFFIX } from "../network/checks";
export { workbenchHardeningMetadata } from "../workbench/checks";
