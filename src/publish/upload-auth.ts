// Who twine uploads as: an API token, the user and password of repository-url, or a token minted
// by trusted publishing, minted again when it is about to expire or the index says it has.
import * as log from '../log.js';
import type { PackageIndex } from './indexes.js';
import type { UploadToken } from './trusted.js';

export interface TwineCredentials {
  readonly username: string;
  readonly password: string;
}

/** A minted token this close to its expiry is not used for another file. */
export const REFRESH_MARGIN_MS = 2 * 60_000;

export function needsFreshToken(
  token: UploadToken | undefined,
  now: number,
  marginMs = REFRESH_MARGIN_MS,
): boolean {
  return token === undefined || token.expiresAt - now < marginMs;
}

export interface UploadAuth {
  /** Trusted publishing: a refused token can be replaced. */
  readonly minted: boolean;
  /** The credentials for the next file. */
  current(): Promise<TwineCredentials>;
  /** A fresh token after the index refused the current one as expired. */
  refresh(): Promise<TwineCredentials>;
}

export function uploadAuth(
  index: PackageIndex,
  token: string,
  mint: (index: PackageIndex) => Promise<UploadToken>,
): UploadAuth {
  if (token) {
    const fixed = { username: '__token__', password: token };
    return { minted: false, current: async () => fixed, refresh: async () => fixed };
  }
  if (index.credentials) {
    const fixed = index.credentials;
    return { minted: false, current: async () => fixed, refresh: async () => fixed };
  }
  let held: UploadToken | undefined;
  const fresh = async (): Promise<TwineCredentials> => {
    held = await mint(index);
    return { username: '__token__', password: held.value };
  };
  return {
    minted: true,
    async current() {
      if (held && needsFreshToken(held, Date.now())) {
        log.info(
          `The upload token for ${index.label} expires in ${Math.max(0, Math.round((held.expiresAt - Date.now()) / 1000))} s; minting a fresh one for the next file.`,
        );
      }
      return needsFreshToken(held, Date.now())
        ? fresh()
        : { username: '__token__', password: held!.value };
    },
    refresh: fresh,
  };
}
