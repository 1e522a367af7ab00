/**
 * The Pulumi side's notion of a value that is not known while the program runs. The checks
 * themselves are engine-neutral and live with their capability (lib/storage/checks.ts,
 * lib/network/checks.ts, ...): both engines call them, and each passes its own predicate for
 * unknown values (a cdktf token there, a Pulumi Output or promise here), which are taken as given.
 */

/** True for a value that is not known while the program runs. */
export type Unresolved = (value: unknown) => boolean;

/** Pulumi's rule: only plain values are checked; Outputs and promises are taken as given. */
export const notPlain: Unresolved = (v) => v !== null && typeof v === "object" && ("apply" in (v as object) || typeof (v as { then?: unknown }).then === "function");
