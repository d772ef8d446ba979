import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  isMusl
} from "./chunk-ULP2OQNC.js";
import {
  require_semver
} from "./chunk-IS577UVD.js";
import {
  installUv,
  runCommand
} from "./chunk-WNMN2RH2.js";
import {
  option,
  optionTitle,
  setting
} from "./chunk-SINCDJQB.js";
import {
  cp,
  debug,
  exec,
  isDebug,
  mkdirP,
  rmRF,
  which
} from "./chunk-7OOC5VYS.js";
import {
  HttpFailure,
  httpDownload
} from "./chunk-MQQSYQHO.js";
import "./chunk-4LYOQI2X.js";
import "./chunk-QCIHYT6C.js";
import {
  info
} from "./chunk-QJ74AIE5.js";
import "./chunk-WCRYQQ6S.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import {
  __toESM
} from "./chunk-HN3VUIRH.js";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import { ok } from "assert";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function extractTar(file_1, dest_1) {
  return __awaiter(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function extractZip(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file, dest);
    } else {
      yield extractZipNix(file, dest);
    }
    return dest;
  });
}
function extractZipWin(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
function extractZipNix(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}

// src/tools/uv.ts
import { createHash, randomUUID as randomUUID2 } from "node:crypto";
import { createReadStream, existsSync as existsSync2 } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path2 from "node:path";
var DEFAULT_UV_VERSION = "0.12.16";
var UV_DOWNLOAD_BASE = "https://github.com/astral-sh/uv/releases/download";
var KNOWN_UV_SHA256 = {
  "uv-x86_64-unknown-linux-gnu.tar.gz@0.12.16": "8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c",
  "uv-aarch64-unknown-linux-gnu.tar.gz@0.12.16": "36d913ee9c647481d64f1a0a0485f85ff2feaee605c341fc22e73398f9212c26",
  "uv-x86_64-unknown-linux-musl.tar.gz@0.12.16": "a01206ffbd60f3a7ee30949be1863527986f5307494a064042c69ce7e6d44799",
  "uv-aarch64-unknown-linux-musl.tar.gz@0.12.16": "5beba1f35c0922fd086cce850ce919e55bc4e873c4fcda891343526afdb4c5b3",
  "uv-x86_64-apple-darwin.tar.gz@0.12.16": "a42bcc9ce97eb8b364d7f162233a9c6b8c0ee25388e551d362809795127e0c31",
  "uv-aarch64-apple-darwin.tar.gz@0.12.16": "b6e03fae61704b1aa622f12b792a69483e837b83068e44f4fd34f8a07a8f74a3",
  "uv-x86_64-pc-windows-msvc.zip@0.12.16": "f730454bf09019754e5e5abd71a8aa18683cb739cba0d9c720bac2e7c901160f",
  "uv-aarch64-pc-windows-msvc.zip@0.12.16": "9977129f89c4036edfcb200d2484755571e51fa74517f02e478c1d7bcc353b2e"
};
var TRIPLES = {
  "linux-x64": "x86_64-unknown-linux-gnu",
  "linux-arm64": "aarch64-unknown-linux-gnu",
  "linux-x64-musl": "x86_64-unknown-linux-musl",
  "linux-arm64-musl": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
  "win32-x64": "x86_64-pc-windows-msvc",
  "win32-arm64": "aarch64-pc-windows-msvc"
};
function uvTarget(platform = process.platform, arch2 = process.arch, musl = isMusl(platform)) {
  const triple = TRIPLES[`${platform}-${arch2}${platform === "linux" && musl ? "-musl" : ""}`];
  if (!triple) {
    throw new UserError(
      `pyrelease downloads uv for Linux, macOS and Windows on x64 or arm64, not ${platform}/${arch2}. ${installUv()}, or use ${setting("builder", "build")}.`,
      "Unsupported platform"
    );
  }
  const windows = platform === "win32";
  const extension = windows ? "zip" : "tar.gz";
  return {
    triple,
    extension,
    asset: `uv-${triple}.${extension}`,
    binaryInArchive: windows ? "uv.exe" : `uv-${triple}/uv`
  };
}
function uvArchiveUrl(version, target, base = UV_DOWNLOAD_BASE) {
  return `${base.replace(/\/+$/, "")}/${version}/${target.asset}`;
}
function parseChecksumFile(text, asset) {
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([0-9a-fA-F]{64})(?:\s+\*?(.+?))?\s*$/.exec(line);
    if (!match) continue;
    const name = match[2];
    if (name === void 0 || path2.posix.basename(name) === asset) return match[1].toLowerCase();
  }
  return void 0;
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function authFor(url, token) {
  if (!token) return void 0;
  const host = new URL(url).hostname;
  return host === "github.com" ? `token ${token}` : void 0;
}
async function versionOnPath(uv) {
  const reported = await runCommand(uv, ["--version"]);
  const version = /^uv\s+(\S+)/m.exec(reported.stdout)?.[1];
  if (reported.exitCode !== 0 || !version) {
    throw new UserError(
      `${uv} (found on PATH) did not report a version: \`uv --version\` exited ${reported.exitCode} with ${JSON.stringify((reported.stdout + reported.stderr).trim().slice(0, 200))}. Fix or remove that uv, or use ${setting("builder", "build")}.`,
      "uv does not run"
    );
  }
  return version;
}
async function download(url, name, auth) {
  const dest = path2.join(process.env.RUNNER_TEMP, `pyrelease-${randomUUID2()}`, name);
  await mkdir(path2.dirname(dest), { recursive: true });
  let problem;
  try {
    const response = await httpDownload(url, dest, {
      headers: auth ? { authorization: auth } : {}
    });
    if (response.status >= 200 && response.status < 300) return dest;
    problem = `HTTP ${response.status}`;
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    problem = error.message;
  }
  await rm(path2.dirname(dest), { recursive: true, force: true });
  throw new UserError(
    `Downloading ${url} failed (${problem}). Check the uv release ${option("builder")} names (a release of astral-sh/uv). ${installUv()}, or set ${setting("builder", "build")}.`,
    "uv download failed"
  );
}
async function resolveUv(options) {
  const onPath = await which("uv", false);
  if (onPath) return { path: onPath, version: await versionOnPath(onPath), source: "path" };
  const version = options.version.trim().replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new UserError(
      `${optionTitle("builder")} must name a uv release such as ${DEFAULT_UV_VERSION}, not ${JSON.stringify(options.version)}.`,
      "Invalid input"
    );
  }
  if (!process.env.RUNNER_TOOL_CACHE && !process.env.RUNNER_TEMP) {
    throw new UserError(
      `uv is not on PATH. ${installUv()}, or set ${setting("builder", "build")} to build with python -m build.`,
      "uv missing"
    );
  }
  for (const name of ["RUNNER_TOOL_CACHE", "RUNNER_TEMP"]) {
    if (!process.env[name]) {
      throw new UserError(
        `uv is not on PATH, and ${name} is not set, so there is nowhere to install uv ${version}. Install uv first, or set RUNNER_TOOL_CACHE and RUNNER_TEMP to folders.`,
        "uv missing"
      );
    }
  }
  const target = uvTarget();
  const binary = path2.basename(target.binaryInArchive);
  const cached = find("uv", version, process.arch);
  if (cached && existsSync2(path2.join(cached, binary))) {
    return { path: path2.join(cached, binary), version, source: "cache" };
  }
  const url = uvArchiveUrl(version, target, options.downloadBaseUrl);
  const auth = authFor(url, options.githubToken);
  const known = KNOWN_UV_SHA256[`${target.asset}@${version}`];
  let expected = known;
  if (!expected) {
    const checksumFile = await download(`${url}.sha256`, `${target.asset}.sha256`, auth);
    const text = await readFile(checksumFile, "utf8");
    await rm(path2.dirname(checksumFile), { recursive: true, force: true });
    expected = parseChecksumFile(text, target.asset);
    if (!expected) {
      throw new UserError(
        `${url}.sha256 should hold the archive's sha256 ("<hex> *${target.asset}"), but it holds ${JSON.stringify(text.trim().slice(0, 200))}. uv was not downloaded.`,
        "uv checksum missing"
      );
    }
  }
  info(`Downloading uv ${version} from ${url}`);
  const archive = await download(url, target.asset, auth);
  const scratch = path2.dirname(archive);
  try {
    const actual = await sha256File(archive);
    if (actual !== expected) {
      throw new UserError(
        `The uv archive ${url} has sha256 ${actual}, but ${known ? `pyrelease expects ${expected} for uv ${version}` : `its published checksum is ${expected}`}. It was deleted without being extracted or run. Try again; if it persists, the download is not the uv release: install uv with astral-sh/setup-uv.`,
        "uv checksum mismatch"
      );
    }
    const extracted = path2.join(scratch, "extracted");
    if (target.extension === "zip") await extractZip(archive, extracted);
    else await extractTar(archive, extracted);
    const folder = path2.dirname(path2.join(extracted, target.binaryInArchive));
    if (!existsSync2(path2.join(folder, binary))) {
      throw new UserError(
        `The uv archive ${url} has no ${target.binaryInArchive}; its layout is not a uv release's.`,
        "uv archive unexpected"
      );
    }
    const cachedDir = await cacheDir(folder, "uv", version, process.arch);
    return { path: path2.join(cachedDir, binary), version, source: "download" };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
export {
  DEFAULT_UV_VERSION,
  KNOWN_UV_SHA256,
  UV_DOWNLOAD_BASE,
  parseChecksumFile,
  resolveUv,
  uvArchiveUrl,
  uvTarget
};
