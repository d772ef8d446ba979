// Reads a .tar.gz sdist in one pass: gunzip as a stream with an output limit, the tar parsed as
// it comes, only the members asked for kept. A gzip bomb is refused as soon as it passes the
// limit, without inflating the rest.
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { gunzipLimit, GUNZIP_RATIO, MAX_GUNZIP, MIN_GUNZIP_LIMIT, mib } from './archive-entry.js';
import { handleStream, openRegularFile } from './regular-file.js';
import { TarParser, unreadableTar, type TarContents } from './tar.js';

function tooLarge(label: string, compressedSize: number, limit: number): UserError {
  return new UserError(
    `${label} gunzips to more than ${mib(limit)} (a ${mib(compressedSize)} file may hold ${GUNZIP_RATIO} times its size, at least ${mib(MIN_GUNZIP_LIMIT)} and at most ${mib(MAX_GUNZIP)}): it is a decompression bomb or not an sdist. Rebuild the sdist (python -m build --sdist) from the project's sources.`,
    'Oversized sdist',
  );
}

/** Reads a compressed tar stream of `compressedSize` bytes; `label` names it in messages. */
export async function readTarGzStream(
  source: Readable,
  compressedSize: number,
  label: string,
  keep: (name: string) => boolean,
): Promise<TarContents> {
  const limit = gunzipLimit(compressedSize);
  const parser = new TarParser(label, keep);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip) {
      total += (chunk as Buffer).length;
      if (total > limit) throw tooLarge(label, compressedSize, limit);
      parser.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw unreadableTar(label, `gunzip fails (${(error as Error).message})`);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  return parser.end();
}

/** Reads the .tar.gz at `file`, which must be a regular file. */
export async function readTarGzFile(
  file: string,
  label: string,
  keep: (name: string) => boolean,
): Promise<TarContents> {
  const { handle, size } = await openRegularFile(file, label);
  try {
    return await readTarGzStream(handleStream(handle), size, label, keep);
  } finally {
    await handle.close();
  }
}
