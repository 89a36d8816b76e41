// Strimzi's custom resources (kafka.strimzi.io/v1beta2): the fields the Strimzi operator requires
// and the ones the job depends on (Kafka version of the pom, plain listener on 9092, topics).
const ROLES = ["controller", "broker"];

export function checkKafka(where, doc, { project, problems }) {
  const kafka = doc.spec?.kafka;
  const fail = (message) => problems.add(where, message);
  if (!kafka) return fail("spec.kafka is required");
  if (kafka.version !== project.versions.kafka)
    fail(`spec.kafka.version ${kafka.version}: the pom's Kafka is ${project.versions.kafka}`);
  const listeners = kafka.listeners ?? [];
  if (listeners.length === 0) fail("spec.kafka.listeners is required");
  for (const listener of listeners) {
    if (
      !listener.name ||
      !Number.isInteger(listener.port) ||
      !listener.type ||
      typeof listener.tls !== "boolean"
    ) {
      fail(`listener ${JSON.stringify(listener)}: name, port (integer), type and tls are required`);
    }
  }
  if (!listeners.some((l) => l.port === 9092 && l.tls === false))
    fail("no plain (tls: false) listener on 9092, the job's Kafka port");
}

export function checkKafkaNodePool(where, doc, { problems }) {
  const spec = doc.spec ?? {};
  const fail = (message) => problems.add(where, message);
  if (!doc.metadata.labels?.["strimzi.io/cluster"]) fail("label strimzi.io/cluster is required");
  if (!Number.isInteger(spec.replicas) || spec.replicas < 1)
    fail(`spec.replicas ${JSON.stringify(spec.replicas)}: an integer >= 1`);
  if (
    !Array.isArray(spec.roles) ||
    spec.roles.length === 0 ||
    spec.roles.some((r) => !ROLES.includes(r))
  ) {
    fail(`spec.roles ${JSON.stringify(spec.roles)}: a non-empty list of ${ROLES.join(", ")}`);
  }
  if (!spec.storage?.type) fail("spec.storage.type is required");
}

export function checkKafkaTopic(where, doc, { problems, docs }) {
  const spec = doc.spec ?? {};
  const fail = (message) => problems.add(where, message);
  const cluster = doc.metadata.labels?.["strimzi.io/cluster"];
  if (!cluster)
    fail("label strimzi.io/cluster is required (the topic operator ignores the topic without it)");
  const clusters = docs.filter((d) => d.doc.kind === "Kafka").map((d) => d.doc.metadata.name);
  if (cluster && clusters.length > 0 && !clusters.includes(cluster))
    fail(`strimzi.io/cluster ${cluster}: no Kafka of that name (${clusters.join(", ")})`);
  for (const field of ["partitions", "replicas"]) {
    if (!Number.isInteger(spec[field]) || spec[field] < 1)
      fail(`spec.${field} ${JSON.stringify(spec[field])}: an integer >= 1`);
  }
}
