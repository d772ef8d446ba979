// The upload rules of PyPI's own code (warehouse/forklift/legacy.py) the local index enforces,
// with Warehouse's status codes and words: a release older than 14 days takes no new files, one
// sdist per release, platform tags, decompression bombs and compression methods, WHEEL and RECORD
// in a wheel, sparse tar members, License with License-Expression, and archived projects.
// Self-contained: servers/pypi.ts calls `uploadRefusal` before it stores a file.
import { gunzipSync } from 'node:zlib';
import { listTarEntries } from '../src/artifacts/tar.js';
import { pypiAcceptsPlatform } from '../src/pypi-rules/platform-tags.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MIB = 1024 * 1024;

export interface StoredFile {
  readonly filename: string;
  readonly version: string;
  readonly filetype: string;
  /** Milliseconds since the epoch. */
  readonly uploadedAt: number;
}

export interface Refused {
  readonly status: number;
  readonly message: string;
}

function invalid(message: string): Refused {
  return { status: 400, message: `Invalid distribution file. ${message}` };
}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly size: number;
}

/**
 * The central directory of a zip held in memory, as Python's zipfile lists it for Warehouse:
 * each entry's name, compression method and uncompressed size (no zip64: test files are small).
 */
function listZipEntries(content: Buffer): CentralEntry[] {
  const eocd = content.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > content.length) throw new Error('no end of central directory');
  const count = content.readUInt16LE(eocd + 10);
  let at = content.readUInt32LE(eocd + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (content.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = content.readUInt16LE(at + 28);
    entries.push({
      method: content.readUInt16LE(at + 10),
      size: content.readUInt32LE(at + 24),
      name: content.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return entries;
}

/** _is_valid_dist_file for a wheel: ratio, methods, WHEEL where the file name says. */
function wheelRefusal(filename: string, content: Buffer): Refused | undefined {
  let entries;
  try {
    entries = listZipEntries(content);
  } catch {
    return invalid('File is not a zipfile');
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (unpacked > 64 * MIB && unpacked / content.length > 50) {
    return invalid('File exceeds compression ratio of 50');
  }
  if (entries.some((entry) => entry.method !== 0 && entry.method !== 8)) {
    return invalid('File does not use a supported compression type');
  }
  const [name, version] = filename.split('-');
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has(`${name}-${version}.dist-info/WHEEL`)) {
    return invalid(`WHEEL not found at ${name}-${version}.dist-info/WHEEL`);
  }
  if (!names.has(`${name}-${version}.dist-info/RECORD`)) {
    return {
      status: 400,
      message: `Wheel '${filename}' does not contain the required RECORD file: ${name}-${version}.dist-info/RECORD`,
    };
  }
  return undefined;
}

function sdistRefusal(filename: string, content: Buffer): Refused | undefined {
  try {
    const { entries } = listTarEntries(gunzipSync(content), filename);
    if (entries.some((entry) => entry.kind === 'sparse')) {
      return invalid(
        'tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information',
      );
    }
  } catch {
    return invalid('File is not a tarfile');
  }
  return undefined;
}

export interface UploadFacts {
  readonly project: string;
  readonly version: string;
  readonly filetype: string;
  readonly filename: string;
  readonly content: Buffer;
  /** The metadata form fields twine sent (`license`, `license_expression`). */
  readonly fields: (name: string) => string | undefined;
}

/** What Warehouse answers this upload, in its order, after the duplicate check; or nothing. */
export function uploadRefusal(
  upload: UploadFacts,
  stored: readonly StoredFile[],
  projectStatus: string | undefined,
  now: number,
): Refused | undefined {
  if (projectStatus === 'archived' || projectStatus === 'quarantined') {
    return {
      status: 403,
      message: `The given token isn't allowed to upload to project '${upload.project}'. See https://pypi.org/help#project-name for more information.`,
    };
  }
  if (upload.fields('license') && upload.fields('license_expression')) {
    return {
      status: 400,
      message:
        'License is deprecated when License-Expression is present. Only License-Expression should be present. See https://packaging.python.org/specifications/core-metadata for more information.',
    };
  }
  const release = stored.filter((file) => file.version === upload.version);
  const created = Math.min(...release.map((file) => file.uploadedAt));
  if (release.length > 0 && now - created > 14 * DAY_MS) {
    return {
      status: 400,
      message: 'Uploading new files to releases older than 14 days is not allowed.',
    };
  }
  if (upload.filetype === 'sdist' && release.some((file) => file.filetype === 'sdist')) {
    return { status: 400, message: 'Only one sdist may be uploaded per release.' };
  }
  const archive =
    upload.filetype === 'sdist'
      ? sdistRefusal(upload.filename, upload.content)
      : wheelRefusal(upload.filename, upload.content);
  if (archive) return archive;
  const platforms = upload.filename
    .replace(/\.whl$/, '')
    .split('-')
    .at(-1)!
    .split('.');
  const refused = upload.filename.endsWith('.whl')
    ? platforms.find((tag) => !pypiAcceptsPlatform(tag))
    : undefined;
  if (refused) {
    return {
      status: 400,
      message: `Binary wheel '${upload.filename}' has an unsupported platform tag '${refused}'.`,
    };
  }
  return undefined;
}
