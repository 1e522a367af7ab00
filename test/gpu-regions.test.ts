import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  checkModelsInRegion,
  GPU_REGIONS_COVERED,
  isOfferedForPrediction,
  PREDICTION_GPUS_BY_REGION,
  regionsOffering,
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
