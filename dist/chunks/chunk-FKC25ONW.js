import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  addUnreleasedSection
} from "./chunk-KWPOWZ55.js";
import {
  git
} from "./chunk-TSZ2XSFJ.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/bump/next-cycle.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function openNextCyclePullRequest(options) {
  const changelog = options.project.changelog;
  if (!changelog || changelog.parsed.unreleased || changelog.towncrier) return void 0;
  const cwd = options.workspace;
  const branch = `pyrelease/next-cycle-after-${options.tag}`;
  const identity = [
    "-c",
    `user.name=${options.user.name}`,
    "-c",
    `user.email=${options.user.email}`
  ];
  const scratch = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-next-"));
  const worktree = path.join(scratch, "tree");
  try {
    const must = async (args, where = cwd) => {
      const run = await git(where, args);
      if (run.exitCode !== 0) {
        throw new UserError(
          `git ${args[0]} failed while opening the next-cycle pull request: ${run.stderr.trim()}`,
          "Next cycle failed"
        );
      }
    };
    await must([
      "worktree",
      "add",
      "--quiet",
      "-b",
      branch,
      worktree,
      `refs/tags/${options.tag}^{commit}`
    ]);
    await writeFile(
      path.join(worktree, changelog.file),
      addUnreleasedSection(changelog.text, {
        file: changelog.file,
        format: changelog.parsed.format
      })
    );
    await must(["add", "--", changelog.file], worktree);
    await must(
      [
        ...identity,
        "commit",
        "--quiet",
        "-m",
        `chore: start the development cycle after ${options.tag}`
      ],
      worktree
    );
    await must(["push", "--quiet", "origin", `${branch}:refs/heads/${branch}`], worktree);
    return await options.releaser.openPullRequest({
      title: `Start the development cycle after ${options.tag}`,
      head: branch,
      base: options.baseBranch,
      body: `${options.tag} is released. This adds an empty \`## [Unreleased]\` section to ${changelog.file} for the changes that come next.`
    });
  } finally {
    await git(cwd, ["worktree", "remove", "--force", worktree]);
    await rm(scratch, { recursive: true, force: true });
  }
}

export {
  openNextCyclePullRequest
};
