import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { REVIEW_MARKER } from "../lib/review/report";
import { PARALLEL_SERVING_STACKS } from "../lib/serving/shards";

const ROOT = path.join(__dirname, "..");
const read = (name: string) => fs.readFileSync(path.join(ROOT, ".github", "workflows", name), "utf8");
const pr = parse(read("pr.yml"));
const deploy = parse(read("deploy.yml"));

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string; name?: string };
const steps = (job: { steps: Step[] }) => job.steps;
const runs = (job: { steps: Step[] }) => steps(job).flatMap((s) => (s.run ? [s.run] : []));
const uses = (job: { steps: Step[] }, action: string) => steps(job).filter((s) => s.uses?.startsWith(`${action}@`));

describe("both workflows", () => {
  for (const [name, wf, text] of [["pr.yml", pr, read("pr.yml")], ["deploy.yml", deploy, read("deploy.yml")]] as const) {
    test(`${name}: every action pinned to a full commit SHA`, () => {
      for (const job of Object.values<any>(wf.jobs)) {
        for (const s of steps(job)) if (s.uses) assert.match(s.uses, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, s.uses);
      }
    });

    test(`${name}: no long-lived keys, only Workload Identity Federation`, () => {
      assert.doesNotMatch(text, /credentials_json|GOOGLE_APPLICATION_CREDENTIALS|secrets\./);
      for (const job of Object.values<any>(wf.jobs)) {
        for (const s of uses(job, "google-github-actions/auth")) {
          assert.deepEqual(Object.keys(s.with ?? {}).sort(), ["service_account", "workload_identity_provider"]);
          assert.match(String(s.with!.workload_identity_provider), /^\$\{\{ (vars|matrix)\./);
        }
      }
    });

    test(`${name}: read-only by default; an OIDC token only where a job authenticates`, () => {
      assert.deepEqual(wf.permissions, { "contents": "read" });
      for (const [id, job] of Object.entries<any>(wf.jobs)) {
        const authenticates = uses(job, "google-github-actions/auth").length > 0;
        assert.equal(job.permissions?.["id-token"] === "write", authenticates, `${id}: id-token`);
        assert.equal(job.permissions?.contents, "read", `${id}: contents`);
      }
    });

    test(`${name}: Node 22, dependencies from the lock file`, () => {
      for (const job of Object.values<any>(wf.jobs)) {
        for (const s of uses(job, "actions/setup-node")) assert.equal(s.with?.["node-version"], 22);
        if (uses(job, "actions/setup-node").length > 0) assert.ok(runs(job).includes("npm ci"));
      }
    });
  }
});

describe("pull-request workflow", () => {
  test("runs on pull requests; a newer push cancels the previous run", () => {
    assert.deepEqual(pr.on, { pull_request: { branches: ["main"] } });
    assert.equal(pr.concurrency["cancel-in-progress"], true);
  });

  test("review: install, test, synth, review against the base branch, then comment", () => {
    const job = pr.jobs.review;
    assert.deepEqual(job.permissions, { contents: "read", "pull-requests": "write" });
    assert.equal(uses(job, "actions/checkout")[0].with?.["fetch-depth"], 0, "the base branch must be fetched");
    const commands = runs(job).filter((c) => !c.includes("-serving-"));
    const order = ["npm ci", "npm test", "npm run synth", "npm run checkov"].map((c) => commands.indexOf(c));
    assert.deepEqual(order, [0, 1, 2, 3], "Checkov scans the synthesized stacks before the review");
    const review = steps(job).find((s) => s.run?.includes("npm run review"))!;
    assert.match(review.run!, /npm run review -- --base "origin\/\$\{BASE_REF\}"/);
    assert.equal(review.env?.BASE_REF, "${{ github.base_ref }}");
    assert.ok(commands.indexOf(review.run!) > 2);
    const comment = steps(job).find((s) => s.run?.includes("gh api"))!;
    assert.ok(comment.run!.includes(REVIEW_MARKER), "updates the comment the review marks, instead of adding one per push");
    assert.ok(comment.run!.includes("cdktf.out/review/pr-comment.md"));
    assert.equal(comment.if, "github.event.pull_request.head.repo.full_name == github.repository");
  });

  test("diff: cdktn diff per stack after the review, as each environment's planner", () => {
    const job = pr.jobs.diff;
    assert.equal(job.needs, "review");
    assert.deepEqual(job.permissions, { contents: "read", "id-token": "write" });
    assert.deepEqual(job.strategy.matrix.include.map((m: any) => m.stack), ["dev", "preprod", "prod"]);
    for (const m of job.strategy.matrix.include) {
      assert.equal(m.service_account, `\${{ vars.GCP_PLANNER_SERVICE_ACCOUNT_${m.stack.toUpperCase()} }}`);
      assert.equal(m.workload_identity_provider, `\${{ vars.GCP_PLAN_WORKLOAD_IDENTITY_PROVIDER_${m.stack.toUpperCase()} }}`);
    }
    const auth = uses(job, "google-github-actions/auth")[0];
    assert.deepEqual(auth.with, { workload_identity_provider: "${{ matrix.workload_identity_provider }}", service_account: "${{ matrix.service_account }}" });
    const diff = steps(job).find((s) => s.run?.startsWith("npx cdktn diff"))!;
    assert.equal(diff.run, 'npx cdktn diff "${STACK}"');
    assert.equal(diff.env?.STACK, "${{ matrix.stack }}");
    assert.ok(steps(job).indexOf(auth) < steps(job).indexOf(diff));
    assert.equal(uses(job, "hashicorp/setup-terraform")[0].with?.terraform_wrapper, false);
    assert.equal(job.environment, undefined, "a pull request never waits for, nor uses, a deployment environment");
  });
});

describe("pull-request workflow: serving stacks", () => {
  test("the review lists every serving stack with its environment's planner, read from the repository variables", () => {
    const step = steps(pr.jobs.review).find((s) => s.name === "Serving stacks and their environments' planners")!;
    assert.equal(pr.jobs.review.outputs.serving, "${{ steps.serving.outputs.stacks }}");
    assert.equal(step.env?.VARS, "${{ toJSON(vars) }}");
    assert.match(step.run!, /-name '\*-serving-\*'/);
    assert.match(step.run!, /"GCP_PLAN_WORKLOAD_IDENTITY_PROVIDER_" \+ \$env/);
    assert.match(step.run!, /"GCP_PLANNER_SERVICE_ACCOUNT_" \+ \$env/);
    assert.ok(runs(pr.jobs.review).indexOf("npm run synth") < runs(pr.jobs.review).indexOf(step.run!));
  });

  test("diff-serving: cdktn diff per serving stack, three at once, as its environment's planner", () => {
    const job = pr.jobs["diff-serving"];
    assert.equal(job.needs, "review");
    assert.equal(job.if, "github.event.pull_request.head.repo.full_name == github.repository && needs.review.outputs.serving != '[]'");
    assert.equal(job.strategy.matrix.include, "${{ fromJSON(needs.review.outputs.serving) }}");
    assert.equal(job.strategy["max-parallel"], PARALLEL_SERVING_STACKS);
    assert.deepEqual(uses(job, "google-github-actions/auth")[0].with, { workload_identity_provider: "${{ matrix.workload_identity_provider }}", service_account: "${{ matrix.service_account }}" });
    assert.deepEqual(steps(job).map((s) => s.run ?? s.uses?.split("@")[0]), steps(pr.jobs.diff).map((s) => s.run ?? s.uses?.split("@")[0]));
  });
});

describe("deploy workflow", () => {
  test("runs on pushes to main", () => {
    assert.deepEqual(deploy.on, { push: { branches: ["main"] } });
  });

  test("checks, then dev and its serving stacks, then preprod after them, then prod after preprod's", () => {
    assert.deepEqual(Object.keys(deploy.jobs), ["checks", "deploy-dev", "deploy-dev-serving", "deploy-preprod", "deploy-preprod-serving", "deploy-prod", "deploy-prod-serving"]);
    assert.equal(deploy.jobs["deploy-dev"].needs, "checks");
    assert.deepEqual(deploy.jobs["deploy-preprod"].needs, ["checks", "deploy-dev", "deploy-dev-serving"]);
    assert.deepEqual(deploy.jobs["deploy-prod"].needs, ["checks", "deploy-preprod", "deploy-preprod-serving"]);
    // A skipped serving job (no serving stacks) lets the next environment go; a failed one does not.
    assert.equal(
      deploy.jobs["deploy-prod"].if,
      "always() && vars.MLOPS_DEPLOY == 'true' && needs.deploy-preprod.result == 'success' && (needs.deploy-preprod-serving.result == 'success' || needs.deploy-preprod-serving.result == 'skipped')",
    );
    assert.deepEqual(runs(deploy.jobs.checks).slice(0, 3), ["npm ci", "npm test", "npm run synth"]);
  });

  for (const env of ["dev", "preprod", "prod"]) {
    test(`${env}: serving stacks deploy in parallel after the environment's stack, with its deployer`, () => {
      const job = deploy.jobs[`deploy-${env}-serving`];
      assert.deepEqual(job.needs, ["checks", `deploy-${env}`]);
      assert.equal(job.if, `vars.MLOPS_DEPLOY == 'true' && needs.checks.outputs.serving-${env} != '[]'`);
      assert.equal(job.strategy["max-parallel"], PARALLEL_SERVING_STACKS);
      assert.equal(job.strategy.matrix.stack, `\${{ fromJSON(needs.checks.outputs.serving-${env}) }}`);
      assert.equal(job.environment, env);
      assert.deepEqual(job.concurrency, { group: "deploy-${{ matrix.stack }}", "cancel-in-progress": false });
      assert.deepEqual(uses(job, "google-github-actions/auth")[0].with, {
        workload_identity_provider: `\${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER_${env.toUpperCase()} }}`,
        service_account: `\${{ vars.GCP_DEPLOYER_SERVICE_ACCOUNT_${env.toUpperCase()} }}`,
      });
      assert.deepEqual(runs(job), ["npm ci", 'npx cdktn deploy "${{ matrix.stack }}" --auto-approve --ignore-missing-stack-dependencies']);
      assert.equal(deploy.jobs.checks.outputs[`serving-${env}`], `\${{ steps.serving.outputs.${env} }}`);
    });
  }

  test("checks list each environment's serving stacks as JSON for the matrices", () => {
    const step = steps(deploy.jobs.checks).find((s) => s.name === "Serving stacks per environment")!;
    assert.match(step.run!, /-name "\$\{env\}-serving-\*"/);
    assert.match(step.run!, /jq -Rnc '\[inputs\]'/);
  });

  for (const env of ["dev", "preprod", "prod"]) {
    test(`${env}: its own GitHub environment, one deployment at a time, its own deployer`, () => {
      const job = deploy.jobs[`deploy-${env}`];
      assert.equal(job.environment, env);
      assert.deepEqual(job.concurrency, { group: `deploy-${env}`, "cancel-in-progress": false });
      assert.deepEqual(job.permissions, { contents: "read", "id-token": "write" });
      const auth = uses(job, "google-github-actions/auth")[0];
      assert.deepEqual(auth.with, {
        workload_identity_provider: `\${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER_${env.toUpperCase()} }}`,
        service_account: `\${{ vars.GCP_DEPLOYER_SERVICE_ACCOUNT_${env.toUpperCase()} }}`,
      });
      assert.deepEqual(runs(job), ["npm ci", `npx cdktn deploy ${env} --auto-approve`]);
      assert.ok(steps(job).indexOf(auth) < steps(job).findIndex((s) => s.run?.startsWith("npx cdktn deploy")));
      if (env === "dev") assert.equal(job.if, "vars.MLOPS_DEPLOY == 'true'");
    });
  }

  test("only prod waits for an approval: the environment named prod, whose required reviewers are set in the repository", () => {
    assert.match(read("deploy.yml"), /# Required reviewers on the `prod` environment make this job wait for a manual approval\.\n    environment: prod/);
  });
});
