import { WorkbenchInstance } from "../../provider/google/workbench-instance";
import { WorkbenchInstanceIamMember } from "../../provider/google/workbench-instance-iam-member";
import type { ITerraformDependable } from "../cdktn";
import { Construct, TerraformOutput } from "../cdktn";
import { toLabelValue } from "../catalog/naming";
import type { WorkbenchInstanceSpec } from "../config/spec";
import { componentLabels, DataProtection, deletionPolicyOf, lifecycleOf, principal } from "../core/common";
import type { WorkloadServiceAccount } from "../identity/service-account";
import { checkWorkbenchFleet, workbenchHardeningMetadata } from "./checks";

export interface WorkbenchFleetProps {
  readonly projectId: string;
  /** Zone of the instances (Workbench instances are zonal). */
  readonly zone: string;
  /** One instance per entry, keyed by `owner` (the member's email). */
  readonly instances: readonly WorkbenchInstanceSpec[];
  /** The account every instance runs as (never the default compute account). */
  readonly serviceAccount: WorkloadServiceAccount;
  /** Network and subnetwork ids (`projects/.../global/networks/...`, `projects/.../subnetworks/...`). */
  readonly network: { readonly networkId: string; readonly subnetworkId: string };
  /**
   * Docker repository URL for custom containers (`<region>-docker.pkg.dev/<project>/<repo>`).
   * @default - members cannot use custom containers
   */
  readonly containerRepositoryUrl?: string;
  /**
   * Customer-managed key for boot and data disks, and the grants the instances must wait for.
   * @default - Google-managed keys
   */
  readonly encryption?: { readonly keyId: string; readonly grants: ITerraformDependable[] };
  /**
   * Users cannot download files from JupyterLab.
   * @default false
   */
  readonly disableDownloads?: boolean;
  /** @default - no extra labels */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Deletion policy: notebooks live on the instances' disks.
   * @default - guarded (prevent_destroy)
   */
  readonly protection?: DataProtection;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * One Vertex AI Workbench instance per team member: single-user (the member is the only owner
 * and the only human who can open JupyterLab), running as the workbench service account, no
 * public IP, on the environment's subnet, Shielded VM (secure boot, vTPM, integrity monitoring),
 * root disabled, stopped after the idle timeout, disks encrypted with the environment's key when
 * it has one. Instances are keyed by email, so adding or removing a member touches only theirs.
 */
export class WorkbenchFleet extends Construct {
  /** The instances by owner email. */
  readonly instances: ReadonlyMap<string, WorkbenchInstance>;

  constructor(scope: Construct, id: string, props: WorkbenchFleetProps) {
    super(scope, id);
    const { protection } = checkWorkbenchFleet(id, props);

    const instances = new Map<string, WorkbenchInstance>();
    const diskEncryption = props.encryption
      ? { diskEncryption: "CMEK", kmsKey: props.encryption.keyId }
      : { diskEncryption: "GMEK" };
    for (const m of props.instances) {
      const owner = m.owner.toLowerCase();
      const member = principal("user", m.owner);
      const [image, tag] = (m.containerImage ?? "").split(":");
      const instance = new WorkbenchInstance(this, owner, {
        project: props.projectId,
        location: props.zone,
        name: m.instanceName,
        instanceOwners: [m.owner],
        disableProxyAccess: false,
        labels: { ...componentLabels(props.labels, "workbench"), owner: toLabelValue(owner.split("@")[0]) },
        gceSetup: {
          machineType: m.machineType,
          acceleratorConfigs: m.accelerator ? [{ type: m.accelerator.type, coreCount: String(m.accelerator.count) }] : undefined,
          serviceAccounts: [{ email: props.serviceAccount.email }],
          disablePublicIp: true,
          enableIpForwarding: false,
          networkInterfaces: [{ network: props.network.networkId, subnet: props.network.subnetworkId, nicType: "GVNIC" }],
          shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
          bootDisk: { diskType: "PD_BALANCED", diskSizeGb: "150", ...diskEncryption },
          dataDisks: { diskType: "PD_BALANCED", diskSizeGb: String(m.dataDiskSizeGb), ...diskEncryption },
          containerImage: m.containerImage ? { repository: `${props.containerRepositoryUrl}/${image}`, tag: tag ?? "latest" } : undefined,
          metadata: workbenchHardeningMetadata(m.idleTimeoutMinutes, props.disableDownloads ?? false),
        },
        lifecycle: lifecycleOf(protection),
        deletionPolicy: deletionPolicyOf(protection),
        // Workbench's own deletion protection (provider >= 7.41): the API refuses to delete the
        // instance, whoever asks, until it is turned off.
        enableDeletionProtection: protection.preventDestroy ? true : undefined,
        dependsOn: [...(props.dependsOn ?? []), ...(props.encryption?.grants ?? [])],
      });
      // Start, stop and reset their own instance; JupyterLab access comes from being its owner.
      new WorkbenchInstanceIamMember(this, `${owner}-notebooks-admin`, {
        project: props.projectId,
        location: props.zone,
        name: instance.name,
        role: "roles/notebooks.admin",
        member: member.member,
      });
      // A single-user instance running as a service account needs its owner to act as that account.
      props.serviceAccount.grantActAs(member);
      new TerraformOutput(this, `${owner}-instance`, {
        value: { name: instance.name, proxyUri: instance.proxyUri },
        description: `Workbench instance of ${m.owner}`,
      }).overrideLogicalId(`workbench_${m.instanceName.replace(/-/g, "_")}`);
      instances.set(owner, instance);
    }
    this.instances = instances;
  }
}
