import { BillingBudget } from "../../provider/google/billing-budget";
import { DataGoogleProject } from "../../provider/google/data-google-project";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { DEFAULT_BUDGET_THRESHOLDS } from "../config/monitoring";
import { throwIfAny } from "../core/errors";
import { budgetAttributes, defaultBudgetName } from "./attributes";
import { budgetProblems } from "./checks";

export { MAX_BUDGET_CHANNELS } from "./checks";

export interface BudgetProps {
  /** Project whose spend the budget covers. */
  readonly projectId: string;
  /** Billing account ID, XXXXXX-XXXXXX-XXXXXX. */
  readonly billingAccount: string;
  /** Budget per calendar month, in `currency`. */
  readonly amount: number;
  /**
   * ISO 4217 code; must be the billing account's currency.
   * @default - the billing account's currency
   */
  readonly currency?: string;
  /**
   * Fractions of the amount that send a notice (0 < t <= 2, ascending), on actual spend.
   * @default [0.5, 0.9, 1.0]
   */
  readonly thresholds?: readonly number[];
  /**
   * Also notify when the month's forecast reaches this fraction of the amount.
   * @default - no forecast notice
   */
  readonly forecastThreshold?: number;
  /**
   * Email notification channel IDs (NotificationChannels.emailChannelIds), at most 5: budgets
   * accept no other channel type.
   * @default - only the billing account's administrators and users are notified
   */
  readonly emailChannelIds?: readonly string[];
  /**
   * Display name, at most 60 characters.
   * @default - "<projectId> monthly"
   */
  readonly displayName?: string;
  /**
   * Project number for the budget filter (`projects/<number>`).
   * @default - read with data.google_project
   */
  readonly projectNumber?: string;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A monthly billing budget on the environment's project, with a notice at each threshold to the
 * billing account's administrators and to the given email channels. Creating it needs
 * billing.budgets.create on the billing account (roles/billing.costsManager) and, with user
 * credentials, a quota project for the Billing Budget API (see lib/monitoring/README.md).
 */
export class Budget extends Construct {
  readonly resource: BillingBudget;

  constructor(scope: Construct, id: string, props: BudgetProps) {
    super(scope, id);
    const thresholds = props.thresholds ?? DEFAULT_BUDGET_THRESHOLDS;
    const channels = props.emailChannelIds ?? [];
    const displayName = props.displayName ?? defaultBudgetName(props.projectId);
    const input = { ...props, thresholds, emailChannelIds: channels, displayName };
    throwIfAny(budgetProblems(id, input, (v) => Token.isUnresolved(v)), `budget '${id}'`);

    const number = props.projectNumber ?? new DataGoogleProject(this, "Project", { projectId: props.projectId }).number;
    this.resource = new BillingBudget(this, "Resource", { ...budgetAttributes({ ...input, projectFilter: `projects/${number}` }), dependsOn: props.dependsOn });
  }
}
