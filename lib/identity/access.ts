/**
 * Who may do what, by workload: the README's identity table, as code. It calls the intent-named
 * grant methods of the constructs, so the table exists once.
 */

/** A principal that can be granted access (a workload service account). */
interface Grantee {
  readonly member: unknown;
  readonly grantKey: string;
}

interface Account extends Grantee {
  allowVertexAi(): unknown;
  allowBigQueryJobs(): unknown;
  allowTelemetry(): unknown;
  grantActAs(grantee: Grantee): unknown;
}

interface Readable {
  grantRead(grantee: Grantee): unknown;
}

interface ReadWritable extends Readable {
  grantReadWrite(grantee: Grantee): unknown;
}

export interface WorkloadAccessTargets {
  readonly accounts: { readonly workbench: Account; readonly pipelines: Account; readonly serving: Account };
  readonly buckets: { readonly data: Readable; readonly artifacts: ReadWritable; readonly "pipeline-root": ReadWritable; readonly checkpoints: ReadWritable };
  readonly datasets: { readonly raw: Readable; readonly features: ReadWritable; readonly monitoring: Readable };
  readonly repositories: { readonly containers: Readable; readonly pipelines: Readable };
}

/** Grants each workload account exactly what its job needs; capabilities grant their own resources. */
export function grantWorkloadAccess({ accounts, buckets: b, datasets: d, repositories: r }: WorkloadAccessTargets): void {
  const { workbench, pipelines, serving } = accounts;

  // Workbench: explore data and submit pipeline runs as the pipelines account.
  workbench.allowVertexAi();
  workbench.allowBigQueryJobs();
  workbench.allowTelemetry();
  b.data.grantRead(workbench);
  for (const bucket of [b.artifacts, b["pipeline-root"], b.checkpoints]) bucket.grantReadWrite(workbench);
  d.raw.grantRead(workbench);
  d.features.grantRead(workbench);
  r.containers.grantRead(workbench);
  r.pipelines.grantRead(workbench);
  pipelines.grantActAs(workbench);

  // Pipelines: read data, build features, train, write artifacts, deploy with the serving identity.
  pipelines.allowVertexAi();
  pipelines.allowBigQueryJobs();
  pipelines.allowTelemetry();
  b.data.grantRead(pipelines);
  for (const bucket of [b.artifacts, b["pipeline-root"], b.checkpoints]) bucket.grantReadWrite(pipelines);
  d.raw.grantRead(pipelines);
  d.features.grantReadWrite(pipelines);
  d.monitoring.grantRead(pipelines);
  r.containers.grantRead(pipelines);
  r.pipelines.grantRead(pipelines);
  pipelines.grantActAs(pipelines);
  serving.grantActAs(pipelines);

  // Serving: load model artifacts and serving images, write logs and metrics.
  serving.allowTelemetry();
  b.artifacts.grantRead(serving);
  r.containers.grantRead(serving);
}
