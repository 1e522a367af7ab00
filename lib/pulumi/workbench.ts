import * as pulumi from "@pulumi/pulumi";
import * as workbench from "@pulumi/gcp/workbench";
import { toLabelValue } from "../catalog/naming";
import type { WorkbenchInstanceSpec } from "../config/spec";
import { componentLabels, DataProtection, keyedRecord, principal } from "../core/common";
import { checkWorkbenchFleet, workbenchHardeningMetadata } from "../workbench/checks";
import { childName, COMPONENT_TYPES, guardOptions } from "./common";
import type { WorkloadServiceAccount } from "./identity";

export interface WorkbenchFleetArgs {
  readonly projectId: string;
  /** Zone of the instances (Workbench instances are zonal). */
  readonly zone: string;
  /** One instance per entry, keyed by `owner` (the member's email). */
  readonly instances: readonly WorkbenchInstanceSpec[];
  /** The account every instance runs as (never the default compute account). */
  readonly serviceAccount: WorkloadServiceAccount;
  /** Network and subnetwork ids (`projects/.../global/networks/...`, `projects/.../subnetworks/...`). */
  readonly network: { readonly networkId: pulumi.Input<string>; readonly subnetworkId: pulumi.Input<string> };
  /**
   * Docker repository URL for custom containers (`<region>-docker.pkg.dev/<project>/<repo>`).
   * @default - members cannot use custom containers
   */
  readonly containerRepositoryUrl?: string;
  /**
   * Customer-managed key for boot and data disks, and the grants the instances must wait for.
   * @default - Google-managed keys
   */
  readonly encryption?: { readonly keyId: pulumi.Input<string>; readonly grants: readonly pulumi.Resource[] };
  /**
   * Users cannot download files from JupyterLab.
   * @default false
   */
  readonly disableDownloads?: boolean;
  /** @default - no extra labels */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Deletion policy: notebooks live on the instances' disks.
   * @default - guarded (protect)
   */
  readonly protection?: DataProtection;
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/** What the stack reports for one member's instance. */
export interface WorkbenchInstanceOutput {
  readonly name: pulumi.Output<string>;
  readonly proxyUri: pulumi.Output<string>;
}

/**
 * One Vertex AI Workbench instance per team member: single-user (the member is the only owner
 * and the only human who can open JupyterLab), running as the workbench service account, no
 * public IP, on the environment's subnet, Shielded VM (secure boot, vTPM, integrity monitoring),
 * root disabled, stopped after the idle timeout, disks encrypted with the environment's key when
 * it has one. Instances are keyed by email, so adding or removing a member touches only theirs.
 */
export class WorkbenchFleet extends pulumi.ComponentResource {
  /** The instances by owner email (lowercase). */
  readonly instances: ReadonlyMap<string, workbench.Instance>;
  /** Stack outputs by name: `workbench_<instance name with '_'>` → the instance's name and proxy URI. */
  readonly outputs: Readonly<Record<string, WorkbenchInstanceOutput>>;

  constructor(name: string, args: WorkbenchFleetArgs, opts?: pulumi.ComponentResourceOptions) {
    const { protection } = checkWorkbenchFleet(name, args);
    super(COMPONENT_TYPES.workbench, name, {}, opts);

    const instances = new Map<string, workbench.Instance>();
    const outputs: Record<string, WorkbenchInstanceOutput> = keyedRecord();
    const diskEncryption = args.encryption ? { diskEncryption: "CMEK", kmsKey: args.encryption.keyId } : { diskEncryption: "GMEK" };
    for (const m of args.instances) {
      const owner = m.owner.toLowerCase();
      const member = principal("user", m.owner);
      const [image, tag] = (m.containerImage ?? "").split(":");
      const instance = new workbench.Instance(
        childName(name, owner),
        {
          project: args.projectId,
          location: args.zone,
          name: m.instanceName,
          instanceOwners: [m.owner],
          disableProxyAccess: false,
          labels: { ...componentLabels(args.labels, "workbench"), owner: toLabelValue(owner.split("@")[0]) },
          gceSetup: {
            machineType: m.machineType,
            acceleratorConfigs: m.accelerator ? [{ type: m.accelerator.type, coreCount: String(m.accelerator.count) }] : undefined,
            serviceAccounts: [{ email: args.serviceAccount.email }],
            disablePublicIp: true,
            enableIpForwarding: false,
            networkInterfaces: [{ network: args.network.networkId, subnet: args.network.subnetworkId, nicType: "GVNIC" }],
            shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
            bootDisk: { diskType: "PD_BALANCED", diskSizeGb: "150", ...diskEncryption },
            dataDisks: { diskType: "PD_BALANCED", diskSizeGb: String(m.dataDiskSizeGb), ...diskEncryption },
            containerImage: m.containerImage ? { repository: `${args.containerRepositoryUrl}/${image}`, tag: tag ?? "latest" } : undefined,
            metadata: workbenchHardeningMetadata(m.idleTimeoutMinutes, args.disableDownloads ?? false),
          },
        },
        { parent: this, dependsOn: [...(args.dependsOn ?? []), ...(args.encryption?.grants ?? [])], ...guardOptions(protection) },
      );
      // Start, stop and reset their own instance; JupyterLab access comes from being its owner.
      new workbench.InstanceIamMember(
        childName(name, `${owner}-notebooks-admin`),
        { project: args.projectId, location: args.zone, name: instance.name, role: "roles/notebooks.admin", member: member.member },
        { parent: this },
      );
      // A single-user instance running as a service account needs its owner to act as that account.
      args.serviceAccount.grantActAs(member);
      outputs[`workbench_${m.instanceName.replace(/-/g, "_")}`] = { name: instance.name, proxyUri: instance.proxyUri };
      instances.set(owner, instance);
    }
    this.instances = instances;
    this.outputs = outputs;
    this.registerOutputs({});
  }
}
