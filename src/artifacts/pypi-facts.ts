// The facts PyPI's rules are decided from (src/pypi-rules), taken from what the readers already
// read: one record per entry, the metadata, and the two wheel members PyPI opens itself.
import type { DistFacts, EntryFacts, MetadataFacts } from '../pypi-rules/index.js';
import { warehouseDistInfo } from '../pypi-rules/index.js';
import type { CoreMetadata } from './metadata.js';
import type { ArchiveEntry } from './archive-entry.js';
import { MAX_MEMBER_READ } from './archive-entry.js';
import type { ZipArchive } from './zip.js';

function metadataFacts(
  metadata: CoreMetadata | undefined,
  where: string | undefined,
): MetadataFacts | undefined {
  if (!metadata || !where) return undefined;
  const { metadataVersion, name, version, fields } = metadata;
  return { metadataVersion, name, version, fields, where };
}

/** An entry as the rules see it: the readers' `dir` is the rules' `directory`. */
export function entryFacts(entry: ArchiveEntry): EntryFacts {
  return {
    name: entry.name,
    size: entry.size,
    ...(entry.compressedSize !== undefined && { compressedSize: entry.compressedSize }),
    ...(entry.method !== undefined && { method: entry.method }),
    kind: entry.kind === 'dir' ? 'directory' : entry.kind,
  };
}

/** A member PyPI reads; undefined when absent or unreadable (another rule says why). */
async function member(archive: ZipArchive, name: string): Promise<Buffer | undefined> {
  const entry = archive.entries.find((candidate) => candidate.name === name);
  if (!entry || entry.kind !== 'file') return undefined;
  return archive.read(entry, MAX_MEMBER_READ).catch(() => undefined);
}

export async function wheelFacts(
  base: { readonly filename: string; readonly size: number },
  archive: ZipArchive | undefined,
  metadata: CoreMetadata | undefined,
  where: string | undefined,
): Promise<DistFacts> {
  const distInfo = warehouseDistInfo(base.filename);
  const facts: DistFacts = {
    filename: base.filename,
    type: 'wheel',
    size: base.size,
    entries: archive?.entries.map(entryFacts),
    metadata: metadataFacts(metadata, where),
  };
  if (!archive || distInfo === undefined) return facts;
  return {
    ...facts,
    record: await member(archive, `${distInfo}/RECORD`),
    entryPoints: await member(archive, `${distInfo}/entry_points.txt`),
  };
}

export function sdistFacts(
  base: { readonly filename: string; readonly size: number },
  entries: readonly ArchiveEntry[] | undefined,
  metadata: CoreMetadata | undefined,
  where: string | undefined,
): DistFacts {
  return {
    filename: base.filename,
    type: 'sdist',
    size: base.size,
    entries: entries?.map(entryFacts),
    metadata: metadataFacts(metadata, where),
  };
}
