// What the event that started the run means: the tag pushed, the branch, the pull request's base.
import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';

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
  pull_request?: { number?: number; base?: { ref?: string; sha?: string } };
  repository?: { default_branch?: string; html_url?: string };
  inputs?: Record<string, unknown>;
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) could not be read: ${(error as Error).message}.`,
      'Unreadable event payload',
    );
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) is ${JSON.stringify(payload)?.slice(0, 40)}, not a JSON object as GitHub writes it.`,
      'Unreadable event payload',
    );
  }
  return payload as EventPayload;
}

export function readContext(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const base = payload.pull_request?.base;
  return {
    eventName,
    ref,
    tag: ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    pullRequest:
      base?.ref && base.sha
        ? { number: payload.pull_request?.number ?? 0, baseRef: base.ref, baseSha: base.sha }
        : undefined,
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    sha: env.GITHUB_SHA,
    defaultBranch: payload.repository?.default_branch,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    dispatchInputs: Object.fromEntries(
      Object.entries(payload.inputs ?? {}).map(([key, value]) => [key, String(value)]),
    ),
  };
}
