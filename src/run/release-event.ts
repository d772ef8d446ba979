// The release a `release` event is about (`on: release: types: [published]`): the maintainer made
// it, so pyrelease completes that release rather than any other of the same tag.
import { readEventPayloadQuietly } from './event-payload.js';

export interface EventRelease {
  readonly id: number;
  readonly tagName: string;
  readonly draft: boolean;
}

/** The payload's `release`, when it names one. */
export function parseEventRelease(payload: unknown): EventRelease | undefined {
  const release = (payload as { release?: Record<string, unknown> } | null)?.release;
  if (!release || typeof release.id !== 'number' || typeof release.tag_name !== 'string') {
    return undefined;
  }
  return { id: release.id, tagName: release.tag_name, draft: release.draft === true };
}

/**
 * What happened to the release, for the activities that release nothing. GitHub sends `release`
 * events for `published`, `released` and `prereleased` (a release made public), and also for
 * `created`, `edited`, `unpublished` and `deleted`: a workflow on `release` without `types`
 * would bring back a release its maintainer deleted.
 */
export function ignoredReleaseAction(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'release') return undefined;
  const action = (readEventPayloadQuietly(env) as { action?: unknown } | null)?.action;
  if (typeof action === 'string' && RELEASING_ACTIONS.has(action)) return undefined;
  return typeof action === 'string' && /^[a-z_]{1,40}$/.test(action) ? action : 'unknown';
}

const RELEASING_ACTIONS = new Set(['published', 'released', 'prereleased']);

export function readEventRelease(env: NodeJS.ProcessEnv = process.env): EventRelease | undefined {
  if (env.GITHUB_EVENT_NAME !== 'release') return undefined;
  return parseEventRelease(readEventPayloadQuietly(env));
}
