/**
 * The Pulumi `GithubWorkloadIdentity` component under `pulumi.runtime.setMocks`: the attributes,
 * roles, guards and problems test/workload-identity.test.ts asserts on the cdktf construct, on
 * the inputs the Pulumi engine would receive. This file loads no cdktf module.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ValidationError } from "../lib/core/errors";
import { DEPLOYER_PROJECT_ROLES, PLANNER_PROJECT_ROLES } from "../lib/delivery/checks";
import { GithubWorkloadIdentity, GithubWorkloadIdentityArgs } from "../lib/pulumi/delivery";
import { WorkloadServiceAccount } from "../lib/pulumi/identity";
import { ProjectServices } from "../lib/pulumi/services";
import { MockedRun, RecordedResource, runWithMocks, valueOf } from "../lib/pulumi/testing";

const PROJECT = "acme-ml-test";
const DEPLOYER = "serviceAccount:prod-deployer@acme-ml-test.iam.gserviceaccount.com";
const PLANNER = "serviceAccount:prod-planner@acme-ml-test.iam.gserviceaccount.com";
const PRINCIPAL_SET = (pool: string) => `principalSet://iam.googleapis.com/google_iam_workload_identity_pool:${pool}.name/attribute.repository/acme/ml-platform`;

interface Built {
  readonly run: MockedRun<GithubWorkloadIdentity>;
  /** Mapped resources of a Terraform type, keyed by logical key. */
  of(type: string): Record<string, RecordedResource>;
  one(type: string, key: string): RecordedResource;
}

function synth(args: Partial<GithubWorkloadIdentityArgs> = {}, extra?: () => Partial<GithubWorkloadIdentityArgs>): Promise<Built> {
  return runWithMocks(() => {
    const workbench = new WorkloadServiceAccount("workbench", { projectId: PROJECT, accountId: "prod-workbench", grantKey: "workbench", displayName: "workbench" });
    return new GithubWorkloadIdentity("Delivery", { projectId: PROJECT, name: "prod", repository: "acme/ml-platform", actAs: [workbench], ...args, ...extra?.() });
  }).then((run) => {
    const of = (type: string) => Object.fromEntries(run.resources.filter((r) => r.terraform?.type === type).map((r) => [r.terraform!.key, r]));
    return {
      run,
      of,
      one(type, key) {
        const all = of(type);
        assert.ok(all[key], `no ${type} '${key}'; have: ${Object.keys(all).join(", ")}`);
        return all[key];
      },
    };
  });
}

const attrs = (r: RecordedResource) => r.terraform!.attributes;
let defaultBuild: Promise<Built> | undefined;
const built = () => (defaultBuild ??= synth());

describe("GitHub workload identity", () => {
  test("a pool and an OIDC provider for GitHub's token issuer", async () => {
    const b = await built();
    assert.deepEqual(attrs(b.one("google_iam_workload_identity_pool", "prod-github")), {
      project: PROJECT,
      workload_identity_pool_id: "prod-github",
      display_name: "prod-github",
      description: "GitHub Actions of acme/ml-platform on main",
      deletion_policy: "PREVENT",
    });
    const provider = attrs(b.one("google_iam_workload_identity_pool_provider", "prod-github github"));
    assert.equal(provider.project, PROJECT);
    assert.equal(provider.workload_identity_pool_id, "prod-github");
    assert.equal(provider.workload_identity_pool_provider_id, "github");
    assert.equal(provider.display_name, "GitHub Actions");
    assert.equal(provider.description, "Tokens of acme/ml-platform only");
    assert.deepEqual(provider.oidc, { issuer_uri: "https://token.actions.githubusercontent.com" });
    assert.deepEqual(provider.attribute_mapping, {
      "google.subject": "assertion.sub",
      "attribute.repository": "assertion.repository",
      "attribute.repository_owner": "assertion.repository_owner",
      "attribute.ref": "assertion.ref",
      "attribute.event_name": "assertion.event_name",
      "attribute.actor": "assertion.actor",
    });
    const [pool] = b.run.resources.filter((r) => r.terraform?.type === "google_iam_workload_identity_pool");
    assert.ok(b.one("google_iam_workload_identity_pool_provider", "prod-github github").dependencies.includes(pool.urn), "the provider is created in its pool");
  });

  test("the workflows' provider name and the deployer's email, for the stack outputs", async () => {
    const b = await built();
    assert.equal(await valueOf(b.run.value.workloadIdentityProvider), "google_iam_workload_identity_pool_provider:prod-github github.name");
    assert.equal(b.run.value.deployer.email, "prod-deployer@acme-ml-test.iam.gserviceaccount.com");
    assert.equal(b.run.value.planner, undefined);
    assert.equal(b.run.value.plannerWorkloadIdentityProvider, undefined);
  });

  test("pools and providers are protected unless the tier allows their deletion; never retained", async () => {
    const guarded = (b: Built) =>
      b.run.resources.filter((r) => r.terraform?.type.startsWith("google_iam_workload_identity_pool")).map((r) => [r.terraform!.type, r.protect, r.retainOnDelete]);
    assert.deepEqual(guarded(await built()), [
      ["google_iam_workload_identity_pool", true, false],
      ["google_iam_workload_identity_pool_provider", true, false],
    ]);
    const dev = await synth({ protection: { preventDestroy: false, allowDataTeardown: true } });
    assert.deepEqual(guarded(dev), [
      ["google_iam_workload_identity_pool", false, false],
      ["google_iam_workload_identity_pool_provider", false, false],
    ]);
    // Only the pools and providers: accounts and bindings are not guarded, and no component is.
    assert.deepEqual([...new Set((await built()).run.resources.filter((r) => r.protect).map((r) => r.type))].sort(), [
      "gcp:iam/workloadIdentityPool:WorkloadIdentityPool",
      "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider",
    ]);
  });

  test("the attribute condition accepts one repository on one branch only", async () => {
    const b = await built();
    const condition = "assertion.sub == 'repo:acme/ml-platform:ref:refs/heads/main' && assertion.repository == 'acme/ml-platform' && assertion.ref == 'refs/heads/main'";
    assert.equal(attrs(b.one("google_iam_workload_identity_pool_provider", "prod-github github")).attribute_condition, condition);
    assert.equal(b.run.value.attributeCondition, condition);
  });

  test("another branch and a GitHub environment narrow it further", async () => {
    const b = await synth({ branch: "release/2026", environment: "prod" });
    assert.equal(
      attrs(b.one("google_iam_workload_identity_pool_provider", "prod-github github")).attribute_condition,
      "assertion.sub == 'repo:acme/ml-platform:environment:prod' && assertion.repository == 'acme/ml-platform' && assertion.ref == 'refs/heads/release/2026' && assertion.environment == 'prod'",
    );
    assert.equal(attrs(b.one("google_iam_workload_identity_pool", "prod-github")).description, "GitHub Actions of acme/ml-platform on release/2026");
  });

  test("only the repository's principal set may impersonate the deployer, which has no key", async () => {
    const b = await built();
    const deployer = attrs(b.one("google_service_account", "prod-deployer"));
    assert.deepEqual(deployer, {
      project: PROJECT,
      account_id: "prod-deployer",
      display_name: "prod deployer",
      description: "Deploys the environment from GitHub Actions (cdktf deploy) (managed by gcp-mlops-constructs)",
    });
    const bindings = Object.values(b.of("google_service_account_iam_member")).filter((m) => attrs(m).role === "roles/iam.workloadIdentityUser");
    assert.equal(bindings.length, 1);
    assert.equal(attrs(bindings[0]).service_account_id, "google_service_account:prod-deployer.name");
    assert.equal(attrs(bindings[0]).member, PRINCIPAL_SET("prod-github"));
    assert.equal(bindings[0].name, "Delivery-deployer-github-iam-workloadIdentityUser");
    assert.ok(!b.run.resources.some((r) => r.type === "gcp:serviceaccount/key:Key"), "no key");
  });

  test("the deployer's project roles are exactly the documented list, never owner or editor", async () => {
    const roles = Object.values((await built()).of("google_project_iam_member"))
      .filter((m) => attrs(m).member === DEPLOYER)
      .map((m) => attrs(m).role)
      .sort();
    assert.deepEqual(roles, Object.keys(DEPLOYER_PROJECT_ROLES).sort());
    for (const role of roles) assert.ok(!["roles/owner", "roles/editor", "roles/viewer", "roles/iam.serviceAccountUser"].includes(role), role);
    for (const m of Object.values((await built()).of("google_project_iam_member"))) assert.equal(attrs(m).project, PROJECT);
  });

  test("act-as only on the accounts it deploys workloads as, never on the project", async () => {
    const actAs = Object.values((await built()).of("google_service_account_iam_member")).filter((m) => attrs(m).role === "roles/iam.serviceAccountUser");
    assert.deepEqual(
      actAs.map((m) => [m.name, attrs(m).service_account_id, attrs(m).member]),
      [["workbench-deployer-iam-serviceAccountUser", "google_service_account:prod-workbench.name", DEPLOYER]],
    );
  });

  test("extra deployer roles for later capabilities", async () => {
    const b = await synth({ extraDeployerRoles: ["roles/pubsub.admin", "roles/dns.admin"] });
    const roles = Object.values(b.of("google_project_iam_member")).filter((m) => attrs(m).member === DEPLOYER).map((m) => attrs(m).role);
    assert.ok(roles.includes("roles/dns.admin"));
    assert.equal(roles.filter((r) => r === "roles/pubsub.admin").length, 1, "a role already in the list is granted once");
  });

  test("no planner unless asked for", async () => {
    const b = await built();
    assert.deepEqual(Object.keys(b.of("google_iam_workload_identity_pool")), ["prod-github"]);
    assert.deepEqual(Object.keys(b.of("google_service_account")).sort(), ["prod-deployer", "prod-workbench"]);
  });

  test("the pools and the accounts wait for the APIs given in dependsOn", async () => {
    const b = await synth({}, () => ({ dependsOn: [new ProjectServices("services", { projectId: PROJECT }).enable("sts.googleapis.com")] }));
    const [api] = b.run.resources.filter((r) => r.terraform?.type === "google_project_service");
    assert.ok(b.one("google_iam_workload_identity_pool", "prod-github").dependencies.includes(api.urn));
    assert.ok(b.one("google_service_account", "prod-deployer").dependencies.includes(api.urn));
  });

  test("resource names: <component>-<trust>-pool|provider, <component>-<account>, its bindings under it", async () => {
    const names = (await synth({ pullRequestPlans: true })).run.resources
      .filter((r) => r.name.startsWith("Delivery") && !r.name.includes("-project-"))
      .map((r) => `${r.type} ${r.name}`)
      .sort();
    assert.deepEqual(names, [
      "gcp:iam/workloadIdentityPool:WorkloadIdentityPool Delivery-github-pool",
      "gcp:iam/workloadIdentityPool:WorkloadIdentityPool Delivery-pull-requests-pool",
      "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider Delivery-github-provider",
      "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider Delivery-pull-requests-provider",
      "gcp:serviceaccount/account:Account Delivery-deployer",
      "gcp:serviceaccount/account:Account Delivery-planner",
      "gcp:serviceaccount/iAMMember:IAMMember Delivery-deployer-github-iam-workloadIdentityUser",
      "gcp:serviceaccount/iAMMember:IAMMember Delivery-planner-github-iam-workloadIdentityUser",
      "mlops:index:GithubWorkloadIdentity Delivery",
      "mlops:index:WorkloadServiceAccount Delivery-deployer",
      "mlops:index:WorkloadServiceAccount Delivery-planner",
    ]);
  });
});

describe("pull-request planner", () => {
  let prBuild: Promise<Built> | undefined;
  const pr = () => (prBuild ??= synth({ pullRequestPlans: true }));

  test("its own pool, trusting pull requests of the repository into the branch", async () => {
    const b = await pr();
    assert.equal(attrs(b.one("google_iam_workload_identity_pool", "prod-github-pr")).description, "Pull requests of acme/ml-platform into main");
    const provider = attrs(b.one("google_iam_workload_identity_pool_provider", "prod-github-pr github-pr"));
    assert.equal(provider.attribute_condition, "assertion.sub == 'repo:acme/ml-platform:pull_request' && assertion.repository == 'acme/ml-platform' && assertion.event_name == 'pull_request' && assertion.base_ref == 'main'");
    assert.deepEqual(provider.oidc, { issuer_uri: "https://token.actions.githubusercontent.com" });
    assert.equal(await valueOf(b.run.value.plannerWorkloadIdentityProvider!), "google_iam_workload_identity_pool_provider:prod-github-pr github-pr.name");
  });

  test("the deployer's binding names the deployer's pool only, so pull-request tokens cannot reach it", async () => {
    const byAccount = Object.fromEntries(
      Object.values((await pr()).of("google_service_account_iam_member"))
        .filter((m) => attrs(m).role === "roles/iam.workloadIdentityUser")
        .map((m) => [attrs(m).service_account_id, attrs(m).member]),
    );
    assert.deepEqual(byAccount, {
      "google_service_account:prod-deployer.name": PRINCIPAL_SET("prod-github"),
      "google_service_account:prod-planner.name": PRINCIPAL_SET("prod-github-pr"),
    });
  });

  test("the planner is read-only: viewer roles, no admin, no data access", async () => {
    const roles = Object.values((await pr()).of("google_project_iam_member"))
      .filter((m) => attrs(m).member === PLANNER)
      .map((m) => attrs(m).role)
      .sort();
    assert.deepEqual(roles, Object.keys(PLANNER_PROJECT_ROLES).sort());
    for (const role of roles) {
      assert.doesNotMatch(role, /admin|editor|owner|serviceAccountUser|tokenCreator/i, role);
      assert.ok(!["roles/storage.objectViewer", "roles/storage.objectUser", "roles/bigquery.dataViewer", "roles/bigquery.dataEditor"].includes(role), role);
    }
    const actAs = Object.values((await pr()).of("google_service_account_iam_member")).filter((m) => attrs(m).role === "roles/iam.serviceAccountUser");
    assert.deepEqual(actAs.map((m) => attrs(m).member), [DEPLOYER], "the planner acts as no workload");
  });
});

describe("GitHub workload identity: bad props, with the cdktf construct's messages", () => {
  const base: GithubWorkloadIdentityArgs = { projectId: PROJECT, name: "prod", repository: "acme/ml-platform" };
  /** The checks run before any resource is registered, so no mocks are needed. */
  const problems = (args: Partial<GithubWorkloadIdentityArgs>): string[] => {
    try {
      new GithubWorkloadIdentity("Delivery", { ...base, ...args });
    } catch (e) {
      assert.ok(e instanceof ValidationError, String(e));
      return e.problems.map((p) => `${p.path}: ${p.message} (${JSON.stringify(p.value)})`);
    }
    assert.fail("expected a ValidationError");
  };

  test("a repository that is not owner/name", () => {
    assert.deepEqual(problems({ repository: "ml-platform" }), [
      "Delivery.repository: not a valid GitHub repository; allowed: owner/name, e.g. acme/ml-platform (owner: 1-39 letters, digits or single hyphens, not starting or ending with a hyphen; name: 1-100 letters, digits, '.', '_' or '-', not '.' or '..') (\"ml-platform\")",
    ]);
  });

  test("a branch git would refuse, or given as a ref", () => {
    assert.match(problems({ branch: "feature..x" })[0], /^Delivery\.branch: not a valid branch name; allowed: a git branch name such as main/);
    assert.deepEqual(problems({ branch: "refs/heads/main" }), ["Delivery.branch: give the branch name without 'refs/heads/', e.g. main (\"refs/heads/main\")"]);
  });

  test("an environment name GitHub would not create", () => {
    assert.deepEqual(problems({ environment: "prod env" }), [
      "Delivery.environment: not a valid GitHub environment name; allowed: 1-255 letters, digits, '.', '_' or '-', starting with a letter or digit (a GitHub environment name such as prod) (\"prod env\")",
    ]);
  });

  test("a name that makes the pool or account IDs too long", () => {
    assert.deepEqual(problems({ name: "a-very-long-environment-x", pullRequestPlans: true }), [
      "Delivery.name: gives the pool ID 'a-very-long-environment-x-github-pr'; allowed: 4-32 lowercase letters, digits or hyphens, not starting with 'gcp-' (so name is at most 22 characters) (\"a-very-long-environment-x\")",
      "Delivery.name: gives the deployer account ID 'a-very-long-environment-x-deployer', which is not a valid service account ID; allowed: 6-30 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (\"a-very-long-environment-x\")",
      "Delivery.name: gives the planner account ID 'a-very-long-environment-x-planner', which is not a valid service account ID; allowed: 6-30 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (\"a-very-long-environment-x\")",
    ]);
  });

  test("a primitive or malformed extra role", () => {
    assert.deepEqual(problems({ extraDeployerRoles: ["roles/editor", "pubsub.admin"] }), [
      "Delivery.extraDeployerRoles[0]: primitive roles are never granted; allowed: a predefined or custom role that names the service, e.g. roles/pubsub.admin (\"roles/editor\")",
      "Delivery.extraDeployerRoles[1]: not a role name; allowed: roles/<service>.<role> or projects/<project>/roles/<custom role> (\"pubsub.admin\")",
    ]);
  });

  test("every problem at once", () => {
    assert.equal(problems({ repository: "x", branch: "-bad", environment: " ", extraPlannerRoles: ["roles/owner"] }).length, 4);
  });

  test("guarded pools never delete with teardown", () => {
    assert.throws(
      () => new GithubWorkloadIdentity("Delivery", { ...base, protection: { preventDestroy: true, allowDataTeardown: true } }),
      (err: unknown) => err instanceof ValidationError && err.problems[0].path === "Delivery.protection",
    );
  });
});
