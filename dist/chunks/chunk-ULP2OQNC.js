import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/tools/platform.ts
import path from "node:path";
function defaultPython(platform = process.platform, env = process.env) {
  const location = env.pythonLocation;
  if (location) {
    return platform === "win32" ? path.win32.join(location, "python.exe") : path.posix.join(location, "bin", "python");
  }
  return platform === "win32" ? "python" : "python3";
}
function venvExecutable(venv, name, platform = process.platform) {
  return platform === "win32" ? path.win32.join(venv, "Scripts", `${name}.exe`) : path.posix.join(venv, "bin", name);
}
function isMusl(platform = process.platform) {
  if (platform !== "linux") return false;
  const report = process.report?.getReport();
  return !report?.header?.glibcVersionRuntime;
}

export {
  defaultPython,
  venvExecutable,
  isMusl
};
