import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  downloadDeadlineMs,
  judgeListing,
  pollDelays
} from "./chunk-6RPR27YO.js";
import {
  SIMPLE_ACCEPT,
  parseJsonApi,
  parseSimpleAnswer
} from "./chunk-3QRDUNX5.js";
import {
  jsonApiUrl,
  simpleProjectUrl
} from "./chunk-G6NBCSAW.js";
import "./chunk-CGYPN3IW.js";
import {
  HttpFailure,
  httpRequest,
  httpStream
} from "./chunk-MQQSYQHO.js";
import {
  displayUrl
} from "./chunk-4LYOQI2X.js";
import "./chunk-QCIHYT6C.js";
import {
  info
} from "./chunk-QJ74AIE5.js";
import "./chunk-WCRYQQ6S.js";
import "./chunk-HN3VUIRH.js";

// src/publish/landing.ts
import { createHash } from "node:crypto";
var TooLong = class extends Error {
};
function authorization(credentials) {
  if (!credentials) return {};
  const pair = `${credentials.username}:${credentials.password}`;
  return { authorization: `Basic ${Buffer.from(pair).toString("base64")}` };
}
function absolute(files, base) {
  return files.map((file) => {
    if (!file.url) return file;
    try {
      return { ...file, url: new URL(file.url, base).href };
    } catch {
      return { filename: file.filename, ...file.sha256 && { sha256: file.sha256 } };
    }
  });
}
async function readListing(index, name, version) {
  const auth = authorization(index.simpleCredentials);
  try {
    if (index.warehouse) {
      const url2 = jsonApiUrl(index, name, version);
      const answer2 = await httpRequest(url2, { headers: { accept: "application/json", ...auth } });
      const listing2 = answer2.status === 200 ? parseJsonApi(answer2.body.toString("utf8")) : void 0;
      if (listing2?.ok) return { files: absolute(listing2.files, answer2.url) };
    }
    const url = simpleProjectUrl(index, name);
    const answer = await httpRequest(url, { headers: { accept: SIMPLE_ACCEPT, ...auth } });
    if (answer.status === 404 || answer.status === 410) return { files: [] };
    if (answer.status !== 200) return { problem: `${displayUrl(url)} answered ${answer.status}` };
    const text = answer.body.toString("utf8");
    const listing = parseSimpleAnswer(answer.headers["content-type"], text);
    if (!listing.ok) return { problem: `${displayUrl(url)}: ${listing.problem}` };
    return { files: absolute(listing.files, answer.url) };
  } catch (error) {
    if (error instanceof HttpFailure) return { problem: error.message };
    throw error;
  }
}
async function servedSha256(index, file, url) {
  const sameOrigin = new URL(url).origin === new URL(index.simpleUrl).origin;
  const deadline = Date.now() + downloadDeadlineMs(file.size);
  let digest = "";
  let overflowed = false;
  const answer = await httpStream(
    url,
    async (body) => {
      const hash = createHash("sha256");
      let size = 0;
      for await (const chunk of body) {
        size += chunk.length;
        overflowed = size > file.size;
        if (overflowed) throw new Error(`more than the ${file.size} bytes built here`);
        if (Date.now() > deadline)
          throw new Error(`not read within ${downloadDeadlineMs(file.size) / 1e3} s`);
        hash.update(chunk);
      }
      digest = hash.digest("hex");
    },
    { headers: sameOrigin ? authorization(index.simpleCredentials) : {} }
  ).catch((error) => {
    throw overflowed ? new TooLong(`other content, more than the ${file.size} bytes built here`) : error;
  });
  if (answer.status !== 200) throw new Error(`${displayUrl(url)} answered ${answer.status}`);
  return digest;
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function download(index, files, listed, proven) {
  for (const file of files) {
    const entry = listed.find((candidate) => candidate.filename === file.filename);
    if (proven.has(file.filename)) continue;
    let sha256;
    try {
      sha256 = await servedSha256(index, file, entry.url);
    } catch (error) {
      if (error instanceof TooLong)
        return {
          ok: false,
          kind: "served",
          filename: file.filename,
          sha256: error.message,
          url: entry.url
        };
      return `downloading ${file.filename}: ${error.message}`;
    }
    if (sha256 !== file.sha256.toLowerCase())
      return { ok: false, kind: "served", filename: file.filename, sha256, url: entry.url };
    proven.set(file.filename, { filename: file.filename, sha256, url: entry.url });
  }
  return void 0;
}
async function awaitLanding(index, project, files, schedule) {
  const delays = pollDelays(schedule);
  const proven = /* @__PURE__ */ new Map();
  const started = Date.now();
  for (let look = 1; ; look++) {
    const listed = await readListing(index, project.name, project.version);
    const verdict = "problem" in listed ? void 0 : judgeListing(files, listed.files);
    if (verdict?.state === "different")
      return { ok: false, kind: "listed", filename: verdict.filename, sha256: verdict.index };
    let waiting = "problem" in listed ? listed.problem : void 0;
    if (verdict?.state === "listed") {
      const served = await download(index, files, verdict.files, proven);
      if (served === void 0)
        return { ok: true, files: files.map((file) => proven.get(file.filename)), looks: look };
      if (typeof served !== "string") return served;
      waiting = served;
    }
    const missing = verdict?.state === "waiting" ? verdict.missing : [];
    const left = started + schedule.budgetMs - Date.now();
    const delay = left > 0 ? Math.min(delays[look - 1] ?? 0, left) : 0;
    if (delay <= 0)
      return {
        ok: false,
        kind: "missing",
        missing: missing.length ? missing : files.map((file) => file.filename).filter((name) => !proven.has(name)),
        waitedMs: Date.now() - started,
        ...waiting && { problem: waiting }
      };
    info(
      `${index.label} ${missing.length ? `does not list ${missing.join(", ")} yet` : `has not answered in full (${waiting})`}; asking again in ${(delay / 1e3).toFixed(1)} s.`
    );
    await sleep(delay);
  }
}
export {
  awaitLanding
};
