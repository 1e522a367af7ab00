/**
 * hashicorp/time in a stack: its time_sleep makes the explicit waits (a new log-based metric that
 * Cloud Monitoring cannot see yet). The provider has no settings, so its binding generator emits
 * no provider class; this declares the provider once per stack, which puts it in the stack's
 * required_providers with the pinned version (provider/version.json, `time`).
 */
import { Construct, TerraformProvider, TerraformStack } from "../cdktn";

/** The pin of provider/version.json (test/provider-schema.test.ts checks it). */
export const TIME_PROVIDER = { source: "hashicorp/time", version: "0.14.2" } as const;

class TimeProvider extends TerraformProvider {
  constructor(scope: Construct) {
    super(scope, "time", {
      terraformResourceType: "time",
      terraformGeneratorMetadata: { providerName: "time", providerVersion: TIME_PROVIDER.version, providerVersionConstraint: TIME_PROVIDER.version },
      terraformProviderSource: TIME_PROVIDER.source,
    });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {};
  }
}

/** Declares hashicorp/time in the stack of `scope`, once. */
export function useTimeProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (!stack.node.tryFindChild("time")) new TimeProvider(stack);
}
