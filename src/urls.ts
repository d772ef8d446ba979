// URLs as they may be shown: a `user:password@` part never reaches a log, a message or the summary.

/** The URL without its credentials (anything that does not parse is shown as is). */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

export interface UrlCredentials {
  /** The URL without them. */
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

/** Splits `https://user:secret@host/path` into the bare URL and the decoded credentials. */
export function splitCredentials(url: string): UrlCredentials {
  const parsed = new URL(url);
  const username = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.href, username, password };
}
