/** Field builders shared by the config schemas: messages say what is allowed. */
import { z } from "zod";
import { NamingRule } from "../catalog/naming";

export const named = (rule: NamingRule) =>
  z.string({ error: `must be a string: ${rule.allowed}` }).refine((v) => rule.test(v), {
    error: `not a valid ${rule.subject}; allowed: ${rule.allowed}`,
  });

/** Runs a refinement even when other fields of the same object failed, so every problem shows at once. */
export const always = { when: () => true } as const;

export const EMAIL = z.email({ error: "not a valid email address; allowed: name@domain.tld" }).max(254);

export const int = (what: string, min: number, max: number) =>
  z
    .number({ error: `must be a whole number (${what}), ${min}-${max}` })
    .int({ error: `must be a whole number (${what}), ${min}-${max}` })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });

