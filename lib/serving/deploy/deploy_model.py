"""Deploys a version of a model into its endpoint with the capacity the stack defines.

The stack writes the serving capacity document (``serving/capacity.json`` in the environment's
artifacts bucket; the ``serving_capacity_uri`` output names it): per custom model its endpoint, and
either a deployment resource pool (``mode: pool``, endpoints with Google-managed keys) or the
machine, GPUs, replica bounds and autoscaling targets to deploy with (``mode: dedicated``,
endpoints with a customer-managed key, which a pool cannot serve). This module reads it and calls
``Model.deploy`` of the Vertex AI SDK (google-cloud-aiplatform) accordingly, as the environment's
serving service account. Use it from a pipeline step (a KFP component's body) or from a shell::

    python deploy_model.py gs://acme-mlops-prod-artifacts/serving/capacity.json churn \\
        projects/acme-mlops-prod/locations/us-central1/models/123@2

Needs ``google-cloud-aiplatform`` (and ``google-cloud-storage`` for a ``gs://`` document).
"""

import json
import sys
from typing import Any, Dict, Mapping, Optional

KIND = "gcp-mlops-constructs/serving-capacity"
SUPPORTED_VERSION = 1


class CapacityError(ValueError):
    """The document is not a serving capacity document, or does not name the model."""


def load_capacity(source: Any) -> Dict[str, Any]:
    """Reads a capacity document from a dict, a JSON string, a local path or a ``gs://`` URI."""
    if isinstance(source, Mapping):
        doc = dict(source)
    elif isinstance(source, str) and source.lstrip().startswith("{"):
        doc = json.loads(source)
    elif isinstance(source, str) and source.startswith("gs://"):
        from google.cloud import storage  # pylint: disable=import-outside-toplevel

        bucket, _, name = source[len("gs://"):].partition("/")
        doc = json.loads(storage.Client().bucket(bucket).blob(name).download_as_text())
    else:
        with open(source, encoding="utf-8") as f:
            doc = json.load(f)
    if doc.get("kind") != KIND:
        raise CapacityError(f"not a serving capacity document (kind {doc.get('kind')!r}, expected {KIND!r})")
    if doc.get("version") != SUPPORTED_VERSION:
        raise CapacityError(f"capacity document version {doc.get('version')!r} is not supported; expected {SUPPORTED_VERSION}")
    return doc


def deploy_arguments(doc: Mapping[str, Any], model_name: str) -> Dict[str, Any]:
    """The keyword arguments of ``Model.deploy`` for one model, without the endpoint and the pool objects."""
    models = doc.get("models", {})
    if model_name not in models:
        known = ", ".join(sorted(models)) or "none"
        raise CapacityError(f"model {model_name!r} is not in the capacity document; it has: {known}")
    m = models[model_name]
    args: Dict[str, Any] = {"service_account": doc["servingAccount"]}
    if m["mode"] == "pool":
        return args
    if m["mode"] != "dedicated":
        raise CapacityError(f"model {model_name!r}: unknown mode {m['mode']!r}")
    args.update(
        machine_type=m["machineType"],
        min_replica_count=m["minReplicas"],
        max_replica_count=m["maxReplicas"],
    )
    accelerator = m.get("accelerator")
    if accelerator:
        args.update(accelerator_type=accelerator["type"], accelerator_count=accelerator["count"])
    autoscaling = m.get("autoscaling") or {}
    if autoscaling.get("cpuUtilization") is not None:
        args["autoscaling_target_cpu_utilization"] = autoscaling["cpuUtilization"]
    if accelerator and autoscaling.get("acceleratorDutyCycle") is not None:
        args["autoscaling_target_accelerator_duty_cycle"] = autoscaling["acceleratorDutyCycle"]
    return args


def deploy_model(
    capacity: Any,
    model_name: str,
    model_resource_name: str,
    *,
    traffic_percentage: int = 100,
    display_name: Optional[str] = None,
    sync: bool = True,
    aiplatform: Any = None,
):
    """Deploys ``model_resource_name`` (a model or model version) into the model's endpoint.

    With ``mode: dedicated`` the deployed model gets its own machines; it inherits the endpoint's
    customer-managed key. With ``mode: pool`` it is deployed into the named deployment resource
    pool. ``traffic_percentage`` of the endpoint's traffic goes to the new version (100: all of it).
    Returns the endpoint.
    """
    doc = load_capacity(capacity)
    m = doc["models"].get(model_name)
    kwargs = deploy_arguments(doc, model_name)
    if aiplatform is None:
        from google.cloud import aiplatform  # pylint: disable=import-outside-toplevel,redefined-outer-name
    aiplatform.init(project=doc["projectId"], location=doc["region"])
    endpoint = aiplatform.Endpoint(m["endpoint"])
    model = aiplatform.Model(model_resource_name)
    if m["mode"] == "pool":
        kwargs["deployment_resource_pool"] = aiplatform.DeploymentResourcePool(m["deploymentResourcePool"])
    return model.deploy(
        endpoint=endpoint,
        deployed_model_display_name=display_name or model_name,
        traffic_percentage=traffic_percentage,
        sync=sync,
        **kwargs,
    )


def main(argv) -> int:
    if len(argv) != 4:
        sys.stderr.write("usage: deploy_model.py <capacity document: gs:// URI or path> <model name> <model resource name>\n")
        return 2
    try:
        deploy_model(argv[1], argv[2], argv[3])
    except CapacityError as e:
        sys.stderr.write(f"error: {e}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
