// What the rules are decided from: facts about each file, read by the archive readers (one record
// per entry: name, sizes, compression method, kind) plus the few members PyPI opens itself.

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'sparse' | 'other';

export interface EntryFacts {
  readonly name: string;
  /** Uncompressed bytes. */
  readonly size: number;
  /** Zip only: bytes stored. */
  readonly compressedSize?: number;
  /** Zip only: 0 stored, 8 deflate, anything else another method. */
  readonly method?: number;
  readonly kind: EntryKind;
}

export interface MetadataFacts {
  readonly metadataVersion: string;
  readonly name: string;
  readonly version: string;
  /** Every header by lower-case field name, values in file order. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Where it was read, for messages: `pkg-1.0-py3-none-any.whl:pkg-1.0.dist-info/METADATA`. */
  readonly where: string;
}

export interface DistFacts {
  readonly filename: string;
  readonly type: 'wheel' | 'sdist';
  /** Bytes on disk: what is uploaded. */
  readonly size: number;
  /** Undefined when the archive could not be read (the inspection says why). */
  readonly entries: readonly EntryFacts[] | undefined;
  readonly metadata: MetadataFacts | undefined;
  /** Wheel: the members PyPI reads from `warehouseDistInfo(filename)`; absent when not there. */
  readonly record?: Buffer;
  readonly entryPoints?: Buffer;
}

/**
 * The dist-info folder PyPI opens in a wheel: the file name's first two `-` parts, as they are
 * (`name, version, _ = filename.split("-", 2)` in warehouse), not the normalised name.
 */
export function warehouseDistInfo(filename: string): string | undefined {
  const parts = filename.split('-');
  if (parts.length < 3) return undefined;
  return `${parts[0]}-${parts[1]}.dist-info`;
}
