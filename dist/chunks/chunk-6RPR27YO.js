import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/publish/landing-plan.ts
var DEFAULT_POLL = {
  firstDelayMs: 2e3,
  maxDelayMs: 3e4,
  budgetMs: 3e5
};
function pollDelays(schedule) {
  const delays = [];
  let total = 0;
  let next = Math.max(1, schedule.firstDelayMs);
  while (total < schedule.budgetMs) {
    const wait = Math.min(next, schedule.maxDelayMs, schedule.budgetMs - total);
    delays.push(wait);
    total += wait;
    next *= 2;
  }
  return delays;
}
function judgeListing(local, listed) {
  const found = [];
  const missing = [];
  for (const file of local) {
    const entries = listed.filter((entry) => entry.filename === file.filename);
    const other = entries.find(
      (entry) => entry.sha256 !== void 0 && entry.sha256 !== file.sha256.toLowerCase()
    );
    if (other)
      return {
        state: "different",
        filename: file.filename,
        local: file.sha256,
        index: other.sha256
      };
    const usable = entries.find((entry) => entry.url);
    if (usable) found.push(usable);
    else missing.push(file.filename);
  }
  return missing.length > 0 ? { state: "waiting", missing } : { state: "listed", files: found };
}
function downloadDeadlineMs(size) {
  return Math.max(6e4, Math.ceil(size / (1024 * 1024)) * 1e3);
}
function githubSha256(digest) {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? "");
  return match ? match[1].toLowerCase() : null;
}
function firstDisagreement(files) {
  return files.find((file) => {
    const local = file.local.toLowerCase();
    return file.index.toLowerCase() !== local || typeof file.github === "string" && file.github.toLowerCase() !== local;
  });
}
function describeDigests(file, indexLabel) {
  const github = file.github === void 0 ? "not attached" : file.github === null ? "GitHub reports none" : file.github;
  return `built here: ${file.local}
  ${indexLabel}: ${file.index}
  GitHub release asset: ${github}`;
}
function envMs(env, name) {
  const value = Number(env[name]);
  return env[name] && Number.isFinite(value) && value >= 0 ? value : void 0;
}
function pollScheduleFromEnvironment(env) {
  return {
    firstDelayMs: envMs(env, "PYRELEASE_INDEX_POLL_MS") ?? DEFAULT_POLL.firstDelayMs,
    maxDelayMs: DEFAULT_POLL.maxDelayMs,
    budgetMs: envMs(env, "PYRELEASE_INDEX_WAIT_MS") ?? DEFAULT_POLL.budgetMs
  };
}

export {
  pollDelays,
  judgeListing,
  downloadDeadlineMs,
  githubSha256,
  firstDisagreement,
  describeDigests,
  pollScheduleFromEnvironment
};
