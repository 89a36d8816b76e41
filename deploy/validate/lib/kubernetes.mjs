// The Kubernetes manifests of deploy/: built-in kinds against the Kubernetes OpenAPI schemas
// (kubernetes-models), the custom resources (FlinkDeployment, Strimzi) against the fields their
// operators require, and everything against the project (versions, option keys, ports).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { checkJobConfig, hostPort, readYamlDocuments, validateBuiltIn } from "./common.mjs";
import { walk } from "./project.mjs";
import { checkFlinkDeployment } from "./flink.mjs";
import { checkKafka, checkKafkaNodePool, checkKafkaTopic } from "./strimzi.mjs";
import { checkLitmineWorkloads } from "./workloads.mjs";

/** The job's topic options and their defaults (MiningConfig). */
const DEFAULT_TOPICS = {
  "kafka.topics.articles": "pubmed.articles",
  "kafka.topics.alerts": "mining.alerts",
  "kafka.topics.deadletters": "mining.deadletters",
};

const CUSTOM = {
  "flink.apache.org/v1beta1 FlinkDeployment": checkFlinkDeployment,
  "kafka.strimzi.io/v1beta2 Kafka": checkKafka,
  "kafka.strimzi.io/v1beta2 KafkaNodePool": checkKafkaNodePool,
  "kafka.strimzi.io/v1beta2 KafkaTopic": checkKafkaTopic,
};

export async function validateManifests(dir, project, problems) {
  const kustomization = yaml.load(readFileSync(path.join(dir, "kustomization.yaml"), "utf8"));
  const resources = listedResources(dir, kustomization, problems);
  const jobConfigs = generatedJobConfigs(dir, kustomization, problems);
  const docs = [];
  for (const file of resources) {
    readYamlDocuments(path.join(dir, file)).forEach((doc, i) =>
      docs.push({ where: `${file}#${i + 1} ${doc.kind}/${doc.metadata?.name}`, doc }),
    );
  }
  const context = { project, problems, docs, jobConfigs };
  let schemaChecked = 0;
  for (const { where, doc } of docs) {
    if (await checkDocument(where, doc, context)) schemaChecked++;
  }
  crossCheck(context);
  return {
    documents: docs.length,
    schemaChecked,
    custom: docs.length - schemaChecked,
    jobConfigs: jobConfigs.length,
  };
}

/** kustomization.yaml's resources: each must exist, and every manifest here must be listed. */
function listedResources(dir, kustomization, problems) {
  const resources = (kustomization.resources ?? []).filter((r) => {
    const exists = existsSync(path.join(dir, r));
    if (!exists) problems.add("kustomization.yaml", `resource ${r} does not exist`);
    return exists;
  });
  const manifests = walk(dir)
    .map((f) => path.relative(dir, f))
    .filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml")
    .filter((f) => !f.startsWith("config/") && !f.startsWith("validate/"));
  for (const m of manifests) {
    if (!resources.includes(m))
      problems.add("kustomization.yaml", `${m} is not listed in resources`);
  }
  return resources;
}

/** The job configurations that configMapGenerator turns into ConfigMaps. */
function generatedJobConfigs(dir, kustomization, problems) {
  if (kustomization.generatorOptions?.disableNameSuffixHash !== true) {
    problems.add(
      "kustomization.yaml",
      "generatorOptions.disableNameSuffixHash must be true: kustomize does not rewrite " +
        "ConfigMap names inside a FlinkDeployment",
    );
  }
  return (kustomization.configMapGenerator ?? []).flatMap((generator) =>
    (generator.files ?? []).map((entry) => {
      const [key, file] = entry.includes("=") ? entry.split("=") : [path.basename(entry), entry];
      const config = yaml.load(readFileSync(path.join(dir, file), "utf8"));
      return { configMap: generator.name, key, file, config };
    }),
  );
}

/** Returns true when the document went through a Kubernetes schema (built-in kind). */
async function checkDocument(where, doc, context) {
  const { problems } = context;
  if (!doc.apiVersion || !doc.kind || !doc.metadata?.name) {
    problems.add(where, "apiVersion, kind and metadata.name are required");
    return false;
  }
  if (doc.kind === "Secret") {
    problems.add(
      where,
      "secrets are referenced, never stored here: create them with kubectl (deploy/README.md)",
    );
    return false;
  }
  const custom = CUSTOM[`${doc.apiVersion} ${doc.kind}`];
  if (custom) {
    try {
      await custom(where, doc, context);
    } catch (e) {
      problems.add(where, e.message);
    }
    return false;
  }
  await validateBuiltIn(where, doc, problems);
  return true;
}

/** Names one manifest uses that another must define, and the job configs against the project. */
function crossCheck({ project, problems, docs, jobConfigs }) {
  const byKind = (kind) => docs.filter((d) => d.doc.kind === kind).map((d) => d.doc);
  const kafka = kafkaBootstrap(byKind("Kafka"));
  const bolt = serviceAddresses(byKind("Service"), "bolt");
  const topics = new Set(byKind("KafkaTopic").map((t) => t.spec?.topicName ?? t.metadata.name));
  checkNeo4j(docs, project, problems);
  checkClaims(docs, new Set(byKind("PersistentVolumeClaim").map((d) => d.metadata.name)), problems);
  const kafkaAddress = (where, key, value) =>
    checkServiceAddress(where, key, value, kafka, problems);
  checkLitmineWorkloads(docs, project, problems, kafkaAddress, topics);
  for (const job of jobConfigs) {
    const where = `${job.file} (ConfigMap ${job.configMap})`;
    const flat = checkJobConfig(where, job.config, project, problems);
    kafkaAddress(where, "kafka.bootstrap-servers", flat["kafka.bootstrap-servers"]);
    checkServiceAddress(where, "neo4j.uri", flat["neo4j.uri"], bolt, problems);
    for (const key of Object.keys(DEFAULT_TOPICS)) {
      const topic = flat[key] ?? DEFAULT_TOPICS[key];
      if (!topics.has(topic)) problems.add(where, `${key} ${topic} has no KafkaTopic`);
    }
  }
}

function checkClaims(docs, claims, problems) {
  for (const { where, doc } of docs) {
    for (const claim of claimNames(doc)) {
      if (!claims.has(claim)) {
        problems.add(where, `PersistentVolumeClaim ${claim} is not defined in deploy/`);
      }
    }
  }
}

/** Neo4j runs the pom's version and answers Bolt on 7687. */
function checkNeo4j(docs, project, problems) {
  const expected = `neo4j:${project.versions.neo4j}`;
  for (const { where, doc } of docs) {
    for (const container of doc.spec?.template?.spec?.containers ?? []) {
      if (/^neo4j(:|$)/.test(container.image ?? "") && container.image !== expected) {
        problems.add(where, `image ${container.image}: the pom's Neo4j is ${expected}`);
      }
    }
    for (const port of doc.kind === "Service" ? (doc.spec?.ports ?? []) : []) {
      if (port.name === "bolt" && port.port !== 7687)
        problems.add(where, `Bolt port ${port.port}: expected 7687`);
    }
  }
}

function claimNames(doc) {
  const names = [];
  JSON.stringify(doc, (key, value) => {
    if (key === "persistentVolumeClaim" && value?.claimName) names.push(value.claimName);
    return value;
  });
  return names;
}

/** host:port pairs a client may use for Strimzi's bootstrap service of each Kafka. */
function kafkaBootstrap(kafkas) {
  return kafkas.flatMap((k) =>
    (k.spec?.kafka?.listeners ?? [])
      .filter((l) => l.tls === false)
      .map((l) => ({ host: `${k.metadata.name}-kafka-bootstrap`, port: l.port })),
  );
}

function serviceAddresses(services, portName) {
  return services.flatMap((s) =>
    (s.spec?.ports ?? [])
      .filter((p) => p.name === portName)
      .map((p) => ({ host: s.metadata.name, port: p.port })),
  );
}

/** `value` must point at one of `targets` (host may be qualified: name.namespace.svc...). */
function checkServiceAddress(where, key, value, targets, problems) {
  const address = hostPort(value);
  if (!address) {
    problems.add(where, `${key} '${value}' is not host:port`);
    return;
  }
  const hit = targets.some(
    (t) =>
      (address.host === t.host || address.host.startsWith(`${t.host}.`)) && address.port === t.port,
  );
  if (!hit) {
    problems.add(
      where,
      `${key} ${value} matches no service here (${targets.map((t) => `${t.host}:${t.port}`).join(", ") || "none"})`,
    );
  }
}
