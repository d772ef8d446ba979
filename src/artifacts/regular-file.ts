// Opens a file pyrelease is about to read from a dist folder, refusing anything but a regular
// file: a FIFO would block the open or the read for ever, and a device such as /dev/zero never
// ends. The open itself is non-blocking, and the check is on the opened descriptor, so a file
// swapped for something else between a listing and the read is caught too.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { Readable } from 'node:stream';
import { UserError } from '../errors.js';

/** What a file that is not a regular one is, for messages. */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export function notRegular(shown: string, stats: Stats): UserError {
  return new UserError(
    `${shown} is ${fileKind(stats)}, not a regular file; pyrelease reads and uploads regular files only. Put the built files themselves in the dist folder (not links to devices, pipes or other special files).`,
    'Not a regular file',
  );
}

/** O_NONBLOCK where the platform has it (not on Windows, where FIFOs do not appear this way). */
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** An open handle on `file`, which must be a regular file (a link to one is followed). */
export async function openRegularFile(
  file: string,
  shown = file,
): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(file, FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular(shown, stats);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

const CHUNK = 64 * 1024;

/**
 * The bytes `[start, end)` of an open file as a stream. Not fs.createReadStream: destroying
 * that closes the descriptor, which stays with the handle's owner.
 */
export function handleStream(handle: FileHandle, start = 0, end = Infinity): Readable {
  let position = start;
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      const length = Math.min(CHUNK, end - position);
      if (length <= 0) {
        this.push(null);
        return;
      }
      handle.read(Buffer.alloc(length), 0, length, position).then(
        ({ bytesRead, buffer }) => {
          position += bytesRead;
          this.push(bytesRead > 0 ? buffer.subarray(0, bytesRead) : null);
        },
        (error: Error) => this.destroy(error),
      );
    },
  });
}
