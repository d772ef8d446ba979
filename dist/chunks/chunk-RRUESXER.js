import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  error,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-RCM4O3DU.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/report.ts
var MARK = { true: "\u2713", false: "\u2717" };
function place(row) {
  if (!row.location) return "";
  return row.location.line ? `${row.location.file}:${row.location.line}` : row.location.file;
}
function annotate(finding) {
  const properties = { title: finding.title };
  if (finding.location) {
    properties.file = finding.location.file;
    if (finding.location.line) properties.startLine = finding.location.line;
    if (finding.location.column) properties.startColumn = finding.location.column;
  }
  if (finding.level === "error") error(finding.message, properties);
  else if (finding.level === "warning") warning(finding.message, properties);
  else notice(finding.message, properties);
}
function annotateUserError(error2) {
  annotate({
    level: "error",
    title: error2.title,
    message: error2.message,
    location: error2.location
  });
}
function setCheckOutputs(result) {
  if (result.version === void 0) return;
  setOutput("version", result.version);
  setOutput("pep440", result.pep440);
  setOutput("prerelease", String(result.prerelease));
  if (result.tag !== void 0) setOutput("tag", result.tag);
}
async function writeSummary(build) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  build(summary);
  await summary.write();
}
function addCheckSummary(summary2, result) {
  summary2.addHeading(`Version check: ${result.ok ? "\u2713 passed" : "\u2717 failed"}`, 2);
  summary2.addTable([
    [
      { data: "Source", header: true },
      { data: "Value", header: true },
      { data: "File", header: true },
      { data: "Agrees", header: true }
    ],
    ...result.rows.map((row) => [
      row.source,
      `<code>${escapeHtml(row.value)}</code>`,
      place(row) || "\u2014",
      // @actions/core leaves an empty cell unclosed
      MARK[`${row.ok}`]
    ])
  ]);
  const problems = result.findings.filter((finding) => finding.level !== "notice");
  if (problems.length > 0) {
    summary2.addList(
      problems.map(
        (finding) => `${finding.level === "error" ? "\u2717" : "\u26A0"} <b>${escapeHtml(finding.title)}</b>: ${escapeHtml(finding.message)}`
      )
    );
  }
}
function addCheckStopped(summary2, error2) {
  const at = error2.location ? `${error2.location.file}${error2.location.line ? `:${error2.location.line}` : ""}: ` : "";
  summary2.addHeading("Version check: \u2717 failed", 2).addRaw(`<p><b>${escapeHtml(error2.title)}</b></p>`, true).addRaw(`<pre>${escapeHtml(`${at}${error2.message}`)}</pre>`, true);
}
function splitDiff(diff) {
  return diff.split(/^(?=diff --git )/m).filter((part) => part.startsWith("diff --git ")).map((part) => ({
    file: /^\+\+\+ b\/(.*)$/m.exec(part)?.[1] ?? /^diff --git a\/(.*?) b\//.exec(part)[1],
    diff: part.trimEnd()
  }));
}
function addBumpSummary(summary2, bump, dryRun) {
  summary2.addHeading(
    `Bump ${escapeHtml(bump.previous)} \u2192 ${escapeHtml(bump.version)}, tag ${escapeHtml(bump.tag)}${dryRun ? " (dry run: nothing was committed or pushed)" : bump.pushed ? ": pushed" : ""}`,
    2
  );
  const files = splitDiff(bump.diff);
  if (files.length === 0) summary2.addRaw("<p>No file changes; only the tag.</p>", true);
  for (const file of files) {
    summary2.addHeading(escapeHtml(file.file), 3).addRaw(`<pre lang="diff"><code>${escapeHtml(file.diff)}</code></pre>`, true);
  }
}
function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c
  );
}
function renderCheckText(result) {
  const header = ["source", "value", "file", ""];
  const body = result.rows.map((row) => [row.source, row.value, place(row), MARK[`${row.ok}`]]);
  const widths = header.map(
    (_, column) => Math.max(...[header, ...body].map((cells) => cells[column].length))
  );
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd();
  const lines = [line(header), ...body.map(line), ""];
  for (const finding of result.findings) lines.push(renderFindingText(finding));
  lines.push(
    !result.ok ? "\u2717 version check failed" : result.version === void 0 ? "\u2713 passed (the version is set by the tag or the build)" : `\u2713 version ${result.version} is consistent`
  );
  return lines.join("\n");
}
function renderFindingText(finding) {
  const at = finding.location ? `${finding.location.file}${finding.location.line ? `:${finding.location.line}` : ""}${finding.location.column ? `:${finding.location.column}` : ""}: ` : "";
  return `${at}${finding.level}: ${finding.title}: ${finding.message}`;
}

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

// src/publish/attestation-plan.ts
var TWINE_ATTESTATIONS_SINCE = [5, 1];
function parseTwineVersion(output) {
  const match = /twine version (\d+)\.(\d+)(?:\.(\d+))?/i.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : void 0;
}
function twineSupportsAttestations(version) {
  const [major = 0, minor = 0] = version;
  const [needMajor, needMinor] = TWINE_ATTESTATIONS_SINCE;
  return major > needMajor || major === needMajor && minor >= needMinor;
}
function refuseAttestationsWithToken(mode, targets) {
  if (mode !== "true") return;
  const withToken = targets.filter((target) => !target.trusted).map((target) => target.label);
  if (withToken.length > 0) {
    throw new UserError(
      `attestations: true needs trusted publishing, but ${withToken.join(" and ")} ${withToken.length === 1 ? "is" : "are"} given an API token; the index accepts attestations only from trusted publishing. Remove the token (and configure a trusted publisher), or set attestations to auto or false.`,
      "Attestations need trusted publishing"
    );
  }
}
function decideAttestations(facts) {
  refuseAttestationsWithToken(facts.mode, facts.targets);
  const none = { attest: facts.targets.map(() => false), warnings: [] };
  if (facts.mode === "false") return none;
  const wanted = facts.targets.map((target) => target.trusted);
  if (!wanted.some(Boolean)) return none;
  const version = facts.twineVersion;
  if (!version || !twineSupportsAttestations(version)) {
    const found = version ? `twine ${version.join(".")}` : "a twine whose version could not be read";
    const fix = `Install twine ${TWINE_ATTESTATIONS_SINCE.join(".")} or newer before this step (pip install -U twine), or leave twine off PATH so pyrelease installs a current one`;
    if (facts.mode === "true") {
      throw new UserError(
        `attestations: true, but ${found} cannot upload attestations (its --attestations option came in ${TWINE_ATTESTATIONS_SINCE.join(".")}). ${fix}. Nothing was uploaded.`,
        "twine too old for attestations"
      );
    }
    return {
      attest: facts.targets.map(() => false),
      warnings: [
        `Uploading without PEP 740 attestations: ${found} cannot send them. ${fix}; or set attestations: false to silence this.`
      ]
    };
  }
  if (!facts.canRequestIdToken && !facts.dryRun) {
    throw new UserError(
      "PEP 740 attestations are signed with the workflow\u2019s identity, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (trusted publishing needs it too), or set attestations: false. Nothing was uploaded.",
      "Attestations need id-token: write"
    );
  }
  return { attest: wanted, warnings: [] };
}

export {
  defaultPython,
  venvExecutable,
  isMusl,
  parseTwineVersion,
  refuseAttestationsWithToken,
  decideAttestations,
  annotate,
  annotateUserError,
  setCheckOutputs,
  writeSummary,
  addCheckSummary,
  addCheckStopped,
  addBumpSummary,
  escapeHtml,
  renderCheckText,
  renderFindingText
};
