import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseEnvironment } from "../lib/config/load";
import { formatProblem } from "../lib/core/errors";
import {
  checkModelsInRegion,
  GPU_REGION_CATALOG,
  GPU_REGIONS_COVERED,
  isOfferedForPrediction,
  PREDICTION_GPUS_BY_REGION,
  regionsOffering,
  uncheckedModelsInRegion,
} from "../lib/catalog/gpu-regions";
import { ACCELERATOR_TYPES } from "../lib/catalog/machines";
import { VERTEX_AI_REGIONS } from "../lib/catalog/regions";

const t4 = { machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 } };
const l4 = { machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 } };

describe("GPU regions catalog", () => {
  test("data is consistent: known regions, known GPUs, only GPUs the source covers", () => {
    for (const [region, gpus] of Object.entries(PREDICTION_GPUS_BY_REGION)) {
      assert.ok(VERTEX_AI_REGIONS.includes(region), region);
      assert.ok(gpus.length > 0, region);
      for (const g of gpus) {
        assert.ok(ACCELERATOR_TYPES.includes(g), `${region}: ${g}`);
        assert.ok(GPU_REGIONS_COVERED.includes(g), `${region}: ${g} is not a column of the source table`);
      }
      assert.equal(new Set(gpus).size, gpus.length, `${region} lists a GPU twice`);
    }
  });

  test("training-only GPUs are not offered for prediction; prediction-only ones are", () => {
    assert.equal(isOfferedForPrediction("NVIDIA_TESLA_V100", "us-east1"), false);
    assert.equal(isOfferedForPrediction("NVIDIA_TESLA_A100", "us-east1"), false);
    assert.equal(isOfferedForPrediction("NVIDIA_H100_80GB", "us-west1"), false);
    assert.equal(isOfferedForPrediction("NVIDIA_L4", "us-west4"), true);
    assert.equal(isOfferedForPrediction("NVIDIA_TESLA_T4", "us-central1"), true);
  });

  test("regions and GPUs the catalog does not cover are unknown, never rejected", () => {
    assert.equal(isOfferedForPrediction("NVIDIA_TESLA_T4", "europe-west4"), undefined);
    assert.equal(isOfferedForPrediction("NVIDIA_H200_141GB", "us-central1"), undefined);
    assert.deepEqual(checkModelsInRegion([l4, t4], "europe-west4"), []);
    assert.deepEqual(checkModelsInRegion([{ machineType: "a3-ultragpu-8g", accelerator: { type: "NVIDIA_H200_141GB", count: 8 } }], "us-west2"), []);
  });

  test("every row carries its source and date; only rows from Google's Vertex AI table refuse", () => {
    for (const [region, e] of Object.entries(GPU_REGION_CATALOG)) {
      assert.match(e.source, /^https:\/\/cloud\.google\.com\//, region);
      assert.match(e.checked, /^\d{4}-\d{2}$/, region);
      assert.equal(typeof e.confirmed, "boolean", region);
      assert.deepEqual(PREDICTION_GPUS_BY_REGION[region], e.gpus);
    }
  });

  test("regionsOffering lists the catalogued regions of a GPU", () => {
    assert.deepEqual(regionsOffering("NVIDIA_H100_80GB"), ["us-central1", "us-east4"]);
  });
});

describe("checkModelsInRegion", () => {
  test("a GPU not offered in the region is reported at accelerator.type, with where it is offered", () => {
    assert.deepEqual(checkModelsInRegion([t4, l4], "us-west2"), [
      {
        index: 1,
        field: "accelerator.type",
        message:
          "NVIDIA_L4 is not offered for Vertex AI prediction in us-west2; us-west2 offers NVIDIA_TESLA_P4, NVIDIA_TESLA_T4; " +
          "NVIDIA_L4 is offered in us-central1, us-east1, us-east4, us-west1, us-west4 " +
          "(lib/catalog/gpu-regions.ts, 2026-08: update it if Google now offers NVIDIA_L4 in us-west2)",
      },
    ]);
  });

  test("an accelerator-optimized machine without an explicit accelerator is checked through its built-in GPU", () => {
    const p = checkModelsInRegion([{ machineType: "a2-highgpu-1g" }], "us-east1");
    assert.equal(p.length, 1);
    assert.equal(p[0].field, "machineType");
    assert.match(p[0].message, /^NVIDIA_TESLA_A100 is not offered for Vertex AI prediction in us-east1 \(a2-highgpu-1g comes with it\); /);
  });

  test("CPU-only models and malformed entries are ignored", () => {
    assert.deepEqual(checkModelsInRegion([{ machineType: "n1-standard-4" }, {}, { machineType: 7, accelerator: { type: 3 } }] as never, "us-west2"), []);
  });
});

describe("what the catalog cannot check is said, never skipped", () => {
  const h100x8 = { machineType: "a3-highgpu-8g", accelerator: { type: "NVIDIA_H100_80GB", count: 8 } };

  test("a region without a row: 8 × H100 in asia-south1 gets a warning naming the gap, the source and the file to extend", () => {
    assert.deepEqual(checkModelsInRegion([h100x8], "asia-south1"), [], "not refused: the catalog does not know");
    assert.deepEqual(uncheckedModelsInRegion([h100x8], "asia-south1"), [
      {
        index: 0,
        field: "accelerator.type",
        message:
          "not checked: lib/catalog/gpu-regions.ts has no row for asia-south1 (rows: us-central1, us-east1, us-east4, us-west1, us-west2, us-west4), " +
          "so whether 8 × NVIDIA_H100_80GB is offered for Vertex AI prediction there is unknown; " +
          "confirm on https://cloud.google.com/vertex-ai/docs/general/locations#accelerators that Vertex AI offers it for prediction there before deploying, and add the region with its source and date",
      },
    ]);
  });

  test("a GPU newer than the source table, and a built-in GPU, are warned about too", () => {
    const [h200] = uncheckedModelsInRegion([{ machineType: "a3-ultragpu-8g", accelerator: { type: "NVIDIA_H200_141GB", count: 8 } }], "us-central1");
    assert.match(h200.message, /^not checked: NVIDIA_H200_141GB postdates the table lib\/catalog\/gpu-regions\.ts was read from \(2026-08\); confirm on /);
    const [builtIn] = uncheckedModelsInRegion([{ machineType: "g2-standard-8" }], "europe-west4");
    assert.equal(builtIn.field, "machineType");
    assert.match(builtIn.message, /whether NVIDIA_L4 is offered/);
  });

  test("catalogued pairs and CPU-only models get no warning", () => {
    assert.deepEqual(uncheckedModelsInRegion([t4, l4, { machineType: "n1-standard-4" }, {}], "us-central1"), []);
    assert.deepEqual(uncheckedModelsInRegion([{ machineType: "n1-standard-4" }], "asia-south1"), []);
  });

  test("the loader returns the warnings with file, line and field; the app prints them", () => {
    const text = "name: mumbai\nprojectId: acme-ml-mumbai\nregion: asia-south1\ntier: dev\nmodels:\n  - name: llm\n    machineType: a3-highgpu-8g\n    accelerator: { type: NVIDIA_H100_80GB, count: 8 }\n    maxReplicas: 1\n";
    const r = parseEnvironment(text, "mumbai.yaml");
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      (r.warnings ?? []).map(formatProblem),
      [`mumbai.yaml:8:26: models[0].accelerator.type: ${uncheckedModelsInRegion([h100x8], "asia-south1")[0].message} (got "NVIDIA_H100_80GB")`],
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-gpu-"));
    try {
      fs.writeFileSync(path.join(dir, "mumbai.yaml"), text);
      const out = path.join(dir, "out");
      const run = spawnSync(process.execPath, [path.join(__dirname, "..", "scripts", "synth.cjs")], {
        cwd: path.join(__dirname, ".."),
        env: { ...process.env, MLOPS_CONFIG_DIR: dir, CDKTF_OUTDIR: out },
        encoding: "utf8",
      });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^warning: .*mumbai\.yaml:8:26: models\[0\]\.accelerator\.type: not checked: lib\/catalog\/gpu-regions\.ts has no row for asia-south1/m);
      assert.match(run.stdout, /synthesized mumbai/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
