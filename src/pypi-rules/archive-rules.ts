// What PyPI refuses inside an archive: a decompression bomb, compression it does not read, sparse
// tar members, and a wheel without the WHEEL and RECORD files or with entry points it cannot
// parse. Pure: decided from the entries' facts and the two members PyPI reads.
import { refuse, type Refusal } from './catalogue.js';
import { entryPointProblem } from './entry-points.js';
import { warehouseDistInfo, type DistFacts, type EntryFacts } from './facts.js';

const MIB = 1024 * 1024;
/** COMPRESSION_RATIO_MIN_SIZE and COMPRESSION_RATIO_THRESHOLD in warehouse/forklift/legacy.py. */
export const COMPRESSION_RATIO_MIN_SIZE = 64 * MIB;
export const COMPRESSION_RATIO_THRESHOLD = 50;

const METHOD_NAMES: Record<number, string> = {
  1: 'shrink',
  6: 'implode',
  9: 'deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'zstandard',
  95: 'xz',
  98: 'PPMd',
};

const SHOWN = 5;

function some(names: readonly string[]): string {
  const shown = names.slice(0, SHOWN).join(', ');
  return names.length > SHOWN ? `${shown} and ${names.length - SHOWN} more` : shown;
}

function megabytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** Zip archives: unpacked size over the file's size (warehouse sums every entry's file_size). */
export function compressionRatioRefusal(
  facts: DistFacts,
  entries: readonly EntryFacts[],
): Refusal | undefined {
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  const ratio = unpacked / Math.max(facts.size, 1);
  if (unpacked <= COMPRESSION_RATIO_MIN_SIZE || ratio <= COMPRESSION_RATIO_THRESHOLD) {
    return undefined;
  }
  return refuse(
    'compressionRatio',
    facts.filename,
    `${facts.filename} unpacks to ${megabytes(unpacked)} from ${megabytes(facts.size)}, a ratio of ${ratio.toFixed(0)}; PyPI refuses an archive that unpacks to more than 64 MiB at a ratio above ${COMPRESSION_RATIO_THRESHOLD} as a decompression bomb ("File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}"). Find what compresses so well (padding, zero-filled data, generated files) and leave it out of the wheel, or generate it at run time.`,
  );
}

export function compressionMethodRefusal(
  facts: DistFacts,
  entries: readonly EntryFacts[],
): Refusal | undefined {
  const odd = entries.filter(
    (entry) => entry.method !== undefined && entry.method !== 0 && entry.method !== 8,
  );
  if (odd.length === 0) return undefined;
  const described = odd.map(
    (entry) => `${entry.name} (${METHOD_NAMES[entry.method!] ?? `method ${entry.method}`})`,
  );
  return refuse(
    'compressionMethod',
    facts.filename,
    `${facts.filename} holds entries compressed other than stored or deflate: ${some(described)}; PyPI refuses it ("File does not use a supported compression type"), and pip could not unpack it either. Rebuild the wheel with the build backend (python -m build --wheel), or recompress it with Python's zipfile and ZIP_DEFLATED.`,
  );
}

export function sparseRefusal(
  facts: DistFacts,
  entries: readonly EntryFacts[],
): Refusal | undefined {
  const sparse = entries.filter((entry) => entry.kind === 'sparse').map((entry) => entry.name);
  if (sparse.length === 0) return undefined;
  return refuse(
    'sparse',
    facts.filename,
    `${facts.filename} holds sparse members (a GNU tar extension): ${some(sparse)}; PyPI refuses them ("tar archive not accepted: Sparse members are not allowed"). Build the sdist with the build backend (python -m build --sdist), which writes plain members, rather than with GNU tar --sparse.`,
  );
}

function utf8(data: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

/** csv.field_size_limit()'s default: a longer RECORD field makes csv raise, and PyPI refuse. */
const CSV_FIELD_LIMIT = 131072;

function wheelMembersRefusals(facts: DistFacts, entries: readonly EntryFacts[]): Refusal[] {
  const { filename } = facts;
  const distInfo = warehouseDistInfo(filename);
  if (distInfo === undefined) {
    return [
      refuse(
        'wheelFile',
        filename,
        `${filename} does not split into name and version ("Unable to parse name and version from wheel filename"). Name it {name}-{version}-{python}-{abi}-{platform}.whl, as build backends do.`,
      ),
    ];
  }
  const names = new Set(entries.map((entry) => entry.name));
  const refusals: Refusal[] = [];
  if (!names.has(`${distInfo}/WHEEL`)) {
    refusals.push(
      refuse(
        'wheelFile',
        filename,
        `${filename} has no ${distInfo}/WHEEL ("WHEEL not found at ${distInfo}/WHEEL"); PyPI refuses it. The dist-info folder must be named like the file's first two parts; rebuild the wheel (python -m build --wheel) rather than renaming or repacking it.`,
      ),
    );
  }
  const record = facts.record === undefined ? undefined : utf8(facts.record);
  const tooLong = record?.split(/\r\n|\r|\n/).some((line) => line.length > CSV_FIELD_LIMIT);
  if (record === undefined || tooLong) {
    const found =
      facts.record === undefined
        ? 'is missing'
        : tooLong
          ? 'has a line too long to parse'
          : 'is not UTF-8';
    refusals.push(
      refuse(
        'record',
        filename,
        `${filename}: ${distInfo}/RECORD ${found}; PyPI refuses a wheel without a readable RECORD ("Wheel '${filename}' does not contain the required RECORD file"). Rebuild the wheel with the build backend; a tool that edits a wheel must rewrite RECORD (wheel pack, auditwheel and delocate do).`,
      ),
    );
  }
  if (facts.entryPoints !== undefined) {
    const text = utf8(facts.entryPoints);
    const problem = text === undefined ? 'it is not UTF-8' : entryPointProblem(text);
    if (problem) {
      refusals.push(
        refuse(
          'entryPoints',
          filename,
          `${filename}: ${distInfo}/entry_points.txt: ${problem}; PyPI refuses the wheel ("has invalid entry points defined in the entry_points.txt file"). Fix [project.scripts] / [project.gui-scripts] / [project.entry-points] (or entry_points in setup.py): names of letters, digits, "_", "." and "-" only, and rebuild.`,
        ),
      );
    }
  }
  return refusals;
}

/** Every archive rule that applies to the file. */
export function archiveRefusals(facts: DistFacts): Refusal[] {
  const { entries } = facts;
  if (!entries) return [];
  if (facts.type === 'sdist') return [sparseRefusal(facts, entries)].filter(isRefusal);
  return [
    compressionRatioRefusal(facts, entries),
    compressionMethodRefusal(facts, entries),
    ...wheelMembersRefusals(facts, entries),
  ].filter(isRefusal);
}

function isRefusal(value: Refusal | undefined): value is Refusal {
  return value !== undefined;
}
