/**
 * The hardening of a Workbench instance and the checks of a Workbench fleet's props, shared by the
 * `WorkbenchFleet` construct. Free of cdktn and provider imports.
 */
import { GCE_NAME } from "../catalog/naming";
import { ZONE_PATTERN, zoneProblem } from "../catalog/zones";
import type { WorkbenchInstanceSpec } from "../config/spec";
import { workbenchMachineProblems } from "../config/team";
import { checkProtection, DataProtection, GUARDED } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

/** A zone, e.g. `us-central1-b`. */
export const ZONE = ZONE_PATTERN;

/** Metadata keys that harden an instance (documented in the README's Workbench section). */
export function workbenchHardeningMetadata(idleTimeoutMinutes: number, disableDownloads: boolean): Record<string, string> {
  return {
    "idle-timeout-seconds": String(idleTimeoutMinutes * 60),
    "notebook-disable-root": "true",
    "notebook-disable-downloads": String(disableDownloads),
    "notebook-disable-nbconvert": String(disableDownloads),
    "serial-port-enable": "false",
    "block-project-ssh-keys": "true",
  };
}

/** One instance as the checks read it (the engine-neutral WorkbenchInstanceSpec). */
type WorkbenchInstanceInput = Pick<WorkbenchInstanceSpec, "owner" | "instanceName" | "machineType" | "accelerator" | "idleTimeoutMinutes" | "containerImage">;

/** What the checks read from a fleet's props. */
export interface WorkbenchFleetInput {
  readonly zone: string;
  readonly instances: readonly WorkbenchInstanceInput[];
  readonly containerRepositoryUrl?: string;
  readonly protection?: DataProtection;
}

/** Every problem of a fleet's props: the zone, and each instance's name, machine, idle timeout and container. */
export function workbenchFleetProblems(id: string, p: { readonly zone: string; readonly instances: readonly WorkbenchInstanceInput[]; readonly hasContainerRepository: boolean }): Problem[] {
  const problems: Problem[] = [];
  if (!ZONE.test(p.zone)) problems.push({ path: `${id}.zone`, message: "must be a zone such as us-central1-b", value: p.zone });
  else {
    // The region is the zone's name without its last part; regions the catalog lists must know the zone.
    const unknown = zoneProblem(p.zone, p.zone.slice(0, p.zone.lastIndexOf("-")));
    if (unknown) problems.push({ path: `${id}.zone`, message: unknown, value: p.zone });
  }
  const names = new Map<string, string>();
  p.instances.forEach((m, i) => {
    const at = `${id}.instances[${i}]`;
    if (!GCE_NAME.test(m.instanceName)) problems.push({ path: `${at}.instanceName`, message: `not a valid ${GCE_NAME.subject}; allowed: ${GCE_NAME.allowed}`, value: m.instanceName });
    if (names.has(m.instanceName)) problems.push({ path: `${at}.instanceName`, message: `already used by ${names.get(m.instanceName)}`, value: m.instanceName });
    names.set(m.instanceName, m.owner);
    for (const [field, message] of workbenchMachineProblems(m.machineType, m.accelerator)) {
      problems.push({ path: `${at}.${field}`, message, value: field === "machineType" ? m.machineType : m.accelerator });
    }
    if (!Number.isInteger(m.idleTimeoutMinutes) || m.idleTimeoutMinutes < 10 || m.idleTimeoutMinutes > 1440) {
      problems.push({ path: `${at}.idleTimeoutMinutes`, message: "must be a whole number of minutes from 10 to 1440", value: m.idleTimeoutMinutes });
    }
    if (m.containerImage && !p.hasContainerRepository) problems.push({ path: `${at}.containerImage`, message: "needs containerRepositoryUrl on the fleet", value: m.containerImage });
  });
  return problems;
}

/**
 * Checks a fleet's props: the deletion policy first, then every other problem at once (a
 * ValidationError for `workbench fleet '<id>'`). Returns the deletion policy, guarded by default.
 */
export function checkWorkbenchFleet(id: string, props: WorkbenchFleetInput): { readonly protection: DataProtection } {
  const protection = props.protection ?? GUARDED;
  checkProtection(protection, id);
  throwIfAny(workbenchFleetProblems(id, { zone: props.zone, instances: props.instances, hasContainerRepository: !!props.containerRepositoryUrl }), `workbench fleet '${id}'`);
  return { protection };
}
