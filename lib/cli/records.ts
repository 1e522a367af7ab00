/**
 * A folder of one committed file per stack, `<dir>/<stack><extension>`: the address manifests
 * (lib/cli/addresses.ts, `.txt`) and the inventories (lib/cli/inventory.ts, `.yaml`).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The file of `stack` in the folder. */
export function recordFile(stack: string, dir: string, extension: string): string {
  return path.join(dir, `${stack}${extension}`);
}

/** The stacks that have a file in the folder, sorted. */
export function recordedStacks(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .map((f) => f.slice(0, -extension.length))
    .sort();
}

/** Writes the file of every stack in `texts` and removes the files of stacks not in it. */
export function writeRecords(texts: Readonly<Record<string, string>>, dir: string, extension: string): { written: string[]; removed: string[] } {
  fs.mkdirSync(dir, { recursive: true });
  const written = Object.entries(texts).map(([stack, text]) => {
    fs.writeFileSync(recordFile(stack, dir, extension), text);
    return recordFile(stack, dir, extension);
  });
  const removed = recordedStacks(dir, extension)
    .filter((s) => !Object.hasOwn(texts, s))
    .map((s) => {
      fs.rmSync(recordFile(s, dir, extension));
      return recordFile(s, dir, extension);
    });
  return { written, removed };
}
