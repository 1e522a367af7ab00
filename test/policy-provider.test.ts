/**
 * The policy's tables against the installed provider bindings (google provider 6.50.0): every
 * type a rule names exists, the labelable-type list is exactly the provider's, and the attributes
 * the deletion rules read are real. A provider upgrade that changes them fails here.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { LABEL_ATTRIBUTE } from "../lib/policy/labelable-types";
import { RULES } from "../lib/policy/pack";
import { CMEK_CHECKS } from "../lib/policy/rules/cmek";
import { STATEFUL_TYPES } from "../lib/policy/stateful";

const LIB = path.join(__dirname, "..", "node_modules", "@cdktf", "provider-google", "lib");

/** The body of a resource's `<Name>Config` interface, or undefined when the type does not exist. */
function configOf(type: string): string | undefined {
  const file = path.join(LIB, type.replace(/^google_/, "").replace(/_/g, "-"), "index.d.ts");
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, "utf8");
  if (!text.includes(`tfResourceType = "${type}"`)) return undefined;
  return /export interface \w+Config extends cdktf\.TerraformMetaArguments \{([\s\S]*?)\n\}/.exec(text)?.[1];
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const hasStringMap = (config: string, attribute: string) => new RegExp(`readonly ${camel(attribute)}\\?: \\{\\s*\\[key: string\\]: string;\\s*\\}`).test(config);

test("every resource type a rule names is a resource of the provider", () => {
  const types = new Set<string>([...Object.keys(CMEK_CHECKS), ...Object.keys(STATEFUL_TYPES)]);
  for (const r of RULES) if (r.scope === "resource" && r.resourceTypes !== "*") r.resourceTypes.forEach((t) => types.add(t));
  const missing = [...types].filter((t) => configOf(t) === undefined);
  assert.deepEqual(missing, []);
});

test("the labelable types are exactly the provider resources with a labels (or Monitoring user_labels) map", () => {
  const expected: Record<string, string> = {};
  for (const dir of fs.readdirSync(LIB)) {
    if (dir.startsWith("data-")) continue;
    const file = path.join(LIB, dir, "index.d.ts");
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const type = /tfResourceType = "([a-z0-9_]+)"/.exec(text)?.[1];
    const config = /export interface \w+Config extends cdktf\.TerraformMetaArguments \{([\s\S]*?)\n\}/.exec(text)?.[1];
    if (!type || !config) continue;
    // A notification channel's `labels` is its configuration (an address, a topic), not metadata.
    if (hasStringMap(config, "labels") && type !== "google_monitoring_notification_channel") expected[type] = "labels";
    else if (hasStringMap(config, "user_labels")) expected[type] = "user_labels";
  }
  assert.deepEqual(LABEL_ATTRIBUTE, expected);
});

test("the teardown attributes of stateful types exist on those types", () => {
  for (const [type, s] of Object.entries(STATEFUL_TYPES)) {
    if (!s.teardown) continue;
    assert.match(configOf(type)!, new RegExp(`readonly ${camel(s.teardown.attribute)}\\?: boolean`), `${type}.${s.teardown.attribute}`);
  }
});
