/**
 * The `policy` block of an environment: suppressions of policy findings, each with its reason.
 * Engine-neutral; the rule IDs come from the policy pack.
 *
 * ```yaml
 * policy:
 *   suppressions:
 *     - rule: MLOPS-GCS-003
 *       resource: Environment/Scratch/**
 *       reason: scratch data is regenerated nightly; old versions would only cost money
 * ```
 */
import { z } from "zod";
import { RULE_IDS } from "../policy/pack";
import { MIN_REASON_LENGTH, SUPPRESSION_MESSAGES } from "../policy/suppressions";

export const SuppressionSchema = z
  .strictObject({
    rule: z
      .string({ error: SUPPRESSION_MESSAGES.unknownRule(RULE_IDS) })
      .refine((id) => RULE_IDS.includes(id), { error: SUPPRESSION_MESSAGES.unknownRule(RULE_IDS) })
      .describe("ID of the rule whose finding is accepted, e.g. MLOPS-GCS-003."),
    resource: z
      .string({ error: SUPPRESSION_MESSAGES.resource })
      .refine((g) => g.trim().length > 0, { error: SUPPRESSION_MESSAGES.resource })
      .optional()
      .describe(
        "Glob over Terraform addresses (google_storage_bucket.*) or construct paths (Environment/DataLake/scratch, Environment/Workbench/**). @default every resource the rule reports",
      ),
    reason: z
      .string({ error: SUPPRESSION_MESSAGES.reason })
      .refine((r) => r.trim().length >= MIN_REASON_LENGTH, { error: SUPPRESSION_MESSAGES.reason })
      .describe(`Why the finding is acceptable; shown in the policy report. At least ${MIN_REASON_LENGTH} characters.`),
  })
  .describe("A policy finding accepted on purpose.");

export const PolicySchema = z
  .strictObject({
    suppressions: z.array(SuppressionSchema).default([]).describe("Accepted findings; each appears in policy-report.md with its reason."),
  })
  .describe("The security policy pack applied at synthesis (see lib/policy/README.md).");

/** What the `policy` block says (after defaults). */
export type PolicyConfig = z.output<typeof PolicySchema>;
