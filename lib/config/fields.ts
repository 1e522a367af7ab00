/** Field builders shared by the config schemas: messages say what is allowed. */
import { z } from "zod";
import { nameProblem, NamingRule } from "../catalog/naming";

export const named = (rule: NamingRule) =>
  z.string({ error: `must be a string: ${rule.allowed}` }).superRefine((v, ctx) => {
    const p = nameProblem(rule, v);
    if (p) ctx.addIssue({ code: "custom", message: p });
  });

/**
 * A block (or list) as a check across its fields (or items) sees it: the value itself passed its
 * own type check, so it is a mapping (or a list), but each field or item may still be anything
 * the YAML said, null included, since a field that failed its own check is still there as written.
 * Fields are `unknown`, so the compiler asks for a guard before each use ({@link asRecord},
 * {@link asList}, `typeof`).
 */
export type Partly<T> = T extends readonly unknown[] ? readonly unknown[] : T extends object ? { readonly [K in keyof T]?: unknown } : unknown;

interface Issue {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
}

/** True when an issue says the value itself is not of its type (not one of its fields or items). */
function ownTypeFailed(issues: readonly Issue[]): boolean {
  return issues.some((i) => (i.path === undefined || i.path.length === 0) && (i.code === "invalid_type" || i.code === "invalid_union"));
}

/**
 * Adds a check across the fields of a block (or the items of a list). It runs even when some of
 * them failed their own checks, so every problem of a file shows at once, and never when the value
 * itself failed its type check: `network:` with its body commented out (null), or a scalar where a
 * list is expected, is reported once, as such, and no check reads into it. The check reads the
 * value through {@link Partly}. Every check of a block or list in the schema goes through here.
 */
export function checkAcross<S extends z.ZodType>(schema: S, check: (value: Partly<z.output<S>>, ctx: z.RefinementCtx) => void): S {
  return schema.superRefine((value, ctx) => check(value as Partly<z.output<S>>, ctx), { when: (payload) => !ownTypeFailed(payload.issues as readonly Issue[]) }) as S;
}

/** The fields of `v` when it is a mapping, else undefined. */
export function asRecord(v: unknown): Readonly<Record<string, unknown>> | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The items of `v` when it is a list, else none. */
export function asList(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** `v` when it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(allowed: readonly T[], v: unknown): T | undefined {
  return (allowed as readonly unknown[]).includes(v) ? (v as T) : undefined;
}

/** `v` when it is a string, else undefined. */
export function asString(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export const EMAIL = z.email({ error: "not a valid email address; allowed: name@domain.tld" }).max(254);

export const int = (what: string, min: number, max: number) =>
  z
    .number({ error: `must be a whole number (${what}), ${min}-${max}` })
    .int({ error: `must be a whole number (${what}), ${min}-${max}` })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });


/**
 * A list whose items must be unique by `field` (or, without it, by the item itself), compared after
 * `fold` (e.g. lowercase where Google compares without case). Each repeat is reported at its own
 * index (and field), naming the first; items that are not strings there are left to their own checks.
 */
export function unique<S extends z.ZodType>(list: S, o: { readonly field?: string; readonly fold?: (v: string) => string; readonly message: (value: string, first: number) => string }): S {
  return checkAcross(list, (items, ctx) => {
    const seen = new Map<string, number>();
    asList(items).forEach((item, i) => {
      const v = o.field === undefined ? item : asRecord(item)?.[o.field];
      if (typeof v !== "string") return;
      const k = o.fold ? o.fold(v) : v;
      const first = seen.get(k);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: o.field === undefined ? [i] : [i, o.field], message: o.message(v, first) });
      else seen.set(k, i);
    });
  });
}
