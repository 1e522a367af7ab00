/**
 * Progress of a long run, on one line of stderr that is rewritten in place, only when stderr is a
 * terminal: piped or redirected output (CI logs, files) gets nothing.
 */
export interface Progress {
  /** Shows what is being done now. */
  update(message: string): void;
  /** Clears the line. */
  done(): void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export const NO_PROGRESS: Progress = { update: () => undefined, done: () => undefined };

export function progressOn(stream: ProgressStream): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  let shown = false;
  return {
    update(message) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const text = message.length > width ? `${message.slice(0, width - 1)}…` : message;
      stream.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
