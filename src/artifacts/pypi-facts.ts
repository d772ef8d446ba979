// The facts PyPI's rules are decided from (src/pypi-rules), taken from what the readers already
// read: one record per entry, the metadata, and the two wheel members PyPI opens itself.
import type { DistFacts, EntryFacts, MetadataFacts } from '../pypi-rules/index.js';
import { warehouseDistInfo } from '../pypi-rules/index.js';
import type { CoreMetadata } from './metadata.js';
import type { TarEntry } from './tar.js';
import { readZipEntry, type ZipEntry } from './zip.js';

function metadataFacts(
  metadata: CoreMetadata | undefined,
  where: string | undefined,
): MetadataFacts | undefined {
  if (!metadata || !where) return undefined;
  const { metadataVersion, name, version, fields } = metadata;
  return { metadataVersion, name, version, fields, where };
}

export function zipEntryFacts(entry: ZipEntry): EntryFacts {
  return {
    name: entry.name,
    size: entry.size,
    compressedSize: entry.compressedSize,
    method: entry.method,
    kind: entry.isDirectory ? 'directory' : 'file',
  };
}

export function tarEntryFacts(entry: TarEntry): EntryFacts {
  return { name: entry.name, size: entry.size, kind: entry.type };
}

/** A member PyPI reads; undefined when absent or unreadable (another rule says why). */
function member(data: Buffer, entries: readonly ZipEntry[], name: string): Buffer | undefined {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) return undefined;
  try {
    return readZipEntry(data, entry, name);
  } catch {
    return undefined;
  }
}

export function wheelFacts(
  base: { readonly filename: string; readonly size: number },
  read: { readonly data: Buffer; readonly entries: readonly ZipEntry[] } | undefined,
  metadata: CoreMetadata | undefined,
  where: string | undefined,
): DistFacts {
  const distInfo = warehouseDistInfo(base.filename);
  const facts: DistFacts = {
    filename: base.filename,
    type: 'wheel',
    size: base.size,
    entries: read?.entries.map(zipEntryFacts),
    metadata: metadataFacts(metadata, where),
  };
  if (!read || distInfo === undefined) return facts;
  return {
    ...facts,
    record: member(read.data, read.entries, `${distInfo}/RECORD`),
    entryPoints: member(read.data, read.entries, `${distInfo}/entry_points.txt`),
  };
}

export function sdistFacts(
  base: { readonly filename: string; readonly size: number },
  entries: readonly TarEntry[] | undefined,
  metadata: CoreMetadata | undefined,
  where: string | undefined,
): DistFacts {
  return {
    filename: base.filename,
    type: 'sdist',
    size: base.size,
    entries: entries?.map(tarEntryFacts),
    metadata: metadataFacts(metadata, where),
  };
}
