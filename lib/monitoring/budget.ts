import { BillingBudget } from "@cdktf/provider-google/lib/billing-budget";
import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import {
  billingAccountProblem,
  budgetAmountProblem,
  budgetThresholdProblems,
  DEFAULT_BUDGET_THRESHOLDS,
} from "../config/monitoring";
import { Problem, throwIfAny } from "../core/errors";

/** Budgets accept at most 5 monitoring channels, and only email channels. */
export const MAX_BUDGET_CHANNELS = 5;

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
    const problems: Problem[] = [];
    if (!Token.isUnresolved(props.billingAccount)) {
      const p = billingAccountProblem(props.billingAccount);
      if (p) problems.push({ path: `${id}.billingAccount`, message: p, value: props.billingAccount });
    }
    const amount = budgetAmountProblem(props.amount);
    if (amount) problems.push({ path: `${id}.amount`, message: amount, value: props.amount });
    if (props.currency !== undefined && !/^[A-Z]{3}$/.test(props.currency)) {
      problems.push({ path: `${id}.currency`, message: "not an ISO 4217 currency code; allowed: 3 uppercase letters such as USD or EUR", value: props.currency });
    }
    for (const p of budgetThresholdProblems(thresholds)) {
      problems.push({ path: p.index === undefined ? `${id}.thresholds` : `${id}.thresholds[${p.index}]`, message: p.message, value: p.index === undefined ? thresholds : thresholds[p.index] });
    }
    const f = props.forecastThreshold;
    if (f !== undefined && (!Number.isFinite(f) || f <= 0 || f > 2)) problems.push({ path: `${id}.forecastThreshold`, message: "must be a fraction of the amount greater than 0 and at most 2", value: f });
    if (channels.length > MAX_BUDGET_CHANNELS) {
      problems.push({ path: `${id}.emailChannelIds`, message: `at most ${MAX_BUDGET_CHANNELS} channels per budget (a Cloud Billing limit); choose the addresses that must hear about spend`, value: channels.length });
    }
    const displayName = props.displayName ?? `${props.projectId} monthly`;
    if (!Token.isUnresolved(displayName) && displayName.length > 60) problems.push({ path: `${id}.displayName`, message: "must be at most 60 characters", value: displayName });
    throwIfAny(problems, `budget '${id}'`);

    const units = Math.floor(props.amount);
    const nanos = Math.round((props.amount - units) * 100) * 10_000_000;
    const number = props.projectNumber ?? new DataGoogleProject(this, "Project", { projectId: props.projectId }).number;
    this.resource = new BillingBudget(this, "Resource", {
      billingAccount: props.billingAccount,
      displayName,
      amount: { specifiedAmount: { units: String(units), ...(nanos ? { nanos } : {}), ...(props.currency ? { currencyCode: props.currency } : {}) } },
      budgetFilter: { projects: [`projects/${number}`], calendarPeriod: "MONTH" },
      thresholdRules: [
        ...thresholds.map((t) => ({ thresholdPercent: t, spendBasis: "CURRENT_SPEND" })),
        ...(f !== undefined ? [{ thresholdPercent: f, spendBasis: "FORECASTED_SPEND" }] : []),
      ],
      allUpdatesRule: channels.length ? { monitoringNotificationChannels: [...channels] } : undefined,
      dependsOn: props.dependsOn,
    });
  }
}
