import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  nextVersion,
  previousTag
} from "./chunk-6PZUWAID.js";
import {
  UserError,
  countEntries,
  findRelease,
  git,
  info,
  listTags,
  parseChangelog,
  runCheck,
  splitText
} from "./chunk-V25O4CKM.js";

// src/steps/bump.ts
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/edit/index.ts
function replaceAt(text, line, column, oldValue, newValue) {
  let offset = text.startsWith("\uFEFF") ? 1 : 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) throw new Error(`line ${line} is past the end of the text`);
    offset = next + 1;
  }
  const start = offset + column - 1;
  if (text.slice(start, start + oldValue.length) !== oldValue) {
    throw new Error(`expected ${JSON.stringify(oldValue)} at line ${line}, column ${column}`);
  }
  return text.slice(0, start) + newValue + text.slice(start + oldValue.length);
}
var LINK = /^(\s{0,3}\[)([^\]]+)(\]:\s*)(\S+)(.*)$/;
function rollChangelog(text, options) {
  const file = options.file ?? "CHANGELOG.md";
  const { bom, eol, lines } = splitText(text);
  const parsed = parseChangelog(text);
  const unreleased = parsed.unreleased;
  if (!unreleased) {
    throw new UserError(
      `${file} has no "## [Unreleased]" section to release. Add one above the releases with the changes of ${options.version}.`,
      "No [Unreleased] section",
      { file }
    );
  }
  if (countEntries(unreleased) === 0 && !options.allowEmpty) {
    throw new UserError(
      `${file} has an empty "## [Unreleased]" section, so ${options.version} would be released without notes. Add entries under it (### Added, ### Fixed \u2026), or set allow-empty-changelog: true.`,
      "Empty changelog section",
      { file, line: unreleased.line }
    );
  }
  const out = [...lines];
  const headingIndex = unreleased.line - 1;
  const labelCase = /\[unreleased\]/.test(out[headingIndex]) ? "unreleased" : "Unreleased";
  out.splice(headingIndex, 1, `## [${labelCase}]`, "", `## [${options.version}] - ${options.date}`);
  if (options.repositoryUrl) {
    const repo = options.repositoryUrl.replace(/\/+$/, "");
    const versionLink = options.previousTag ? `${repo}/compare/${options.previousTag}...${options.tag}` : `${repo}/releases/tag/${options.tag}`;
    const unreleasedIndex = out.findIndex(
      (line) => LINK.exec(line)?.[2]?.toLowerCase() === "unreleased"
    );
    if (unreleasedIndex >= 0) {
      const match = LINK.exec(out[unreleasedIndex]);
      out.splice(
        unreleasedIndex,
        1,
        `${match[1]}${match[2]}${match[3]}${repo}/compare/${options.tag}...HEAD`,
        `[${options.version}]: ${versionLink}`
      );
    } else {
      const lastLink = out.reduce((last, line, index) => LINK.test(line) ? index : last, -1);
      const added = [
        `[unreleased]: ${repo}/compare/${options.tag}...HEAD`,
        `[${options.version}]: ${versionLink}`
      ];
      if (lastLink >= 0) out.splice(lastLink + 1, 0, ...added);
      else {
        while (out.length > 0 && out[out.length - 1] === "") out.pop();
        out.push("", ...added, "");
      }
    }
  }
  return (bom ? "\uFEFF" : "") + out.join(eol);
}

// src/steps/bump.ts
function parseGitUser(text) {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new UserError(
      `Input git-user must look like "Name <email>", not ${JSON.stringify(text)}.`,
      "Invalid input"
    );
  }
  return { name: match[1], email: match[2] };
}
function commitMessage(version, files) {
  const python = files.filter((file) => file.endsWith(".py")).map((file) => path.posix.basename(file));
  const lines = [
    `- Update version in ${[...new Set(python.length ? python : ["__init__.py"])].join(", ")}`,
    "- Update version in pyproject.toml",
    "- Update CHANGELOG.md with release notes"
  ];
  return `chore: bump version to ${version} for release

${lines.join("\n")}
`;
}
function today() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
async function plannedEdits(context, inputs, project, next, tag, previous) {
  const edits = /* @__PURE__ */ new Map();
  const read = async (file) => edits.get(file)?.after ?? await readFile(path.join(context.workspace, file), "utf8");
  for (const source of project.sources) {
    const before = await read(source.file);
    const value = source.kind === "uv-lock" ? next.pep440 : next.written;
    const after = replaceAt(before, source.line, source.column, source.value, value);
    edits.set(source.file, { before: edits.get(source.file)?.before ?? before, after });
  }
  if (project.changelog) {
    const before = project.changelog.text;
    const after = rollChangelog(before, {
      version: next.written,
      date: today(),
      previousTag: previous,
      tag,
      repositoryUrl: context.repository ? `${context.serverUrl}/${context.repository}` : void 0,
      tagPrefix: inputs.tagPrefix,
      allowEmpty: inputs.allowEmptyChangelog
    });
    edits.set(project.changelog.file, { before, after });
  }
  return edits;
}
async function runBump(context, inputs) {
  const branch = context.branch;
  if (!branch) {
    throw new UserError(
      `A bump commits to a branch, but this run is for ${JSON.stringify(context.ref)}. Start it with "Run workflow" on a branch.`,
      "No branch to bump"
    );
  }
  const level = inputs.bump || context.dispatchInputs.bump || "";
  if (!level) {
    throw new UserError(
      "mode: bump needs a bump level (patch, minor, major, prepatch, preminor, premajor, prerelease) or a version in the bump input.",
      "No bump level"
    );
  }
  const { project, result } = await runCheck(context, inputs, void 0);
  if (!result.ok) {
    const errors = result.findings.filter((finding) => finding.level === "error");
    throw new UserError(
      `The version check must pass before a bump; it found: ${errors.map((error) => `${error.title} (${error.location?.file ?? ""}${error.location?.line ? `:${error.location.line}` : ""})`).join(", ")}. Nothing was changed.`,
      "Bump refused"
    );
  }
  const next = nextVersion(result.version, level, {
    preid: inputs.preid || void 0,
    style: inputs.versionStyle
  });
  const tag = `${inputs.tagPrefix}${next.written}`;
  const cwd = context.workspace;
  const tags = await listTags(cwd);
  if (tags.includes(tag) || (await git(cwd, ["ls-remote", "--exit-code", "--tags", "origin", `refs/tags/${tag}`])).exitCode === 0) {
    throw new UserError(
      `The tag ${tag} already exists. Choose another version, or release the existing tag by re-running its workflow.`,
      "Tag exists"
    );
  }
  const current = `${inputs.tagPrefix}${result.version}`;
  const previous = tags.includes(current) ? current : previousTag(tags, inputs.tagPrefix, next.pep440);
  const edits = await plannedEdits(context, inputs, project, next, tag, previous);
  const files = [...edits.keys()];
  const message = commitMessage(next.written, files);
  const changelogAfter = project.changelog ? edits.get(project.changelog.file)?.after : void 0;
  const tagMessage = changelogAfter && findRelease(parseChangelog(changelogAfter), next.pep440)?.body || `Release ${next.written}`;
  for (const [file, edit] of edits) await writeFile(path.join(cwd, file), edit.after);
  if (inputs.dryRun) {
    const diff = await git(cwd, ["diff", "--", ...files]);
    for (const [file, edit] of edits) await writeFile(path.join(cwd, file), edit.before);
    info(
      `Dry run: ${result.version} \u2192 ${next.written}, tag ${tag}. The files would change so:
${diff.stdout}`
    );
    info(
      `Commit message:
${message}
Tag ${tag} (annotated) with the message:
${tagMessage}`
    );
    return {
      tag,
      previous: result.version,
      version: next.written,
      files,
      commitMessage: message,
      tagMessage,
      pushed: false
    };
  }
  const user = parseGitUser(inputs.gitUser);
  const identity = ["-c", `user.name=${user.name}`, "-c", `user.email=${user.email}`];
  const scratch = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-bump-"));
  try {
    const messageFile = path.join(scratch, "commit-message");
    const tagFile = path.join(scratch, "tag-message");
    await writeFile(messageFile, message);
    await writeFile(tagFile, `${tagMessage}
`);
    const must = async (what, args) => {
      const run = await git(cwd, args);
      if (run.exitCode !== 0)
        throw new UserError(
          `${what} failed: ${run.stderr.trim() || run.stdout.trim()}`,
          "git failed"
        );
      return run;
    };
    await must("git add", ["add", "--", ...files]);
    await must("git commit", [...identity, "commit", "--quiet", "--file", messageFile]);
    await must("git tag", [
      ...identity,
      "tag",
      "--annotate",
      "--file",
      tagFile,
      "--cleanup=verbatim",
      tag,
      "HEAD"
    ]);
    const push = await git(cwd, [
      "push",
      "--atomic",
      "--porcelain",
      "origin",
      `HEAD:refs/heads/${branch}`,
      `refs/tags/${tag}:refs/tags/${tag}`
    ]);
    if (push.exitCode !== 0) {
      await git(cwd, ["tag", "--delete", tag]);
      await git(cwd, ["reset", "--quiet", "--hard", "HEAD~1"]);
      const moved = /rejected|non-fast-forward|fetch first|stale info/i.test(
        `${push.stdout}
${push.stderr}`
      );
      throw new UserError(
        moved ? `${branch} moved on origin while this run was bumping it, so neither the commit nor the tag ${tag} was pushed (the push is atomic). Run the workflow again: it will start from the new ${branch}.` : `Pushing ${branch} and ${tag} failed, so neither was pushed (the push is atomic):
${push.stderr.trim()}
Check that the job may push (permissions: contents: write) and that ${branch} is not protected against it.`,
        "Push failed"
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  info(`Pushed ${branch} and the annotated tag ${tag} (${result.version} \u2192 ${next.written}).`);
  return {
    tag,
    previous: result.version,
    version: next.written,
    files,
    commitMessage: message,
    tagMessage,
    pushed: true
  };
}
export {
  commitMessage,
  parseGitUser,
  runBump
};
