import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  canonicalProjectName
} from "./chunk-CGYPN3IW.js";
import {
  splitCredentials
} from "./chunk-4LYOQI2X.js";

// src/publish/indexes.ts
var PYPI_UPLOAD_URL = "https://upload.pypi.org/legacy/";
var TESTPYPI_UPLOAD_URL = "https://test.pypi.org/legacy/";
function deriveSimpleUrl(uploadUrl) {
  const url = new URL(uploadUrl);
  if (url.host === "upload.pypi.org") return "https://pypi.org/simple/";
  url.search = "";
  url.hash = "";
  const dir = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  url.pathname = dir.endsWith("/legacy/") ? `${dir.slice(0, -"legacy/".length)}simple/` : `${dir}simple/`;
  return url.href;
}
function packageIndex(rawUploadUrl, label, indexUrl = "") {
  const { url: uploadUrl, username, password } = splitCredentials(rawUploadUrl);
  const url = new URL(uploadUrl);
  const host = url.host === "upload.pypi.org" ? "pypi.org" : url.host;
  const given = indexUrl ? splitCredentials(indexUrl) : void 0;
  const simple = given ? given.url : deriveSimpleUrl(uploadUrl);
  const credentials = username || password ? { username, password } : void 0;
  const simpleCredentials = given && (given.username || given.password) ? { username: given.username, password: given.password } : new URL(simple).origin === url.origin ? credentials : void 0;
  return {
    label,
    uploadUrl,
    webOrigin: `${url.protocol}//${host}`,
    simpleUrl: simple.endsWith("/") ? simple : `${simple}/`,
    warehouse: url.pathname.endsWith("/legacy/") && !indexUrl,
    ...credentials && { credentials },
    ...simpleCredentials && { simpleCredentials }
  };
}
function jsonApiUrl(index, project, version) {
  return `${index.webOrigin}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}
function simpleProjectUrl(index, project) {
  return `${index.simpleUrl}${canonicalProjectName(project)}/`;
}
function simpleIndexUrl(index) {
  return index.simpleUrl;
}
function projectPageUrl(index, project, version) {
  return `${index.webOrigin}/project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`;
}

export {
  PYPI_UPLOAD_URL,
  TESTPYPI_UPLOAD_URL,
  packageIndex,
  jsonApiUrl,
  simpleProjectUrl,
  simpleIndexUrl,
  projectPageUrl
};
