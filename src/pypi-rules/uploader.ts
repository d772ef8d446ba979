// Whether the uploader can read what it uploads: twine reads each file's metadata before sending
// it, and one too old for the file's Metadata-Version stops with a misleading "missing Name,
// Version". What each twine reads (from twine's sources at its tags):
//   twine < 6.1 reads with pkginfo: up to the newest version in pkginfo's HEADER_ATTRS
//     (pkginfo 1.8.x: 2.2, earlier: 2.1; later pkginfo: known from twine's own error);
//   twine 6.1 and 6.2 read with packaging, and allow up to 2.4 (twine/package.py);
//   twine 7.0 allows what packaging 26.1+ does: up to 2.5 (changelog #1317).
import { refuse, type Refusal } from './catalogue.js';

export interface UploaderReach {
  /** `twine 4.0.2 (pkginfo 1.8.2)`. */
  readonly name: string;
  readonly version: string;
  /** The newest Metadata-Version it reads; undefined when that cannot be told from its version. */
  readonly upTo: string | undefined;
}

function parts(version: string): number[] {
  return version.split('.').map((part) => parseInt(part, 10) || 0);
}

/** a < b for dotted numbers. */
export function versionBelow(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return false;
}

/** What `twine --version` says: `twine version 4.0.2 (…, pkginfo: 1.8.2, …)`. */
export function twineReach(versionOutput: string): UploaderReach | undefined {
  const text = versionOutput.replace(/\s+/g, ' ');
  const twine = /twine version (\d+(?:\.\d+)*)/.exec(text)?.[1];
  if (!twine) return undefined;
  if (!versionBelow(twine, '7')) return { name: `twine ${twine}`, version: twine, upTo: '2.5' };
  if (!versionBelow(twine, '6.1')) return { name: `twine ${twine}`, version: twine, upTo: '2.4' };
  const pkginfo = /pkginfo: (\d+(?:\.\d+)*)/.exec(text)?.[1];
  const name = pkginfo ? `twine ${twine} (pkginfo ${pkginfo})` : `twine ${twine}`;
  if (!pkginfo) return { name, version: twine, upTo: undefined };
  if (versionBelow(pkginfo, '1.8')) return { name, version: twine, upTo: '2.1' };
  if (versionBelow(pkginfo, '1.9')) return { name, version: twine, upTo: '2.2' };
  return { name, version: twine, upTo: undefined };
}

/** The twine release that reads `metadataVersion`. */
export function twineFor(metadataVersion: string): string {
  return versionBelow(metadataVersion, '2.5') ? 'twine 6.1 or later' : 'twine 7 or later';
}

/** The message for files the uploader cannot read; `upTo` from its version or its own error. */
export function uploaderMessage(
  uploader: string,
  upTo: string,
  files: readonly { readonly filename: string; readonly metadataVersion: string }[],
  how: string | undefined,
): string {
  const versions = [...new Set(files.map((file) => file.metadataVersion))].sort();
  const newest = versions.reduce((a, b) => (versionBelow(a, b) ? b : a));
  const where = how ? ` (${how})` : '';
  return `${uploader}${where} reads Metadata-Version up to ${upTo}; ${files.map((file) => file.filename).join(', ')} ${files.length === 1 ? 'is' : 'are'} ${versions.join(', ')}. The metadata is fine: the uploader is too old to read it, and would fail on upload. Upgrade it to ${twineFor(newest)} (pip install -U "twine>=7"), or take it off PATH so pyrelease installs one that reads ${newest}; nothing needs rebuilding.`;
}

export function uploaderRefusal(
  reach: UploaderReach | undefined,
  files: readonly { readonly filename: string; readonly metadataVersion: string | undefined }[],
  how?: string,
): Refusal | undefined {
  if (!reach?.upTo) return undefined;
  const upTo = reach.upTo;
  const unreadable = files.flatMap((file) =>
    file.metadataVersion !== undefined && versionBelow(upTo, file.metadataVersion)
      ? [{ filename: file.filename, metadataVersion: file.metadataVersion }]
      : [],
  );
  if (unreadable.length === 0) return undefined;
  return refuse(
    'uploaderMetadata',
    unreadable[0]!.filename,
    uploaderMessage(reach.name, upTo, unreadable, how),
  );
}
