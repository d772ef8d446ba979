// The changelog part of the check on changelogs with a long untidy history: one warning for the
// old headings, and nothing about the version being checked hidden in it.
import { describe, expect, it } from 'vitest';
import { checkVersions } from '../../../src/check/check-versions.js';
import { loadProject } from '../../../src/project/project.js';
import { parseVersionTag } from '../../../src/version/tag.js';
import { listingReader } from '../../helpers/listing.js';

const history = (count: number) =>
  Array.from({ length: count }, (_, n) => `## 0.${count - n}.0\n\n- Placeholder ${n}.\n`).join(
    '\n',
  );

async function check(changelog: string, version = '1.0.0', tagged = false) {
  const project = await loadProject(
    listingReader({
      'pyproject.toml': `[project]\nname = "placeholder-pkg"\nversion = "${version}"\n`,
      'CHANGELOG.md': changelog,
    }),
    { dir: '', changelog: '', versionFiles: [] },
  );
  return checkVersions({
    project,
    requireChangelogEntry: false,
    tagPrefix: 'v',
    tag: tagged ? parseVersionTag(`v${version}`, 'v') : undefined,
  });
}

const untidy = (result: Awaited<ReturnType<typeof check>>) =>
  result.findings.filter((finding) => finding.title === 'Untidy changelog');

describe('untidy old headings', () => {
  it('ninety undated old releases are one warning naming how many and the first lines', async () => {
    const result = await check(`# Changelog\n\n## 1.0.0 - 2026-01-02\n\n- New.\n\n${history(90)}`);
    expect(result.ok).toBe(true);
    const warnings = untidy(result);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /^90 older headings in CHANGELOG\.md are untidy or unreadable: line 7 \(no date\), line 11 \(no date\), line 15 \(no date\) and 87 more\./,
    );
    expect(warnings[0]!.location).toEqual({ file: 'CHANGELOG.md', line: 7 });
  });

  it('one untidy old heading keeps its own message', async () => {
    const result = await check('## 1.0.0 - 2026-01-02\n\n## 0.9.0 - 2025-1-1\n');
    expect(untidy(result).map((f) => [f.location?.line, f.message])).toEqual([
      [3, expect.stringContaining('"2025-1-1"')],
    ]);
  });

  it('never hides the version being released: its missing date, duplicate, unreadable heading', async () => {
    const changelog = [
      '## 1.0.0', // 1: no date, the version checked
      '- New.', // 2
      '## 1.0.0.0 - 2026-01-01', // 3: the same version again
      '## 1.0.0-final - 2026-01-01', // 4: unreadable, names 1.0.0
      '## 0.99.0 - 2025-13-40', // 5: old, odd date
      history(5),
    ].join('\n');
    const result = await check(changelog, '1.0.0', true);
    expect(untidy(result).map((f) => f.location?.line)).toEqual([1, 3, 4, 5]);
    const [date, duplicate, unreadable, summary] = untidy(result).map((f) => f.message);
    expect(date).toContain('no date');
    expect(duplicate).toContain('second heading');
    expect(unreadable).toContain('"1.0.0-final"');
    expect(summary).toMatch(/^6 older headings/);
  });

  it('a release that still says it is unreleased is a warning on a tag', async () => {
    const result = await check(
      'Version 1.0.0\n-------------\n\nUnreleased\n\n- New.\n',
      '1.0.0',
      true,
    );
    expect(result.findings.map((f) => f.title)).toContain('Release marked unreleased');
  });

  it('asks for an entry under an empty RST Unreleased section in RST terms', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': '[project]\nname = "placeholder-pkg"\nversion = "1.0.0"\n',
        'CHANGES.rst': 'Unreleased\n----------\n\n1.0.0 (2026-01-02)\n------------------\n\n- A.\n',
      }),
      { dir: '', changelog: '', versionFiles: [] },
    );
    const result = checkVersions({
      project,
      requireChangelogEntry: false,
      tagPrefix: 'v',
      pullRequest: { baseRef: 'main', baseVersion: '1.0.0' },
    });
    const entry = result.findings.find((f) => f.title === 'No changelog entry');
    expect(entry?.message).toBe(
      'CHANGES.rst has an empty "Unreleased" section. Add an entry that describes this change.',
    );
    expect(entry?.location).toEqual({ file: 'CHANGES.rst', line: 1 });
  });
});
