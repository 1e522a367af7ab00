/**
 * The Pulumi `Pipelines` component under `pulumi.runtime.setMocks`: the attributes, roles, waits
 * and problems test/pipelines.test.ts asserts on the cdktf construct, on the inputs the Pulumi
 * engine would receive. This file loads no cdktf module.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { PipelineConfigInput, PipelinesSchema } from "../lib/config/pipelines";
import { ValidationError } from "../lib/core/errors";
import { PIPELINES_APIS, SCHEDULE_RETRY } from "../lib/pipelines/checks";
import { PipelineJobRequest } from "../lib/pipelines/requests";
import { Warehouse } from "../lib/pulumi/bigquery";
import { Identity } from "../lib/pulumi/identity";
import { Pipelines, PipelinesArgs } from "../lib/pulumi/pipelines";
import { ArtifactRepository } from "../lib/pulumi/registry";
import { ProjectServices } from "../lib/pulumi/services";
import { DataLake, MlopsBucket } from "../lib/pulumi/storage";
import { MockedRun, RecordedResource, runWithMocks, valueOf } from "../lib/pulumi/testing";
import { ACCOUNT, PROJECT, REGION, SCORE, TRAIN, VERSION } from "./fixtures/pipelines";

const MEMBER = `serviceAccount:${ACCOUNT}`;
const STORAGE_AGENT = "data.google_storage_project_service_account.member";

/** The foundation a Pipelines component is wired to, as the environment builds it. */
function foundation() {
  const common = { projectId: PROJECT, region: REGION, labels: { environment: "test" } };
  const services = new ProjectServices("services", { projectId: PROJECT });
  const identity = new Identity("identity", { projectId: PROJECT, accountPrefix: "test" });
  const lake = new DataLake("data-lake", { ...common, bucketPrefix: PROJECT });
  const warehouse = new Warehouse("warehouse", { ...common, datasetPrefix: "test" });
  const templates = new ArtifactRepository("templates", { ...common, repositoryId: "test-pipelines", format: "KFP", purpose: "pipeline-templates" });
  return { services, identity, lake, warehouse, templates };
}
type Foundation = ReturnType<typeof foundation>;

function argsFor(f: Foundation, list: PipelineConfigInput[], overrides: Partial<PipelinesArgs> = {}): PipelinesArgs {
  return {
    projectId: PROJECT,
    region: REGION,
    labels: { environment: "test" },
    namePrefix: "test",
    pipelines: PipelinesSchema.parse(list),
    pipelinesAccount: f.identity.accounts.pipelines,
    pipelineRoot: f.lake.buckets["pipeline-root"],
    buckets: f.lake.buckets,
    templates: f.templates,
    datasets: f.warehouse.datasets,
    services: f.services,
    protection: { preventDestroy: false, allowDataTeardown: false },
    ...overrides,
  };
}

interface Built {
  readonly run: MockedRun<{ pipelines: Pipelines; f: Foundation }>;
  /** Mapped resources of a Terraform type, keyed by logical key. */
  of(type: string): Record<string, RecordedResource>;
  /** The one resource of a Terraform type with a key. */
  one(type: string, key: string): RecordedResource;
  /** `<type> <key>` of what a resource waits for. */
  waits(r: RecordedResource): Set<string>;
}

function build(program: (f: Foundation) => Pipelines): Promise<Built> {
  return runWithMocks(() => {
    const f = foundation();
    return { pipelines: program(f), f };
  }).then((run) => {
    const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
    const of = (type: string) => Object.fromEntries(run.resources.filter((r) => r.terraform?.type === type).map((r) => [r.terraform!.key, r]));
    return {
      run,
      of,
      one(type, key) {
        const all = of(type);
        assert.ok(all[key], `no ${type} '${key}'; have: ${Object.keys(all).join(", ")}`);
        return all[key];
      },
      waits: (r) => new Set(r.dependencies.map((u) => byUrn.get(u)?.terraform).filter((t) => t).map((t) => `${t!.type} ${t!.key}`)),
    };
  });
}

const buildList = (list: PipelineConfigInput[], overrides: Partial<PipelinesArgs> = {}) => build((f) => new Pipelines("Pipelines", argsFor(f, list, overrides)));

let fullBuild: Promise<Built> | undefined;
const full = () => (fullBuild ??= buildList([TRAIN, SCORE]));
const attrs = (r: RecordedResource) => r.terraform!.attributes;

/** The request body a scheduler job sends, decoded. */
function scheduledBody(job: RecordedResource): PipelineJobRequest {
  return JSON.parse(Buffer.from(attrs(job).http_target.body, "base64").toString("utf8"));
}

/** The steps of a workflow by name (Pulumi passes the source as is: no template escapes to undo). */
function steps(wf: RecordedResource): Record<string, any> {
  return Object.assign({}, ...JSON.parse(attrs(wf).source_contents).main.steps);
}

/** The base request the workflow embeds, decoded. */
function workflowRequest(wf: RecordedResource): PipelineJobRequest {
  const init = steps(wf).init.assign[0].request as string;
  const m = /^\$\{json\.decode\(base64\.decode\("([A-Za-z0-9+/=]+)"\)\)\}$/.exec(init);
  assert.ok(m, init);
  return JSON.parse(Buffer.from(m[1], "base64").toString("utf8"));
}

describe("scheduled runs: Cloud Scheduler calls pipelineJobs.create as the pipelines account", () => {
  test("the job: name, cron, time zone, endpoint, OAuth identity and retry policy", async () => {
    const schedule = attrs((await full()).one("google_cloud_scheduler_job", "test-train"));
    assert.equal(schedule.project, PROJECT);
    assert.equal(schedule.region, REGION);
    assert.equal(schedule.schedule, "0 3 * * MON");
    assert.equal(schedule.time_zone, "Europe/Paris");
    assert.equal(schedule.attempt_deadline, "60s");
    assert.equal(schedule.http_target.uri, "https://us-central1-aiplatform.googleapis.com/v1/projects/acme-ml-test/locations/us-central1/pipelineJobs");
    assert.equal(schedule.http_target.http_method, "POST");
    assert.deepEqual(schedule.http_target.headers, { "Content-Type": "application/json" });
    assert.deepEqual(schedule.http_target.oauth_token, { service_account_email: ACCOUNT, scope: "https://www.googleapis.com/auth/cloud-platform" });
    assert.equal(schedule.http_target.oidc_token, undefined);
    assert.deepEqual(schedule.retry_config, { retry_count: SCHEDULE_RETRY.retryCount, min_backoff_duration: "60s", max_backoff_duration: "600s", max_doublings: 3 });
    assert.match(schedule.description, /pipeline 'train'/);
    assert.equal(schedule.labels, undefined, "Cloud Scheduler jobs take no labels");
  });

  test("the request body: template URI, pipeline root, service account, parameters, labels", async () => {
    assert.deepEqual(scheduledBody((await full()).one("google_cloud_scheduler_job", "test-train")), {
      displayName: "train",
      templateUri: "https://us-central1-kfp.pkg.dev/acme-ml-test/test-pipelines/training/v3",
      runtimeConfig: {
        gcsOutputDirectory: "gs://acme-ml-test-pipeline-root/train",
        parameterValues: { epochs: 10, learning_rate: 0.01, columns: ["age", "plan"], options: { early_stop: true, note: "${not_terraform}" } },
      },
      serviceAccount: ACCOUNT,
      labels: { environment: "test", component: "pipelines", pipeline: "train", trigger: "schedule" },
    });
  });

  test("a template pinned by version, and one without parameters, schedule or tag", async () => {
    const body = scheduledBody((await full()).one("google_cloud_scheduler_job", "test-score"));
    assert.equal(body.templateUri, `https://us-central1-kfp.pkg.dev/acme-ml-test/test-pipelines/scoring/${VERSION}`);
    assert.deepEqual(body.runtimeConfig.parameterValues, {});
    assert.equal(body.runtimeConfig.gcsOutputDirectory, "gs://acme-ml-test-pipeline-root/score");
    const latest = await buildList([{ name: "t", template: { name: "training" }, triggers: { schedule: { cron: "0 0 * * *" } } }]);
    const job = latest.one("google_cloud_scheduler_job", "test-t");
    assert.equal(scheduledBody(job).templateUri, "https://us-central1-kfp.pkg.dev/acme-ml-test/test-pipelines/training/latest");
    assert.equal(attrs(job).time_zone, "Etc/UTC");
  });

  test("pipelines without a schedule get no scheduler job, and no Cloud Scheduler API", async () => {
    const events = await buildList([{ ...TRAIN, triggers: { onAlert: true } }]);
    assert.deepEqual(events.of("google_cloud_scheduler_job"), {});
    assert.ok(!events.run.value.pipelines.apis.includes(PIPELINES_APIS.scheduler));
    assert.equal(events.of("google_project_service")[PIPELINES_APIS.scheduler], undefined);
  });
});

describe("event-driven runs: Eventarc starts a workflow that calls pipelineJobs.create", () => {
  test("the workflow runs as the pipelines account, is labelled with its pipeline, logs errors", async () => {
    const workflow = attrs((await full()).one("google_workflows_workflow", "test-train"));
    assert.equal(workflow.project, PROJECT);
    assert.equal(workflow.region, REGION);
    assert.equal(workflow.service_account, ACCOUNT);
    assert.deepEqual(workflow.labels, { environment: "test", component: "pipelines", pipeline: "train" });
    assert.equal(workflow.call_log_level, "LOG_ERRORS_ONLY");
    assert.equal(workflow.deletion_protection, false);
    assert.equal(workflow.crypto_key_name, undefined);
    const guarded = await buildList([TRAIN], { protection: { preventDestroy: true, allowDataTeardown: false } });
    assert.equal(attrs(guarded.one("google_workflows_workflow", "test-train")).deletion_protection, true);
  });

  test("the workflow's request: same template, root, account and parameters as the schedule's", async () => {
    const built = await full();
    const { labels, ...rest } = scheduledBody(built.one("google_cloud_scheduler_job", "test-train"));
    const base = workflowRequest(built.one("google_workflows_workflow", "test-train"));
    assert.deepEqual({ ...base, labels: { ...base.labels } }, { ...rest, labels: { environment: "test", component: "pipelines", pipeline: "train" } });
    assert.equal(labels.trigger, "schedule");
  });

  test("new objects: the object's URI goes into trigger_object_uri; objects outside the prefix are skipped", async () => {
    const s = steps((await full()).one("google_workflows_workflow", "test-train"));
    assert.deepEqual(s.route.switch[0], { condition: '${eventType == "google.cloud.storage.object.v1.finalized"}', next: "newData" });
    assert.deepEqual(s.checkObject.switch, [
      { condition: '${bucket != "acme-ml-test-data"}', next: "ignoreObject" },
      { condition: '${not text.match_regex(object, "^incoming/v1[.]2/")}', next: "ignoreObject" },
    ]);
    assert.deepEqual(s.objectParameter.assign, [
      { "request.runtimeConfig.parameterValues.trigger_object_uri": '${"gs://" + bucket + "/" + object}' },
      { "request.labels.trigger": "new-data" },
    ]);
    assert.equal(s.objectParameter.next, "startRun");
  });

  test("alerts: the notification goes into trigger_alert; closing incidents are skipped", async () => {
    const s = steps((await full()).one("google_workflows_workflow", "test-train"));
    assert.deepEqual(s.route.switch[1], { condition: '${eventType == "google.cloud.pubsub.topic.v1.messagePublished"}', next: "alert" });
    assert.deepEqual(s.checkIncident.switch, [{ condition: '${incidentState == "closed"}', next: "ignoreClosed" }]);
    assert.deepEqual(s.alertParameter.assign, [
      { "request.runtimeConfig.parameterValues.trigger_alert": "${notification}" },
      { "request.labels.trigger": "alert" },
    ]);
  });

  test("the run is created with the workflow's OAuth identity, retrying only what cannot have created it", async () => {
    assert.deepEqual(steps((await full()).one("google_workflows_workflow", "test-train")).startRun, {
      try: {
        call: "http.post",
        args: { url: "https://us-central1-aiplatform.googleapis.com/v1/projects/acme-ml-test/locations/us-central1/pipelineJobs", auth: { type: "OAuth2" }, body: "${request}" },
        result: "run",
      },
      retry: "${http.default_retry_non_idempotent}",
    });
  });

  test("the workflow source reaches Workflows as written: no Terraform escapes", async () => {
    const src = String(attrs((await full()).one("google_workflows_workflow", "test-train")).source_contents);
    assert.ok(src.includes('"${request}"'));
    assert.doesNotMatch(src, /\$\$\{|%%\{/);
  });

  test("object finalize in the data bucket starts the workflow, as the pipelines account", async () => {
    const newData = attrs((await full()).one("google_eventarc_trigger", "test-train-new-data"));
    assert.equal(newData.location, REGION);
    assert.deepEqual(newData.matching_criteria, [
      { attribute: "type", value: "google.cloud.storage.object.v1.finalized" },
      { attribute: "bucket", value: "acme-ml-test-data" },
    ]);
    assert.deepEqual(newData.destination, { workflow: "google_workflows_workflow:test-train.id" });
    assert.equal(newData.service_account, ACCOUNT);
    assert.equal(newData.labels.pipeline, "train");
    assert.equal(newData.transport, undefined);
  });

  test("alerts: a topic per pipeline, exported for notification channels, starts the same workflow", async () => {
    const built = await full();
    const topic = attrs(built.one("google_pubsub_topic", "test-train-alerts"));
    assert.deepEqual(topic.labels, { environment: "test", component: "pipelines", pipeline: "train" });
    assert.deepEqual(topic.message_storage_policy, { allowed_persistence_regions: [REGION] });
    assert.equal(topic.kms_key_name, undefined);
    const alert = attrs(built.one("google_eventarc_trigger", "test-train-alert"));
    assert.deepEqual(alert.matching_criteria, [{ attribute: "type", value: "google.cloud.pubsub.topic.v1.messagePublished" }]);
    assert.deepEqual(alert.transport, { pubsub: { topic: "google_pubsub_topic:test-train-alerts.id" } });
    assert.deepEqual(alert.destination, { workflow: "google_workflows_workflow:test-train.id" });
    assert.equal(alert.service_account, ACCOUNT);
    assert.equal(alert.labels.pipeline, "train");
    const p = built.run.value.pipelines;
    assert.deepEqual([...p.alertTopics.keys()], ["train"]);
    assert.equal(await valueOf(p.pipelines.get("train")!.alertTopicId!), "google_pubsub_topic:test-train-alerts.id");
    assert.equal(await valueOf(p.alertTopics.get("train")!.name), "test-train-alerts");
  });

  test("the monitoring capability can let its notification agent publish to the topic, and only there", async () => {
    const agent = { member: "serviceAccount:service-123@gcp-sa-monitoring-notification.iam.gserviceaccount.com", grantKey: "monitoring-agent" };
    const built = await build((f) => {
      const p = new Pipelines("Pipelines", { ...argsFor(f, [TRAIN, SCORE]), protection: undefined, labels: undefined });
      const first = p.pipelines.get("train")!.grantAlertPublish(agent);
      assert.equal(p.pipelines.get("train")!.grantAlertPublish(agent), first, "granted once");
      assert.throws(() => p.pipelines.get("score")!.grantAlertPublish(agent), /pipeline 'score' has no onAlert trigger, so no alert topic/);
      return p;
    });
    const members = Object.values(built.of("google_pubsub_topic_iam_member"));
    assert.equal(members.length, 1);
    assert.deepEqual(
      { ...attrs(members[0]) },
      { project: PROJECT, topic: "test-train-alerts", role: "roles/pubsub.publisher", member: agent.member },
    );
    assert.equal(members[0].name, "Pipelines-train-monitoring-agent-pubsub-publisher");
  });

  test("a schedule-only pipeline gets no workflow, trigger or topic", async () => {
    const built = await full();
    for (const type of ["google_workflows_workflow", "google_eventarc_trigger", "google_pubsub_topic"]) {
      assert.deepEqual(Object.keys(built.of(type)).filter((k) => k.startsWith("test-score")), [], type);
    }
  });
});

describe("the pipelines service account: exactly the roles a run and its triggers need", () => {
  const PROJECT_ROLES = [
    "roles/aiplatform.user",
    "roles/bigquery.jobUser",
    "roles/eventarc.eventReceiver",
    "roles/logging.logWriter",
    "roles/monitoring.metricWriter",
    "roles/workflows.invoker",
  ];

  test("project roles: run jobs, BigQuery jobs, telemetry, invoke workflows, receive events; nothing broader", async () => {
    const roles = Object.values((await full()).of("google_project_iam_member"))
      .filter((r) => attrs(r).member === MEMBER)
      .map((r) => attrs(r).role)
      .sort();
    assert.deepEqual(roles, PROJECT_ROLES);
  });

  test("resource roles: read templates, write the root, read the watched bucket, the declared datasets, act as itself", async () => {
    const built = await full();
    const on = (type: string, target: string) =>
      Object.values(built.of(type))
        .filter((r) => attrs(r).member === MEMBER)
        .map((r) => `${attrs(r)[target]} ${attrs(r).role}`)
        .sort();
    assert.deepEqual(on("google_artifact_registry_repository_iam_member", "repository"), ["google_artifact_registry_repository:test-pipelines.name roles/artifactregistry.reader"]);
    assert.deepEqual(on("google_storage_bucket_iam_member", "bucket"), ["acme-ml-test-data roles/storage.objectViewer", "acme-ml-test-pipeline-root roles/storage.objectUser"]);
    assert.deepEqual(on("google_bigquery_dataset_iam_member", "dataset_id"), ["test_features roles/bigquery.dataEditor", "test_raw roles/bigquery.dataViewer"]);
    assert.deepEqual(on("google_service_account_iam_member", "service_account_id"), ["google_service_account:test-pipelines.name roles/iam.serviceAccountUser"]);
  });

  test("the Cloud Storage service agent may publish object events (Eventarc direct events)", async () => {
    const built = await full();
    const agent = Object.values(built.of("google_project_iam_member")).filter((r) => attrs(r).role === "roles/pubsub.publisher");
    assert.equal(agent.length, 1);
    assert.deepEqual(attrs(agent[0]), { project: PROJECT, role: "roles/pubsub.publisher", member: STORAGE_AGENT });
    assert.equal(agent[0].name, "Pipelines-iam-storage-agent-pubsub-publisher");
    assert.deepEqual(
      built.run.invokes.filter((i) => i.token === "gcp:storage/getProjectServiceAccount:getProjectServiceAccount").map((i) => i.inputs),
      [{ project: PROJECT }],
    );
  });

  test("schedule-only pipelines without datasets need no Eventarc, Workflows or BigQuery roles", async () => {
    const only = await buildList([SCORE]);
    const roles = Object.values(only.of("google_project_iam_member")).map((r) => attrs(r).role).sort();
    assert.deepEqual(roles, ["roles/aiplatform.user", "roles/logging.logWriter", "roles/monitoring.metricWriter"]);
    assert.deepEqual(only.of("google_bigquery_dataset_iam_member"), {});
    assert.deepEqual(only.run.invokes, []);
  });

  test("no primitive role, no key, no public member", async () => {
    for (const r of (await full()).run.resources) {
      assert.notEqual(r.type, "gcp:serviceaccount/key:Key", "a key was created");
      if (!r.terraform || !/_iam_(member|binding|policy)$/.test(r.terraform.type)) continue;
      assert.ok(!["roles/owner", "roles/editor", "roles/viewer"].includes(attrs(r).role), attrs(r).role);
      assert.ok(!["allUsers", "allAuthenticatedUsers"].includes(attrs(r).member), attrs(r).member);
    }
  });
});

describe("everything a run needs exists before a trigger can fire", () => {
  const api = (name: string) => `google_project_service ${name}`;
  const runNeeds = [
    api(PIPELINES_APIS.vertexAi),
    `google_project_iam_member roles/aiplatform.user ${MEMBER}`,
    `google_service_account_iam_member google_service_account:test-pipelines.name roles/iam.serviceAccountUser ${MEMBER}`,
    `google_artifact_registry_repository_iam_member google_artifact_registry_repository:test-pipelines.name roles/artifactregistry.reader ${MEMBER}`,
    `google_storage_bucket_iam_member acme-ml-test-pipeline-root roles/storage.objectUser ${MEMBER}`,
    "google_storage_bucket acme-ml-test-pipeline-root",
    `google_bigquery_dataset_iam_member test_raw roles/bigquery.dataViewer ${MEMBER}`,
    `google_bigquery_dataset_iam_member test_features roles/bigquery.dataEditor ${MEMBER}`,
    "google_bigquery_dataset test_raw",
    "google_bigquery_dataset test_features",
    `google_project_iam_member roles/bigquery.jobUser ${MEMBER}`,
    `google_storage_bucket_iam_member acme-ml-test-data roles/storage.objectViewer ${MEMBER}`,
    "google_storage_bucket acme-ml-test-data",
  ];
  const eventing = [PIPELINES_APIS.workflows, PIPELINES_APIS.workflowExecutions, PIPELINES_APIS.eventarc, PIPELINES_APIS.eventarcPublishing, PIPELINES_APIS.pubsub].map(api);
  const includesAll = async (type: string, key: string, needed: string[]) => {
    const built = await full();
    const waits = built.waits(built.one(type, key));
    for (const n of needed) assert.ok(waits.has(n), `${type} ${key} waits for ${n}`);
  };

  test("the scheduler job waits for the APIs, the roles, the buckets and the datasets", async () => {
    await includesAll("google_cloud_scheduler_job", "test-train", [...runNeeds, api(PIPELINES_APIS.scheduler)]);
  });

  test("the workflow waits for what a run needs and its APIs", async () => {
    await includesAll("google_workflows_workflow", "test-train", [...runNeeds, ...eventing]);
  });

  test("the object trigger waits for the workflow, invoker and receiver roles and the storage agent's grant", async () => {
    await includesAll("google_eventarc_trigger", "test-train-new-data", [
      ...runNeeds,
      ...eventing,
      "google_workflows_workflow test-train",
      `google_project_iam_member roles/workflows.invoker ${MEMBER}`,
      `google_project_iam_member roles/eventarc.eventReceiver ${MEMBER}`,
      `google_project_iam_member roles/pubsub.publisher ${STORAGE_AGENT}`,
    ]);
  });

  test("the alert topic and trigger wait for the workflow, the topic and the invoker role", async () => {
    await includesAll("google_eventarc_trigger", "test-train-alert", [...runNeeds, ...eventing, "google_workflows_workflow test-train", "google_pubsub_topic test-train-alerts", `google_project_iam_member roles/workflows.invoker ${MEMBER}`]);
    await includesAll("google_pubsub_topic", "test-train-alerts", [...eventing, `google_project_iam_member roles/workflows.invoker ${MEMBER}`]);
  });

  test("the APIs are enabled through the project services, each once", async () => {
    const built = await full();
    assert.deepEqual([...built.run.value.pipelines.apis], Object.values(PIPELINES_APIS).sort());
    assert.deepEqual(Object.keys(built.of("google_project_service")).sort(), Object.values(PIPELINES_APIS).sort());
    for (const s of Object.values(built.of("google_project_service"))) assert.equal(attrs(s).disable_on_destroy, false);
  });

  test("dependsOn given to the component is waited for too", async () => {
    const built = await build((f) => new Pipelines("Pipelines", argsFor(f, [TRAIN], { dependsOn: [f.services.enable("iam.googleapis.com")] })));
    for (const [type, key] of [
      ["google_cloud_scheduler_job", "test-train"],
      ["google_eventarc_trigger", "test-train-new-data"],
      ["google_vertex_ai_tensorboard", "test-experiments"],
      ["google_project_iam_member", `roles/workflows.invoker ${MEMBER}`],
    ]) {
      assert.ok(built.waits(built.one(type, key)).has(api("iam.googleapis.com")), `${type} ${key} waits for the IAM API`);
    }
  });
});

describe("TensorBoard", () => {
  const api = (name: string) => `google_project_service ${name}`;

  test("one per environment, labelled, guarded by the protection", async () => {
    const built = await full();
    const tb = built.one("google_vertex_ai_tensorboard", "test-experiments");
    assert.deepEqual(attrs(tb), {
      project: PROJECT,
      region: REGION,
      display_name: "test-experiments",
      description: "Experiment tracking for the environment's training runs and pipelines",
      labels: { environment: "test", component: "experiments" },
    });
    assert.equal(tb.protect, false);
    assert.ok(built.waits(tb).has(api(PIPELINES_APIS.vertexAi)));
    assert.equal(await valueOf(built.run.value.pipelines.tensorboardName), "google_vertex_ai_tensorboard:test-experiments.name");
    const guarded = await buildList([], { protection: undefined });
    const g = guarded.one("google_vertex_ai_tensorboard", "test-experiments");
    assert.deepEqual([g.protect, g.retainOnDelete], [true, false]);
    // Only the TensorBoard is guarded: schedulers, workflows, triggers and topics are stateless.
    const withTriggers = await buildList([TRAIN], { protection: { preventDestroy: true, allowDataTeardown: false } });
    const guardedTypes = new Set(withTriggers.run.resources.filter((r) => r.protect).map((r) => r.terraform?.type));
    assert.deepEqual([...guardedTypes].filter((t) => t !== "google_storage_bucket" && t !== "google_bigquery_dataset" && t !== "google_artifact_registry_repository"), ["google_vertex_ai_tensorboard"]);
  });

  test("CMEK with the vertex-ai key, created after the key's grants; triggers with the orchestration key", async () => {
    const built = await build((f) => {
      const vertexGrant = f.services.enable("cloudkms.googleapis.com");
      const orchestrationGrant = f.services.enable("pubsub.googleapis.com");
      return new Pipelines(
        "Pipelines",
        argsFor(f, [TRAIN], {
          encryption: { keyId: "projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/vertex-ai", grants: [vertexGrant] },
          orchestrationEncryption: { keyId: pulumi.output("projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/orchestration"), grants: [orchestrationGrant] },
        }),
      );
    });
    const tb = built.one("google_vertex_ai_tensorboard", "test-experiments");
    assert.deepEqual(attrs(tb).encryption_spec, { kms_key_name: "projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/vertex-ai" });
    assert.ok(built.waits(tb).has(api("cloudkms.googleapis.com")));
    const orchestration = "projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/orchestration";
    assert.equal(attrs(built.one("google_workflows_workflow", "test-train")).crypto_key_name, orchestration);
    assert.equal(attrs(built.one("google_pubsub_topic", "test-train-alerts")).kms_key_name, orchestration);
    assert.ok(built.waits(built.one("google_workflows_workflow", "test-train")).has(api("pubsub.googleapis.com")));
    assert.ok(built.waits(built.one("google_pubsub_topic", "test-train-alerts")).has(api("pubsub.googleapis.com")));
  });
});

describe("pipelines are keyed by name", () => {
  test("resource names: <component>-<pipeline>-<trigger>", async () => {
    const names = (await full()).run.resources.filter((r) => r.name.startsWith("Pipelines")).map((r) => `${r.type} ${r.name}`).sort();
    assert.deepEqual(names, [
      "gcp:cloudscheduler/job:Job Pipelines-score-schedule",
      "gcp:cloudscheduler/job:Job Pipelines-train-schedule",
      "gcp:eventarc/trigger:Trigger Pipelines-train-alert",
      "gcp:eventarc/trigger:Trigger Pipelines-train-new-data",
      "gcp:projects/iAMMember:IAMMember Pipelines-iam-pipelines-eventarc-eventReceiver",
      "gcp:projects/iAMMember:IAMMember Pipelines-iam-pipelines-workflows-invoker",
      "gcp:projects/iAMMember:IAMMember Pipelines-iam-storage-agent-pubsub-publisher",
      "gcp:pubsub/topic:Topic Pipelines-train-alert-topic",
      "gcp:vertex/aiTensorboard:AiTensorboard Pipelines-tensorboard",
      "gcp:workflows/workflow:Workflow Pipelines-train-workflow",
      "mlops:index:PipelineTriggers Pipelines-score",
      "mlops:index:PipelineTriggers Pipelines-train",
      "mlops:index:Pipelines Pipelines",
    ]);
  });

  test("adding a pipeline before another changes none of the other's URNs", async () => {
    const urns = (b: Built) => b.run.resources.filter((r) => r.name.startsWith("Pipelines-train")).map((r) => r.urn).sort();
    const before = urns(await buildList([TRAIN]));
    assert.ok(before.length > 0);
    assert.deepEqual(urns(await buildList([SCORE, TRAIN])), before);
  });
});

describe("Pipelines: bad props are reported all at once, with the cdktf construct's messages", () => {
  /** Stand-ins for the foundation: the checks run before any resource is registered. */
  const bucket = (name: string) => ({ bucketName: name, bucketUrl: `gs://${name}` }) as unknown as MlopsBucket;
  const ROOT = bucket("acme-ml-test-pipeline-root");
  const BUCKETS = { data: bucket("acme-ml-test-data"), "pipeline-root": ROOT };
  const base = (overrides: Record<string, unknown> = {}): PipelinesArgs =>
    ({
      projectId: PROJECT,
      region: REGION,
      namePrefix: "test",
      pipelines: [],
      pipelinesAccount: { email: ACCOUNT },
      pipelineRoot: ROOT,
      buckets: BUCKETS,
      templates: { repositoryUrl: "https://us-central1-kfp.pkg.dev/acme-ml-test/test-pipelines" },
      datasets: { raw: {}, features: {} },
      services: {},
      ...overrides,
    }) as unknown as PipelinesArgs;
  const problems = (args: PipelinesArgs, name = "Pipelines") => {
    try {
      new Pipelines(name, args);
    } catch (err) {
      assert.ok(err instanceof ValidationError, String(err));
      return err;
    }
    assert.fail("expected a ValidationError");
  };
  const assertProblem = (args: PipelinesArgs, path: string, message: RegExp, name?: string) => {
    const err = problems(args, name);
    assert.ok(err.problems.some((p) => p.path === path && message.test(p.message)), `no problem at ${path} matching ${message}; got:\n${err.message}`);
  };

  test("each rule of the schema, with the component's path", () => {
    const [train] = PipelinesSchema.parse([TRAIN]);
    assertProblem(base({ pipelines: [{ ...train, triggers: { schedule: { cron: "0 3 * *", timeZone: "Etc/UTC" } } }] }), "Pipelines.pipelines[0].triggers.schedule.cron", /^has 4 fields, cron needs exactly five/);
  });

  test("a watched bucket or dataset the component was not given", () => {
    const args = base({ pipelines: PipelinesSchema.parse([TRAIN]), buckets: { artifacts: bucket("acme-ml-test-artifacts") }, datasets: { raw: {} } });
    assertProblem(args, "Pipelines.pipelines[0].triggers.onNewData.bucket", /^is not one of the buckets given to the construct; given: artifacts$/);
    assertProblem(args, "Pipelines2.pipelines[0].datasets.features", /^is not one of the datasets given to the construct; given: raw$/, "Pipelines2");
  });

  test("a name prefix that makes a derived name too long", () => {
    assertProblem(
      base({ pipelines: PipelinesSchema.parse([TRAIN]), namePrefix: "a-very-long-environment-name-for-the-pipeline-tests" }),
      "Pipelines.pipelines[0].name",
      /^gives the name 'a-very-long-environment-name-for-the-pipeline-tests-train-new-data', which breaks the rule of Eventarc trigger names/,
    );
  });

  test("values written into the requests must be known when the program runs, not Outputs", () => {
    const err = problems(base({ projectId: pulumi.output(PROJECT), pipelinesAccount: { email: pulumi.output(ACCOUNT) } }));
    assert.deepEqual(
      err.problems.map((p) => [p.path, p.message]),
      [
        ["Pipelines.projectId", "must be known at synth time: it is written into the requests that start runs"],
        ["Pipelines.pipelinesAccount.email", "must be known at synth time: it is written into the requests that start runs"],
      ],
    );
  });

  test("the pipeline root watched under another key", () => {
    assertProblem(
      base({ pipelines: PipelinesSchema.parse([{ ...SCORE, triggers: { onNewData: { bucket: "data", prefix: "score/" } } }]), buckets: { data: ROOT } }),
      "Pipelines.pipelines[0].triggers.onNewData.prefix",
      /^overlaps 'score\/', where the runs of pipeline 'score' write their artifacts/,
    );
  });

  test("labels and protection", () => {
    assertProblem(base({ pipelines: PipelinesSchema.parse([SCORE]), labels: { team: "ML Platform" } }), "Pipelines.labels.team", /^not a valid label value/);
    assert.throws(
      () => new Pipelines("Pipelines", base({ protection: { preventDestroy: true, allowDataTeardown: true } })),
      (err: unknown) => err instanceof ValidationError && err.problems[0].path === "Pipelines.protection" && /allowDataTeardown cannot be combined with preventDestroy/.test(err.problems[0].message),
    );
  });

  test("pipelines given without the schema's defaults are still checked", () => {
    assertProblem(
      base({ pipelines: [{ name: "x", template: { name: "t" }, parameters: { p: Number.NaN }, datasets: {}, triggers: { schedule: { cron: "0 0 * * *", timeZone: "Etc/UTC" } } }] }),
      "Pipelines.pipelines[0].parameters.p",
      /^NaN is not a JSON number/,
    );
  });

  test("every problem of one input at once, under the component's name", () => {
    const err = problems(base({ pipelines: PipelinesSchema.parse([TRAIN]), labels: { team: "ML Platform" }, buckets: {}, datasets: {} }));
    assert.deepEqual(err.problems.map((p) => p.path), [
      "Pipelines.labels.team",
      "Pipelines.pipelines[0].triggers.onNewData.bucket",
      "Pipelines.pipelines[0].datasets.raw",
      "Pipelines.pipelines[0].datasets.features",
    ]);
    assert.match(err.message, /^4 problems in the pipelines 'Pipelines':/);
  });
});
