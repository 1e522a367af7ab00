import type { ITerraformDependable } from "../cdktf";
import { Construct } from "../cdktf";
import { WorkloadServiceAccount } from "./service-account";

/** The workloads that get their own service account. Keys are construct ids and grant keys. */
export const WORKLOADS = {
  workbench: "Runs the team's Vertex AI Workbench instances",
  pipelines: "Runs Vertex AI pipeline jobs and their training steps",
  serving: "Runs deployed models on Vertex AI endpoints",
} as const;
export type Workload = keyof typeof WORKLOADS;

export interface IdentityProps {
  readonly projectId: string;
  /** Account IDs are `<accountPrefix>-<workload>`. */
  readonly accountPrefix: string;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/** One service account per workload; none gets a key or a primitive role. */
export class Identity extends Construct {
  readonly accounts: Readonly<Record<Workload, WorkloadServiceAccount>>;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    const make = (workload: Workload) =>
      new WorkloadServiceAccount(this, workload, {
        projectId: props.projectId,
        accountId: `${props.accountPrefix}-${workload}`,
        grantKey: workload,
        displayName: `${props.accountPrefix} ${workload}`,
        description: `${WORKLOADS[workload]} (managed by gcp-mlops-constructs)`,
        dependsOn: props.dependsOn,
      });
    this.accounts = { workbench: make("workbench"), pipelines: make("pipelines"), serving: make("serving") };
  }
}
