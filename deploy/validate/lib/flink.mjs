// The FlinkDeployment (Flink Kubernetes Operator, flink.apache.org/v1beta1). kubernetes-models
// does not know this custom resource, so the fields the operator requires, and the ones litmine's
// deployment relies on, are checked here; the pod templates go through the Pod schema.
import { checkEnvName, checkFlags, checkProvider, flagValue, validateBuiltIn } from "./common.mjs";

export const JAR_URI = "local:///opt/flink/usrlib/litmine.jar";
export const ENTRY_CLASS = "io.litmine.cli.Litmine";
const GPU_FACTORY = "org.apache.flink.externalresource.gpu.GPUDriverFactory";
const UPGRADE_MODES = ["stateless", "savepoint", "last-state"];
const MEMORY = /^\d+(\.\d+)?([kmgt]|[KMGT]i?|[kmgt]b)?$/;

export async function checkFlinkDeployment(where, doc, context) {
  const { project, problems } = context;
  const spec = doc.spec ?? {};
  const fail = (message) => problems.add(where, message);
  const expectedVersion = `v${project.versions.flink.split(".").slice(0, 2).join("_")}`;
  if (spec.flinkVersion !== expectedVersion)
    fail(
      `spec.flinkVersion ${spec.flinkVersion}: the pom's Flink ${project.versions.flink} is ${expectedVersion}`,
    );
  checkImage(spec.image, project, fail);
  if (typeof spec.serviceAccount !== "string")
    fail("spec.serviceAccount is required (the operator's `flink` account)");
  const conf = checkConfiguration(spec.flinkConfiguration, spec.job?.upgradeMode, fail);
  checkResource("jobManager", spec.jobManager, fail);
  checkResource("taskManager", spec.taskManager, fail);
  checkJob(`${where} spec.job.args`, spec.job, project, context, fail);
  checkGpu(conf, spec.taskManager, fail);
  for (const role of ["jobManager", "taskManager"]) {
    await checkPodTemplate(
      `${where} ${role}.podTemplate`,
      spec[role]?.podTemplate,
      project,
      context,
    );
  }
}

function checkImage(image, project, fail) {
  if (typeof image !== "string" || image === "") return fail("spec.image is required");
  const tag = image.slice(image.lastIndexOf(":") + 1);
  if (tag !== project.versions.project)
    fail(`spec.image ${image}: tag should be the project version ${project.versions.project}`);
}

function checkConfiguration(conf, upgradeMode, fail) {
  if (conf == null || typeof conf !== "object") {
    fail("spec.flinkConfiguration is required");
    return {};
  }
  for (const [key, value] of Object.entries(conf)) {
    if (typeof value !== "string")
      fail(`flinkConfiguration ${key}: quote the value (operators before 1.13 take strings only)`);
  }
  for (const key of ["execution.checkpointing.dir", "execution.checkpointing.savepoint-dir"]) {
    if (!/^(file|s3|s3a|s3p|gs|abfss?|hdfs|oss):\/\//.test(conf[key] ?? ""))
      fail(`flinkConfiguration ${key} must name a persistent store (file:///volume, s3://...)`);
  }
  if (
    upgradeMode === "last-state" &&
    (conf["high-availability.type"] !== "kubernetes" || !conf["high-availability.storageDir"])
  ) {
    fail(
      "upgradeMode last-state needs high-availability.type kubernetes and high-availability.storageDir",
    );
  }
  if (conf["execution.attached"] !== "true")
    fail(
      'execution.attached must be "true": litmine\'s main ends with System.exit, which would stop the JobManager after submission',
    );
  if (conf["rest.port"] !== undefined && conf["rest.port"] !== "8081")
    fail(`rest.port ${conf["rest.port"]}: the REST port is 8081 everywhere else`);
  return conf;
}

function checkResource(role, spec, fail) {
  const resource = spec?.resource;
  if (!resource || !MEMORY.test(String(resource.memory ?? "")) || !(Number(resource.cpu) > 0)) {
    fail(`spec.${role}.resource needs memory (e.g. 2048m) and cpu > 0`);
  }
}

function checkJob(where, job, project, context, fail) {
  if (!job) return fail("spec.job is required (application mode)");
  if (job.jarURI !== JAR_URI)
    fail(`spec.job.jarURI ${job.jarURI}: the image holds the jar at ${JAR_URI}`);
  if (job.entryClass !== ENTRY_CLASS)
    fail(`spec.job.entryClass ${job.entryClass}: expected ${ENTRY_CLASS}`);
  if (!UPGRADE_MODES.includes(job.upgradeMode))
    fail(`spec.job.upgradeMode ${job.upgradeMode}: one of ${UPGRADE_MODES.join(", ")}`);
  if (!Number.isInteger(job.parallelism) || job.parallelism < 1)
    fail(`spec.job.parallelism ${job.parallelism}: an integer >= 1`);
  if (job.state !== undefined && !["running", "suspended"].includes(job.state))
    fail(`spec.job.state ${job.state}: running or suspended`);
  const args = (job.args ?? []).map(String);
  if (args[0] !== "run") return fail("spec.job.args must start with the subcommand `run`");
  checkFlags(where, args.slice(1), project.runFlags, context.problems);
  checkProvider(where, flagValue(args, "--provider"), context.problems);
  checkConfigMounted(flagValue(args, "--config"), context, fail);
}

/** --config must be a file of a ConfigMap (from kustomization's generator) the JobManager mounts. */
function checkConfigMounted(configPath, context, fail) {
  if (!configPath) return fail("spec.job.args: --config FILE is required");
  const deployment = context.docs.find((d) => d.doc.kind === "FlinkDeployment").doc;
  const pod = deployment.spec.jobManager?.podTemplate?.spec ?? {};
  const container = (pod.containers ?? []).find((c) => c.name === "flink-main-container") ?? {};
  const mounted = (container.volumeMounts ?? []).some((mount) => {
    const volume = (pod.volumes ?? []).find((v) => v.name === mount.name);
    const job = context.jobConfigs.find((j) => j.configMap === volume?.configMap?.name);
    return job && configPath === `${mount.mountPath}/${job.key}`;
  });
  if (!mounted)
    fail(
      `--config ${configPath} is not a job config the JobManager mounts from kustomization's configMapGenerator`,
    );
}

/** Flink's GPU external resource, and the TaskManager's nvidia.com/gpu limit agreeing with it. */
function checkGpu(conf, taskManager, fail) {
  const resources = String(conf["external-resources"] ?? "").split(";");
  if (!resources.includes("gpu"))
    return fail("flinkConfiguration external-resources must list gpu");
  if (conf["external-resource.gpu.driver-factory.class"] !== GPU_FACTORY)
    fail(`external-resource.gpu.driver-factory.class must be ${GPU_FACTORY}`);
  if (conf["external-resource.gpu.kubernetes.config-key"] !== "nvidia.com/gpu")
    fail("external-resource.gpu.kubernetes.config-key must be nvidia.com/gpu");
  const amount = Number(conf["external-resource.gpu.amount"]);
  if (!(amount >= 1)) fail("external-resource.gpu.amount must be >= 1");
  const main = (taskManager?.podTemplate?.spec?.containers ?? []).find(
    (c) => c.name === "flink-main-container",
  );
  const limit = main?.resources?.limits?.["nvidia.com/gpu"];
  if (limit !== undefined && Number(limit) !== amount)
    fail(
      `taskManager nvidia.com/gpu limit ${limit} differs from external-resource.gpu.amount ${amount}`,
    );
}

async function checkPodTemplate(where, template, project, context) {
  if (!template) return;
  const containers = template.spec?.containers ?? [];
  if (!containers.some((c) => c.name === "flink-main-container")) {
    context.problems.add(
      where,
      "the main container must be named flink-main-container for the operator to merge it",
    );
  }
  for (const container of containers) {
    for (const env of container.env ?? []) {
      checkEnvName(where, env.name, project, context.problems);
      if (/PASSWORD|SECRET|TOKEN|KEY/.test(env.name) && env.value !== undefined) {
        context.problems.add(
          where,
          `${env.name} has a literal value: take it from a Secret (valueFrom.secretKeyRef)`,
        );
      }
    }
  }
  return validateBuiltIn(
    where,
    { apiVersion: "v1", kind: "Pod", metadata: {}, ...template },
    context.problems,
  );
}
