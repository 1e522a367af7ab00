/**
 * The `quotas` block of an environment: quota increases Google granted for the environment's
 * project, which the quota budget at synthesis uses instead of Google's defaults.
 *
 * ```yaml
 * quotas:
 *   vertexEndpointsPerRegion: 2000   # granted in case 12345
 * ```
 *
 * Regional quotas apply to the environment's project in its region. A limit (Google does not
 * raise it) cannot be declared above Google's value.
 */
import { z } from "zod";
import { QUOTA_KEYS, QUOTAS, QuotaFact, QuotaKey, titleInSentence as lower } from "../catalog/quotas";

function declaredValue(key: QuotaKey) {
  const q: QuotaFact = QUOTAS[key];
  const what = `the ${lower(q.title)} Google granted the project${q.scope === "project and region" ? " in the environment's region" : ""}`;
  let value = z.number({ error: `must be a whole number of at least 1 (${what})` }).int({ error: `must be a whole number of at least 1 (${what})` }).min(1, { error: `must be at least 1 (${what})` });
  if (q.kind === "limit" && q.default !== undefined) {
    value = value.max(q.default, {
      error: `must be at most ${q.default}: ${lower(q.title)} is a limit Google does not raise (${q.default}, ${q.source}); declare only quotas Google granted an increase of`,
    });
  }
  return value.optional().describe(`${q.title}${q.scope === "project and region" ? " (in the environment's region)" : ""}: ${q.kind === "limit" ? "a limit, not raisable" : "a quota"}; Google's default ${q.default ?? "unknown"} (${q.source}). Declare the value Google granted.`);
}

export const QuotasSchema = z
  .strictObject(Object.fromEntries(QUOTA_KEYS.map((k) => [k, declaredValue(k)])) as Record<QuotaKey, ReturnType<typeof declaredValue>>)
  .describe("Quota increases granted for the environment's project (and region), used by the quota budget at synthesis instead of Google's defaults.");

/** What the `quotas` block declares (after defaults): the granted value per quota. */
export type QuotasConfig = Readonly<Partial<Record<QuotaKey, number>>>;
