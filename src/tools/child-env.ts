// The environment of every process pyrelease starts. Build backends, the package the wheel test
// imports and the smoke test are the repository's code, and so may be anything those run (pip,
// build requirements from the index): none of them needs the action's inputs (the tokens among
// them), the runner's OIDC request credentials (they mint publishing tokens) or its runtime
// token, and none may write the runner's command files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_STATE), through which it could change the steps after this one.

const WITHHELD = new Set([
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'TWINE_PASSWORD',
  'UV_PUBLISH_TOKEN',
  'UV_PUBLISH_PASSWORD',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
]);

/** A variable no child process is given (names compared upper-cased, as Windows does). */
export function isWithheld(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.startsWith('INPUT_') || WITHHELD.has(upper);
}

/** The parent's environment without what is withheld, plus `extra` (a tool's own token). */
export function childEnvironment(
  parent: NodeJS.ProcessEnv,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || isWithheld(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
