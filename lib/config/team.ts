/**
 * The `team` block and the environment-wide `workbench` defaults: one Workbench instance per
 * member, keyed by email. Engine-neutral.
 */
import { z } from "zod";
import { ACCELERATOR_TYPES, checkMachineAndAccelerator } from "../catalog/machines";
import { GCE_NAME } from "../catalog/naming";
import { ZONE_PATTERN } from "../catalog/zones";
import { checkAcross, EMAIL, int, named } from "./fields";
import { acceleratorOf } from "./models";

/** GPUs the Workbench API accepts (provider enum for gce_setup.accelerator_configs.type): all but the newest rack-scale and RTX parts. */
export const WORKBENCH_ACCELERATORS: readonly string[] = ACCELERATOR_TYPES.filter((t) => t !== "NVIDIA_GB200" && t !== "NVIDIA_RTX_PRO_6000");

const IMAGE_ALLOWED = "an image path in the environment's Docker repository, optionally with a tag, e.g. 'notebooks/pytorch:2.4'";

/** Problems of a machine type and optional GPU for a Workbench instance, as [field, message]. */
export function workbenchMachineProblems(machineType: unknown, accelerator: unknown): [string, string][] {
  if (typeof machineType !== "string") return [];
  const accel = acceleratorOf(accelerator);
  const out: [string, string][] = checkMachineAndAccelerator(machineType, accel).map((p) => [p.field, p.message]);
  if (accel && out.length === 0 && !WORKBENCH_ACCELERATORS.includes(accel.type)) {
    out.push(["accelerator.type", `${accel.type} is not offered on Vertex AI Workbench; allowed: ${WORKBENCH_ACCELERATORS.join(", ")}`]);
  }
  return out;
}

export const WorkbenchOverridesSchema = checkAcross(
  z.strictObject({
    machineType: z.string({ error: "must be a machine type such as e2-standard-4 or n1-standard-8" }).optional().describe("@default the environment's workbench.machineType"),
    accelerator: z
      .strictObject({
        type: z.string({ error: "must be an accelerator type such as NVIDIA_TESLA_T4" }),
        count: int("GPUs", 1, 16),
      })
      .optional()
      .describe("A GPU for this member's instance; must fit the machine type."),
    dataDiskSizeGb: int("GB", 10, 64000).optional().describe("@default the environment's workbench.dataDiskSizeGb"),
    containerImage: z
      .string()
      .regex(/^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?$/, { error: `allowed: ${IMAGE_ALLOWED}` })
      .optional()
      .describe(`Custom JupyterLab container: ${IMAGE_ALLOWED}. @default Google's Workbench VM image`),
    idleTimeoutMinutes: int("minutes", 10, 1440).optional().describe("Stop the instance after this long idle. @default tier preset"),
    instanceName: named(GCE_NAME).optional().describe("@default <env>-wb-<email local part>"),
  }),
  (w, ctx) => {
    for (const [field, message] of workbenchMachineProblems(w.machineType, w.accelerator)) {
      ctx.addIssue({ code: "custom", path: field.split("."), message });
    }
    if (w.accelerator && w.machineType === undefined) {
      ctx.addIssue({ code: "custom", path: ["machineType"], message: "required with an accelerator: GPUs need an N1 machine type or an accelerator-optimized one (G2, A2, A3)" });
    }
  },
).describe("Per-member overrides of the Workbench instance.");

export const TeamMemberSchema = z
  .strictObject({
    email: EMAIL.describe("The member's Google account; they own and alone can open their own Workbench instance."),
    workbench: WorkbenchOverridesSchema.optional(),
  })
  .describe("One data scientist or ML engineer.");

export const WorkbenchDefaultsSchema = checkAcross(
  z.strictObject({
    zone: z.string().regex(ZONE_PATTERN, { error: "allowed: a zone such as us-central1-b" }).optional().describe("Zone of the instances, in the environment's region. @default <region>-b"),
    machineType: z.string().optional().describe("@default tier preset"),
    dataDiskSizeGb: int("GB", 10, 64000).optional().describe("@default 100"),
    idleTimeoutMinutes: int("minutes", 10, 1440).optional().describe("@default tier preset"),
  }),
  (w, ctx) => {
    for (const [field, message] of workbenchMachineProblems(w.machineType, undefined)) ctx.addIssue({ code: "custom", path: [field], message });
  },
).describe("Defaults for every member's Workbench instance.");

export type TeamMember = z.output<typeof TeamMemberSchema>;
export type WorkbenchDefaults = z.output<typeof WorkbenchDefaultsSchema>;

/** The instance name of a member: `<env>-wb-<local part of the email>`, unless overridden. */
export function workbenchInstanceName(envName: string, email: string, override?: string): string {
  if (override) return override;
  const local = email.split("@")[0].toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `${envName}-wb-${local}`.slice(0, 63).replace(/-+$/, "");
}
