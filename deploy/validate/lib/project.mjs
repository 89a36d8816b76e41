// What the project itself says, read from its sources: the pinned versions (root pom.xml), the
// job's option keys (MiningConfig), the environment variables the code reads, and the flags of
// `litmine run` and `litmine ingest`. The manifests are checked against these, so a renamed
// option or a version bump that the deployment files miss fails the build.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const JOBS_JAVA = "jobs/src/main/java/io/litmine";

export function loadProject(root) {
  const pom = readFileSync(path.join(root, "pom.xml"), "utf8");
  return {
    root,
    versions: {
      project: projectVersion(pom),
      flink: pomProperty(pom, "flink.version"),
      kafka: pomProperty(pom, "kafka.version"),
      neo4j: pomProperty(pom, "neo4j.version"),
    },
    configKeys: configKeys(root),
    envNames: envNames(root),
    runFlags: cliFlags(root, ["cli/RunCommand.java"]),
    ingestFlags: cliFlags(root, ["cli/IngestCommand.java", "cli/EutilsOptions.java"]),
  };
}

function pomProperty(pom, name) {
  const match = pom.match(new RegExp(`<${name}>([^<]+)</${name}>`));
  if (!match) throw new Error(`pom.xml has no <${name}> property`);
  return match[1].trim();
}

function projectVersion(pom) {
  const match = pom.match(/<artifactId>litmine-parent<\/artifactId>\s*<version>([^<]+)<\/version>/);
  if (!match) throw new Error("pom.xml: no version after <artifactId>litmine-parent</artifactId>");
  return match[1].trim();
}

/** Every `key("...")` of MiningConfig: the only keys `litmine run --config` accepts. */
function configKeys(root) {
  const source = readFileSync(path.join(root, JOBS_JAVA, "jobs/MiningConfig.java"), "utf8");
  const keys = [...source.matchAll(/key\("([^"]+)"\)/g)].map((m) => m[1]);
  if (keys.length === 0) throw new Error('MiningConfig.java: no key("...") found');
  return new Set(keys);
}

/** LITMINE_* and NCBI_* names in the main sources, and ${env:...} lookups in resources. */
function envNames(root) {
  const names = new Set();
  for (const module of ["jobs", "operators"]) {
    for (const file of walk(path.join(root, module, "src/main"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/"((?:LITMINE|NCBI)_[A-Z0-9_]+)"/g)) names.add(m[1]);
      for (const m of text.matchAll(/\$\{env:([A-Z0-9_]+)/g)) names.add(m[1]);
    }
  }
  return names;
}

/** The option names declared in picocli `names = ...` attributes, plus the standard ones. */
function cliFlags(root, files) {
  const flags = new Set(["--help", "-h", "--version", "-V"]);
  for (const file of files) {
    const source = readFileSync(path.join(root, JOBS_JAVA, file), "utf8");
    for (const m of source.matchAll(/names\s*=\s*(\{[^}]*\}|"[^"]*")/g)) {
      for (const name of m[1].matchAll(/"(-{1,2}[\w-]+)"/g)) flags.add(name[1]);
    }
  }
  return flags;
}

export function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules") continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...walk(full));
    else files.push(full);
  }
  return files.sort();
}
