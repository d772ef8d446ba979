// The event payload for the readers that only look something up in it: an unreadable or
// malformed payload is reported where the run context reads it (readContext), so here it is
// simply nothing.
import { readFileSync } from 'node:fs';

export function readEventPayloadQuietly(env: NodeJS.ProcessEnv = process.env): unknown {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
