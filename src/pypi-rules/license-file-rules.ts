// PEP 639: every License-File the metadata names must be in the archive, where PyPI looks for it:
// a wheel's `<dist-info>/licenses/<path>`, an sdist's `<top folder>/<path>` (Metadata-Version 2.4
// on; twine drops the field below). Pure.
import { refuse, type Refusal } from './catalogue.js';
import { warehouseDistInfo, type DistFacts } from './facts.js';

/** Python's os.path.commonpath over archive names ('' for none). */
export function commonPath(names: readonly string[]): string {
  const split = names.map((name) => name.split('/').filter((part) => part !== '' && part !== '.'));
  if (split.length === 0) return '';
  const first = split[0]!;
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join('/');
}

export function licenseFileRefusals(facts: DistFacts): Refusal[] {
  const meta = facts.metadata;
  // Below 2.4 the uploader drops License-File (setuptools < 77 writes it there with another
  // meaning), so PyPI looks for nothing.
  if (!meta || !facts.entries || /^(1\.|2\.[0-3]$)/.test(meta.metadataVersion)) return [];
  const declared = meta.fields.get('license-file') ?? [];
  if (declared.length === 0) return [];
  const names = new Set(facts.entries.map((entry) => entry.name.replace(/^\.\//, '')));
  const folder =
    facts.type === 'wheel'
      ? `${warehouseDistInfo(facts.filename) ?? ''}/licenses`
      : commonPath([...names]);
  return declared.flatMap((file) => {
    const at = folder ? `${folder}/${file}` : file;
    if (names.has(at)) return [];
    return [
      refuse(
        'licenseFile',
        facts.filename,
        `${meta.where} names License-File: ${file}, which is not in ${facts.filename} at ${at}; PyPI refuses it ("License-File ${file} does not exist in distribution file ${facts.filename} at ${at}"). Include the file (license-files in [project] names files that exist, relative to pyproject.toml) and rebuild with a build backend that copies them (hatchling 1.27+, setuptools 77+).`,
      ),
    ];
  });
}
