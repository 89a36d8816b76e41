// docker/compose.yaml and docker/job.yaml against the project: images of the pom's versions,
// the ports the job's configuration uses, flags and variables litmine declares, health checks,
// the GPU reservation. (Its syntax is docker-compose's to judge: DeploymentManifestsTest runs
// `docker-compose config -q` where it is installed.)
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import {
  checkEnvName,
  checkFlags,
  checkJobConfig,
  checkProvider,
  flagValue,
  hostPort,
} from "./common.mjs";
import { ENTRY_CLASS } from "./flink.mjs";

const JOB_CONFIG_IN_IMAGE = "/opt/litmine/conf/job.yaml";
const ONE_SHOT = ["topics", "ingest"];

export function validateCompose(dockerDir, project, problems) {
  const compose = yaml.load(readFileSync(path.join(dockerDir, "compose.yaml"), "utf8"));
  const services = compose.services ?? {};
  const where = (name) => `docker/compose.yaml services.${name}`;
  checkImages(services, project, where, problems);
  checkKafka(services.kafka, where("kafka"), problems);
  checkPublished(services.neo4j, "7687:7687", where("neo4j"), problems);
  checkPublished(services.jobmanager, "8081:8081", where("jobmanager"), problems);
  checkJobManager(services.jobmanager, project, where("jobmanager"), problems);
  checkIngest(services.ingest, project, where("ingest"), problems);
  checkTaskManagers(services, where, problems);
  for (const [name, service] of Object.entries(services)) {
    checkService(name, service, compose, project, where(name), problems);
  }
  const job = yaml.load(readFileSync(path.join(dockerDir, "job.yaml"), "utf8"));
  const flat = checkJobConfig("docker/job.yaml", job, project, problems);
  expectAddress(
    "docker/job.yaml kafka.bootstrap-servers",
    flat["kafka.bootstrap-servers"],
    "kafka",
    9092,
    problems,
  );
  expectAddress("docker/job.yaml neo4j.uri", flat["neo4j.uri"], "neo4j", 7687, problems);
  return { services: Object.keys(services).length };
}

/** ${VAR:-default} → default; anything else unchanged. */
function withDefaults(value) {
  return String(value).replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, "$1");
}

function checkImages(services, project, where, problems) {
  const expected = {
    kafka: `apache/kafka:${project.versions.kafka}`,
    topics: `apache/kafka:${project.versions.kafka}`,
    neo4j: `neo4j:${project.versions.neo4j}`,
  };
  for (const [name, service] of Object.entries(services)) {
    const image = withDefaults(service.image ?? "");
    const want = expected[name] ?? `litmine:${project.versions.project}`;
    if (image !== want)
      problems.add(where(name), `image ${image}: expected ${want} (root pom.xml)`);
  }
}

function checkKafka(kafka, where, problems) {
  const env = kafka?.environment ?? {};
  if (
    !String(env.KAFKA_LISTENERS ?? "")
      .split(",")
      .includes("PLAINTEXT://:9092")
  )
    problems.add(where, "KAFKA_LISTENERS must hold PLAINTEXT://:9092");
  if (
    !String(env.KAFKA_ADVERTISED_LISTENERS ?? "")
      .split(",")
      .includes("PLAINTEXT://kafka:9092")
  )
    problems.add(where, "KAFKA_ADVERTISED_LISTENERS must hold PLAINTEXT://kafka:9092");
  if (!String(env.KAFKA_PROCESS_ROLES ?? "").includes("controller"))
    problems.add(where, "KRaft: KAFKA_PROCESS_ROLES must include controller");
}

function checkPublished(service, mapping, where, problems) {
  if (!(service?.ports ?? []).map(String).includes(mapping))
    problems.add(where, `must publish ${mapping}`);
}

/** Application mode: standalone-job running litmine's main with `run` and known flags. */
function checkJobManager(service, project, where, problems) {
  const command = (service?.command ?? []).map(String);
  if (command[0] !== "standalone-job" || flagValue(command, "--job-classname") !== ENTRY_CLASS) {
    return problems.add(
      where,
      `command must be standalone-job --job-classname ${ENTRY_CLASS} run ...`,
    );
  }
  if (!command.includes("run")) return problems.add(where, "command must run the `run` subcommand");
  const args = command.slice(command.indexOf("run") + 1);
  checkFlags(where, args, project.runFlags, problems);
  checkProvider(where, flagValue(args, "--provider"), problems);
  if (flagValue(args, "--config") !== JOB_CONFIG_IN_IMAGE)
    problems.add(
      where,
      `--config must be ${JOB_CONFIG_IN_IMAGE}, where the Dockerfile puts docker/job.yaml`,
    );
  if (!propertyLines(service.environment?.FLINK_PROPERTIES).includes("execution.attached: true")) {
    problems.add(
      where,
      "FLINK_PROPERTIES needs execution.attached: true (litmine's main ends with System.exit)",
    );
  }
  if (!("LITMINE_NEO4J_PASSWORD" in (service.environment ?? {})))
    problems.add(
      where,
      "LITMINE_NEO4J_PASSWORD must be passed to the JobManager, which builds the job",
    );
}

function checkIngest(service, project, where, problems) {
  const line = [].concat(service?.command ?? []).join(" ");
  const match = line.match(/io\.litmine\.cli\.Litmine\s+ingest\s+(.*)$/s);
  if (!match) return problems.add(where, "command must run io.litmine.cli.Litmine ingest");
  checkFlags(where, match[1].split(/\s+/), project.ingestFlags, problems);
  const servers = flagValue(match[1].split(/\s+/), "--bootstrap-servers");
  expectAddress(`${where} --bootstrap-servers`, servers, "kafka", 9092, problems);
}

/** One GPU TaskManager (profile gpu, nvidia reservation, GPU external resource) and one CPU. */
function checkTaskManagers(services, where, problems) {
  const gpu = services.taskmanager;
  const cpu = services["taskmanager-cpu"];
  if (!gpu?.profiles?.includes("gpu") || !cpu?.profiles?.includes("cpu")) {
    return problems.add(
      where("taskmanager"),
      "taskmanager (profile gpu) and taskmanager-cpu (profile cpu) are required",
    );
  }
  const device = gpu.deploy?.resources?.reservations?.devices?.[0];
  if (device?.driver !== "nvidia" || !device.capabilities?.includes("gpu"))
    problems.add(where("taskmanager"), "must reserve an nvidia device with capability gpu");
  if (cpu.deploy?.resources?.reservations?.devices)
    problems.add(where("taskmanager-cpu"), "must not reserve a GPU");
  const gpuLines = propertyLines(gpu.environment?.FLINK_PROPERTIES);
  const cpuLines = propertyLines(cpu.environment?.FLINK_PROPERTIES);
  for (const line of cpuLines) {
    if (!gpuLines.includes(line))
      problems.add(where("taskmanager"), `FLINK_PROPERTIES lacks '${line}' of the common settings`);
  }
  for (const line of [
    "external-resources: gpu",
    "external-resource.gpu.driver-factory.class: org.apache.flink.externalresource.gpu.GPUDriverFactory",
  ]) {
    if (!gpuLines.includes(line))
      problems.add(where("taskmanager"), `FLINK_PROPERTIES lacks '${line}'`);
  }
}

function propertyLines(text) {
  return String(text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Every service: litmine's variables only, named volumes declared, a health check if long-running. */
function checkService(name, service, compose, project, where, problems) {
  for (const variable of Object.keys(service.environment ?? {}))
    checkEnvName(where, variable, project, problems);
  for (const volume of service.volumes ?? []) {
    const source = String(volume).split(":")[0];
    if (/^[a-z][a-z0-9-]*$/.test(source) && !(source in (compose.volumes ?? {})))
      problems.add(where, `volume ${source} is not declared under volumes:`);
  }
  if (!ONE_SHOT.includes(name) && !service.healthcheck?.test)
    problems.add(where, "a long-running service needs a healthcheck");
  if (ONE_SHOT.includes(name) && service.restart !== "no")
    problems.add(where, 'a one-shot service must have restart: "no"');
}

function expectAddress(where, value, host, port, problems) {
  const address = hostPort(value);
  if (!address || address.host !== host || address.port !== port)
    problems.add(where, `'${value}': expected ${host}:${port}`);
}
