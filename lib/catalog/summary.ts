/**
 * The catalog at a glance: how many entries of each kind it holds and how many of them were
 * confirmed in a source on their `checked` date. lib/catalog/README.md shows the same table; a
 * test keeps the two equal.
 */
import { PROHIBITED_SUBNET_RANGES } from "./cidr";
import { NOT_PREDEFINED_ROLES, PREDEFINED_ROLES } from "./iam-roles";
import { LOG_NAMES, METRIC_TYPES, MONITORED_RESOURCES, USER_METRIC_PREFIX_SOURCE } from "./monitoring";
import { QUOTAS } from "./quotas";
import { SERVICE_AGENTS, SERVICE_IDENTITY_GAP } from "./service-agents";
import { PROJECT_SERVICES, VPC_SC_SOURCE, VPC_SC_SUPPORTED_SERVICES } from "./services";
import { countByStatus, Sourced, SourcedCount } from "./sources";
import { ZONES_BY_REGION } from "./zones";

/** One row per kind of fact. */
export function catalogSummary(): Readonly<Record<string, SourcedCount>> {
  const values = <T extends Sourced>(r: Readonly<Record<string, T>>) => Object.values(r);
  return {
    "predefined IAM roles": countByStatus(values(PREDEFINED_ROLES)),
    "role names that are not predefined": countByStatus(values(NOT_PREDEFINED_ROLES)),
    "metric types": countByStatus([...values(METRIC_TYPES), USER_METRIC_PREFIX_SOURCE]),
    "monitored resource types": countByStatus(values(MONITORED_RESOURCES)),
    "log names": countByStatus(values(LOG_NAMES)),
    "project services (APIs)": countByStatus(values(PROJECT_SERVICES)),
    "VPC Service Controls supported services": countByStatus(VPC_SC_SUPPORTED_SERVICES.map(() => VPC_SC_SOURCE)),
    "regions with zones": countByStatus(values(ZONES_BY_REGION)),
    "prohibited subnet ranges": countByStatus(PROHIBITED_SUBNET_RANGES),
    "service agents (email pattern)": countByStatus([...values(SERVICE_AGENTS), SERVICE_IDENTITY_GAP]),
    "service agents (when created)": countByStatus(values(SERVICE_AGENTS).map((a) => ({ ...a, status: a.lazy === "unknown" ? "unconfirmed" : "confirmed" }))),
    quotas: countByStatus(values(QUOTAS)),
  };
}
