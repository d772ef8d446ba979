// Facts of a file, as the archive readers give them, for the rules' tests.
import type { DistFacts, EntryFacts, MetadataFacts } from '../../../src/pypi-rules/facts.js';

export function metadata(
  fields: Record<string, string | string[]>,
  where = 'METADATA',
): MetadataFacts {
  const map = new Map<string, string[]>();
  for (const [key, value] of Object.entries(fields))
    map.set(key.toLowerCase(), Array.isArray(value) ? value : [value]);
  return {
    metadataVersion: map.get('metadata-version')?.[0] ?? '2.4',
    name: map.get('name')?.[0] ?? 'demo',
    version: map.get('version')?.[0] ?? '1.0',
    fields: map,
    where,
  };
}

export const BASE_METADATA = { 'Metadata-Version': '2.4', Name: 'demo', Version: '1.0' };

export function wheelEntries(
  extra: EntryFacts[] = [],
  distInfo = 'demo-1.0.dist-info',
): EntryFacts[] {
  return [
    { name: 'demo/__init__.py', size: 10, compressedSize: 10, method: 8, kind: 'file' },
    { name: `${distInfo}/METADATA`, size: 100, compressedSize: 80, method: 8, kind: 'file' },
    { name: `${distInfo}/WHEEL`, size: 80, compressedSize: 70, method: 8, kind: 'file' },
    { name: `${distInfo}/RECORD`, size: 200, compressedSize: 120, method: 8, kind: 'file' },
    ...extra,
  ];
}

export function wheel(overrides: Partial<DistFacts> = {}): DistFacts {
  return {
    filename: 'demo-1.0-py3-none-any.whl',
    type: 'wheel',
    size: 1000,
    entries: wheelEntries(),
    metadata: metadata(BASE_METADATA, 'demo-1.0-py3-none-any.whl:demo-1.0.dist-info/METADATA'),
    record: Buffer.from('demo/__init__.py,sha256=x,10\n'),
    ...overrides,
  };
}

export function sdist(overrides: Partial<DistFacts> = {}): DistFacts {
  return {
    filename: 'demo-1.0.tar.gz',
    type: 'sdist',
    size: 1000,
    entries: [
      { name: 'demo-1.0', size: 0, kind: 'directory' },
      { name: 'demo-1.0/PKG-INFO', size: 100, kind: 'file' },
      { name: 'demo-1.0/LICENSE', size: 100, kind: 'file' },
    ],
    metadata: metadata(BASE_METADATA, 'demo-1.0.tar.gz:demo-1.0/PKG-INFO'),
    ...overrides,
  };
}
