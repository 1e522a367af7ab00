import type { ITerraformDependable } from "../cdktn";
import { Construct } from "../cdktn";
import { Workload, WORKLOAD_KEYS, workloadAccount } from "./checks";
import { WorkloadServiceAccount } from "./service-account";

export { WORKLOADS } from "./checks";
export type { Workload } from "./checks";

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
    const accounts = {} as Record<Workload, WorkloadServiceAccount>;
    for (const workload of WORKLOAD_KEYS) {
      accounts[workload] = new WorkloadServiceAccount(this, workload, {
        projectId: props.projectId,
        ...workloadAccount(props.accountPrefix, workload),
        dependsOn: props.dependsOn,
      });
    }
    this.accounts = accounts;
  }
}
