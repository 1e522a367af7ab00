/**
 * Machine types and GPUs, as Vertex AI prediction, Workbench and Compute Engine accept them.
 *
 * Data as of 2026-08. Sources: cloud.google.com/compute/docs/gpus (which series takes which GPU),
 * cloud.google.com/vertex-ai/docs/predictions/configure-compute (machine types for prediction),
 * aiplatform/v1/accelerator_type.proto (accelerator enum). The per-type GPU counts of N1, G2 and
 * G4 follow Compute Engine's GPU tables; Vertex AI prediction may accept fewer shapes than
 * Compute Engine (e.g. a3-highgpu-1g), which only apply-time reveals.
 */
import { own } from "../core/lookup";

export type AcceleratorType =
  | "NVIDIA_TESLA_T4"
  | "NVIDIA_TESLA_P4"
  | "NVIDIA_TESLA_V100"
  | "NVIDIA_TESLA_P100"
  | "NVIDIA_TESLA_A100"
  | "NVIDIA_A100_80GB"
  | "NVIDIA_L4"
  | "NVIDIA_H100_80GB"
  | "NVIDIA_H100_MEGA_80GB"
  | "NVIDIA_H200_141GB"
  | "NVIDIA_B200"
  | "NVIDIA_GB200"
  | "NVIDIA_RTX_PRO_6000";

export const MACHINE_CATALOG_AS_OF = "2026-08";

/** Accelerators that were retired and are rejected with a reason. */
export const RETIRED_ACCELERATORS: Readonly<Record<string, string>> = {
  NVIDIA_TESLA_K80: "NVIDIA_TESLA_K80 has reached end of life and Vertex AI rejects it; use NVIDIA_TESLA_T4 or NVIDIA_L4",
};

interface Family {
  /** vCPU shapes per machine class, e.g. n1-standard-{1,2,4…}. */
  readonly classes: Readonly<Record<string, readonly (number | string)[]>>;
  /** For N1: GPUs that can be attached, with the counts allowed. */
  readonly attachable?: Readonly<Partial<Record<AcceleratorType, readonly number[]>>>;
  /** For accelerator-optimized families: the built-in GPU and the count per machine type. */
  readonly builtIn?: { readonly type: AcceleratorType; readonly count: (shape: string) => number };
}

const gpuSuffixCount = (shape: string): number => Number(shape.replace(/g$/, ""));

const FAMILIES: Readonly<Record<string, Family>> = {
  n1: {
    classes: {
      standard: [1, 2, 4, 8, 16, 32, 64, 96],
      highmem: [2, 4, 8, 16, 32, 64, 96],
      highcpu: [2, 4, 8, 16, 32, 64, 96],
    },
    attachable: {
      NVIDIA_TESLA_T4: [1, 2, 4],
      NVIDIA_TESLA_P4: [1, 2, 4],
      NVIDIA_TESLA_V100: [1, 2, 4, 8],
      NVIDIA_TESLA_P100: [1, 2, 4],
    },
  },
  e2: { classes: { standard: [2, 4, 8, 16, 32], highmem: [2, 4, 8, 16], highcpu: [2, 4, 8, 16, 32] } },
  n2: {
    classes: {
      standard: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128],
      highmem: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128],
      highcpu: [2, 4, 8, 16, 32, 48, 64, 80, 96],
    },
  },
  n2d: {
    classes: {
      standard: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224],
      highmem: [2, 4, 8, 16, 32, 48, 64, 80, 96],
      highcpu: [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224],
    },
  },
  c2: { classes: { standard: [4, 8, 16, 30, 60] } },
  g2: {
    classes: { standard: [4, 8, 12, 16, 24, 32, 48, 96] },
    builtIn: {
      type: "NVIDIA_L4",
      count: (shape) => ({ "24": 2, "48": 4, "96": 8 } as Record<string, number>)[shape] ?? 1,
    },
  },
  a2: {
    classes: { highgpu: ["1g", "2g", "4g", "8g"], megagpu: ["16g"], ultragpu: ["1g", "2g", "4g", "8g"] },
    builtIn: { type: "NVIDIA_TESLA_A100", count: gpuSuffixCount },
  },
  a3: {
    classes: { highgpu: ["1g", "2g", "4g", "8g"], megagpu: ["8g"], ultragpu: ["8g"] },
    builtIn: { type: "NVIDIA_H100_80GB", count: gpuSuffixCount },
  },
  a4: { classes: { highgpu: ["8g"] }, builtIn: { type: "NVIDIA_B200", count: gpuSuffixCount } },
  a4x: { classes: { highgpu: ["4g"] }, builtIn: { type: "NVIDIA_GB200", count: gpuSuffixCount } },
  g4: {
    classes: { standard: [48, 96, 192, 384] },
    builtIn: {
      type: "NVIDIA_RTX_PRO_6000",
      count: (shape) => ({ "48": 1, "96": 2, "192": 4, "384": 8 } as Record<string, number>)[shape] ?? 1,
    },
  },
};

/** Some accelerator-optimized classes carry a different GPU than their family's default. */
const CLASS_GPU: Readonly<Record<string, AcceleratorType>> = {
  "a2-ultragpu": "NVIDIA_A100_80GB",
  "a3-megagpu": "NVIDIA_H100_MEGA_80GB",
  "a3-ultragpu": "NVIDIA_H200_141GB",
};

export interface MachineType {
  readonly name: string;
  readonly family: string;
  /** The GPU and count that come with an accelerator-optimized machine type. */
  readonly builtInGpu?: { readonly type: AcceleratorType; readonly count: number };
}

/** Every machine type in the catalog, by name. */
export const MACHINE_TYPES: ReadonlyMap<string, MachineType> = (() => {
  const out = new Map<string, MachineType>();
  for (const [family, spec] of Object.entries(FAMILIES)) {
    for (const [cls, shapes] of Object.entries(spec.classes)) {
      for (const shape of shapes) {
        const name = `${family}-${cls}-${shape}`;
        const builtIn = spec.builtIn
          ? { type: own(CLASS_GPU, `${family}-${cls}`) ?? spec.builtIn.type, count: spec.builtIn.count(String(shape)) }
          : undefined;
        out.set(name, { name, family, builtInGpu: builtIn });
      }
    }
  }
  return out;
})();

export const ACCELERATOR_TYPES: readonly AcceleratorType[] = [
  "NVIDIA_TESLA_T4",
  "NVIDIA_TESLA_P4",
  "NVIDIA_TESLA_V100",
  "NVIDIA_TESLA_P100",
  "NVIDIA_TESLA_A100",
  "NVIDIA_A100_80GB",
  "NVIDIA_L4",
  "NVIDIA_H100_80GB",
  "NVIDIA_H100_MEGA_80GB",
  "NVIDIA_H200_141GB",
  "NVIDIA_B200",
  "NVIDIA_GB200",
  "NVIDIA_RTX_PRO_6000",
];

/** Which machine types can carry this accelerator, for messages. */
export function machinesFor(type: AcceleratorType): string {
  const n1 = FAMILIES.n1.attachable?.[type];
  if (n1) return `N1 machine types (n1-standard-*, n1-highmem-*, n1-highcpu-*) with ${n1.join(", ")} GPUs`;
  const names = [...MACHINE_TYPES.values()].filter((m) => m.builtInGpu?.type === type).map((m) => m.name);
  return names.join(", ");
}

/**
 * Checks a machine type and optional accelerator. Returns the problems found (empty when valid),
 * each a sentence naming the value and what is allowed.
 */
export function checkMachineAndAccelerator(
  machineType: string,
  accelerator?: { readonly type: string; readonly count?: number },
): { field: "machineType" | "accelerator.type" | "accelerator.count"; message: string }[] {
  const machine = MACHINE_TYPES.get(machineType);
  if (!machine) {
    const family = machineType.split("-")[0];
    const known = [...MACHINE_TYPES.keys()].filter((n) => n.startsWith(`${family}-`));
    return [
      {
        field: "machineType",
        message:
          `unknown machine type '${machineType}'; allowed: ` +
          (known.length ? known.join(", ") : `one of the families ${Object.keys(FAMILIES).join(", ")} (e.g. n1-standard-4, g2-standard-8)`),
      },
    ];
  }
  if (!accelerator) {
    return [];
  }
  const retired = own(RETIRED_ACCELERATORS, accelerator.type);
  if (retired) return [{ field: "accelerator.type", message: retired }];
  if (!(ACCELERATOR_TYPES as readonly string[]).includes(accelerator.type)) {
    return [{ field: "accelerator.type", message: `unknown accelerator '${accelerator.type}'; allowed: ${ACCELERATOR_TYPES.join(", ")}` }];
  }
  const type = accelerator.type as AcceleratorType;
  const family = FAMILIES[machine.family];
  if (machine.builtInGpu) {
    if (machine.builtInGpu.type !== type) {
      return [{ field: "accelerator.type", message: `${machineType} comes with ${machine.builtInGpu.type}, not ${type}; ${type} runs on ${machinesFor(type)}` }];
    }
    if (accelerator.count !== undefined && machine.builtInGpu.count !== accelerator.count) {
      return [{ field: "accelerator.count", message: `${machineType} has exactly ${machine.builtInGpu.count} ${type}, not ${accelerator.count}` }];
    }
    return [];
  }
  const counts = family.attachable?.[type];
  if (!counts) {
    return [{ field: "accelerator.type", message: `${type} cannot be attached to ${machineType} (${machine.family.toUpperCase()} family); ${type} runs on ${machinesFor(type)}` }];
  }
  if (accelerator.count !== undefined && !counts.includes(accelerator.count)) {
    return [{ field: "accelerator.count", message: `${machineType} takes ${counts.join(", ")} × ${type}, not ${accelerator.count}` }];
  }
  return [];
}
