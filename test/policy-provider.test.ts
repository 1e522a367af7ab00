/**
 * The policy's tables against the pinned provider's own schema (provider/facts.json, every
 * resource type of google provider 7.45.0, written by `npm run provider:update`): every type a
 * rule names exists, the labelable-type list is the provider's, and the deletion-guard attributes
 * the rules read are real. A provider upgrade that changes them fails here.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import facts from "../provider/facts.json";
import version from "../provider/version.json";
import { LABEL_ATTRIBUTE } from "../lib/policy/labelable-types";
import { RULES } from "../lib/policy/pack";
import { CMEK_CHECKS } from "../lib/policy/rules/cmek";
import { STATEFUL_TYPES } from "../lib/policy/stateful";

const TYPES = facts.types as Record<string, { labels?: string; guards?: string[] }>;

test("the facts are those of the pinned provider version", () => {
  assert.equal(facts.version, version.version);
  assert.ok(Object.keys(TYPES).length > 1000, "every resource type of the provider, not only the pruned ones");
});

test("every resource type a rule names is a resource of the provider", () => {
  const types = new Set<string>([...Object.keys(CMEK_CHECKS), ...Object.keys(STATEFUL_TYPES)]);
  for (const r of RULES) if (r.scope === "resource" && r.resourceTypes !== "*") r.resourceTypes.forEach((t) => types.add(t));
  assert.deepEqual([...types].filter((t) => !(t in TYPES)), []);
});

test("labelable types: storage buckets take `labels`, alert policies `user_labels`, networks nothing", () => {
  assert.equal(LABEL_ATTRIBUTE.google_storage_bucket, "labels");
  assert.equal(LABEL_ATTRIBUTE.google_vertex_ai_endpoint, "labels");
  assert.equal(LABEL_ATTRIBUTE.google_monitoring_alert_policy, "user_labels");
  assert.equal(LABEL_ATTRIBUTE.google_monitoring_notification_channel, "user_labels");
  assert.equal(LABEL_ATTRIBUTE.google_compute_network, undefined);
  assert.equal(LABEL_ATTRIBUTE.google_kms_key_ring, undefined);
  assert.equal(LABEL_ATTRIBUTE.google_service_account, undefined);
});

test("the teardown attributes of stateful types exist on those types", () => {
  for (const [type, s] of Object.entries(STATEFUL_TYPES)) {
    if (!s.teardown) continue;
    assert.ok(TYPES[type].guards?.includes(s.teardown.attribute), `${type}.${s.teardown.attribute}`);
  }
});
