/**
 * Errors users see at synth time. Every problem names where it is (file, line, field path), the
 * value that was given and what is allowed; all problems of one input are reported together.
 */
export interface Problem {
  /** File the problem is in, relative to the working directory where possible. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Field path, e.g. `models[1].maxReplicas`; empty for the document itself. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
  /** The value that was given, when there is one. */
  readonly value?: unknown;
  /** The value as written in the file, shown instead of `value` where JSON cannot show it (`.inf`, `.nan`, `1e400`). */
  readonly source?: string;
}

/** A key that reads unambiguously after a '.'; any other key (a dot, a space, empty) is shown quoted: `alerting.models["churn.v2"]`. */
const PLAIN_KEY = /^[A-Za-z0-9_$@-]+$/;

/** `models[1].accelerator.type`. The first segment is shown as given unless empty (callers pass prefixes such as `churn.monitoring`). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (!out && seg !== "") out = String(seg);
    else if (!PLAIN_KEY.test(String(seg))) out += `[${JSON.stringify(String(seg))}]`;
    else out += `.${String(seg)}`;
  }
  return out;
}

function formatValue(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(":");
  const field = p.path ? `${p.path}: ` : "";
  const got = p.source !== undefined ? ` (got ${p.source.length > 80 ? `${p.source.slice(0, 77)}...` : p.source})` : p.value === undefined ? "" : ` (got ${formatValue(p.value)})`;
  return `${where ? `${where}: ` : ""}${field}${p.message}${got}`;
}

/** `the <subject>`, or a file's path as it is: "in stacks/dev.yaml", "in the network 'net'". */
function subjectPhrase(subject: string): string {
  return /[\\/]|\.(ya?ml|json)$/.test(subject) ? subject : `the ${subject}`;
}

/** Thrown when input is invalid; carries every problem found. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];
  /**
   * @param subject what was checked: a file's path, or a description read after "the"
   * ("network 'net'", "2 environment files")
   */
  constructor(problems: readonly Problem[], subject = "configuration") {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${subjectPhrase(subject)}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ValidationError";
    this.problems = problems;
  }
}

/** Throws a ValidationError when `problems` is not empty. */
export function throwIfAny(problems: readonly Problem[], subject?: string): void {
  if (problems.length > 0) throw new ValidationError(problems, subject);
}
