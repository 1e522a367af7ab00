/**
 * The `models` block of an environment: each model gets a private, autoscaling serving
 * endpoint. Engine-neutral: both engines and the GPU catalog checks share it.
 */
import { z } from "zod";
import { checkMachineAndAccelerator } from "../catalog/machines";
import { always, int } from "./fields";

export const AcceleratorSchema = z
  .strictObject({
    type: z.string({ error: "must be an accelerator type such as NVIDIA_L4 or NVIDIA_TESLA_T4" }).describe("Vertex AI accelerator type, e.g. NVIDIA_L4."),
    count: int("GPUs per replica", 1, 16).describe("GPUs per replica; must be a count the machine type allows."),
  })
  .describe("GPUs attached to each replica.");

const MODEL_NAME_ALLOWED =
  "1-40 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit";

export const ModelSchema = z
  .strictObject({
    name: z
      .string({ error: `must be a string: ${MODEL_NAME_ALLOWED}` })
      .regex(/^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/, { error: `not a valid model name; allowed: ${MODEL_NAME_ALLOWED}` })
      .describe("Model key: names its endpoint and resource pool; renaming it replaces them."),
    machineType: z.string({ error: "must be a machine type such as n1-standard-4 or g2-standard-8" }).describe("Machine type of each serving replica."),
    accelerator: AcceleratorSchema.optional(),
    minReplicas: int("replicas", 1, 1000).describe("Replicas that always run (≥ 1)."),
    maxReplicas: int("replicas", 1, 1000).describe("Upper bound for autoscaling (≥ minReplicas); quota is charged for it."),
  })
  .superRefine((m, ctx) => {
    if (typeof m.machineType === "string") {
      const accel = m.accelerator && typeof m.accelerator.type === "string" ? m.accelerator : undefined;
      for (const p of checkMachineAndAccelerator(m.machineType, accel)) {
        ctx.addIssue({ code: "custom", message: p.message, path: p.field.split(".") });
      }
    }
    if (Number.isInteger(m.minReplicas) && Number.isInteger(m.maxReplicas) && m.maxReplicas < m.minReplicas) {
      ctx.addIssue({ code: "custom", message: `must be at least minReplicas (${m.minReplicas})`, path: ["maxReplicas"] });
    }
  }, always)
  .describe("A model served from a private, autoscaling endpoint.");

export type ModelConfig = z.output<typeof ModelSchema>;
