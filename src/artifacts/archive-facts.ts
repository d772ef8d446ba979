// The facts of one archive for checks that judge entries rather than inspect a release (PyPI's
// rules on compression, ratios, member types): every entry, and the text of the few members
// asked for, read within the same bounds as the inspection.
import { stat } from 'node:fs/promises';
import type { ArchiveEntry } from './archive-entry.js';
import { readTarGzFile } from './tar-gz.js';
import { openZip } from './zip.js';

export interface ArchiveFacts {
  /** The file's own size in bytes. */
  readonly fileSize: number;
  readonly entries: readonly ArchiveEntry[];
  /** The content of the regular members `wanted` named, by name. */
  readonly members: ReadonlyMap<string, Buffer>;
}

/**
 * Reads a wheel (.whl, any zip) or an sdist (.tar.gz); `wanted` names the members whose content
 * to keep. Throws a UserError naming `label` when the archive is unreadable or oversized.
 */
export async function readArchiveFacts(
  file: string,
  wanted: (name: string) => boolean,
  label = file,
): Promise<ArchiveFacts> {
  const fileSize = (await stat(file)).size;
  if (file.endsWith('.tar.gz')) {
    const tar = await readTarGzFile(file, label, wanted);
    return { fileSize, entries: tar.entries, members: tar.contents };
  }
  const zip = await openZip(file, label);
  try {
    const members = new Map<string, Buffer>();
    for (const entry of zip.entries) {
      if (entry.kind === 'file' && wanted(entry.name))
        members.set(entry.name, await zip.read(entry));
    }
    return { fileSize, entries: zip.entries, members };
  } finally {
    await zip.close();
  }
}
