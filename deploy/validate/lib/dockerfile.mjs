// docker/Dockerfile, read statically (no Docker engine here): the Flink base image of the pom's
// version, the GPU build, the jar where the manifests expect it, no models baked in, non-root.
import { readFileSync } from "node:fs";
import path from "node:path";
import { JAR_URI } from "./flink.mjs";

export function validateDockerfile(dockerDir, project, problems) {
  const where = "docker/Dockerfile";
  const text = readFileSync(path.join(dockerDir, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const fail = (message) => problems.add(where, message);
  const flinkImage = `flink:${project.versions.flink}-java17`;
  if (!lines.includes(`ARG FLINK_IMAGE=${flinkImage}`))
    fail(`ARG FLINK_IMAGE must default to ${flinkImage} (root pom.xml flink.version)`);
  if (!lines.some((l) => /^ARG CUDA_IMAGE=nvidia\/cuda:12\.[\d.]+-cudnn-runtime-/.test(l)))
    fail(
      "ARG CUDA_IMAGE must be a CUDA 12 cudnn-runtime image (onnxruntime_gpu 1.28: CUDA 12, cuDNN 9)",
    );
  const froms = lines.filter((l) => l.startsWith("FROM "));
  if (froms.length < 2) fail("must be multi-stage (build, then runtime)");
  if (froms.at(-1) !== "FROM ${FLINK_IMAGE}") fail("the last stage must start FROM ${FLINK_IMAGE}");
  if (!lines.some((l) => /\bmvn\b.*-P(\S*,)?gpu\b/.test(l)))
    fail("the jar must be built with the gpu profile (-Pgpu)");
  const jarPath = JAR_URI.replace("local://", "");
  if (!lines.some((l) => l.startsWith("COPY ") && l.endsWith(` ${jarPath}`)))
    fail(`the job jar must be copied to ${jarPath}`);
  if (lines.some((l) => /^(COPY|ADD) .*\bmodels\b/.test(l)))
    fail("models are mounted, never copied into the image");
  const user = lines.filter((l) => l.startsWith("USER ")).at(-1);
  if (!user || /^USER (root|0)(:|$)/.test(user)) fail("the image must end with a non-root USER");
  return { stages: froms.length };
}
