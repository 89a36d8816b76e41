// Checks shared by the Kubernetes, compose and Dockerfile validators.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

/** Collects problems, each naming the file and the object it is about. */
export class Problems {
  constructor() {
    this.list = [];
  }
  add(where, message) {
    this.list.push(`${where}: ${message}`);
  }
  /** Runs `check`, turning an exception into a problem instead of stopping the run. */
  guard(where, check) {
    try {
      check();
    } catch (e) {
      this.add(where, e.message);
    }
  }
}

export function readYamlDocuments(file) {
  return yaml.loadAll(readFileSync(file, "utf8")).filter((doc) => doc != null);
}

/** Nested YAML maps to dotted keys, as ConfigFiles.flatten does in the job. */
export function flattenKeys(map, prefix = "") {
  const out = {};
  for (const [key, value] of Object.entries(map ?? {})) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      Object.assign(out, flattenKeys(value, `${prefix}${key}.`));
    } else {
      out[`${prefix}${key}`] = value;
    }
  }
  return out;
}

/** A `litmine run --config` file: only keys MiningConfig declares, and never a password. */
export function checkJobConfig(where, config, project, problems) {
  const flat = flattenKeys(config);
  for (const key of Object.keys(flat)) {
    if (!project.configKeys.has(key)) {
      problems.add(
        where,
        `'${key}' is not an option of the job (MiningConfig); known: ${[...project.configKeys].join(", ")}`,
      );
    }
  }
  return flat;
}

/** The flags of a command line (after the subcommand) must be ones the command declares. */
export function checkFlags(where, args, known, problems) {
  for (const arg of args) {
    const flag = String(arg).split("=")[0];
    if (flag.startsWith("-") && !known.has(flag)) {
      problems.add(
        where,
        `option ${flag} is not declared by the command (known: ${[...known].join(", ")})`,
      );
    }
  }
}

/** The value following `flag` in an argument list, or undefined. */
export function flagValue(args, flag) {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

export function checkProvider(where, provider, problems) {
  if (
    provider !== undefined &&
    !/^(auto|cpu|cuda(:\d+)?|\$\{LITMINE_PROVIDER:-(auto|cpu|cuda(:\d+)?)\})$/.test(provider)
  ) {
    problems.add(where, `--provider ${provider}: expected auto, cpu or cuda[:device]`);
  }
}

/** litmine's own variables (LITMINE_*, NCBI_*) must be ones the code reads. */
export function checkEnvName(where, name, project, problems) {
  if (/^(LITMINE|NCBI)_/.test(name) && !project.envNames.has(name)) {
    problems.add(
      where,
      `environment variable ${name} is not read by litmine (reads: ${[...project.envNames].join(", ")})`,
    );
  }
}

/** host:port from "host:port", "bolt://host:port" or "PLAINTEXT://host:port". */
export function hostPort(address) {
  const match = String(address).match(/^(?:[a-z+]+:\/\/)?([^:/]*):(\d+)$/i);
  return match ? { host: match[1], port: Number(match[2]) } : undefined;
}

/** A built-in kind against its Kubernetes OpenAPI schema (kubernetes-models). */
export async function validateBuiltIn(where, doc, problems) {
  const group = doc.apiVersion.includes("/") ? doc.apiVersion : `v1`;
  let module;
  try {
    module = await import(`kubernetes-models/${group}`);
  } catch {
    problems.add(where, `unknown apiVersion ${doc.apiVersion}`);
    return;
  }
  const Model = module[doc.kind];
  if (!Model) {
    problems.add(where, `${doc.apiVersion} has no kind ${doc.kind}`);
    return;
  }
  problems.guard(where, () => new Model(doc).validate());
}
