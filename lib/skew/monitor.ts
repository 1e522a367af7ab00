/**
 * SkewBatch: the skew checks of a batch of models as one BigQuery scheduled query. The metric and
 * the alerts are the environment's (SkewMonitoring).
 */
import { BigqueryDataTransferConfig } from "../../provider/google/bigquery-data-transfer-config";
import type { ITerraformDependable } from "../cdktn";
import { Construct } from "../cdktn";
import { TableReference } from "../config/skew";
import { IGrantee } from "../core/common";
import { throwIfAny } from "../core/errors";
import { batchCheck, modelCheck } from "./attributes";
import { SKEW_QUERY_LIMITS } from "./batching";
import { tableProblems as neutralTableProblems } from "./checks";
import { Token } from "../cdktn";

export { logsExplorerUrl } from "./attributes";
export type { SkewAlertSeverity } from "./attributes";

/** The dataset that holds the results (the environment's monitoring dataset, an MlopsDataset). */
export interface ISkewDataset {
  readonly projectId: string;
  readonly datasetId: string;
  /** Grants create/change/delete of tables and their data on this dataset (roles/bigquery.dataEditor). */
  grantReadWrite(grantee: IGrantee): ITerraformDependable;
}

/** The identity scheduled queries run as, and how to let it read a dataset. */
export interface ISkewRunner extends IGrantee {
  /** Service account email, the transfer config's `service_account_name`. */
  readonly email: string;
  /** Grants roles/bigquery.dataViewer on a dataset, once per dataset. */
  grantReadDataset(projectId: string, datasetId: string): ITerraformDependable;
  /** The identity's own grants (job creation, impersonation by the transfer service): runs wait for them. */
  readonly grants: readonly ITerraformDependable[];
}

/** Problems of a table reference given to a construct (skipping unresolved tokens). */
export function tableProblems(ref: TableReference, where: string) {
  return neutralTableProblems(ref, where, (v) => Token.isUnresolved(v));
}

/** One model's validated check, as SkewMonitoring prepares it. */
export type ModelCheck = ReturnType<typeof modelCheck>;

export interface SkewBatchProps {
  /** Project of the scheduled query (the environment's project). */
  readonly projectId: string;
  /** Location of the scheduled query: the region of the monitoring dataset, the logs and the baselines. */
  readonly region: string;
  readonly environmentName: string;
  /** The batch's key, `<schedule key>-<NN>` (lib/skew/batching.ts). */
  readonly batch: string;
  /** The transfer schedule (UTC) every model of the batch shares. */
  readonly schedule: string;
  /** The batch's models, sorted by name. */
  readonly models: readonly ModelCheck[];
  /** Who the scheduled query runs as. */
  readonly runAs: ISkewRunner;
  /** The read grants of the batch's models' datasets: runs wait for them. */
  readonly grants: readonly ITerraformDependable[];
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The checks of a batch of models (construct id: the batch key). A BigQuery scheduled query
 * (`google_bigquery_data_transfer_config`, data source `scheduled_query`) runs the generated
 * script (lib/skew/sql.ts) as `runAs`: one block per model, each writing its `<model>_skew` table,
 * then one failure naming every model that crossed a threshold or failed. Synthesis fails when
 * the script would exceed BigQuery's query length or referenced-tables limit.
 */
export class SkewBatch extends Construct {
  /** The scheduled query (escape hatch). */
  readonly resource: BigqueryDataTransferConfig;
  readonly batch: string;
  readonly schedule: string;
  /** The models of the batch, sorted by name. */
  readonly modelNames: readonly string[];
  /** The generated SQL. */
  readonly query: string;

  constructor(scope: Construct, id: string, props: SkewBatchProps) {
    super(scope, id);
    const check = batchCheck({
      projectId: props.projectId,
      region: props.region,
      environmentName: props.environmentName,
      batch: props.batch,
      schedule: props.schedule,
      models: props.models.map((m) => m.spec),
      runAsEmail: props.runAs.email,
    });
    this.batch = props.batch;
    this.schedule = props.schedule;
    this.modelNames = props.models.map((m) => m.name);
    this.query = check.query;
    throwIfAny(batchLimitProblems(props.batch, this.modelNames, this.query, props.models), `skew batch '${props.batch}'`);

    this.resource = new BigqueryDataTransferConfig(this, "ScheduledQuery", {
      ...check.transferConfig,
      dependsOn: [...new Set([...(props.dependsOn ?? []), ...props.runAs.grants, ...props.grants])],
    });
  }
}

/** Problems of a batch's query against BigQuery's limits (lib/skew/batching.ts). */
export function batchLimitProblems(batch: string, models: readonly string[], query: string, checks: readonly { readonly tables: readonly string[] }[]) {
  const L = SKEW_QUERY_LIMITS;
  const fix =
    "spread the models over more scheduled queries: raise skewChecks.fleetSize to the number of monitored models or lower skewChecks.batchSize in the environment file (SkewMonitoring's batching in code; either re-batches every model), or move some of its models to another schedule";
  const out: { path: string; message: string; value: unknown }[] = [];
  const bytes = Buffer.byteLength(query, "utf8");
  if (query.length > L.maxQueryCharacters.value || bytes > L.maxQueryBytes.value) {
    out.push({
      path: `batches.${batch}`,
      message: `its query of ${query.length} characters (${bytes} bytes) is over BigQuery's query length limit (${L.maxQueryCharacters.value} characters, ${L.maxQueryBytes.value} bytes); ${fix}`,
      value: models.join(", "),
    });
  }
  const tables = new Set(checks.flatMap((c) => c.tables)).size;
  if (tables > L.maxReferencedTables.value) {
    out.push({ path: `batches.${batch}`, message: `its query references ${tables} tables, over BigQuery's limit of ${L.maxReferencedTables.value} per query; ${fix}`, value: models.join(", ") });
  }
  return out;
}
