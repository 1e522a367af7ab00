/**
 * Terraform state locations across the stacks of a change. Two environments whose backends name
 * one state object overwrite each other's state: the next apply of one plans against the other's
 * resources and destroys those it does not declare, data included. A stack whose state location
 * changes starts from whatever state is at the new location. No resource diff shows either, so
 * the review compares the locations themselves (normalized as the GCS backend resolves them).
 */
import { StackModel } from "./model";

/** One side of a change where a state location was seen. */
export type StateSide = "base" | "head";

export interface StateWarning {
  /**
   * `shared`: the stack's state location (in the head) is another environment's, in the base or
   * the head. `moved`: the stack's state location differs between base and head.
   */
  readonly kind: "shared" | "moved";
  readonly stack: string;
  /** The stack's state location in the head. */
  readonly location: string;
  /** For `moved`: the location in the base. */
  readonly before?: string;
  /** For `shared`: the other environments at that location, and on which side. */
  readonly sharedWith?: readonly { readonly stack: string; readonly side: StateSide }[];
}

/** A stack of the change: its base (an empty stack when new) and its head (an empty stack when removed). */
export interface StackPair {
  readonly name: string;
  readonly base: StackModel;
  readonly head: StackModel;
}

const exists = (s: StackModel) => s.resources.size > 0 || s.stateLocation !== undefined;

/**
 * Every shared or moved state location of the change, shared ones first. A location is shared
 * when another stack of the head uses it in the head, or used it in the base (taking over the
 * state another environment still has). A stack removed in the head does not share: handing its
 * state to a renamed stack is how a stack is renamed.
 */
export function stateWarnings(stacks: readonly StackPair[]): StateWarning[] {
  const shared: StateWarning[] = [];
  const moved: StateWarning[] = [];
  const inHead = stacks.filter((s) => exists(s.head));
  for (const s of inHead) {
    const location = s.head.stateLocation;
    if (location === undefined) continue;
    const sharedWith: { stack: string; side: StateSide }[] = [];
    for (const other of inHead) {
      if (other.name === s.name) continue;
      if (other.head.stateLocation === location) sharedWith.push({ stack: other.name, side: "head" });
      else if (exists(other.base) && other.base.stateLocation === location) sharedWith.push({ stack: other.name, side: "base" });
    }
    if (sharedWith.length > 0) shared.push({ kind: "shared", stack: s.name, location, sharedWith });
    const before = exists(s.base) ? s.base.stateLocation : undefined;
    if (before !== undefined && before !== location) moved.push({ kind: "moved", stack: s.name, location, before });
  }
  return [...shared, ...moved];
}
