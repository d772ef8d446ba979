// The metadata PyPI validates: versions, names, URLs, classifiers, licence fields, limits.
import { describe, expect, it } from 'vitest';
import { metadataRefusals } from '../../../src/pypi-rules/metadata-rules.js';
import { BASE_METADATA, metadata } from './helpers.js';

function judge(fields: Record<string, string | string[]>) {
  return metadataRefusals(
    metadata({ ...BASE_METADATA, ...fields }, 'demo.whl:METADATA'),
    'demo.whl',
  );
}

function ids(fields: Record<string, string | string[]>): string[] {
  return judge(fields).map((refusal) => refusal.rule.id);
}

describe('metadata rules', () => {
  it('accepts well-formed metadata', () => {
    expect(
      judge({
        'License-Expression': 'MIT',
        'License-File': 'LICENSE',
        Classifier: ['Programming Language :: Python :: 3', 'Operating System :: OS Independent'],
        'Project-URL': ['Homepage, https://example.org', 'Source, https://github.com/o/r'],
        'Home-page': 'https://example.org',
        'Requires-Dist': ['attrs>=22', 'tomli; python_version < "3.11"'],
        Dynamic: 'Requires-Dist',
      }),
    ).toEqual([]);
  });

  it('refuses License with License-Expression in PyPI’s words', () => {
    const [refusal] = judge({ License: 'MIT License', 'License-Expression': 'MIT' });
    expect(refusal!.rule.id).toBe('license-with-expression');
    expect(refusal!.message).toContain('License is deprecated when License-Expression is present');
    expect(refusal!.message).toContain('demo.whl:METADATA');
  });

  it('refuses a Metadata-Version PyPI does not take, and nothing else then', () => {
    expect(ids({ 'Metadata-Version': '2.0', License: 'x', 'License-Expression': 'MIT' })).toEqual([
      'metadata-version',
    ]);
    expect(ids({ 'Metadata-Version': '2.5' })).toEqual([]);
  });

  it('refuses fields newer than the Metadata-Version', () => {
    expect(ids({ 'Metadata-Version': '2.3', 'License-Expression': 'MIT' })).toEqual([
      'field-needs-metadata-version',
    ]);
  });

  it('refuses invalid names and local or invalid versions', () => {
    expect(ids({ Name: '-demo' })).toEqual(['name']);
    expect(ids({ Name: 'de mo' })).toEqual(['name']);
    expect(ids({ Name: 'a' })).toEqual([]);
    expect(ids({ Version: '1.0+local' })).toEqual(['version']);
    expect(judge({ Version: '1.0+local' })[0]!.message).toContain(
      "The use of local versions in '1.0+local' is not allowed.",
    );
    expect(ids({ Version: 'one' })).toEqual(['version']);
  });

  it('refuses URLs PyPI does not take', () => {
    expect(ids({ 'Home-page': 'example.org' })).toEqual(['url']);
    expect(ids({ 'Download-URL': 'ftp://example.org/x' })).toEqual(['url']);
    expect(ids({ 'Project-URL': 'Homepage' })).toEqual(['url']);
    expect(ids({ 'Project-URL': ', https://example.org' })).toEqual(['url']);
    expect(ids({ 'Project-URL': `${'L'.repeat(33)}, https://example.org` })).toEqual(['url']);
    expect(ids({ 'Project-URL': 'Docs, not a url' })).toEqual(['url']);
  });

  it('refuses unknown and deprecated classifiers, naming the replacement', () => {
    expect(ids({ Classifier: 'Programming Language :: Python :: 9000' })).toEqual(['classifier']);
    expect(ids({ Classifier: 'Private :: Do Not Upload' })).toEqual(['classifier']);
    const [deprecated] = judge({ Classifier: 'Natural Language :: Ukranian' });
    expect(deprecated!.message).toContain('use "Natural Language :: Ukrainian" instead');
  });

  it('refuses a long summary, direct URL dependencies and unknown Dynamic fields', () => {
    expect(ids({ Summary: 'x'.repeat(513) })).toEqual(['summary-length']);
    expect(ids({ Summary: 'x'.repeat(512) })).toEqual([]);
    expect(ids({ 'Requires-Dist': 'demo-core @ https://example.org/demo.whl' })).toEqual([
      'direct-dependency',
    ]);
    expect(ids({ Dynamic: 'Name' })).toEqual(['dynamic']);
  });
});
