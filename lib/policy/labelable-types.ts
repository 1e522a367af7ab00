/**
 * Resource types of the pinned google provider that take user labels, and the attribute holding
 * them: derived from the provider's own schema (`provider/facts.json`, written by
 * `npm run provider:update` from `terraform providers schema -json`) as every resource whose
 * configuration has a settable string map `labels`, or `user_labels` for Cloud Monitoring types.
 * `google_monitoring_notification_channel.labels` is the channel's configuration (an email
 * address, a topic), not metadata, so that type counts with its `user_labels`. Networks,
 * subnetworks, firewall rules, key rings and service accounts take no labels.
 */
import facts from "../../provider/facts.json";

/** Labelable resource type to the attribute that holds its labels. */
export const LABEL_ATTRIBUTE: Readonly<Record<string, "labels" | "user_labels">> = Object.fromEntries(
  Object.entries(facts.types as Record<string, { labels?: string }>)
    .filter(([, f]) => f.labels === "labels" || f.labels === "user_labels")
    .map(([type, f]) => [type, f.labels as "labels" | "user_labels"]),
);
