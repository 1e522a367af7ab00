import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, at, cannotJudge, isPresent, UNRESOLVED } from "../values";

/** MLOPS-VAI-001: prediction and vector search endpoints are private in prod. */
export const VertexPrivateEndpoint: ResourceRule = {
  id: "MLOPS-VAI-001",
  level: "error",
  scope: "resource",
  tiers: ["prod"],
  resourceTypes: ["google_vertex_ai_endpoint", "google_vertex_ai_index_endpoint"],
  cause: "Vertex AI endpoints in prod are private: peered to the VPC (network) or reached through Private Service Connect.",
  explanation:
    "An endpoint with neither a network nor Private Service Connect is served on a public Google " +
    "address, reachable from anywhere by anyone holding a token. A private endpoint is reachable only " +
    "from the VPC (private services access, which the network construct sets up in preprod and prod) " +
    "or through a PSC endpoint. Vector search index endpoints must also not enable their public endpoint.",
  benchmarks: [
    { source: "Checkov", id: "CKV2_GCP_33", note: "google_vertex_ai_endpoint; Checkov accepts only network, this rule also accepts Private Service Connect" },
    { source: "Checkov", id: "CKV2_GCP_34", note: "google_vertex_ai_index_endpoint" },
  ],
  check(r) {
    if (r.type === "google_vertex_ai_index_endpoint") {
      const pub = r.values.public_endpoint_enabled;
      const b = asBool(pub);
      if (b === UNRESOLVED) return cannotJudge("public_endpoint_enabled", pub);
      if (b === true) return nonCompliant("public_endpoint_enabled is true; turn it off and use network or private_service_connect_config");
    }
    if (isPresent(r.values.network)) return COMPLIANT;
    const psc = at(r.values, "private_service_connect_config.enable_private_service_connect");
    const b = asBool(psc);
    if (b === UNRESOLVED) return cannotJudge("private_service_connect_config.enable_private_service_connect", psc);
    if (b === true) return COMPLIANT;
    return nonCompliant("neither network (private services access) nor private_service_connect_config.enable_private_service_connect is set, so the endpoint is public");
  },
};
