// Why origin refused a bump's push, read from git's output: a protected branch (GitHub answers
// GH006 for branch protection and GH013 for rulesets; a hook declines), the branch having moved
// on (a non-fast-forward), or something else. Each calls for another fix, so each has its own
// message. Pure.

export interface PushRefusal {
  readonly title: string;
  readonly message: string;
}

const PROTECTED = /\bGH006\b|\bGH013\b|protected branch|repository rule violations/i;
// `[rejected]` is git's own refusal (the branch moved); `[remote rejected]` is a hook's.
const MOVED = /\[rejected\]|non-fast-forward|fetch first|stale info/i;

export function pushRefusal(
  branch: string,
  tag: string,
  output: { readonly stdout: string; readonly stderr: string },
): PushRefusal {
  const text = `${output.stdout}\n${output.stderr}`;
  const atomic = `neither the commit nor the tag ${tag} was pushed (the push is atomic)`;
  if (PROTECTED.test(text)) {
    return {
      title: 'Protected branch',
      message: `${branch} is protected on origin, which refused the bump's commit, so ${atomic}. A bump pushes its commit to the branch it bumps: let this workflow push to ${branch} (a bypass for it in the branch protection or ruleset, with actions/checkout given a token that has it), or bump a branch that is not protected.`,
    };
  }
  if (MOVED.test(text)) {
    return {
      title: 'Push failed',
      message: `${branch} moved on origin while this run was bumping it, so ${atomic}. Run the workflow again: it will start from the new ${branch}.`,
    };
  }
  return {
    title: 'Push failed',
    message: `Pushing ${branch} and ${tag} failed, so ${atomic}:\n${output.stderr.trim()}\nCheck that the job may push (permissions: contents: write) and that ${branch} is not protected against it.`,
  };
}
