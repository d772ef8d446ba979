// The per-test fault plan of the local GitHub API: for a route (method and path pattern) and its
// Nth call, answer an error before or after the write was applied, drop the connection, or hang.
// A fault after the write is the case a blind retry duplicates: GitHub did the work, the answer
// was lost.

export type FaultAnswer =
  /** A server error, before the handler ran (nothing written) or after it (written, answer lost). */
  | { readonly status: 500 | 502 | 503; readonly when?: 'before' | 'after' }
  /** The token is refused. */
  | { readonly status: 401 }
  /** The repository or release is not found (or the token cannot see it). */
  | { readonly status: 404 }
  /** No rate-limit headers: the token lacks a permission (`contents: write`). */
  | { readonly status: 403 }
  /** The primary rate limit: x-ratelimit-remaining 0, reset in `retryAfter` seconds. */
  | { readonly status: 429; readonly retryAfter?: number }
  /** A secondary rate limit: 403 with retry-after and GitHub's message. */
  | { readonly secondaryRateLimit: number }
  /**
   * The connection dropped: 'before' anything was applied, 'after' the write was applied, or
   * 'partial': an upload leaves an asset in state 'open' holding part of the bytes, as GitHub does.
   */
  | { readonly drop: 'before' | 'after' | 'partial' }
  /** No answer at all, before or after the write; `onHold` is called once the request is held. */
  | { readonly hang: 'before' | 'after'; readonly onHold?: () => void }
  /** The page as asked, with a Link header whose `next` is the same page again. */
  | { readonly linkNext: 'self' }
  /** 200 and its headers at once, then one byte every `drip` ms until the client goes away. */
  | { readonly drip: number }
  /** 200, then a JSON body of 600 MB, as fast as the client reads it. */
  | { readonly huge: true };

export interface Fault {
  readonly method: string;
  /** A path template (`/repos/{owner}/{repo}/releases`: `{name}` is one segment) or a pattern. */
  readonly path: string | RegExp;
  /** The first matching call that fails, counting from 1. Default 1. */
  readonly call?: number;
  /** How many matching calls in a row fail. Default 1. */
  readonly times?: number;
  readonly answer: FaultAnswer;
}

interface Entry {
  readonly fault: Fault;
  readonly pattern: RegExp;
  seen: number;
}

function templatePattern(template: string): RegExp {
  const escaped = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${escaped}$`);
}

/** A short name for the request log, e.g. `502 after` or `drop partial`. */
export function describeFault(answer: FaultAnswer): string {
  if ('linkNext' in answer) return 'next page: itself';
  if ('drip' in answer) return `drip every ${answer.drip} ms`;
  if ('huge' in answer) return '600 MB answer';
  if ('drop' in answer) return `drop ${answer.drop}`;
  if ('hang' in answer) return `hang ${answer.hang}`;
  if ('secondaryRateLimit' in answer) return `secondary rate limit ${answer.secondaryRateLimit} s`;
  if (answer.status >= 500) {
    return `${answer.status} ${(answer as { when?: string }).when ?? 'before'}`;
  }
  return String(answer.status);
}

export class FaultPlan {
  private entries: Entry[] = [];

  add(...faults: Fault[]): void {
    for (const fault of faults) {
      const pattern = typeof fault.path === 'string' ? templatePattern(fault.path) : fault.path;
      this.entries.push({ fault, pattern, seen: 0 });
    }
  }

  clear(): void {
    this.entries = [];
  }

  /** Counts the call against every matching fault; returns the answer of the first that fires. */
  next(method: string, path: string): FaultAnswer | undefined {
    let fired: FaultAnswer | undefined;
    for (const entry of this.entries) {
      if (entry.fault.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!entry.pattern.test(path)) continue;
      entry.seen++;
      const first = entry.fault.call ?? 1;
      const last = first + (entry.fault.times ?? 1) - 1;
      if (!fired && entry.seen >= first && entry.seen <= last) fired = entry.fault.answer;
    }
    return fired;
  }
}
