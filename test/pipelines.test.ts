import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { Construct, TerraformStack, Testing, Token } from "../lib/cdktn";
import { Warehouse } from "../lib/bigquery/warehouse";
import { PipelineConfigInput, PipelinesSchema } from "../lib/config/pipelines";
import { Identity } from "../lib/identity/identity";
import { Pipelines, PipelinesProps, PIPELINES_APIS, SCHEDULE_RETRY } from "../lib/pipelines/pipelines";
import { PipelineJobRequest } from "../lib/pipelines/requests";
import { ProjectServices } from "../lib/project/services";
import { ArtifactRepository } from "../lib/registry/repository";
import { DataLake } from "../lib/storage/data-lake";
import { ACCOUNT, PROJECT, REGION, SCORE, TRAIN, VERSION } from "./fixtures/pipelines";
import { addressOf, assertProblem, resource, resources } from "./helpers";

interface Built {
  readonly json: any;
  readonly pipelines: Pipelines;
}

/** The foundation a Pipelines construct is wired to, as the environment builds it. */
function foundation(scope: Construct) {
  const common = { projectId: PROJECT, region: REGION, labels: { environment: "test" } };
  const services = new ProjectServices(scope, "Services", { projectId: PROJECT });
  const identity = new Identity(scope, "Identity", { projectId: PROJECT, accountPrefix: "test" });
  const lake = new DataLake(scope, "DataLake", { ...common, bucketPrefix: PROJECT });
  const warehouse = new Warehouse(scope, "Warehouse", { ...common, datasetPrefix: "test" });
  const templates = new ArtifactRepository(scope, "Templates", { ...common, repositoryId: "test-pipelines", format: "KFP", purpose: "pipeline-templates" });
  return { services, identity, lake, warehouse, templates };
}

function build(list: PipelineConfigInput[], overrides: Partial<PipelinesProps> = {}): Built {
  const app = Testing.app();
  const stack = new TerraformStack(app, "t");
  new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
  const f = foundation(stack);
  const pipelines = new Pipelines(stack, "Pipelines", {
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
  });
  Testing.synth(stack, true);
  return { json: JSON.parse(JSON.stringify(stack.toTerraform())), pipelines };
}

/** The request body a scheduler job sends, decoded. */
function scheduledBody(job: any): PipelineJobRequest {
  return JSON.parse(Buffer.from(job.http_target.body, "base64").toString("utf8"));
}

/** The workflow's source as Workflows receives it (Terraform's `$${` escapes undone). */
function workflowSource(wf: any): any {
  return JSON.parse(String(wf.source_contents).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"));
}

/** The steps of a workflow by name. */
function steps(wf: any): Record<string, any> {
  return Object.assign({}, ...workflowSource(wf).main.steps);
}

/** The base request the workflow embeds, decoded. */
function workflowRequest(wf: any): PipelineJobRequest {
  const init = steps(wf).init.assign[0].request as string;
  const m = /^\$\{json\.decode\(base64\.decode\("([A-Za-z0-9+/=]+)"\)\)\}$/.exec(init);
  assert.ok(m, init);
  return JSON.parse(Buffer.from(m[1], "base64").toString("utf8"));
}

const ref = (type: string, r: any) => addressOf(type, r);
const full = build([TRAIN, SCORE]);
const { json } = full;
const schedule = resource(json, "google_cloud_scheduler_job", "Pipelines/train/Schedule");
const workflow = resource(json, "google_workflows_workflow", "Pipelines/train/Workflow");
const newData = resource(json, "google_eventarc_trigger", "Pipelines/train/NewData");
const alert = resource(json, "google_eventarc_trigger", "Pipelines/train/Alert");
const topic = resource(json, "google_pubsub_topic", "Pipelines/train/AlertTopic");

/** Address of a project service by API. */
function api(name: string): string {
  const svc = Object.values(resources(json, "google_project_service")).find((s) => s.service === name);
  assert.ok(svc, name);
  return ref("google_project_service", svc);
}

/** Address of the one IAM member of `type` with `role` (and member, when given). */
function grant(type: string, role: string, member = `serviceAccount:${ACCOUNT}`): string {
  const found = Object.values(resources(json, type)).filter((g) => g.role === role && g.member === member);
  assert.equal(found.length, 1, `${type} ${role} ${member}`);
  return ref(type, found[0]);
}

describe("scheduled runs: Cloud Scheduler calls pipelineJobs.create as the pipelines account", () => {
  test("the job: name, cron, time zone, endpoint, OAuth identity and retry policy", () => {
    assert.equal(schedule.name, "test-train");
    assert.equal(schedule.region, REGION);
    assert.equal(schedule.schedule, "0 3 * * MON");
    assert.equal(schedule.time_zone, "Europe/Paris");
    assert.equal(schedule.attempt_deadline, "60s");
    assert.equal(schedule.http_target.uri, "https://us-central1-aiplatform.googleapis.com/v1/projects/acme-ml-test/locations/us-central1/pipelineJobs");
    assert.equal(schedule.http_target.http_method, "POST");
    assert.deepEqual(schedule.http_target.headers, { "Content-Type": "application/json" });
    assert.deepEqual(schedule.http_target.oauth_token, { service_account_email: ACCOUNT, scope: "https://www.googleapis.com/auth/cloud-platform" });
    assert.equal(schedule.http_target.oidc_token, undefined);
    assert.deepEqual(schedule.retry_config, {
      retry_count: SCHEDULE_RETRY.retryCount,
      min_backoff_duration: "60s",
      max_backoff_duration: "600s",
      max_doublings: 3,
    });
    assert.match(schedule.description, /pipeline 'train'/);
  });

  test("the request body: template URI, pipeline root, service account, parameters, labels", () => {
    assert.deepEqual(scheduledBody(schedule), {
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

  test("a template pinned by version, and one without parameters, schedule or tag", () => {
    const body = scheduledBody(resource(json, "google_cloud_scheduler_job", "Pipelines/score/Schedule"));
    assert.equal(body.templateUri, `https://us-central1-kfp.pkg.dev/acme-ml-test/test-pipelines/scoring/${VERSION}`);
    assert.deepEqual(body.runtimeConfig.parameterValues, {});
    assert.equal(body.runtimeConfig.gcsOutputDirectory, "gs://acme-ml-test-pipeline-root/score");
    const latest = build([{ name: "t", template: { name: "training" }, triggers: { schedule: { cron: "0 0 * * *" } } }]).json;
    const job = resource(latest, "google_cloud_scheduler_job", "Pipelines/t/Schedule");
    assert.equal(scheduledBody(job).templateUri, "https://us-central1-kfp.pkg.dev/acme-ml-test/test-pipelines/training/latest");
    assert.equal(job.time_zone, "Etc/UTC");
  });

  test("pipelines without a schedule get no scheduler job, and no Cloud Scheduler API", () => {
    const { json: events, pipelines } = build([{ ...TRAIN, triggers: { onAlert: true } }]);
    assert.equal(events.resource.google_cloud_scheduler_job, undefined);
    assert.ok(!pipelines.apis.includes(PIPELINES_APIS.scheduler));
  });
});

describe("event-driven runs: Eventarc starts a workflow that calls pipelineJobs.create", () => {
  test("the workflow runs as the pipelines account, is labelled with its pipeline, logs errors", () => {
    assert.equal(workflow.name, "test-train");
    assert.equal(workflow.region, REGION);
    assert.equal(workflow.service_account, ACCOUNT);
    assert.deepEqual(workflow.labels, { environment: "test", component: "pipelines", pipeline: "train" });
    assert.equal(workflow.call_log_level, "LOG_ERRORS_ONLY");
    assert.equal(workflow.deletion_protection, false);
    const guarded = build([TRAIN], { protection: { preventDestroy: true, allowDataTeardown: false } }).json;
    assert.equal(resource(guarded, "google_workflows_workflow", "Pipelines/train/Workflow").deletion_protection, true);
  });

  test("the workflow's request: same template, root, account and parameters as the schedule's", () => {
    const { labels, ...rest } = scheduledBody(schedule);
    const base = workflowRequest(workflow);
    assert.deepEqual({ ...base, labels: { ...base.labels } }, { ...rest, labels: { environment: "test", component: "pipelines", pipeline: "train" } });
    assert.equal(labels.trigger, "schedule");
  });

  test("new objects: the object's URI goes into trigger_object_uri; objects outside the prefix are skipped", () => {
    const s = steps(workflow);
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

  test("alerts: the notification goes into trigger_alert; closing incidents are skipped", () => {
    const s = steps(workflow);
    assert.deepEqual(s.route.switch[1], { condition: '${eventType == "google.cloud.pubsub.topic.v1.messagePublished"}', next: "alert" });
    assert.deepEqual(s.checkIncident.switch, [{ condition: '${incidentState == "closed"}', next: "ignoreClosed" }]);
    assert.deepEqual(s.alertParameter.assign, [
      { "request.runtimeConfig.parameterValues.trigger_alert": "${notification}" },
      { "request.labels.trigger": "alert" },
    ]);
  });

  test("the run is created with the workflow's OAuth identity, retrying only what cannot have created it", () => {
    assert.deepEqual(steps(workflow).startRun, {
      try: {
        call: "http.post",
        args: { url: "https://us-central1-aiplatform.googleapis.com/v1/projects/acme-ml-test/locations/us-central1/pipelineJobs", auth: { type: "OAuth2" }, body: "${request}" },
        result: "run",
      },
      retry: "${http.default_retry_non_idempotent}",
    });
  });

  test("Terraform sees no template sequence in the workflow source", () => {
    const src = String(workflow.source_contents);
    assert.ok(src.includes("$${request}"));
    assert.doesNotMatch(src, /(^|[^$])\$\{/);
  });

  test("object finalize in the data bucket starts the workflow, as the pipelines account", () => {
    const bucket = resource(json, "google_storage_bucket", "DataLake/data");
    assert.equal(newData.name, "test-train-new-data");
    assert.equal(newData.location, REGION);
    assert.deepEqual(newData.matching_criteria, [
      { attribute: "type", value: "google.cloud.storage.object.v1.finalized" },
      { attribute: "bucket", value: `\${${ref("google_storage_bucket", bucket)}.name}` },
    ]);
    assert.deepEqual(newData.destination, { workflow: `\${${ref("google_workflows_workflow", workflow)}.id}` });
    assert.equal(newData.service_account, ACCOUNT);
    assert.equal(newData.labels.pipeline, "train");
  });

  test("alerts: a topic per pipeline, exported for notification channels, starts the same workflow", () => {
    assert.equal(topic.name, "test-train-alerts");
    assert.deepEqual(topic.labels, { environment: "test", component: "pipelines", pipeline: "train" });
    assert.deepEqual(topic.message_storage_policy, { allowed_persistence_regions: [REGION] });
    assert.equal(alert.name, "test-train-alert");
    assert.deepEqual(alert.matching_criteria, [{ attribute: "type", value: "google.cloud.pubsub.topic.v1.messagePublished" }]);
    assert.deepEqual(alert.transport, { pubsub: { topic: `\${${ref("google_pubsub_topic", topic)}.id}` } });
    assert.deepEqual(alert.destination, newData.destination);
    assert.equal(alert.service_account, ACCOUNT);
    assert.equal(alert.labels.pipeline, "train");
    assert.deepEqual([...full.pipelines.alertTopics.keys()], ["train"]);
    assert.ok(Token.isUnresolved(full.pipelines.pipelines.get("train")!.alertTopicId!));
  });

  test("the monitoring capability can let its notification agent publish to the topic, and only there", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
    const f = foundation(stack);
    const p = new Pipelines(stack, "Pipelines", {
      projectId: PROJECT,
      region: REGION,
      namePrefix: "test",
      pipelines: PipelinesSchema.parse([TRAIN, SCORE]),
      pipelinesAccount: f.identity.accounts.pipelines,
      pipelineRoot: f.lake.buckets["pipeline-root"],
      buckets: f.lake.buckets,
      templates: f.templates,
      services: f.services,
      datasets: f.warehouse.datasets,
    });
    const agent = { member: "serviceAccount:service-123@gcp-sa-monitoring-notification.iam.gserviceaccount.com", grantKey: "monitoring-agent" };
    const first = p.pipelines.get("train")!.grantAlertPublish(agent);
    assert.equal(p.pipelines.get("train")!.grantAlertPublish(agent), first, "granted once");
    assert.throws(() => p.pipelines.get("score")!.grantAlertPublish(agent), /pipeline 'score' has no onAlert trigger, so no alert topic/);
    Testing.synth(stack, true);
    const out = JSON.parse(JSON.stringify(stack.toTerraform()));
    const members = Object.values(resources(out, "google_pubsub_topic_iam_member"));
    assert.equal(members.length, 1);
    assert.equal(members[0].role, "roles/pubsub.publisher");
    assert.equal(members[0].member, agent.member);
    assert.match(members[0].topic, /^\$\{google_pubsub_topic\.Pipelines_train_AlertTopic_[0-9A-F]+\.name\}$/);
  });

  test("a schedule-only pipeline gets no workflow, trigger or topic", () => {
    for (const type of ["google_workflows_workflow", "google_eventarc_trigger", "google_pubsub_topic"]) {
      assert.deepEqual(Object.keys(resources(json, type)).filter((k) => k.startsWith("Pipelines/score/")), [], type);
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

  test("project roles: run jobs, BigQuery jobs, telemetry, invoke workflows, receive events; nothing broader", () => {
    const roles = Object.values(resources(json, "google_project_iam_member"))
      .filter((r) => r.member === `serviceAccount:${ACCOUNT}`)
      .map((r) => r.role)
      .sort();
    assert.deepEqual(roles, PROJECT_ROLES);
  });

  test("resource roles: read templates, write the root, read the watched bucket, the declared datasets, act as itself", () => {
    const on = (type: string) =>
      Object.entries(resources(json, type))
        .filter(([, r]) => r.member === `serviceAccount:${ACCOUNT}`)
        .map(([path, r]) => `${path.split("/").slice(0, -1).join("/")} ${r.role}`)
        .sort();
    assert.deepEqual(on("google_artifact_registry_repository_iam_member"), ["Templates roles/artifactregistry.reader"]);
    assert.deepEqual(on("google_storage_bucket_iam_member"), ["DataLake/data roles/storage.objectViewer", "DataLake/pipeline-root roles/storage.objectUser"]);
    assert.deepEqual(on("google_bigquery_dataset_iam_member"), ["Warehouse/features roles/bigquery.dataEditor", "Warehouse/raw roles/bigquery.dataViewer"]);
    assert.deepEqual(on("google_service_account_iam_member"), ["Identity/pipelines roles/iam.serviceAccountUser"]);
    const actAs = resource(json, "google_service_account_iam_member", `Identity/pipelines/pipelines-iam-serviceAccountUser`);
    assert.match(actAs.service_account_id, /google_service_account\.Identity_pipelines_[0-9A-F]+\.name/);
  });

  test("the Cloud Storage service agent may publish object events (Eventarc direct events)", () => {
    const agent = Object.values(resources(json, "google_project_iam_member")).filter((r) => r.role === "roles/pubsub.publisher");
    assert.equal(agent.length, 1);
    assert.match(agent[0].member, /^\$\{data\.google_storage_project_service_account\.Pipelines_Iam_StorageAgent_[0-9A-F]+\.member\}$/);
  });

  test("schedule-only pipelines without datasets need no Eventarc, Workflows or BigQuery roles", () => {
    const only = build([SCORE]).json;
    const roles = Object.values(resources(only, "google_project_iam_member")).map((r) => r.role).sort();
    assert.deepEqual(roles, ["roles/aiplatform.user", "roles/logging.logWriter", "roles/monitoring.metricWriter"]);
    assert.equal(only.resource.google_bigquery_dataset_iam_member, undefined);
    assert.equal(only.data?.google_storage_project_service_account, undefined);
  });

  test("no primitive role, no key, no public member", () => {
    for (const [type, rs] of Object.entries<any>(json.resource)) {
      if (type === "google_service_account_key") assert.fail("a key was created");
      if (!/_iam_(member|binding|policy)$/.test(type)) continue;
      for (const r of Object.values<any>(rs)) {
        assert.ok(!["roles/owner", "roles/editor", "roles/viewer"].includes(r.role), r.role);
        assert.ok(!["allUsers", "allAuthenticatedUsers"].includes(r.member), r.member);
      }
    }
  });
});

describe("everything a run needs exists before a trigger can fire", () => {
  const runNeeds = () => [
    api(PIPELINES_APIS.vertexAi),
    grant("google_project_iam_member", "roles/aiplatform.user"),
    grant("google_service_account_iam_member", "roles/iam.serviceAccountUser"),
    grant("google_artifact_registry_repository_iam_member", "roles/artifactregistry.reader"),
    grant("google_storage_bucket_iam_member", "roles/storage.objectUser"),
    ref("google_storage_bucket", resource(json, "google_storage_bucket", "DataLake/pipeline-root")),
    grant("google_bigquery_dataset_iam_member", "roles/bigquery.dataViewer"),
    grant("google_bigquery_dataset_iam_member", "roles/bigquery.dataEditor"),
    grant("google_project_iam_member", "roles/bigquery.jobUser"),
    grant("google_storage_bucket_iam_member", "roles/storage.objectViewer"),
    ref("google_storage_bucket", resource(json, "google_storage_bucket", "DataLake/data")),
  ];
  const eventing = () => [PIPELINES_APIS.workflows, PIPELINES_APIS.workflowExecutions, PIPELINES_APIS.eventarc, PIPELINES_APIS.pubsub].map(api);
  const includesAll = (r: any, needed: string[], what: string) => {
    for (const n of needed) assert.ok(r.depends_on.includes(n), `${what} waits for ${n}`);
  };

  test("the scheduler job waits for the APIs, the roles, the buckets and the datasets", () => {
    includesAll(schedule, [...runNeeds(), api(PIPELINES_APIS.scheduler)], "scheduler job");
  });

  test("the workflow waits for what a run needs and its APIs", () => {
    includesAll(workflow, [...runNeeds(), ...eventing()], "workflow");
  });

  test("the object trigger waits for the workflow, invoker and receiver roles and the storage agent's grant", () => {
    includesAll(
      newData,
      [
        ...runNeeds(),
        ...eventing(),
        ref("google_workflows_workflow", workflow),
        grant("google_project_iam_member", "roles/workflows.invoker"),
        grant("google_project_iam_member", "roles/eventarc.eventReceiver"),
        ref("google_project_iam_member", Object.values(resources(json, "google_project_iam_member")).find((r) => r.role === "roles/pubsub.publisher")),
      ],
      "object trigger",
    );
  });

  test("the alert trigger waits for the workflow, the topic and the invoker role", () => {
    includesAll(alert, [...runNeeds(), ...eventing(), ref("google_workflows_workflow", workflow), ref("google_pubsub_topic", topic), grant("google_project_iam_member", "roles/workflows.invoker")], "alert trigger");
  });

  test("the APIs are enabled through the project services, each once", () => {
    assert.deepEqual([...full.pipelines.apis], Object.values(PIPELINES_APIS).sort());
    const services = Object.values(resources(json, "google_project_service")).map((s) => s.service).sort();
    assert.deepEqual(services, Object.values(PIPELINES_APIS).sort());
  });

  test("dependsOn given to the construct is waited for too", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
    const f = foundation(stack);
    const iamApi = f.services.enable("iam.googleapis.com");
    new Pipelines(stack, "Pipelines", {
      projectId: PROJECT,
      region: REGION,
      namePrefix: "test",
      pipelines: PipelinesSchema.parse([TRAIN]),
      pipelinesAccount: f.identity.accounts.pipelines,
      pipelineRoot: f.lake.buckets["pipeline-root"],
      buckets: f.lake.buckets,
      templates: f.templates,
      datasets: f.warehouse.datasets,
      services: f.services,
      dependsOn: [iamApi],
    });
    Testing.synth(stack, true);
    const out = JSON.parse(JSON.stringify(stack.toTerraform()));
    const iam = ref("google_project_service", Object.values(resources(out, "google_project_service")).find((s) => s.service === "iam.googleapis.com"));
    assert.ok(iamApi);
    for (const [type, path] of [
      ["google_cloud_scheduler_job", "Pipelines/train/Schedule"],
      ["google_eventarc_trigger", "Pipelines/train/NewData"],
      ["google_vertex_ai_tensorboard", "Pipelines/Tensorboard"],
    ]) {
      assert.ok(resource(out, type, path).depends_on.includes(iam), `${path} waits for the IAM API`);
    }
  });
});

describe("TensorBoard", () => {
  test("one per environment, labelled, guarded by the protection", () => {
    const tb = resource(json, "google_vertex_ai_tensorboard", "Pipelines/Tensorboard");
    assert.equal(tb.display_name, "test-experiments");
    assert.equal(tb.region, REGION);
    assert.deepEqual(tb.labels, { environment: "test", component: "experiments" });
    assert.equal(tb.encryption_spec, undefined);
    assert.equal(tb.lifecycle, undefined);
    assert.ok(tb.depends_on.includes(api(PIPELINES_APIS.vertexAi)));
    const guarded = build([], { protection: undefined }).json;
    assert.deepEqual(resource(guarded, "google_vertex_ai_tensorboard", "Pipelines/Tensorboard").lifecycle, { prevent_destroy: true });
  });

  test("CMEK with the vertex-ai key, created after the key's grants", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
    const f = foundation(stack);
    const keyGrant = f.services.enable("cloudkms.googleapis.com");
    new Pipelines(stack, "Pipelines", {
      projectId: PROJECT,
      region: REGION,
      namePrefix: "test",
      pipelinesAccount: f.identity.accounts.pipelines,
      pipelineRoot: f.lake.buckets["pipeline-root"],
      templates: f.templates,
      services: f.services,
      encryption: { keyId: "projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/vertex-ai", grants: [keyGrant] },
    });
    Testing.synth(stack, true);
    const out = JSON.parse(JSON.stringify(stack.toTerraform()));
    const tb = resource(out, "google_vertex_ai_tensorboard", "Pipelines/Tensorboard");
    assert.deepEqual(tb.encryption_spec, { kms_key_name: "projects/acme-ml-test/locations/us-central1/keyRings/test-mlops/cryptoKeys/vertex-ai" });
    assert.ok(tb.depends_on.includes(ref("google_project_service", Object.values(resources(out, "google_project_service")).find((s) => s.service === "cloudkms.googleapis.com"))));
  });
});

describe("pipelines are keyed by name", () => {
  test("adding a pipeline before another changes none of the other's addresses", () => {
    const before = build([TRAIN]).json;
    const after = build([SCORE, TRAIN]).json;
    for (const type of ["google_cloud_scheduler_job", "google_workflows_workflow", "google_eventarc_trigger", "google_pubsub_topic"]) {
      const keys = (j: any) => Object.keys(j.resource[type] ?? {}).filter((k) => k.startsWith("Pipelines_train_"));
      assert.ok(keys(before).length > 0, type);
      assert.deepEqual(keys(after), keys(before), type);
    }
  });
});

describe("Pipelines: bad props are reported all at once", () => {
  test("each rule of the schema, with the construct's path", () => {
    const [train] = PipelinesSchema.parse([TRAIN]);
    assertProblem(
      () => build([], { pipelines: [{ ...train, triggers: { schedule: { cron: "0 3 * *", timeZone: "Etc/UTC" } } }] }),
      "Pipelines.pipelines[0].triggers.schedule.cron",
      /^has 4 fields, cron needs exactly five/,
    );
  });

  test("a watched bucket or dataset the construct was not given", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
    const f = foundation(stack);
    const props: PipelinesProps = {
      projectId: PROJECT,
      region: REGION,
      namePrefix: "test",
      pipelines: PipelinesSchema.parse([TRAIN]),
      pipelinesAccount: f.identity.accounts.pipelines,
      pipelineRoot: f.lake.buckets["pipeline-root"],
      buckets: { artifacts: f.lake.buckets.artifacts },
      templates: f.templates,
      datasets: { raw: f.warehouse.datasets.raw },
      services: f.services,
    };
    assertProblem(() => new Pipelines(stack, "Pipelines", props), "Pipelines.pipelines[0].triggers.onNewData.bucket", /^is not one of the buckets given to the construct; given: artifacts$/);
    assertProblem(() => new Pipelines(stack, "Pipelines2", props), "Pipelines2.pipelines[0].datasets.features", /^is not one of the datasets given to the construct; given: raw$/);
  });

  test("a name prefix that makes a derived name too long", () => {
    assertProblem(() => build([TRAIN], { namePrefix: "a-very-long-environment-name-for-the-pipeline-tests" }), "Pipelines.pipelines[0].name", /^gives the name 'a-very-long-environment-name-for-the-pipeline-tests-train-new-data', which breaks the rule of Eventarc trigger names/);
  });

  test("values written into the requests must be known at synth time", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
    const f = foundation(stack);
    assertProblem(
      () =>
        new Pipelines(stack, "Pipelines", {
          projectId: f.templates.resource.project,
          region: REGION,
          namePrefix: "test",
          pipelinesAccount: f.identity.accounts.pipelines,
          pipelineRoot: f.lake.buckets["pipeline-root"],
          templates: f.templates,
          services: f.services,
        }),
      "Pipelines.projectId",
      /^must be known at synth time: it is written into the requests that start runs$/,
    );
  });

  test("the pipeline root watched under another key", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: PROJECT, region: REGION });
    const f = foundation(stack);
    assertProblem(
      () =>
        new Pipelines(stack, "Pipelines", {
          projectId: PROJECT,
          region: REGION,
          namePrefix: "test",
          pipelines: PipelinesSchema.parse([{ ...SCORE, triggers: { onNewData: { bucket: "data", prefix: "score/" } } }]),
          pipelinesAccount: f.identity.accounts.pipelines,
          pipelineRoot: f.lake.buckets["pipeline-root"],
          buckets: { data: f.lake.buckets["pipeline-root"] },
          templates: f.templates,
          services: f.services,
        }),
      "Pipelines.pipelines[0].triggers.onNewData.prefix",
      /^overlaps 'score\/', where the runs of pipeline 'score' write their artifacts/,
    );
  });

  test("labels and protection", () => {
    assertProblem(() => build([SCORE], { labels: { team: "ML Platform" } }), "Pipelines.labels.team", /^not a valid label value/);
    assertProblem(() => build([SCORE], { protection: { preventDestroy: true, allowDataTeardown: true } }), "Pipelines.protection", /allowDataTeardown cannot be combined with preventDestroy/);
  });

  test("pipelines given without the schema's defaults are still checked", () => {
    assertProblem(
      () => build([], { pipelines: [{ name: "x", template: { name: "t" }, parameters: { p: Number.NaN }, datasets: {}, triggers: { schedule: { cron: "0 0 * * *", timeZone: "Etc/UTC" } } }] }),
      "Pipelines.pipelines[0].parameters.p",
      /^NaN is not a JSON number/,
    );
  });

});
