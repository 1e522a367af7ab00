/**
 * `npm run checkov`: synthesizes every environment folder (stacks/, each examples/ folder and the
 * everything-enabled fixture, or the folders given as arguments) and scans every stack with
 * Checkov (pinned, installed from PyPI into a cached virtual environment by
 * scripts/tools/ensure-checkov.sh) as `--framework terraform_json`. Findings covered by
 * lib/policy/checkov-waivers.yaml are listed with their reason; any other finding in a preprod or
 * prod stack fails the run (exit 1), in a dev stack it is a warning. Exit 3 when Checkov cannot be
 * installed here.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { buildApp } from "../lib/app";
import { checkedFolders, ROOT } from "./tools/terraform";

interface Waiver {
  check: string;
  tiers: string[];
  types: string[];
  /** Construct paths below the stack (`Environment/Delivery/Deployer`): the waiver covers only resources under them. */
  paths?: string[];
  reason: string;
}

interface Finding {
  stack: string;
  tier: string;
  check: string;
  name: string;
  type: string;
  id: string;
  /** Construct path below the stack. */
  path: string;
}

function checkov(): string {
  const r = spawnSync("bash", [path.join(ROOT, "scripts", "tools", "ensure-checkov.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) {
    process.stderr.write("checkov: Checkov could not be installed here (see above)\n");
    process.exit(3);
  }
  return r.stdout.trim();
}

function main(): number {
  const bin = checkov();
  const waivers = (parse(fs.readFileSync(path.join(ROOT, "lib", "policy", "checkov-waivers.yaml"), "utf8")) as { waivers: Waiver[] }).waivers;
  const used = new Set<Waiver>();
  const folders = checkedFolders();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-checkov-"));
  const version = spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.trim();
  process.stdout.write(`checkov ${version}\n`);
  let failing = 0;
  let stacks = 0;
  for (const folder of folders) {
    const outdir = path.join(work, path.basename(folder));
    const { app, stacks: built } = buildApp({ configDir: folder, outdir });
    app.synth();
    // Every stack of the app: the environments' and their serving stacks (`serving.shards`).
    for (const s of built.flatMap((b) => b.allStacks)) {
      stacks++;
      const tier = ("environment" in s ? s.environment : s.base.environment).spec.tier;
      const dir = path.join(outdir, "stacks", s.node.id);
      const json = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
      const typeOf = (id: string) => Object.keys(json.resource ?? {}).find((t) => id in json.resource[t]) ?? "?";
      const pathOf = (type: string, id: string) => String(json.resource?.[type]?.[id]?.["//"]?.metadata?.path ?? "").split("/").slice(1).join("/");
      const r = spawnSync(bin, ["-d", dir, "--framework", "terraform_json", "-o", "json", "--compact", "--quiet", "--skip-download"], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
        env: { ...process.env, BC_SKIP_MAPPING: "TRUE", CHECKOV_RUN_SCA_PACKAGE_SCAN_V2: "false" },
      });
      let report: any;
      try {
        report = JSON.parse(r.stdout);
      } catch {
        process.stdout.write(`FAIL ${path.relative(ROOT, folder)}/${s.node.id}: checkov printed no report\n${r.stderr}\n`);
        failing++;
        continue;
      }
      const reports = Array.isArray(report) ? report : [report];
      const findings: Finding[] = reports.flatMap((rep: any) =>
        (rep.results?.failed_checks ?? []).map((f: any) => {
          const id = String(f.resource).split(".").pop()!;
          const type = typeOf(id);
          return { stack: s.node.id, tier, check: f.check_id, name: f.check_name, type, id, path: pathOf(type, id) };
        }),
      );
      const passed = reports.reduce((n: number, rep: any) => n + (rep.summary?.passed ?? 0), 0);
      const open: Finding[] = [];
      const waived: [Finding, Waiver][] = [];
      for (const f of findings) {
        const w = waivers.find(
          (w) =>
            w.check === f.check &&
            w.tiers.includes(f.tier) &&
            w.types.includes(f.type) &&
            (!w.paths || w.paths.some((p) => f.path === p || f.path.startsWith(`${p}/`))),
        );
        if (w) {
          used.add(w);
          waived.push([f, w]);
        } else open.push(f);
      }
      const blocking = tier !== "dev" && open.length > 0;
      if (blocking) failing++;
      const label = `${path.relative(ROOT, folder)}/${s.node.id} (${tier})`;
      process.stdout.write(`${blocking ? "FAIL" : "ok  "} ${label}: ${passed} passed, ${open.length} open, ${waived.length} waived\n`);
      for (const f of open) process.stdout.write(`  ${tier === "dev" ? "warning" : "error"}: ${f.check} ${f.type}.${f.id}: ${f.name}\n`);
      const byCheck = new Map<string, number>();
      for (const [f] of waived) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
      for (const [check, n] of byCheck) process.stdout.write(`  waived: ${check} × ${n}\n`);
    }
  }
  for (const w of waivers) if (!used.has(w)) process.stdout.write(`note: waiver ${w.check} (${w.types.join(", ")}) covered no finding: remove it if it is stale\n`);
  process.stdout.write(`${stacks - failing} of ${stacks} stacks without open preprod/prod findings\n`);
  return failing ? 1 : 0;
}

process.exitCode = main();
