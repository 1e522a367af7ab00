/**
 * Writes schema/environment.schema.json from the zod schema, for editor completion
 * (`# yaml-language-server: $schema=../schema/environment.schema.json`). `npm test` fails when
 * the committed file is out of date.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { EnvironmentConfigSchema } from "../lib/config/schema";

export const SCHEMA_FILE = path.join(__dirname, "..", "schema", "environment.schema.json");

export function renderSchema(): string {
  const schema = z.toJSONSchema(EnvironmentConfigSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "gcp-mlops-constructs environment", $id: "environment.schema.json" }, null, 2)}\n`;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, renderSchema());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
