/**
 * Runs Pulumi code under `pulumi.runtime.setMocks`, without an engine, a CLI or credentials, and
 * records what the engine would receive: every resource with its inputs, parent, provider,
 * dependencies and options (protect, retainOnDelete, ignoreChanges, aliases), and for @pulumi/gcp
 * resources the same inputs in Terraform's shape, so checks written against Terraform JSON (the
 * policy pack) run on them unchanged.
 *
 * Provider-computed values are stand-ins in Terraform's reference syntax: a resource's id is
 * `${<terraform type>.<Pulumi name>.id}`, another computed attribute
 * `${<terraform type>.<Pulumi name>.<attribute>}`, a data source's result
 * `data.<terraform type>.<attribute>`.
 */
import * as pulumi from "@pulumi/pulumi";
import { blockOf, DATA_SOURCES, OTHER_RESOURCE_TYPES, pulumiName, RESOURCE_TYPES, toTerraformShape } from "./mapping";

export interface RecordedResource {
  readonly urn: string;
  /** Pulumi type token, e.g. `gcp:storage/bucket:Bucket` or `mlops:index:MlopsEnvironment`. */
  readonly type: string;
  readonly name: string;
  /** False for components. */
  readonly custom: boolean;
  /** URN of the parent; empty for top-level resources. */
  readonly parent: string;
  /** Provider reference (`<provider urn>::<id>`); empty when the default provider would be used. */
  readonly provider: string;
  /** Inputs as the provider would receive them (Pulumi names), secrets unwrapped. */
  readonly inputs: Record<string, any>;
  /** Top-level inputs sent as secrets. */
  readonly secrets: readonly string[];
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  readonly ignoreChanges: readonly string[];
  /** URNs this resource waits for: explicit `dependsOn` and the resources its inputs come from. */
  readonly dependencies: readonly string[];
  /** For @pulumi/gcp resources: the Terraform type and the inputs in Terraform's shape. */
  readonly terraform?: { readonly type: string; readonly attributes: Record<string, unknown> };
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
  /** Stack config, e.g. `{ "gcp-mlops-constructs:environment": "dev" }`. @default - none */
  readonly config?: Readonly<Record<string, string>>;
}

const TERRAFORM_TYPE = new Map([
  ...Object.entries(RESOURCE_TYPES).map(([tf, token]) => [token, tf] as const),
  ...Object.entries(OTHER_RESOURCE_TYPES).map(([tf, o]) => [o.token, tf] as const),
]);
const DATA_SOURCE = new Map(Object.entries(DATA_SOURCES).map(([tf, token]) => [token, tf]));

/** The stand-ins of a resource's computed attributes that its inputs do not set. */
function computed(type: string, name: string, inputs: Record<string, unknown>): Record<string, string> {
  const block = blockOf(type);
  const out: Record<string, string> = {};
  for (const [attr, a] of Object.entries(block.attributes ?? {})) {
    const key = pulumiName(block, attr);
    if (a.computed && attr !== "id" && inputs[key] === undefined) out[key] = `\${${type}.${name}.${attr}}`;
  }
  return out;
}

/** Runs share the process-wide Pulumi runtime, so they take turns. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `program` under mocks and waits for every registration; runs in one process take turns. */
export function runWithMocks<T>(program: () => T, options: MockOptions = {}): Promise<MockedRun<T>> {
  const run = queue.then(() => mockedRun(program, options));
  queue = run.catch(() => undefined);
  return run;
}

async function mockedRun<T>(program: () => T, options: MockOptions): Promise<MockedRun<T>> {
  const resources: RecordedResource[] = [];
  const invokes: { token: string; inputs: Record<string, any> }[] = [];
  pulumi.runtime.setAllConfig({ ...(options.config ?? {}) });
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const type = TERRAFORM_TYPE.get(args.type);
        if (!type) return { id: args.custom ? `${args.name}-id` : undefined, state: args.inputs };
        return { id: `\${${type}.${args.name}.id}`, state: { ...computed(type, args.name, args.inputs), ...args.inputs } };
      },
      call(args) {
        invokes.push({ token: args.token, inputs: args.inputs });
        const type = DATA_SOURCE.get(args.token);
        if (!type) throw new Error(`no mock result for ${args.token}; map it in DATA_SOURCES`);
        const block = blockOf(`data.${type}`);
        const results = Object.entries(block.attributes ?? {}).filter(([, a]) => a.computed);
        return { ...Object.fromEntries(results.map(([attr]) => [pulumiName(block, attr), `data.${type}.${attr}`])), ...args.inputs };
      },
    },
    options.project ?? "gcp-mlops-constructs",
    options.stack ?? "test",
    false,
  );

  // The mock monitor hands `newResource` only the inputs; the request also carries the options the
  // engine acts on, so record it here. This wraps the mock monitor's `registerResource(request,
  // callback)` (@pulumi/pulumi 3.270.0). URNs are the mock monitor's: they carry the parent's type
  // only, where the engine chains every ancestor's.
  const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource(req: any, cb: (err: unknown, resp: any) => void): void };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) =>
    register(req, (err, resp) => {
      if (!err && resp) {
        const sent = pulumi.runtime.deserializeProperties(req.getObject()) as Record<string, any>;
        const inputs: Record<string, any> = {};
        const secrets: string[] = [];
        for (const [k, v] of Object.entries(sent)) {
          const secret = v && typeof v === "object" && v[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig;
          if (secret) secrets.push(k);
          inputs[k] = secret ? v.value : v;
        }
        const type = TERRAFORM_TYPE.get(req.getType());
        resources.push({
          urn: resp.getUrn(),
          type: req.getType(),
          name: req.getName(),
          custom: req.getCustom(),
          parent: req.getParent(),
          provider: req.getProvider(),
          inputs,
          secrets,
          protect: req.getProtect() === true,
          retainOnDelete: req.getRetainondelete() === true,
          ignoreChanges: req.getIgnorechangesList(),
          dependencies: req.getDependenciesList(),
          terraform: type ? { type, attributes: toTerraformShape(blockOf(type), inputs) } : undefined,
        });
      }
      callback(err, resp);
    });

  // Pulumi records a stack trace with every promise it makes (for its leak report); with tsx's
  // source maps that is most of a mocked run's time, so none is recorded while the program runs.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const value = program();
    await value; // a program may be async
    return { value, resources, invokes };
  } finally {
    await pulumi.runtime.disconnect(); // waits until every registration has completed
    Error.stackTraceLimit = limit;
  }
}

/** The value of an Output (or plain value) after a mocked run. */
export function valueOf<T>(input: pulumi.Input<T>): Promise<T> {
  return new Promise((resolve) => pulumi.output(input).apply((v) => resolve(v as T)));
}

/** A @pulumi/gcp resource of a run as the policy pack reads a Terraform resource. */
export interface TerraformResource {
  readonly type: string;
  /** `<type>.<Pulumi name>`. */
  readonly address: string;
  /** Attributes in Terraform's shape, `lifecycle.prevent_destroy` where Pulumi protects the resource. */
  readonly values: Record<string, unknown>;
  /** The resource's URN. */
  readonly path: string;
}

/** The @pulumi/gcp resources of a mocked run, for the policy pack (`evaluate(terraformResources(run), ...)`). */
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
