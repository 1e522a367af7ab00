/**
 * The policy pack as a whole: the pinned rule list and its documentation, levels by tier,
 * suppressions, the reports, the YAML block, the cdktf hook, and the default prod stack.
 */
import { ProjectIamAuditConfig } from "../provider/google/project-iam-audit-config";
import { GoogleProvider } from "../provider/google/provider";
import { StorageBucket } from "../provider/google/storage-bucket";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { buildApp } from "../lib/app";
import { App, TerraformStack, Testing } from "../lib/cdktn";
import { PolicySchema } from "../lib/config/policy";
import { ValidationError } from "../lib/core/errors";
import { applyPolicy, evaluateStack, PolicyViolationError, REPORT_FILES } from "../lib/policy/cdktn";
import { evaluate, RULE_IDS, RULES } from "../lib/policy/pack";
import { formatFinding, renderJson, renderMarkdown } from "../lib/policy/report";
import { globToRegExp, Suppression } from "../lib/policy/suppressions";
import { resourcesFromTerraform } from "../lib/policy/terraform-json";
import { CMEK_CHECKS } from "../lib/policy/rules/cmek";
import { STATEFUL_TYPES } from "../lib/policy/stateful";
import { PolicyResource } from "../lib/policy/types";
import { MlopsBucket } from "../lib/storage/bucket";
import { assertProblem } from "./helpers";

const ROOT = path.join(__dirname, "..");
const LABELS = { environment: "t", tier: "prod", component: "data", "managed-by": "gcp-mlops-constructs" };

/** A bucket with nothing set: fails GCS-001..003, CMEK-001, DATA-001 and LOG-001 (no audit logs) in prod, and LBL-001 (warning). */
const bareBucket: PolicyResource = {
  type: "google_storage_bucket",
  address: "google_storage_bucket.scratch_1A2B3C4D",
  values: { name: "acme-scratch" },
  mode: "managed",
  path: "prod/Environment/Scratch/Resource",
};

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `policy-${prefix}-`));

describe("the pack", () => {
  test("pins its rule IDs: adding or dropping a rule is a deliberate change", () => {
    assert.deepEqual(RULE_IDS, [
      "MLOPS-GCS-001",
      "MLOPS-GCS-002",
      "MLOPS-GCS-003",
      "MLOPS-BQ-001",
      "MLOPS-CMEK-001",
      "MLOPS-KMS-001",
      "MLOPS-WB-001",
      "MLOPS-WB-002",
      "MLOPS-WB-003",
      "MLOPS-VAI-001",
      "MLOPS-IAM-001",
      "MLOPS-IAM-002",
      "MLOPS-IAM-003",
      "MLOPS-NET-001",
      "MLOPS-NET-002",
      "MLOPS-NET-003",
      "MLOPS-LOG-001",
      "MLOPS-LBL-001",
      "MLOPS-DATA-001",
      "MLOPS-DATA-002",
    ]);
  });

  test("every rule has an ID, a level, a one-line cause, an explanation and well-formed benchmark references", () => {
    for (const r of RULES) {
      assert.match(r.id, /^MLOPS-[A-Z]+-[0-9]{3}$/);
      assert.ok(["error", "warning"].includes(r.level), r.id);
      assert.match(r.cause, /^[^\n]{10,200}\.$/, `${r.id} cause`);
      assert.ok(r.explanation.length > 80, `${r.id} explanation`);
      for (const b of r.benchmarks ?? []) assert.match(b.id, b.source === "Checkov" ? /^CKV2?_GCP_[0-9]+$/ : /^[0-9]+\.[0-9]+$/, `${r.id} ${b.id}`);
    }
  });

  test("one rule per file under lib/policy/rules, each in the pack", async () => {
    const dir = path.join(ROOT, "lib", "policy", "rules");
    const found: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v) => typeof v === "object" && v !== null && "id" in v && "check" in v) as { id: string }[];
      assert.equal(rules.length, 1, `${file} exports ${rules.length} rules`);
      found.push(rules[0].id);
    }
    assert.deepEqual(found.sort(), [...RULE_IDS].sort());
  });

  test("lib/policy/README.md lists every rule with its level and every benchmark it cites", () => {
    const readme = fs.readFileSync(path.join(ROOT, "lib", "policy", "README.md"), "utf8");
    for (const r of RULES) {
      const row = readme.split("\n").find((l) => l.startsWith(`| ${r.id} | ${r.level} |`));
      assert.ok(row, `no table row for ${r.id} (${r.level})`);
      for (const b of r.benchmarks ?? []) assert.ok(row.includes(b.id), `${r.id} row lacks ${b.id}`);
    }
    for (const type of [...Object.keys(CMEK_CHECKS), ...Object.keys(STATEFUL_TYPES)]) assert.ok(readme.includes(`\`${type}\``), `README does not list ${type}`);
  });
});

describe("levels by tier", () => {
  test("dev reports error-level findings as warnings and passes", () => {
    const report = evaluate([bareBucket], { tier: "dev" });
    assert.equal(report.summary.passed, true);
    assert.equal(report.summary.errors, 0);
    assert.deepEqual(
      report.findings.map((f) => [f.ruleId, f.level, f.ruleLevel]),
      [
        ["MLOPS-GCS-001", "warning", "error"],
        ["MLOPS-GCS-002", "warning", "error"],
        ["MLOPS-GCS-003", "warning", "error"],
        ["MLOPS-LBL-001", "warning", "warning"],
      ],
    );
  });

  for (const tier of ["preprod", "prod"] as const) {
    test(`${tier} fails on error-level findings; warnings stay warnings`, () => {
      const report = evaluate([bareBucket], { tier });
      assert.equal(report.summary.passed, false);
      assert.deepEqual(report.summary, { passed: false, resources: 1, rules: RULES.length, errors: tier === "prod" ? 6 : 5, warnings: 1, suppressed: 0 });
      assert.deepEqual(
        report.findings.filter((f) => f.level === "warning").map((f) => f.ruleId),
        ["MLOPS-LBL-001"],
      );
    });
  }

  test("findings list errors first and carry the address, construct path and cause", () => {
    const [first] = evaluate([bareBucket], { tier: "prod" }).findings;
    assert.deepEqual(first, {
      ruleId: "MLOPS-CMEK-001",
      level: "error",
      ruleLevel: "error",
      cause: RULES.find((r) => r.id === "MLOPS-CMEK-001")!.cause,
      message: "not encrypted with a customer-managed key: encryption.default_kms_key_name is not set",
      type: "google_storage_bucket",
      address: "google_storage_bucket.scratch_1A2B3C4D",
      path: "prod/Environment/Scratch/Resource",
    });
  });

  test("rules that do not apply in a tier say so in the report", () => {
    const report = evaluate([bareBucket], { tier: "dev" });
    const data = report.rules.find((r) => r.id === "MLOPS-DATA-001")!;
    assert.equal(data.applies, false);
    assert.equal(data.checked, 0);
  });
});

describe("suppressions", () => {
  const reason = "scratch data is regenerated every night";

  test("by construct path (with or without the stack name and /Resource), by address glob, or rule-wide", () => {
    for (const resource of ["Environment/Scratch", "prod/Environment/Scratch/Resource", "Environment/*", "Environment/**", "google_storage_bucket.scratch_*", undefined]) {
      const report = evaluate([bareBucket], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003", resource, reason }] });
      assert.deepEqual(
        report.suppressed.map((f) => [f.ruleId, f.address, f.reason]),
        [["MLOPS-GCS-003", bareBucket.address, reason]],
        `resource ${resource}`,
      );
      assert.ok(!report.findings.some((f) => f.ruleId === "MLOPS-GCS-003"));
    }
  });

  test("a suppression covers only its rule and the resources its glob matches", () => {
    const other: PolicyResource = { ...bareBucket, address: "google_storage_bucket.data_9", path: "prod/Environment/DataLake/data/Resource" };
    const report = evaluate([bareBucket, other], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003", resource: "Environment/Scratch", reason }] });
    assert.deepEqual(report.suppressed.map((f) => f.address), [bareBucket.address]);
    assert.ok(report.findings.some((f) => f.ruleId === "MLOPS-GCS-003" && f.address === other.address));
    assert.ok(report.findings.some((f) => f.ruleId === "MLOPS-GCS-001" && f.address === bareBucket.address));
  });

  test("every declared suppression appears in the report with what it matched, unused ones too", () => {
    const suppressions: Suppression[] = [
      { rule: "MLOPS-GCS-003", resource: "Environment/Scratch", reason },
      { rule: "MLOPS-KMS-001", reason: "no keys in this stack yet, kept for later" },
    ];
    const report = evaluate([bareBucket], { tier: "prod", suppressions });
    assert.deepEqual(report.suppressions, [
      { rule: "MLOPS-GCS-003", resource: "Environment/Scratch", reason, matched: [bareBucket.address] },
      { rule: "MLOPS-KMS-001", reason: "no keys in this stack yet, kept for later", matched: [] },
    ]);
    assert.equal(report.summary.suppressed, 1);
    assert.equal(report.rules.find((r) => r.id === "MLOPS-GCS-003")!.suppressed, 1);
  });

  test("suppressing every error lets prod pass", () => {
    const suppressions = ["MLOPS-GCS-001", "MLOPS-GCS-002", "MLOPS-GCS-003", "MLOPS-CMEK-001", "MLOPS-DATA-001"].map((rule) => ({ rule, resource: "Environment/Scratch", reason }));
    suppressions.push({ rule: "MLOPS-LOG-001", resource: "project:*", reason: "audit logs are configured on the organization" });
    assert.equal(evaluate([bareBucket], { tier: "prod", suppressions }).summary.passed, true);
  });

  test("a suppression naming an unknown rule is an error", () => {
    assertProblem(() => evaluate([], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-999", reason }] }), "policy.suppressions[0].rule", /^unknown rule; allowed: MLOPS-GCS-001, .*MLOPS-DATA-002$/);
  });

  test("a suppression without a reason is an error", () => {
    assertProblem(() => evaluate([], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003" } as Suppression] }), "policy.suppressions[0].reason", /^required: why the finding is acceptable, at least 10 characters$/);
  });

  test("a suppression with a blank or token reason is an error", () => {
    assertProblem(() => evaluate([], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003", reason: "   " }] }), "policy.suppressions[0].reason", /^required: why/);
    assertProblem(() => evaluate([], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003", reason: "ok" }] }), "policy.suppressions[0].reason", /at least 10 characters/);
  });

  test("a suppression with an empty resource glob is an error", () => {
    assertProblem(() => evaluate([], { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003", resource: " ", reason }] }), "policy.suppressions[0].resource", /^must be a non-empty glob/);
  });

  test("every bad suppression is reported at once", () => {
    assert.throws(
      () => evaluate([], { tier: "prod", suppressions: [{ rule: "nope", reason: "" }, { rule: "MLOPS-GCS-001", resource: "", reason }] }),
      (err: unknown) => err instanceof ValidationError && err.problems.map((p) => p.path).join(",") === "policy.suppressions[0].rule,policy.suppressions[0].reason,policy.suppressions[1].resource",
    );
  });

  test("globs: * stays in a segment, ** crosses segments, ? is one character, the rest is literal", () => {
    assert.ok(globToRegExp("Environment/*").test("Environment/Scratch"));
    assert.ok(!globToRegExp("Environment/*").test("Environment/DataLake/data"));
    assert.ok(globToRegExp("Environment/**").test("Environment/DataLake/data"));
    assert.ok(globToRegExp("google_storage_bucket.data_?").test("google_storage_bucket.data_9"));
    assert.ok(!globToRegExp("google_storage_bucket.data").test("google_storage_bucketXdata"));
  });
});

describe("reports", () => {
  const suppressions = [{ rule: "MLOPS-GCS-003", resource: "Environment/Scratch", reason: "scratch | regenerated nightly" }];
  const report = evaluate([bareBucket], { tier: "prod", stack: "prod", suppressions });

  test("JSON: the whole report, parseable, with findings, suppressed findings and suppressions", () => {
    const json = JSON.parse(renderJson(report));
    assert.deepEqual(json, JSON.parse(JSON.stringify(report)));
    assert.equal(json.version, 1);
    assert.equal(json.stack, "prod");
    assert.equal(json.findings[0].ruleId, "MLOPS-CMEK-001");
    assert.equal(json.suppressed[0].reason, "scratch | regenerated nightly");
    assert.deepEqual(json.suppressions[0].matched, [bareBucket.address]);
  });

  test("Markdown: the result, a findings table, the suppressed findings with reasons, and every rule", () => {
    const md = renderMarkdown(report);
    assert.match(md, /^# Policy report: prod \(tier prod\)\n\n\*\*Failed\*\*: 5 errors, 1 warning, 1 suppressed; 20 rules over 1 resources\./);
    assert.ok(
      md.includes(
        "| error | MLOPS-GCS-001 | `google_storage_bucket.scratch_1A2B3C4D` | `prod/Environment/Scratch/Resource` | " +
          'public_access_prevention is not set (the default "inherited" relies on an organization policy); set it to "enforced" |',
      ),
    );
    assert.ok(md.includes("| scratch \\| regenerated nightly |"), "pipes in cells are escaped");
    assert.ok(md.includes("| MLOPS-GCS-003 | `Environment/Scratch` | scratch \\| regenerated nightly | 1 |"));
    for (const id of RULE_IDS) assert.ok(md.includes(`| ${id} |`), id);
    assert.ok(md.includes("| MLOPS-VAI-001 | error |"));
  });

  test("Markdown in dev explains that errors are reported as warnings", () => {
    const md = renderMarkdown(evaluate([bareBucket], { tier: "dev", stack: "dev" }));
    assert.match(md, /\*\*Passed\*\*: 0 errors, 4 warnings/);
    assert.ok(md.includes("In dev, findings of error-level rules are reported as warnings"));
    assert.ok(md.includes("| MLOPS-GCS-001 | error (warning in dev) |"));
    assert.ok(md.includes("| MLOPS-DATA-001 | error (warning in dev) | In prod, every stateful resource"));
  });

  test("one line per finding for messages", () => {
    assert.equal(
      formatFinding(report.findings[0]),
      "MLOPS-CMEK-001 google_storage_bucket.scratch_1A2B3C4D (prod/Environment/Scratch/Resource): not encrypted with a customer-managed key: encryption.default_kms_key_name is not set",
    );
  });
});

describe("the YAML block (PolicySchema)", () => {
  const issues = (x: unknown) => {
    const r = PolicySchema.safeParse(x);
    assert.ok(!r.success, "expected issues");
    return r.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  test("accepts suppressions with a rule, an optional resource glob and a reason; defaults to none", () => {
    assert.deepEqual(PolicySchema.parse({}), { suppressions: [] });
    const ok = { suppressions: [{ rule: "MLOPS-GCS-003", resource: "Environment/Scratch/**", reason: "scratch data is regenerated nightly" }, { rule: "MLOPS-NET-003", reason: "the subnet only hosts a proxy" }] };
    assert.deepEqual(PolicySchema.parse(ok), ok);
  });

  test("an unknown rule names the allowed ones", () => {
    assert.deepEqual(issues({ suppressions: [{ rule: "MLOPS-GCS-999", reason: "because we said so" }] }), [["suppressions.0.rule", `unknown rule; allowed: ${RULE_IDS.join(", ")}`]]);
  });

  test("a missing or short reason is an error", () => {
    assert.deepEqual(issues({ suppressions: [{ rule: "MLOPS-GCS-003" }] }), [["suppressions.0.reason", "required: why the finding is acceptable, at least 10 characters"]]);
    assert.deepEqual(issues({ suppressions: [{ rule: "MLOPS-GCS-003", reason: "n/a" }] }), [["suppressions.0.reason", "required: why the finding is acceptable, at least 10 characters"]]);
  });

  test("an empty resource glob is an error", () => {
    assert.deepEqual(issues({ suppressions: [{ rule: "MLOPS-GCS-003", resource: "", reason: "scratch data is regenerated" }] }), [
      ["suppressions.0.resource", "must be a non-empty glob over Terraform addresses or construct paths; omit it to suppress the rule for every resource"],
    ]);
  });

  test("unknown fields are rejected (misspelt keys do not silently suppress everything)", () => {
    const found = issues({ suppressions: [{ rule: "MLOPS-GCS-003", resources: "Environment/Scratch", reason: "scratch data is regenerated" }] });
    assert.equal(found.length, 1);
    assert.equal(found[0][0], "suppressions.0");
    assert.match(found[0][1], /resources/);
  });
});

describe("applyPolicy (cdktf)", () => {
  /** A stack whose bucket is created through the provider resource directly, as an escape hatch would. */
  function stackWithBareBucket(outdir?: string): { app: App; stack: TerraformStack; bucket: StorageBucket } {
    const app = outdir ? new App({ outdir }) : Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: "acme-ml-test", region: "us-central1" });
    const bucket = new StorageBucket(stack, "bucket", { project: "acme-ml-test", name: "acme-ml-test-scratch", location: "US-CENTRAL1", labels: LABELS });
    return { app, stack, bucket };
  }

  test("dev: synthesis passes, warnings are annotated on the construct, reports are written", () => {
    const outdir = tmp("dev");
    const { stack, bucket } = stackWithBareBucket();
    const applied = applyPolicy(stack, { tier: "dev", outdir });
    Testing.synth(stack, true);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, REPORT_FILES.json), "utf8"));
    assert.deepEqual(report.summary, { passed: true, resources: 1, rules: RULES.length, errors: 0, warnings: 3, suppressed: 0 });
    assert.deepEqual(applied.lastReport?.summary, report.summary);
    assert.match(fs.readFileSync(path.join(outdir, REPORT_FILES.markdown), "utf8"), /^# Policy report: t \(tier dev\)/);
    const warnings = bucket.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    assert.deepEqual(warnings.map((w) => w.split("]")[0]), ["[MLOPS-GCS-001", "[MLOPS-GCS-002", "[MLOPS-GCS-003"]);
  });

  test("the policy's resolution of a stack serves the synthesizer once; the next resolution sees the tree as it is", () => {
    const { app, stack } = stackWithBareBucket(tmp("loan"));
    applyPolicy(stack, { tier: "dev", outdir: tmp("loan-reports") });
    app.synth();
    const written = JSON.parse(fs.readFileSync(path.join(app.outdir, "stacks", "t", "cdk.tf.json"), "utf8"));
    assert.deepEqual(Object.keys(written.resource.google_storage_bucket), Object.keys((stack.toTerraform() as any).resource.google_storage_bucket));
    // Changed after the synthesis, in the same synchronous run: a fresh resolution shows it.
    new StorageBucket(stack, "later", { project: "acme-ml-test", name: "acme-ml-test-later", location: "US-CENTRAL1", labels: LABELS });
    assert.equal(Object.keys((stack.toTerraform() as any).resource.google_storage_bucket).length, 2);
  });

  test("a failed policy validation leaves nothing lent: the stack resolves afresh", () => {
    const { stack } = stackWithBareBucket();
    applyPolicy(stack, { tier: "prod", outdir: tmp("loan-prod") });
    assert.throws(() => Testing.synth(stack, true), PolicyViolationError);
    new StorageBucket(stack, "later", { project: "acme-ml-test", name: "acme-ml-test-later", location: "US-CENTRAL1", labels: LABELS });
    assert.equal(Object.keys((stack.toTerraform() as any).resource.google_storage_bucket).length, 2);
  });

  test("prod: synthesis fails with one readable message listing rule, address, construct path, cause and finding", () => {
    const outdir = tmp("prod");
    const { stack } = stackWithBareBucket();
    applyPolicy(stack, { tier: "prod", outdir });
    assert.throws(
      () => Testing.synth(stack, true),
      (err: unknown) => {
        assert.ok(err instanceof PolicyViolationError);
        assert.ok(err instanceof ValidationError, "caught like every input error by the app's main");
        const lines = err.message.split("\n");
        assert.equal(lines[0], "policy check failed for stack 't' (tier prod): 6 errors");
        const addr = err.report.findings[0].address;
        assert.match(addr, /^google_storage_bucket\.bucket/);
        assert.deepEqual(lines.slice(1, 4), [
          `  - MLOPS-CMEK-001 ${addr} (t/bucket)`,
          `      rule:    ${RULES.find((r) => r.id === "MLOPS-CMEK-001")!.cause}`,
          "      finding: not encrypted with a customer-managed key: encryption.default_kms_key_name is not set",
        ]);
        for (const id of ["MLOPS-GCS-001", "MLOPS-GCS-002", "MLOPS-GCS-003", "MLOPS-DATA-001"]) assert.ok(lines.includes(`  - ${id} ${addr} (t/bucket)`), id);
        assert.ok(lines.includes("  - MLOPS-LOG-001 project:acme-ml-test"), "stack-level findings name the project");
        assert.equal(lines.at(-2), `Reports: ${path.join(outdir, REPORT_FILES.markdown)}, ${path.join(outdir, REPORT_FILES.json)}`);
        assert.doesNotMatch(err.message, /    at |skipValidation/);
        return true;
      },
    );
    assert.equal(JSON.parse(fs.readFileSync(path.join(outdir, REPORT_FILES.json), "utf8")).summary.errors, 6, "reports are written even when synthesis fails");
  });

  test("escape hatches are judged too: an override on a library bucket is caught", () => {
    const stack = new TerraformStack(Testing.app(), "t");
    new GoogleProvider(stack, "google", { project: "acme-ml-test", region: "us-central1" });
    new ProjectIamAuditConfig(stack, "audit", { project: "acme-ml-test", service: "allServices", auditLogConfig: [{ logType: "DATA_READ" }, { logType: "DATA_WRITE" }] });
    const bucket = new MlopsBucket(stack, "data", { projectId: "acme-ml-test", region: "us-central1", bucketName: "acme-ml-test-data", purpose: "data", labels: LABELS, kmsKeyName: "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k" });
    const applied = applyPolicy(stack, { tier: "prod", outdir: tmp("hatch") });
    assert.deepEqual(applied.evaluate().findings, []);
    bucket.resource.addOverride("public_access_prevention", "inherited");
    assert.deepEqual(applied.evaluate().findings.map((f) => [f.ruleId, f.message]), [["MLOPS-GCS-001", 'public_access_prevention is "inherited"; set it to "enforced"']]);
    assert.throws(() => Testing.synth(stack, true), PolicyViolationError);
  });

  test("prod with every finding suppressed passes, and the report lists the suppressions", () => {
    const outdir = tmp("suppressed");
    const { stack } = stackWithBareBucket();
    const reason = "throwaway bucket for a load test, deleted after the run";
    const suppressions = ["MLOPS-GCS-001", "MLOPS-GCS-002", "MLOPS-GCS-003", "MLOPS-CMEK-001", "MLOPS-DATA-001"].map((rule) => ({ rule, resource: "bucket", reason }));
    suppressions.push({ rule: "MLOPS-LOG-001", resource: "project:acme-ml-test", reason: "audit logs are configured on the organization" });
    applyPolicy(stack, { tier: "prod", outdir, suppressions });
    Testing.synth(stack, true);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, REPORT_FILES.json), "utf8"));
    assert.equal(report.summary.passed, true);
    assert.equal(report.suppressed.length, 6);
    assert.ok(fs.readFileSync(path.join(outdir, REPORT_FILES.markdown), "utf8").includes(`| MLOPS-GCS-001 | \`bucket\` | ${reason} | 1 |`));
  });

  test("app.synth() writes the reports next to the stack's cdk.tf.json", () => {
    const outdir = tmp("app");
    const { app, stack } = stackWithBareBucket(outdir);
    applyPolicy(stack, { tier: "dev" });
    app.synth();
    const dir = path.join(outdir, "stacks", "t");
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith(".json") || f.endsWith(".md")).sort(), ["cdk.tf.json", REPORT_FILES.json, REPORT_FILES.markdown]);
  });

  test("app.synth() of a failing prod stack throws before writing cdk.tf.json, after writing the reports", () => {
    const outdir = tmp("app-prod");
    const { app, stack } = stackWithBareBucket(outdir);
    applyPolicy(stack, { tier: "prod" });
    assert.throws(() => app.synth(), PolicyViolationError);
    const dir = path.join(outdir, "stacks", "t");
    assert.ok(fs.existsSync(path.join(dir, REPORT_FILES.markdown)));
    assert.ok(!fs.existsSync(path.join(dir, "cdk.tf.json")));
  });

  test("bad suppressions are rejected when the policy is applied", () => {
    const { stack } = stackWithBareBucket();
    assertProblem(() => applyPolicy(stack, { tier: "prod", suppressions: [{ rule: "MLOPS-GCS-003", reason: "" }] }), "policy.suppressions[0].reason", /^required: why/);
  });

  test("the policy is applied once per stack", () => {
    const { stack } = stackWithBareBucket();
    applyPolicy(stack, { tier: "dev" });
    assert.throws(() => applyPolicy(stack, { tier: "prod" }), /already applied to stack 't'/);
  });
});

describe("the fixture environments (test/fixtures/stacks)", () => {
  const { stacks } = buildApp({ configDir: path.join(ROOT, "test", "fixtures", "stacks"), outdir: tmp("default") });
  const prod = stacks.find((s) => s.node.id === "prod");

  test("judging a stack leaves its resolution as it was: the synthesizer writes that same object", () => {
    for (const stack of stacks) {
      const resolved = stack.toTerraform();
      const before = JSON.stringify(resolved);
      const report = evaluateStack(stack, { tier: stack.environment.spec.tier }, resolved);
      assert.ok(report.rules.some((r) => r.checked > 0), stack.node.id);
      assert.equal(JSON.stringify(resolved), before, stack.node.id);
    }
  });

  test("the prod stack passes every rule with no suppression", () => {
    assert.ok(prod, "test/fixtures/stacks/prod.yaml defines a stack named prod");
    const resources = resourcesFromTerraform(JSON.parse(JSON.stringify(prod.toTerraform())));
    const report = evaluate(resources, { tier: "prod", stack: "prod" });
    assert.deepEqual(report.findings.map(formatFinding), []);
    // Not vacuous: the rules that guard data did judge the stack's resources.
    const checked = Object.fromEntries(report.rules.map((r) => [r.id, r.checked]));
    for (const id of ["MLOPS-GCS-001", "MLOPS-BQ-001", "MLOPS-CMEK-001", "MLOPS-KMS-001", "MLOPS-WB-001", "MLOPS-IAM-001", "MLOPS-NET-001", "MLOPS-NET-002", "MLOPS-LOG-001", "MLOPS-LBL-001", "MLOPS-DATA-001", "MLOPS-DATA-002"]) {
      assert.ok(checked[id] > 0, `${id} checked nothing`);
    }
  });
});
