import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  jsonApiUrl,
  simpleProjectUrl
} from "./chunk-G6NBCSAW.js";
import "./chunk-CGYPN3IW.js";
import {
  HttpFailure,
  httpRequest
} from "./chunk-MQQSYQHO.js";
import {
  displayUrl
} from "./chunk-4LYOQI2X.js";
import "./chunk-QCIHYT6C.js";
import "./chunk-QJ74AIE5.js";
import "./chunk-WCRYQQ6S.js";
import "./chunk-HN3VUIRH.js";

// src/publish/index-state.ts
function json(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function parseReleaseFiles(text) {
  const answer = json(text);
  if (!Array.isArray(answer?.urls)) return void 0;
  return answer.urls.flatMap((entry) => {
    if (typeof entry?.filename !== "string") return [];
    const time = entry.upload_time_iso_8601 ?? entry.upload_time;
    const uploadedAt = typeof time === "string" ? Date.parse(time) : NaN;
    return [
      {
        filename: entry.filename,
        sdist: entry.packagetype === "sdist" || entry.filename.endsWith(".tar.gz"),
        ...Number.isFinite(uploadedAt) && { uploadedAt }
      }
    ];
  });
}
function parseProjectPage(text) {
  const answer = json(text);
  const status = answer?.["project-status"];
  const files = Array.isArray(answer?.files) ? answer.files : [];
  const sized = files.every((file) => typeof file?.size === "number");
  return {
    ...typeof status?.status === "string" && { projectStatus: status.status },
    ...typeof status?.reason === "string" && { projectStatusReason: status.reason },
    ...sized && files.length > 0 && {
      projectSize: files.reduce((sum, file) => sum + file.size, 0)
    }
  };
}
async function get(url, accept, credentials) {
  const pair = credentials && `${credentials.username}:${credentials.password}`;
  const auth = pair ? { authorization: `Basic ${Buffer.from(pair).toString("base64")}` } : {};
  try {
    return await httpRequest(url, { headers: { accept, ...auth } });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    return error.message;
  }
}
async function readIndexState(index, project, version) {
  const release = await get(
    jsonApiUrl(index, project, version),
    "application/json",
    index.simpleCredentials
  );
  if (typeof release === "string") return { unreadable: release };
  const where = displayUrl(release.url);
  let files = [];
  if (release.status === 200) {
    const parsed = parseReleaseFiles(release.body.toString("utf8"));
    if (!parsed) return { unreadable: `${where} answered JSON without "urls"` };
    files = parsed;
  } else if (release.status !== 404) {
    return { unreadable: `${where} answered ${release.status}` };
  }
  const page = await get(
    simpleProjectUrl(index, project),
    "application/vnd.pypi.simple.v1+json",
    index.simpleCredentials
  );
  const about = typeof page !== "string" && page.status === 200 ? parseProjectPage(page.body.toString("utf8")) : {};
  return { label: index.label, release: files, ...about };
}
export {
  parseProjectPage,
  parseReleaseFiles,
  readIndexState
};
