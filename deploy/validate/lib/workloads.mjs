// Plain Kubernetes workloads that run the litmine image (the ingest CronJob): the image tag, the
// variables and the `litmine ingest` flags, and the Kafka address and topic it publishes to.
import { checkEnvName, checkFlags, flagValue } from "./common.mjs";

/** The pod spec of a Deployment, StatefulSet, Job or CronJob. */
function podSpec(doc) {
  return doc.spec?.jobTemplate?.spec?.template?.spec ?? doc.spec?.template?.spec;
}

function isLitmineImage(image) {
  const repository = String(image ?? "").replace(/:[^/:]*$/, "");
  return repository.split("/").at(-1) === "litmine";
}

/**
 * @param kafkaAddress (where, key, value) → checks an address against the Kafka services
 * @param topics names of the KafkaTopics defined here
 */
export function checkLitmineWorkloads(docs, project, problems, kafkaAddress, topics) {
  for (const { where, doc } of docs) {
    const containers = (podSpec(doc)?.containers ?? []).filter((c) => isLitmineImage(c.image));
    for (const container of containers) {
      const at = `${where} container ${container.name}`;
      const tag = container.image.slice(container.image.lastIndexOf(":") + 1);
      if (tag !== project.versions.project) {
        problems.add(at, `image ${container.image}: tag should be ${project.versions.project}`);
      }
      for (const env of container.env ?? []) {
        checkEnvName(at, env.name, project, problems);
        if (/PASSWORD|SECRET|TOKEN|KEY/.test(env.name) && env.value !== undefined) {
          problems.add(at, `${env.name} has a literal value: take it from a Secret`);
        }
      }
      checkIngest(at, [...(container.command ?? []), ...(container.args ?? [])].map(String));
    }
  }

  function checkIngest(at, line) {
    const index = line.indexOf("ingest");
    if (index < 0) return;
    const args = line.slice(index + 1);
    checkFlags(at, args, project.ingestFlags, problems);
    kafkaAddress(at, "--bootstrap-servers", flagValue(args, "--bootstrap-servers"));
    const topic = flagValue(args, "--topic") ?? "pubmed.articles";
    if (!topics.has(topic)) problems.add(at, `--topic ${topic} has no KafkaTopic`);
  }
}
