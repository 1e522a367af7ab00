import type { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { Construct } from "../cdktn";
import type { MonitoringPreset } from "../config/monitoring";
import { throwIfAny } from "../core/errors";
import { featureStoreAlertDefinitions, FeatureViewWatch } from "./feature-store-rules";
import { autoCloseProblems } from "./checks";
import { AlertTargetProps, alertTargetProblems, createPolicies } from "./policy";

export interface FeatureStoreAlertsProps extends AlertTargetProps {
  /** Tier preset: severity and auto-close. */
  readonly preset: MonitoringPreset;
  /**
   * Feature views by ID, each with the oldest data it may serve (its sync interval plus the time
   * a sync takes, plus slack; see successWindowMinutes for cron syncs) and how long a sync may run.
   */
  readonly featureViews: Readonly<Record<string, FeatureViewWatch>>;
}

/**
 * One alert per feature view whose syncs are not completing: the data it serves is older than
 * allowed, or a sync has been running too long. Vertex AI reports no metric or log for a failed
 * sync, so the alert watches these effects (see lib/monitoring/README.md for the limits).
 * Policies are keyed by feature view ID.
 */
export class FeatureStoreAlerts extends Construct {
  readonly policies: Readonly<Record<string, MonitoringAlertPolicy>>;

  constructor(scope: Construct, id: string, props: FeatureStoreAlertsProps) {
    super(scope, id);
    const { definitions, problems } = featureStoreAlertDefinitions(
      { environment: props.environment, projectId: props.projectId, featureViews: props.featureViews, preset: props.preset },
      id,
    );
    throwIfAny([...alertTargetProblems(props, id), ...autoCloseProblems(props.preset, id), ...problems], `feature store alerts '${id}'`);
    this.policies = createPolicies(this, definitions, props, props.preset.autoCloseHours);
  }
}
