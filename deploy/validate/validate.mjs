// Offline validation of litmine's deployment files (no Kubernetes API server or Docker engine):
//   node deploy/validate/validate.mjs [--manifests DIR] [--docker DIR]
// DIRs default to the checkout's deploy/ and docker/. Prints one summary line with the counts,
// or every problem found; exit status 0 when there is none, 1 otherwise.
// Run by DeploymentManifestsTest in `mvn verify`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Problems } from "./lib/common.mjs";
import { validateCompose } from "./lib/compose.mjs";
import { validateDockerfile } from "./lib/dockerfile.mjs";
import { validateManifests } from "./lib/kubernetes.mjs";
import { loadProject } from "./lib/project.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? path.resolve(process.argv[index + 1]) : fallback;
}

const manifests = option("--manifests", path.join(root, "deploy"));
const docker = option("--docker", path.join(root, "docker"));
const problems = new Problems();
const project = loadProject(root);
const k8s = await validateManifests(manifests, project, problems);
const compose = validateCompose(docker, project, problems);
validateDockerfile(docker, project, problems);

if (problems.list.length > 0) {
  console.error(
    `deploy/validate: ${problems.list.length} problem(s) in ${manifests} and ${docker}:`,
  );
  problems.list.forEach((p) => console.error(`  - ${p}`));
  process.exit(1);
}
console.log(
  `deploy/validate: ${k8s.documents} documents validated ` +
    `(${k8s.schemaChecked} against Kubernetes schemas, ${k8s.custom} custom resources), ` +
    `${k8s.jobConfigs} job config(s), compose: ${compose.services} services, Dockerfile: ok; ` +
    `against Flink ${project.versions.flink}, Kafka ${project.versions.kafka}, Neo4j ${project.versions.neo4j}, ` +
    `${project.configKeys.size} job options`,
);
