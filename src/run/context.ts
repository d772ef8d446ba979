// What the event that started the run means: the tag pushed, the branch, the pull request's base.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { isCommitId, refNameProblem } from './refs.js';

export interface RunContext {
  readonly eventName: string;
  readonly ref: string;
  /** The tag name when the ref is a tag. */
  readonly tag: string | undefined;
  readonly branch: string | undefined;
  readonly pullRequest:
    { readonly number: number; readonly baseRef: string; readonly baseSha: string } | undefined;
  /** Absolute path of the checked-out repository. */
  readonly workspace: string;
  readonly repository: string | undefined;
  readonly serverUrl: string;
  readonly sha: string | undefined;
  /** The repository's default branch, when the event says it. */
  readonly defaultBranch: string | undefined;
  readonly apiUrl: string;
  /** `workflow_dispatch` inputs. */
  readonly dispatchInputs: Readonly<Record<string, string>>;
}

interface EventPayload {
  pull_request?: { number?: unknown; base?: { ref?: unknown; sha?: unknown } } | null;
  repository?: { default_branch?: unknown; html_url?: string } | null;
  inputs?: Record<string, unknown> | null;
}

function payloadError(path: string, problem: string): UserError {
  return new UserError(
    `The event payload ${path} (GITHUB_EVENT_PATH) ${problem}. The runner writes it; if you start pyrelease yourself, give it the JSON object of the event.`,
    'Invalid event payload',
  );
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) could not be read: ${(error as Error).message}.`,
      'Unreadable event payload',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw payloadError(path, `is not JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw payloadError(
      path,
      `is ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}, not a JSON object`,
    );
  }
  return parsed as EventPayload;
}

/** A ref or branch name from the payload or GITHUB_REF, refused unless git would take it as a name. */
function refName(value: unknown, what: string): string {
  const problem =
    typeof value === 'string'
      ? refNameProblem(value)
      : `it is ${JSON.stringify(value)}, not a string`;
  if (problem !== undefined) {
    throw new UserError(
      `${what} ${JSON.stringify(value)} is not a valid git ref name: ${problem}. pyrelease passes no such value to git.`,
      'Invalid ref name',
    );
  }
  return value as string;
}

function commitId(value: unknown, what: string): string {
  if (typeof value === 'string' && isCommitId(value)) return value;
  throw new UserError(
    `${what} ${JSON.stringify(value)} is not a commit id (40 or 64 lowercase hex digits). pyrelease passes no such value to git.`,
    'Invalid commit id',
  );
}

/** The pull request's base, validated; undefined when the event has none. */
function pullRequest(payload: EventPayload): RunContext['pullRequest'] {
  const pr = payload.pull_request;
  if (pr === undefined || pr === null) return undefined;
  const base = typeof pr === 'object' ? pr.base : undefined;
  if (!base || typeof base !== 'object' || (base.ref === undefined && base.sha === undefined))
    return undefined;
  const number = pr.number === undefined ? 0 : pr.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
    throw new UserError(
      `pull_request.number in the event payload is ${JSON.stringify(number)}, not a pull request number.`,
      'Invalid event payload',
    );
  }
  return {
    number,
    baseRef: refName(base.ref, 'pull_request.base.ref in the event payload'),
    baseSha: commitId(base.sha, 'pull_request.base.sha in the event payload'),
  };
}

export function readContext(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  // GITHUB_REF names the tag or branch every git command below works on.
  const tag = ref.startsWith('refs/tags/')
    ? refName(ref.slice('refs/tags/'.length), 'The tag in GITHUB_REF')
    : undefined;
  const branch = ref.startsWith('refs/heads/')
    ? refName(ref.slice('refs/heads/'.length), 'The branch in GITHUB_REF')
    : undefined;
  const defaultBranch = payload.repository?.default_branch;
  const sha = env.GITHUB_SHA || undefined;
  return {
    eventName,
    ref,
    tag,
    branch,
    pullRequest: pullRequest(payload),
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    sha: sha === undefined ? undefined : commitId(sha, 'GITHUB_SHA'),
    defaultBranch:
      defaultBranch === undefined || defaultBranch === null
        ? undefined
        : refName(defaultBranch, 'repository.default_branch in the event payload'),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    dispatchInputs: Object.fromEntries(
      Object.entries(
        payload.inputs && typeof payload.inputs === 'object' ? payload.inputs : {},
      ).map(([key, value]) => [key, String(value)]),
    ),
  };
}
