"""The deployment step against capacity documents the library writes, with the Vertex AI SDK mocked.

The parameter names are checked against ``Model.deploy`` of google-cloud-aiplatform 2.7.0
(google/cloud/aiplatform/models.py, read 2026-12-03), listed below, so a renamed parameter fails here.
"""

import importlib.util
import json
import pathlib
import unittest
from unittest import mock

ROOT = pathlib.Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("deploy_model", ROOT / "lib" / "serving" / "deploy" / "deploy_model.py")
deploy_model = importlib.util.module_from_spec(spec)
spec.loader.exec_module(deploy_model)

# Model.deploy keyword parameters of google-cloud-aiplatform 2.7.0 that the step uses or may use.
SDK_DEPLOY_PARAMETERS = {
    "endpoint", "deployed_model_display_name", "traffic_percentage", "traffic_split", "machine_type",
    "min_replica_count", "max_replica_count", "accelerator_type", "accelerator_count", "service_account",
    "encryption_spec_key_name", "network", "sync", "autoscaling_target_cpu_utilization",
    "autoscaling_target_accelerator_duty_cycle", "enable_access_logging", "deployment_resource_pool", "spot",
}

SA = "prod-serving@acme-mlops-prod.iam.gserviceaccount.com"
DEDICATED = {
    "kind": "gcp-mlops-constructs/serving-capacity",
    "version": 1,
    "projectId": "acme-mlops-prod",
    "region": "us-central1",
    "servingAccount": SA,
    "models": {
        "churn": {
            "endpoint": "projects/acme-mlops-prod/locations/us-central1/endpoints/prod-churn",
            "mode": "dedicated",
            "machineType": "g2-standard-8",
            "accelerator": {"type": "NVIDIA_L4", "count": 1},
            "minReplicas": 2,
            "maxReplicas": 6,
            "autoscaling": {"acceleratorDutyCycle": 60, "cpuUtilization": 60},
            "encrypted": True,
        },
        "cpu-only": {
            "endpoint": "projects/acme-mlops-prod/locations/us-central1/endpoints/prod-cpu-only",
            "mode": "dedicated",
            "machineType": "n1-standard-4",
            "minReplicas": 2,
            "maxReplicas": 3,
            "autoscaling": {"cpuUtilization": 70},
            "encrypted": True,
        },
    },
}
POOLED = {
    **DEDICATED,
    "models": {
        "churn": {
            "endpoint": "projects/acme-mlops-dev/locations/us-central1/endpoints/dev-churn",
            "mode": "pool",
            "deploymentResourcePool": "projects/acme-mlops-dev/locations/us-central1/deploymentResourcePools/dev-churn",
            "machineType": "n1-standard-4",
            "accelerator": {"type": "NVIDIA_TESLA_T4", "count": 1},
            "minReplicas": 1,
            "maxReplicas": 2,
            "autoscaling": {"acceleratorDutyCycle": 80, "cpuUtilization": 80},
            "encrypted": False,
        }
    },
}


def sdk():
    aiplatform = mock.MagicMock(name="aiplatform")
    return aiplatform


class DeployTest(unittest.TestCase):
    def test_dedicated_resources_from_the_document(self):
        aip = sdk()
        deploy_model.deploy_model(DEDICATED, "churn", "projects/p/locations/us-central1/models/9@2", aiplatform=aip)
        aip.init.assert_called_once_with(project="acme-mlops-prod", location="us-central1")
        aip.Endpoint.assert_called_once_with("projects/acme-mlops-prod/locations/us-central1/endpoints/prod-churn")
        aip.Model.assert_called_once_with("projects/p/locations/us-central1/models/9@2")
        aip.Model.return_value.deploy.assert_called_once_with(
            endpoint=aip.Endpoint.return_value,
            deployed_model_display_name="churn",
            traffic_percentage=100,
            sync=True,
            service_account=SA,
            machine_type="g2-standard-8",
            min_replica_count=2,
            max_replica_count=6,
            accelerator_type="NVIDIA_L4",
            accelerator_count=1,
            autoscaling_target_cpu_utilization=60,
            autoscaling_target_accelerator_duty_cycle=60,
        )
        aip.DeploymentResourcePool.assert_not_called()

    def test_without_a_gpu_no_accelerator_and_no_duty_cycle_target(self):
        args = deploy_model.deploy_arguments(DEDICATED, "cpu-only")
        self.assertNotIn("accelerator_type", args)
        self.assertNotIn("autoscaling_target_accelerator_duty_cycle", args)
        self.assertEqual(args["autoscaling_target_cpu_utilization"], 70)

    def test_pool_mode_deploys_into_the_pool_without_machine_arguments(self):
        aip = sdk()
        deploy_model.deploy_model(json.dumps(POOLED), "churn", "m", aiplatform=aip, traffic_percentage=10, display_name="churn-v2")
        aip.DeploymentResourcePool.assert_called_once_with("projects/acme-mlops-dev/locations/us-central1/deploymentResourcePools/dev-churn")
        kwargs = aip.Model.return_value.deploy.call_args.kwargs
        self.assertEqual(kwargs["deployment_resource_pool"], aip.DeploymentResourcePool.return_value)
        self.assertEqual(kwargs["traffic_percentage"], 10)
        self.assertEqual(kwargs["deployed_model_display_name"], "churn-v2")
        self.assertNotIn("machine_type", kwargs)

    def test_every_argument_is_a_parameter_of_the_sdk(self):
        for doc, model in ((DEDICATED, "churn"), (DEDICATED, "cpu-only"), (POOLED, "churn")):
            aip = sdk()
            deploy_model.deploy_model(doc, model, "m", aiplatform=aip)
            self.assertLessEqual(set(aip.Model.return_value.deploy.call_args.kwargs), SDK_DEPLOY_PARAMETERS)

    def test_an_unknown_model_names_the_known_ones(self):
        with self.assertRaisesRegex(deploy_model.CapacityError, r"model 'fraud' is not in the capacity document; it has: churn, cpu-only"):
            deploy_model.deploy_model(DEDICATED, "fraud", "m", aiplatform=sdk())

    def test_not_a_capacity_document(self):
        with self.assertRaisesRegex(deploy_model.CapacityError, r"not a serving capacity document"):
            deploy_model.load_capacity({"kind": "something-else"})
        with self.assertRaisesRegex(deploy_model.CapacityError, r"version 2 is not supported"):
            deploy_model.load_capacity({**DEDICATED, "version": 2})

    def test_the_document_the_library_writes_for_the_default_prod_stack(self):
        # `npm run test:deploy` synthesizes the default stacks first.
        out = ROOT / "cdktf.out" / "stacks" / "prod" / "cdk.tf.json"
        stack = json.loads(out.read_text())
        content = next(iter(stack["resource"]["google_storage_bucket_object"].values()))["content"]
        args = deploy_model.deploy_arguments(deploy_model.load_capacity(content), "churn")
        self.assertEqual(args["machine_type"], "g2-standard-8")
        self.assertEqual(args["service_account"], SA)


if __name__ == "__main__":
    unittest.main()
