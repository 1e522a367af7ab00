/**
 * Runs Pulumi code under `pulumi.runtime.setMocks`, without an engine, a CLI or credentials, and
 * records what the engine would receive: every resource with its inputs, parent, provider,
 * dependencies and the `protect` and `retainOnDelete` options. Resources of a mapped type also
 * come in Terraform's shape (snake_case attributes, the Terraform type and the logical key), so
 * checks written for the cdktf synthesis run on them unchanged.
 *
 * Provider-computed values are deterministic stand-ins: a resource's id is
 * `<terraform type>:<key>.id`, a computed attribute `<terraform type>:<key>.<attribute>`, a data
 * source's result `data.<terraform type>.<attribute>`.
 */
import * as pulumi from "@pulumi/pulumi";
import {
  computedPlaceholder,
  DATA_SOURCE_MAPPINGS,
  dataPlaceholder,
  mappingForPulumi,
  snakeCase,
  TerraformAttributes,
  toTerraformShape,
} from "./mapping";

export interface RecordedResource {
  readonly urn: string;
  /** Pulumi type token, e.g. `gcp:storage/bucket:Bucket` or `mlops:index:DataLake`. */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** False for components. */
  readonly custom: boolean;
  /** URN of the parent; empty for top-level resources. */
  readonly parent: string;
  /** Provider reference (`<provider urn>::<id>`); empty when the default provider would be used. */
  readonly provider: string;
  /** Inputs as the provider would receive them (Pulumi names). */
  readonly inputs: Record<string, any>;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  /** URNs this resource waits for: explicit `dependsOn` and the resources its inputs come from. */
  readonly dependencies: readonly string[];
  /** For mapped types: the Terraform type, the logical key and the inputs in Terraform's shape. */
  readonly terraform?: { readonly type: string; readonly key: string; readonly attributes: TerraformAttributes };
}

export interface MockedRun<T> {
  /** What the program returned. */
  readonly value: T;
  /** Every resource registered, in registration order. */
  readonly resources: readonly RecordedResource[];
  /** Every data source read, by Pulumi function token, with its arguments. */
  readonly invokes: readonly { readonly token: string; readonly inputs: Record<string, any> }[];
}

export interface MockOptions {
  /** @default "gcp-mlops-constructs" */
  readonly project?: string;
  /** @default "test" */
  readonly stack?: string;
}

/** Runs share the process-wide Pulumi runtime, so they take turns. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `program` under mocks and waits for every registration to finish. Runs in one process
 * take turns (each replaces the previous run's mocks), so callers may start several at once.
 */
export function runWithMocks<T>(program: () => T, options: MockOptions = {}): Promise<MockedRun<T>> {
  const run = queue.then(() => mockedRun(program, options));
  queue = run.catch(() => undefined);
  return run;
}

async function mockedRun<T>(program: () => T, options: MockOptions): Promise<MockedRun<T>> {
  const resources: RecordedResource[] = [];
  const invokes: { token: string; inputs: Record<string, any> }[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const mapping = mappingForPulumi(args.type);
        if (!mapping) return { id: args.custom ? `${args.name}-id` : undefined, state: args.inputs };
        const key = mapping.key(toTerraformShape(mapping, args.inputs));
        const state: Record<string, unknown> = {};
        for (const attr of mapping.computed ?? []) state[attr] = computedPlaceholder(mapping.terraform, key, snakeCase(attr));
        return { id: computedPlaceholder(mapping.terraform, key, "id"), state: { ...state, ...args.inputs } };
      },
      call(args) {
        invokes.push({ token: args.token, inputs: args.inputs });
        const source = DATA_SOURCE_MAPPINGS.find((d) => d.pulumi === args.token);
        if (!source) throw new Error(`no mock result for data source ${args.token}; map it in DATA_SOURCE_MAPPINGS`);
        return { ...args.inputs, ...Object.fromEntries(source.results.map((r) => [r, dataPlaceholder(source.terraform, r)])) };
      },
    },
    options.project ?? "gcp-mlops-constructs",
    options.stack ?? "test",
    false,
  );

  // The mock monitor hands `newResource` only the inputs; the request also carries the options
  // the engine acts on (protect, retainOnDelete, dependencies), so record it here. This wraps the
  // mock monitor's `registerResource(request, callback)` (@pulumi/pulumi 3.270.0). URNs are the
  // mock monitor's: they carry the parent's type only, where the engine chains every ancestor's.
  const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource(req: any, cb: (err: unknown, resp: any) => void): void };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) =>
    register(req, (err, resp) => {
      if (!err && resp) {
        const type: string = req.getType();
        const inputs = pulumi.runtime.deserializeProperties(req.getObject()) as Record<string, any>;
        const mapping = mappingForPulumi(type);
        const attributes = mapping ? toTerraformShape(mapping, inputs) : undefined;
        resources.push({
          urn: resp.getUrn(),
          type,
          name: req.getName(),
          custom: req.getCustom(),
          parent: req.getParent(),
          provider: req.getProvider(),
          inputs,
          protect: req.getProtect() === true,
          retainOnDelete: req.getRetainondelete() === true,
          dependencies: req.getDependenciesList(),
          terraform: mapping && attributes ? { type: mapping.terraform, key: mapping.key(attributes), attributes } : undefined,
        });
      }
      callback(err, resp);
    });

  try {
    const value = program();
    await value; // a program may be async
    return { value, resources, invokes };
  } finally {
    await pulumi.runtime.disconnect(); // waits until every registration has completed
  }
}

/** The value of an Output (or plain value) after a mocked run. */
export function valueOf<T>(input: pulumi.Input<T>): Promise<T> {
  return new Promise((resolve) => pulumi.output(input).apply((v) => resolve(v as T)));
}

/** A mapped resource of a run as the Terraform JSON would list it. */
export interface TerraformResource {
  /** Terraform type, e.g. `google_storage_bucket`. */
  readonly type: string;
  /** `<type>.<Pulumi name>`. */
  readonly address: string;
  /** Attributes in Terraform's shape, with `lifecycle.prevent_destroy` where Pulumi protects the resource. */
  readonly values: Record<string, unknown>;
  /** The resource's URN. */
  readonly path: string;
}

/**
 * The mapped resources of a mocked run in the shape checks written against the cdktf synthesis
 * read (the policy pack's resources), so those checks judge the Pulumi resources with the same
 * rules and IDs.
 */
export function terraformResources(run: Pick<MockedRun<unknown>, "resources">): TerraformResource[] {
  return run.resources
    .filter((r) => r.terraform)
    .map((r) => ({
      type: r.terraform!.type,
      address: `${r.terraform!.type}.${r.name}`,
      values: { ...r.terraform!.attributes, ...(r.protect ? { lifecycle: { prevent_destroy: true } } : {}) },
      path: r.urn,
    }));
}

/** Pulumi's wire form of a secret: `{ <specialSigKey>: <secretSig>, value }`. */
const SECRET_SIG = { key: "4dabf18193072939515e22adb298388d", value: "1b47061264138c4ac30d75fd1eb44270" };

/** A value with Pulumi's secret wrappers replaced by their values (for comparing with Terraform's). */
export function unwrapSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapSecrets);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SECRET_SIG.key] === SECRET_SIG.value) return unwrapSecrets(o.value);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, unwrapSecrets(x)]));
  }
  return v;
}
