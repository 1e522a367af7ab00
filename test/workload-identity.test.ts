import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { TerraformStack, Testing } from "../lib/cdktn";
import { DeliverySchema, deployerCondition, plannerCondition, resolveDelivery } from "../lib/config/delivery";
import { ValidationError } from "../lib/core/errors";
import { DEPLOYER_PROJECT_ROLES, GithubWorkloadIdentity, GithubWorkloadIdentityProps, PLANNER_PROJECT_ROLES } from "../lib/delivery/workload-identity";
import { WorkloadServiceAccount } from "../lib/identity/service-account";
import { resource, resources } from "./helpers";

function synth(props: Partial<GithubWorkloadIdentityProps> = {}): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, "t");
  new GoogleProvider(stack, "google", { project: "acme-ml-test", region: "us-central1" });
  const workbench = new WorkloadServiceAccount(stack, "Workbench", { projectId: "acme-ml-test", accountId: "prod-workbench", grantKey: "workbench", displayName: "workbench" });
  new GithubWorkloadIdentity(stack, "Delivery", { projectId: "acme-ml-test", name: "prod", repository: "acme/ml-platform", actAs: [workbench], ...props });
  Testing.synth(stack, true);
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

/** The logical ID of the one resource of `type` at `path`, as `${type.id}` references use it. */
function ref(json: any, type: string, path: string, attr: string): string {
  return `\${${type}.${resource(json, type, path)["//"].metadata.uniqueId}.${attr}}`;
}

const json = synth();

describe("GitHub workload identity", () => {
  test("a pool and an OIDC provider for GitHub's token issuer", () => {
    const pool = resource(json, "google_iam_workload_identity_pool", "Delivery/Github/Pool");
    assert.equal(pool.workload_identity_pool_id, "prod-github");
    assert.equal(pool.project, "acme-ml-test");
    const provider = resource(json, "google_iam_workload_identity_pool_provider", "Delivery/Github/Provider");
    assert.equal(provider.workload_identity_pool_provider_id, "github");
    assert.equal(provider.workload_identity_pool_id, ref(json, "google_iam_workload_identity_pool", "Delivery/Github/Pool", "workload_identity_pool_id"));
    assert.deepEqual(provider.oidc, { issuer_uri: "https://token.actions.githubusercontent.com" });
    assert.deepEqual(provider.attribute_mapping, {
      "google.subject": "assertion.sub",
      "attribute.repository": "assertion.repository",
      "attribute.repository_owner": "assertion.repository_owner",
      "attribute.ref": "assertion.ref",
      "attribute.event_name": "assertion.event_name",
      "attribute.actor": "assertion.actor",
    });
  });

  test("pools and providers are guarded from deletion unless the tier allows it", () => {
    assert.deepEqual(resource(json, "google_iam_workload_identity_pool", "Delivery/Github/Pool").lifecycle, { prevent_destroy: true });
    assert.deepEqual(resource(json, "google_iam_workload_identity_pool_provider", "Delivery/Github/Provider").lifecycle, { prevent_destroy: true });
    const dev = synth({ protection: { preventDestroy: false, allowDataTeardown: true } });
    assert.equal(resource(dev, "google_iam_workload_identity_pool", "Delivery/Github/Pool").lifecycle, undefined);
  });

  test("the attribute condition accepts one repository on one branch only", () => {
    const provider = resource(json, "google_iam_workload_identity_pool_provider", "Delivery/Github/Provider");
    assert.equal(provider.attribute_condition, "assertion.sub == 'repo:acme/ml-platform:ref:refs/heads/main' && assertion.repository == 'acme/ml-platform' && assertion.ref == 'refs/heads/main'");
  });

  test("another branch and a GitHub environment narrow it further", () => {
    const j = synth({ branch: "release/2026", environment: "prod" });
    const provider = resource(j, "google_iam_workload_identity_pool_provider", "Delivery/Github/Provider");
    assert.equal(provider.attribute_condition, "assertion.sub == 'repo:acme/ml-platform:environment:prod' && assertion.repository == 'acme/ml-platform' && assertion.ref == 'refs/heads/release/2026' && assertion.environment == 'prod'");
  });

  test("only the repository's principal set may impersonate the deployer, which has no key", () => {
    const deployer = resource(json, "google_service_account", "Delivery/Deployer");
    assert.equal(deployer.account_id, "prod-deployer");
    const bindings = Object.values(resources(json, "google_service_account_iam_member")).filter((b) => b.role === "roles/iam.workloadIdentityUser");
    assert.equal(bindings.length, 1);
    assert.equal(bindings[0].service_account_id, ref(json, "google_service_account", "Delivery/Deployer", "name"));
    assert.equal(bindings[0].member, `principalSet://iam.googleapis.com/${ref(json, "google_iam_workload_identity_pool", "Delivery/Github/Pool", "name")}/attribute.repository/acme/ml-platform`);
    assert.equal(json.resource.google_service_account_key, undefined);
  });

  test("the deployer's project roles are exactly the documented list, never owner or editor", () => {
    const roles = Object.values(resources(json, "google_project_iam_member"))
      .filter((m) => m.member === "serviceAccount:prod-deployer@acme-ml-test.iam.gserviceaccount.com")
      .map((m) => m.role)
      .sort();
    assert.deepEqual(roles, Object.keys(DEPLOYER_PROJECT_ROLES).sort());
    for (const role of roles) assert.ok(!["roles/owner", "roles/editor", "roles/viewer", "roles/iam.serviceAccountUser"].includes(role), role);
  });

  test("act-as only on the accounts it deploys workloads as, never on the project", () => {
    const actAs = Object.entries(resources(json, "google_service_account_iam_member")).filter(([, b]) => b.role === "roles/iam.serviceAccountUser");
    assert.deepEqual(
      actAs.map(([path, b]) => [path, b.member]),
      [["Workbench/deployer-iam-serviceAccountUser", "serviceAccount:prod-deployer@acme-ml-test.iam.gserviceaccount.com"]],
    );
  });

  test("extra deployer roles for later capabilities", () => {
    const j = synth({ extraDeployerRoles: ["roles/pubsub.admin"] });
    assert.ok(Object.values(resources(j, "google_project_iam_member")).some((m) => m.role === "roles/pubsub.admin" && m.member.includes("prod-deployer@")));
  });

  test("no planner unless asked for", () => {
    assert.equal(Object.keys(resources(json, "google_iam_workload_identity_pool")).length, 1);
    assert.equal(resources(json, "google_service_account")["Delivery/Planner"], undefined);
  });
});

describe("pull-request planner", () => {
  const j = synth({ pullRequestPlans: true });

  test("its own pool, trusting pull requests of the repository into the branch", () => {
    const pool = resource(j, "google_iam_workload_identity_pool", "Delivery/PullRequests/Pool");
    assert.equal(pool.workload_identity_pool_id, "prod-github-pr");
    const provider = resource(j, "google_iam_workload_identity_pool_provider", "Delivery/PullRequests/Provider");
    assert.equal(provider.attribute_condition, "assertion.sub == 'repo:acme/ml-platform:pull_request' && assertion.repository == 'acme/ml-platform' && assertion.event_name == 'pull_request' && assertion.base_ref == 'main'");
    assert.deepEqual(provider.oidc, { issuer_uri: "https://token.actions.githubusercontent.com" });
  });

  test("the deployer's binding names the deployer's pool only, so pull-request tokens cannot reach it", () => {
    const deployerPool = ref(j, "google_iam_workload_identity_pool", "Delivery/Github/Pool", "name");
    const plannerPool = ref(j, "google_iam_workload_identity_pool", "Delivery/PullRequests/Pool", "name");
    const byAccount = Object.fromEntries(
      Object.values(resources(j, "google_service_account_iam_member"))
        .filter((b) => b.role === "roles/iam.workloadIdentityUser")
        .map((b) => [b.service_account_id, b.member]),
    );
    assert.equal(byAccount[ref(j, "google_service_account", "Delivery/Deployer", "name")], `principalSet://iam.googleapis.com/${deployerPool}/attribute.repository/acme/ml-platform`);
    assert.equal(byAccount[ref(j, "google_service_account", "Delivery/Planner", "name")], `principalSet://iam.googleapis.com/${plannerPool}/attribute.repository/acme/ml-platform`);
  });

  test("the planner is read-only: viewer roles, no admin, no data access", () => {
    const roles = Object.values(resources(j, "google_project_iam_member"))
      .filter((m) => m.member === "serviceAccount:prod-planner@acme-ml-test.iam.gserviceaccount.com")
      .map((m) => m.role)
      .sort();
    assert.deepEqual(roles, Object.keys(PLANNER_PROJECT_ROLES).sort());
    for (const role of roles) {
      assert.doesNotMatch(role, /admin|editor|owner|serviceAccountUser|tokenCreator/i, role);
      assert.ok(!["roles/storage.objectViewer", "roles/storage.objectUser", "roles/bigquery.dataViewer", "roles/bigquery.dataEditor"].includes(role), role);
    }
  });
});

describe("GitHub workload identity: bad props", () => {
  const problems = (props: Partial<GithubWorkloadIdentityProps>): string[] => {
    try {
      synth(props);
    } catch (e) {
      assert.ok(e instanceof ValidationError);
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
      "Delivery.name: gives the Workload Identity pool ID 'a-very-long-environment-x-github-pr'; allowed: 4-32 lowercase letters, digits or hyphens, not starting with 'gcp-' (so name is at most 22 characters) (\"a-very-long-environment-x\")",
      "Delivery.name: gives the deployer account ID 'a-very-long-environment-x-deployer', which is not a valid service account ID; allowed: 6-30 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (\"a-very-long-environment-x\")",
      "Delivery.name: gives the planner account ID 'a-very-long-environment-x-planner', which is not a valid service account ID; allowed: 6-30 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (\"a-very-long-environment-x\")",
    ]);
  });

  test("a name that gives a pool ID in Google's reserved 'gcp-' prefix", () => {
    assert.deepEqual(problems({ name: "gcp-prod" }), [
      "Delivery.name: gives the Workload Identity pool ID 'gcp-prod-github', and pool IDs starting with 'gcp-' are reserved by Google; rename the environment (name must not start with 'gcp-') (\"gcp-prod\")",
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
});

describe("delivery YAML block", () => {
  const issues = (input: unknown) => {
    const r = DeliverySchema.safeParse(input);
    assert.equal(r.success, false, "expected problems");
    return r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  test("off by default", () => {
    assert.deepEqual(DeliverySchema.parse({}), { enabled: false, pullRequestPlans: false });
    assert.equal(resolveDelivery("prod", DeliverySchema.parse({})), undefined);
  });

  test("enabled: names and conditions resolved for both engines", () => {
    const d = DeliverySchema.parse({ enabled: true, github: { repository: "acme/ml-platform" }, pullRequestPlans: true });
    assert.deepEqual(d.github, { repository: "acme/ml-platform", branch: "main" });
    assert.deepEqual(resolveDelivery("prod", d), {
      repository: "acme/ml-platform",
      branch: "main",
      environment: undefined,
      poolId: "prod-github",
      providerId: "github",
      deployerAccountId: "prod-deployer",
      planner: { poolId: "prod-github-pr", providerId: "github-pr", accountId: "prod-planner" },
    });
    assert.equal(deployerCondition("acme/ml-platform", "main", "prod"), "assertion.sub == 'repo:acme/ml-platform:environment:prod' && assertion.repository == 'acme/ml-platform' && assertion.ref == 'refs/heads/main' && assertion.environment == 'prod'");
    assert.equal(plannerCondition("acme/ml-platform", "main"), "assertion.sub == 'repo:acme/ml-platform:pull_request' && assertion.repository == 'acme/ml-platform' && assertion.event_name == 'pull_request' && assertion.base_ref == 'main'");
  });

  test("enabled without github", () => {
    assert.deepEqual(issues({ enabled: true }), ["github: required when delivery.enabled is true: the repository (owner/name) and branch that may deploy"]);
  });

  test("a malformed repository", () => {
    for (const repository of ["acme", "acme/ml/platform", "-acme/x", "acme/..", "ac--me/x", "acme/has space"]) {
      assert.deepEqual(issues({ enabled: true, github: { repository } }), [
        "github.repository: not a valid GitHub repository; allowed: owner/name, e.g. acme/ml-platform (owner: 1-39 letters, digits or single hyphens, not starting or ending with a hyphen; name: 1-100 letters, digits, '.', '_' or '-', not '.' or '..')",
      ], repository);
    }
  });

  test("a malformed branch", () => {
    for (const branch of ["a b", "x..y", "-x", "x/", "x.lock", "x~1", "it's", "a//b", ".hidden", "@"]) {
      assert.match(issues({ enabled: true, github: { repository: "acme/x", branch } })[0], /^github\.branch: not a valid branch name; allowed: /, branch);
    }
    assert.deepEqual(issues({ enabled: true, github: { repository: "acme/x", branch: "refs/heads/release/1" } }), ["github.branch: give the branch name without 'refs/heads/', e.g. release/1"]);
    for (const ok of ["main", "release/2026", "feature/x-1.2", "UPPER_case"]) {
      assert.equal(DeliverySchema.safeParse({ enabled: true, github: { repository: "acme/x", branch: ok } }).success, true, ok);
    }
  });

  test("a malformed GitHub environment", () => {
    assert.deepEqual(issues({ enabled: true, github: { repository: "acme/x", environment: "" } }), [
      "github.environment: not a valid GitHub environment name; allowed: 1-255 letters, digits, '.', '_' or '-', starting with a letter or digit (a GitHub environment name such as prod)",
    ]);
  });

  test("pull-request plans need delivery enabled", () => {
    assert.deepEqual(issues({ pullRequestPlans: true }), ["pullRequestPlans: needs delivery.enabled: true (the planner trusts the same repository and branch)"]);
  });

  test("misspelt fields are refused", () => {
    const r = DeliverySchema.safeParse({ enabled: true, github: { repository: "acme/x", brnach: "main" } });
    assert.equal(r.success, false);
    assert.deepEqual(r.error!.issues.map((i) => [i.code, i.path.join(".")]), [["unrecognized_keys", "github"]]);
  });
});
