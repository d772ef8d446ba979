import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  packagesForRun
} from "./chunk-4GD5YRLL.js";
import {
  loadProject,
  parseToml,
  repoPath,
  table
} from "./chunk-Y3NAE3L4.js";

// src/project/find-packages.ts
var MAX_DEPTH = 3;
var MAX_FOLDERS = 2e3;
var NOT_PACKAGES = /* @__PURE__ */ new Set([
  "bench",
  "benchmark",
  "benchmarks",
  "build",
  "dist",
  "doc",
  "docs",
  "example",
  "examples",
  "fixtures",
  "node_modules",
  "site-packages",
  "test",
  "testdata",
  "testing",
  "tests",
  "venv"
]);
function describesProject(toml) {
  const tool = table(toml.tool);
  const uv = table(tool?.uv);
  if (table(toml.project) === void 0 && table(tool?.poetry) === void 0) return false;
  if (uv?.package === false) return false;
  return !(table(uv?.workspace) !== void 0 && table(toml["build-system"]) === void 0);
}
async function holdsProject(reader, dir) {
  if (await reader.read(repoPath(dir, "setup.py")) !== void 0) return true;
  if (await reader.read(repoPath(dir, "setup.cfg")) !== void 0) return true;
  const file = repoPath(dir, "pyproject.toml");
  const text = await reader.read(file);
  if (text === void 0) return false;
  try {
    return describesProject(parseToml(text, file));
  } catch {
    return true;
  }
}
function subfolders(entries, dir) {
  return entries.filter((entry) => entry.endsWith("/")).map((entry) => entry.slice(0, -1)).filter((folder) => {
    const name = folder.slice(dir ? dir.length + 1 : 0);
    return !name.startsWith(".") && !name.startsWith("_") && !NOT_PACKAGES.has(name.toLowerCase());
  });
}
async function packageFolders(reader) {
  const found = [];
  let level = [""];
  let visited = 0;
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next = [];
    for (const dir of level) {
      const entries = await reader.list?.(dir) ?? [];
      for (const folder of subfolders(entries, dir)) {
        if (++visited > MAX_FOLDERS) return found;
        if (await holdsProject(reader, folder)) found.push(folder);
        else next.push(folder);
      }
    }
    level = next;
  }
  return found;
}
async function findPackages(reader) {
  if (!reader.list || await holdsProject(reader, "")) return [];
  return namedPackages(reader, await packageFolders(reader));
}
function namedPackages(reader, folders) {
  return Promise.all(
    folders.map(async (dir) => {
      const project = await loadProject(reader, { dir, changelog: "none", versionFiles: [] }).catch(
        () => void 0
      );
      return { dir, name: project?.name };
    })
  );
}
async function runPackages(reader, inputs, facts = { tag: void 0 }) {
  if (inputs.packages.length > 0 || ![".", "./"].includes(inputs.workingDirectory)) {
    return inputs.packages;
  }
  const found = await findPackages(reader);
  if (found.length > 0) return found.map(toEntry);
  return facts.tag === void 0 ? [] : packagesBesideRoot(reader, facts);
}
function toEntry(entry) {
  return { prefix: "", dir: entry.dir, found: { name: entry.name } };
}
async function packagesBesideRoot(reader, facts) {
  if (!reader.list) return [];
  const nested = await namedPackages(reader, await packageFolders(reader));
  if (nested.length === 0) return [];
  const [root] = await namedPackages(reader, ["."]);
  const entries = [root, ...nested].map(toEntry);
  try {
    const [chosen] = packagesForRun("release", entries, { named: "", ...facts });
    return chosen && chosen.dir !== "." ? entries : [];
  } catch {
    return [];
  }
}
function describeFound(packages) {
  return packages.map((entry) => `${entry.dir}${entry.found?.name ? ` (${entry.found.name})` : ""}`).join(", ");
}

export {
  runPackages,
  describeFound
};
