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

export function readEventRelease(env: NodeJS.ProcessEnv = process.env): EventRelease | undefined {
  if (env.GITHUB_EVENT_NAME !== 'release') return undefined;
  return parseEventRelease(readEventPayloadQuietly(env));
}
