import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/tools/args.ts
function pathArg(value) {
  return value.startsWith("-") ? `./${value}` : value;
}

// src/tools/uv-args.ts
function uvBuildArgs(options) {
  return [
    "build",
    "--sdist",
    "--wheel",
    "--no-sources",
    "--out-dir",
    pathArg(options.outDir),
    ...options.python ? ["--python", options.python] : [],
    ...options.isolation ? [] : ["--no-build-isolation"],
    pathArg(options.projectDir)
  ];
}
function uvVenvArgs(venvDir, python) {
  return ["venv", "--quiet", ...python ? ["--python", python] : [], pathArg(venvDir)];
}
function uvPipInstallArgs(venvPython, wheelPath, options = {}) {
  return [
    "pip",
    "install",
    "--quiet",
    "--python",
    venvPython,
    ...options.noDeps ? ["--no-deps"] : [],
    ...options.indexUrl ? ["--default-index", options.indexUrl] : [],
    pathArg(wheelPath)
  ];
}

export {
  pathArg,
  uvBuildArgs,
  uvVenvArgs,
  uvPipInstallArgs
};
