import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  defaultStoreName,
  FeatureStoreConfigInput,
  FeatureStoreSchema,
  syncCron,
  viewSources,
} from "../lib/config/features";
import { formatPath } from "../lib/core/errors";

/** A valid block: two groups keyed by customer_id, one view using all of one and part of the other. */
function base(): any {
  return {
    groups: [
      {
        name: "customer_profile",
        table: "customer_profile_v1",
        entityIdColumns: ["customer_id"],
        features: [{ name: "tenure_days" }, { name: "plan", column: "plan_name" }],
        columns: { customer_id: "STRING", tenure_days: "INT64", plan_name: "STRING" },
      },
      {
        name: "customer_activity",
        table: "customer_activity",
        entityIdColumns: ["customer_id"],
        features: [{ name: "orders_30d" }, { name: "sessions_7d" }],
        columns: { customer_id: "STRING", orders_30d: "INT64", sessions_7d: "INT64" },
      },
    ],
    views: [
      {
        name: "churn_online",
        groups: ["customer_profile"],
        features: [{ group: "customer_activity", features: ["orders_30d"] }],
        sync: { cron: "0 */6 * * *", timeZone: "Europe/Paris" },
      },
    ],
  } satisfies FeatureStoreConfigInput;
}

/** Every issue as `path: message`. */
function issues(input: unknown): string[] {
  const r = FeatureStoreSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

/** The one issue of an input; fails when there are none or several. */
function only(input: unknown): string {
  const all = issues(input);
  assert.equal(all.length, 1, `expected one issue, got:\n${all.join("\n") || "(none)"}`);
  return all[0];
}

/** `base()` changed by `edit`. */
function edited(edit: (c: any) => void): any {
  const c = base();
  edit(c);
  return c;
}

describe("featureStore: valid input and defaults", () => {
  test("the example block is valid", () => {
    assert.deepEqual(issues(base()), []);
  });

  test("an empty block is valid: no groups, no views, store settings from the tier preset", () => {
    const r = FeatureStoreSchema.parse({});
    assert.deepEqual(r, { groups: [], views: [] });
  });

  test("sync time zone defaults to Etc/UTC", () => {
    const r = FeatureStoreSchema.parse(edited((c) => (c.views[0].sync = { cron: "0 3 * * *" })));
    assert.deepEqual(r.views[0].sync, { cron: "0 3 * * *", timeZone: "Etc/UTC" });
  });

  test("unknown keys are rejected (strict objects)", () => {
    const r = FeatureStoreSchema.safeParse(edited((c) => (c.groups[0].entityIdColumn = ["x"])));
    assert.equal(r.success, false);
    const issue = r.error!.issues[0];
    assert.equal(issue.code, "unrecognized_keys");
    assert.deepEqual(issue.path, ["groups", 0]);
  });
});

describe("featureStore: store settings", () => {
  test("store name: GCP's rule", () => {
    for (const name of ["Prod_Features", "prod-features", "1features"]) {
      assert.equal(only({ name }), "name: not a valid feature online store name; allowed: 1-60 lowercase letters, digits or underscores, not starting with a digit", name);
    }
    // A name of the wrong length says so, with its length.
    assert.equal(only({ name: "a".repeat(61) }), "name: too long: 61 characters, at most 60; allowed: 1-60 lowercase letters, digits or underscores, not starting with a digit");
    assert.deepEqual(issues({ name: "a".repeat(60) }), []);
    assert.deepEqual(issues({ name: "_prod_features" }), []);
  });

  test("storage kind", () => {
    assert.equal(only({ storage: "redis" }), "storage: not a storage kind; allowed: bigtable, optimized");
  });

  test("bigtable: min nodes at least 1", () => {
    assert.equal(only({ bigtable: { minNodes: 0 } }), "bigtable.minNodes: must be at least 1 (Bigtable nodes)");
    assert.equal(only({ bigtable: { minNodes: 1.5 } }), "bigtable.minNodes: must be a whole number (Bigtable nodes), 1-1000");
  });

  test("bigtable: max nodes at least min nodes", () => {
    assert.equal(only({ bigtable: { minNodes: 3, maxNodes: 2 } }), "bigtable.maxNodes: must be at least minNodes (3)");
  });

  test("bigtable: max nodes at most ten times min nodes", () => {
    assert.equal(
      only({ bigtable: { minNodes: 2, maxNodes: 21 } }),
      "bigtable.maxNodes: must be at most 10 × minNodes (20): Vertex AI scales a Bigtable online store to at most ten times its minimum",
    );
    assert.deepEqual(issues({ bigtable: { minNodes: 2, maxNodes: 20 } }), []);
  });

  test("bigtable: CPU target 10-80 %", () => {
    assert.equal(only({ bigtable: { cpuTarget: 9 } }), "bigtable.cpuTarget: must be at least 10 (percent CPU utilization)");
    assert.equal(only({ bigtable: { cpuTarget: 81 } }), "bigtable.cpuTarget: must be at most 80 (percent CPU utilization)");
    assert.deepEqual(issues({ bigtable: { cpuTarget: 80 } }), []);
  });

  test("bigtable sizing with optimized storage", () => {
    assert.equal(only({ storage: "optimized", bigtable: { minNodes: 1 } }), "bigtable: applies only to storage: bigtable; an optimized store has no nodes to size");
  });

  test("private endpoint and allowlist only where Private Service Connect exists", () => {
    assert.match(only({ storage: "bigtable", privateEndpoint: true }), /^privateEndpoint: applies only to storage: optimized \(Bigtable stores have no dedicated endpoint/);
    assert.match(only({ storage: "bigtable", projectAllowlist: ["acme-clients"] }), /^projectAllowlist: applies only to storage: optimized/);
    assert.equal(
      only({ storage: "optimized", privateEndpoint: false, projectAllowlist: ["acme-clients"] }),
      "projectAllowlist: needs privateEndpoint: the allowlist says who may connect through Private Service Connect",
    );
    assert.deepEqual(issues({ storage: "optimized", privateEndpoint: true, projectAllowlist: ["acme-clients"] }), []);
  });

  test("allowlist entries are project IDs", () => {
    assert.match(only({ projectAllowlist: ["Acme_Clients"] }), /^projectAllowlist\[0\]: not a valid project ID; allowed: /);
  });
});

describe("featureStore: groups and features", () => {
  test("group name: GCP's rule", () => {
    for (const name of ["CustomerProfile", "customer-profile", "2customers"]) {
      assert.equal(
        only(edited((c) => ((c.groups[1].name = name), (c.views = [])))),
        "groups[1].name: not a valid feature group name; allowed: 1-128 lowercase letters, digits or underscores, not starting with a digit",
        name,
      );
    }
    assert.equal(
      only(edited((c) => ((c.groups[1].name = "g".repeat(129)), (c.views = [])))),
      "groups[1].name: too long: 129 characters, at most 128; allowed: 1-128 lowercase letters, digits or underscores, not starting with a digit",
    );
  });

  test("table: a table or view ID of the features dataset", () => {
    for (const table of ["other.customers", "customer-profile", "bq://p.d.t"]) {
      assert.equal(
        only(edited((c) => (c.groups[0].table = table))),
        "groups[0].table: not a valid BigQuery table or view ID; allowed: 1-1024 letters, digits or underscores (a table or view of the environment's features dataset)",
        table,
      );
    }
    assert.equal(
      only(edited((c) => (c.groups[0].table = ""))),
      "groups[0].table: must not be empty; allowed: 1-1024 letters, digits or underscores (a table or view of the environment's features dataset)",
    );
  });

  test("entity id columns: required, at least one, valid and unique", () => {
    assert.deepEqual(
      issues(edited((c) => ((c.views = []), delete c.groups[1].entityIdColumns))),
      ["groups[1].entityIdColumns: must be a list of the BigQuery columns that identify an entity (string or integer values), e.g. [customer_id]"],
    );
    assert.equal(
      only(edited((c) => ((c.views = []), (c.groups[1].entityIdColumns = [])))),
      "groups[1].entityIdColumns: must name at least one column: a list of the BigQuery columns that identify an entity (string or integer values), e.g. [customer_id]",
    );
    assert.equal(
      only(edited((c) => ((c.views = []), (c.groups[0].entityIdColumns = ["customer-id"])))),
      "groups[0].entityIdColumns[0]: not a valid BigQuery column name; allowed: 1-300 letters, digits or underscores, starting with a letter or underscore",
    );
  });

  test("entity id columns: duplicates (BigQuery column names ignore case)", () => {
    assert.equal(
      only(edited((c) => {
        c.groups[0].entityIdColumns = ["customer_id", "Customer_ID"];
        c.views[0].groups = [];
      })),
      "groups[0].entityIdColumns[1]: duplicate entity id column 'Customer_ID', already entityIdColumns[0]; list each column once",
    );
  });

  test("features: at least one", () => {
    assert.equal(
      only(edited((c) => (c.groups[1].features = [], c.views[0].features = undefined))),
      "groups[1].features: must list at least one feature: a feature view serves features, not whole tables",
    );
  });

  test("feature names GCP rejects", () => {
    assert.equal(
      only(edited((c) => (c.groups[0].features[0].name = "f".repeat(129)))),
      "groups[0].features[0].name: too long: 129 characters, at most 128; allowed: 1-128 lowercase letters, digits or underscores, not starting with a digit",
    );
    for (const name of ["Tenure", "7d_orders", "orders-30d"]) {
      assert.equal(
        only(edited((c) => (c.groups[0].features[0].name = name))),
        "groups[0].features[0].name: not a valid feature name; allowed: 1-128 lowercase letters, digits or underscores, not starting with a digit",
        name,
      );
    }
  });

  test("feature column: a BigQuery column name", () => {
    assert.equal(
      only(edited((c) => (c.groups[0].features[1].column = "plan name"))),
      "groups[0].features[1].column: not a valid BigQuery column name; allowed: 1-300 letters, digits or underscores, starting with a letter or underscore",
    );
  });

  test("duplicate feature names in a group", () => {
    assert.equal(
      only(edited((c) => (c.groups[1].features.push({ name: "sessions_7d", column: "sessions_last_7d" }), (c.groups[1].columns.sessions_last_7d = "INT64")))),
      "groups[1].features[2].name: duplicate feature 'sessions_7d', already features[1]; feature names are unique in a group",
    );
  });

  test("an entity id column cannot also be a feature", () => {
    assert.equal(
      only(edited((c) => c.groups[1].features.push({ name: "customer_id" }))),
      "groups[1].features[2].name: column 'customer_id' is an entity id column of this group; entity id columns identify rows and cannot also be features",
    );
    assert.equal(
      only(edited((c) => c.groups[1].features.push({ name: "customer", column: "CUSTOMER_ID" }))),
      "groups[1].features[2].column: column 'CUSTOMER_ID' is an entity id column of this group; entity id columns identify rows and cannot also be features",
    );
  });

  test("columns: the group's table declares a type for each entity id column and each feature's column", () => {
    assert.deepEqual(
      issues(edited((c) => (c.views = [], (c.groups[0].columns = { customer_id: "STRING", tenure_days: "INT64" })))),
      ["groups[0].features[1].column: column 'plan_name' has no type in columns; declare it, e.g. columns: { plan_name: STRING }"],
    );
    assert.deepEqual(
      issues(edited((c) => (c.views = [], delete c.groups[1].columns.customer_id))),
      ["groups[1].entityIdColumns[0]: column 'customer_id' has no type in columns; declare it, e.g. columns: { customer_id: STRING }"],
    );
    assert.match(only(edited((c) => (c.views = [], delete c.groups[1].columns))), /^groups\[1\]\.columns: must be a mapping of column name to BigQuery type \(STRING, BYTES, INT64/);
    // Column names are case-insensitive; extra columns (labels, other data) are allowed.
    assert.deepEqual(issues(edited((c) => (c.groups[1].columns = { Customer_ID: "INT64", ORDERS_30D: "INT64", sessions_7d: "FLOAT64", churned: "BOOL" }))), []);
  });

  test("columns: entity ids are strings or integers, types are BigQuery's scalar types, feature_timestamp is the library's TIMESTAMP", () => {
    assert.equal(
      only(edited((c) => (c.groups[1].columns.customer_id = "FLOAT64"))),
      "groups[1].columns.customer_id: 'customer_id' is an entity id column: entities are identified by strings or integers; allowed: STRING, INT64, INTEGER",
    );
    assert.match(only(edited((c) => (c.groups[1].columns.orders_30d = "ARRAY<INT64>"))), /^groups\[1\]\.columns\.orders_30d: not a column type; allowed: STRING, BYTES, INT64, INTEGER, FLOAT64/);
    assert.equal(
      only(edited((c) => (c.groups[1].columns.feature_timestamp = "DATE"))),
      "groups[1].columns.feature_timestamp: feature_timestamp is the column Vertex AI reads rows' times from; it must be TIMESTAMP (or left out: the library adds it)",
    );
    assert.deepEqual(issues(edited((c) => (c.groups[1].columns.feature_timestamp = "TIMESTAMP"))), []);
    assert.equal(
      only(edited((c) => (c.groups[1].features.push({ name: "seen_at", column: "feature_timestamp" }), (c.groups[1].columns.feature_timestamp = "TIMESTAMP")))),
      "groups[1].features[2].column: feature_timestamp holds the rows' times and cannot be a feature; name the feature's column otherwise",
    );
    assert.match(only(edited((c) => (c.groups[1].columns["orders 30d"] = "INT64"))), /^groups\[1\]\.columns\["orders 30d"\]: 'orders 30d' is not a valid BigQuery column name/);
  });

  test("duplicate group names", () => {
    assert.equal(
      only(edited((c) => c.groups.push({ ...c.groups[0], table: "customer_profile_v2" }))),
      "groups[2].name: duplicate feature group 'customer_profile', already groups[0]; each group name must be unique",
    );
  });
});

describe("featureStore: views", () => {
  test("view name: GCP's rule", () => {
    for (const name of ["ChurnOnline", "churn-online", "9churn"]) {
      assert.equal(
        only(edited((c) => (c.views[0].name = name))),
        "views[0].name: not a valid feature view name; allowed: 1-60 lowercase letters, digits or underscores, not starting with a digit",
        name,
      );
    }
    assert.equal(
      only(edited((c) => (c.views[0].name = "v".repeat(61)))),
      "views[0].name: too long: 61 characters, at most 60; allowed: 1-60 lowercase letters, digits or underscores, not starting with a digit",
    );
  });

  test("duplicate view names", () => {
    assert.equal(
      only(edited((c) => c.views.push({ name: "churn_online", groups: ["customer_activity"] }))),
      "views[1].name: duplicate feature view 'churn_online', already views[0]; each view name must be unique",
    );
  });

  test("a view needs at least one source", () => {
    const expected = "views[0].groups: a feature view needs at least one source: whole groups in 'groups', or chosen features in 'features'";
    assert.equal(only(edited((c) => (c.views[0] = { name: "empty" }))), expected);
    assert.equal(only(edited((c) => (c.views[0] = { name: "empty", groups: [], features: [] }))), expected);
  });

  test("a view pointing to an undeclared group (in groups)", () => {
    assert.equal(
      only(edited((c) => (c.views[0].groups = ["customer_profiles"]))),
      "views[0].groups[0]: no feature group named 'customer_profiles' is declared in featureStore.groups; declared: customer_profile, customer_activity",
    );
  });

  test("a view pointing to an undeclared group (in features)", () => {
    assert.equal(
      only(edited((c) => (c.views[0].features[0].group = "activity"))),
      "views[0].features[0].group: no feature group named 'activity' is declared in featureStore.groups; declared: customer_profile, customer_activity",
    );
    assert.equal(
      only({ views: [{ name: "v", groups: ["g"] }] }),
      "views[0].groups[0]: no feature group named 'g' is declared in featureStore.groups; none is declared",
    );
  });

  test("a view naming a feature its group does not have", () => {
    assert.equal(
      only(edited((c) => (c.views[0].features[0].features = ["orders_30d", "orders_90d"]))),
      "views[0].features[0].features[1]: group 'customer_activity' has no feature 'orders_90d'; its features: orders_30d, sessions_7d",
    );
  });

  test("a feature listed twice in a view", () => {
    assert.equal(
      only(edited((c) => (c.views[0].features[0].features = ["orders_30d", "orders_30d"]))),
      "views[0].features[0].features[1]: duplicate feature 'orders_30d' of group 'customer_activity'; list each feature once",
    );
  });

  test("chosen features: at least one", () => {
    assert.equal(
      only(edited((c) => (c.views[0].features[0].features = []))),
      "views[0].features[0].features: must name at least one feature of the group (list the group in 'groups' to serve all its features)",
    );
  });

  test("a group listed twice in a view", () => {
    assert.equal(
      only(edited((c) => (c.views[0].features[0].group = "customer_profile", c.views[0].features[0].features = ["plan"]))),
      "views[0].features[0].group: group 'customer_profile' is already in this view (groups[0]); list each group once",
    );
  });

  test("the groups of a view must share their entity id columns", () => {
    assert.equal(
      only(edited((c) => ((c.groups[1].entityIdColumns = ["customer_id", "day"]), (c.groups[1].columns.day = "STRING")))),
      "views[0].features[0].group: group 'customer_activity' has entity id columns [customer_id, day] but 'customer_profile' has [customer_id]; the groups of one view must share their entity id columns, in the same order",
    );
  });

  test("a view over a group whose entity id columns are missing", () => {
    assert.deepEqual(
      issues(edited((c) => delete c.groups[1].entityIdColumns)),
      [
        "groups[1].entityIdColumns: must be a list of the BigQuery columns that identify an entity (string or integer values), e.g. [customer_id]",
        "views[0].features[0].group: group 'customer_activity' declares no entity id columns, so the view has no key to serve its rows by; set groups[1].entityIdColumns",
      ],
    );
  });
});

describe("featureStore: sync schedules", () => {
  test("malformed cron expressions say why", () => {
    assert.match(only(edited((c) => (c.views[0].sync.cron = "0 3 * *"))), /^views\[0\]\.sync\.cron: has 4 fields, cron needs exactly five; allowed: five fields/);
    assert.match(only(edited((c) => (c.views[0].sync.cron = "60 3 * * *"))), /^views\[0\]\.sync\.cron: '60' is not a valid minute \(0-59\); allowed: /);
    assert.match(only(edited((c) => (c.views[0].sync.cron = "@daily"))), /^views\[0\]\.sync\.cron: has 1 field, cron needs exactly five/);
    assert.match(only(edited((c) => (c.views[0].sync.cron = 5))), /^views\[0\]\.sync\.cron: must be a cron expression: five fields/);
  });

  test("a time zone written into the cron expression", () => {
    assert.equal(
      only(edited((c) => (c.views[0].sync = { cron: "TZ=America/New_York 0 3 * * *" }))),
      "views[0].sync.cron: put the time zone in sync.timeZone (timeZone: America/New_York), not in the cron expression",
    );
    assert.equal(
      only(edited((c) => (c.views[0].sync = { cron: "CRON_TZ=Asia/Tokyo 0 3 * * *" }))),
      "views[0].sync.cron: put the time zone in sync.timeZone (timeZone: Asia/Tokyo), not in the cron expression",
    );
  });

  test("unknown time zones", () => {
    for (const tz of ["CET+1", "Paris", "Europe/Pariss"]) {
      assert.equal(
        only(edited((c) => (c.views[0].sync.timeZone = tz))),
        "views[0].sync.timeZone: not a time zone; allowed: an IANA time zone name such as Etc/UTC, Europe/Paris or America/New_York",
        tz,
      );
    }
  });

  test("every problem of a block is reported at once", () => {
    const all = issues(
      edited((c) => {
        c.name = "Bad-Name";
        c.groups[0].features[0].name = "Tenure";
        c.views[0].groups = ["nope"];
        c.views[0].sync.timeZone = "Mars/Olympus";
      }),
    );
    assert.deepEqual(all.map((i) => i.split(":")[0]).sort(), ["groups[0].features[0].name", "name", "views[0].groups[0]", "views[0].sync.timeZone"]);
  });
});

describe("featureStore: engine-neutral helpers", () => {
  test("default store name from the environment name", () => {
    assert.equal(defaultStoreName("prod"), "prod_features");
    assert.equal(defaultStoreName("ml-prod-eu"), "ml_prod_eu_features");
  });

  test("sync cron: the time zone prefix and normalized spacing", () => {
    assert.equal(syncCron({ cron: " 0  */6 * * MON-FRI ", timeZone: "Europe/Paris" }), "TZ=Europe/Paris 0 */6 * * MON-FRI");
    assert.equal(syncCron({ cron: "0 3 * * *" }), "TZ=Etc/UTC 0 3 * * *");
  });

  test("view sources: whole groups with all their features, then chosen features", () => {
    const cfg = FeatureStoreSchema.parse(base());
    assert.deepEqual(viewSources(cfg.views[0], cfg.groups), [
      { group: "customer_profile", features: ["tenure_days", "plan"] },
      { group: "customer_activity", features: ["orders_30d"] },
    ]);
  });
});
