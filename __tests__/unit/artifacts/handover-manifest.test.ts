import { describe, expect, it } from 'vitest';
import {
  handoverProblems,
  parseHandover,
  serializeHandover,
  sha256Text,
  type FolderEntry,
  type HandoverExpectation,
  type HandoverManifest,
} from '../../../src/artifacts/handover-manifest.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const COMMIT = 'c'.repeat(40);

const manifest: HandoverManifest = {
  schema: 1,
  project: 'Hello_PyRelease',
  version: '1.2.3',
  tag: 'v1.2.3',
  commit: COMMIT,
  repository: 'octo/hello',
  runId: '42',
  runAttempt: '1',
  dryRun: false,
  files: [
    { name: 'hello-1.2.3.tar.gz', size: 10, sha256: SHA_A },
    { name: 'hello-1.2.3-py3-none-any.whl', size: 20, sha256: SHA_B },
  ],
  checks: [{ name: 'Test the wheel', detail: 'import hello → 1.2.3' }],
  wheelTest: 'import hello → 1.2.3',
};
const text = serializeHandover(manifest);

const entries: FolderEntry[] = [
  { name: 'hello-1.2.3.tar.gz', kind: 'file', size: 10, sha256: SHA_A },
  { name: 'hello-1.2.3-py3-none-any.whl', kind: 'file', size: 20, sha256: SHA_B },
  { name: 'pyrelease-handover.json', kind: 'file', size: text.length, sha256: sha256Text(text) },
];

const run: HandoverExpectation = {
  digest: sha256Text(text),
  given: sha256Text(text),
  tag: 'v1.2.3',
  commit: COMMIT,
  repository: 'octo/hello',
  runId: '42',
  project: 'hello-pyrelease',
  version: '1.2.3',
  dryRun: false,
};

describe('the hand-over manifest', () => {
  it('reads back what it wrote', () => {
    expect(parseHandover(text)).toEqual({ manifest });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('passes the files of this run, with a .gitignore beside them', () => {
    expect(handoverProblems(manifest, entries, run)).toEqual([]);
    const withIgnore: FolderEntry[] = [
      ...entries,
      { name: '.gitignore', kind: 'file', size: 1, sha256: SHA_A },
    ];
    expect(handoverProblems(manifest, withIgnore, { ...run, given: '' })).toEqual([]);
  });

  it.each([
    ['not JSON', '{', /^it is not JSON/],
    ['an array', '[]', /^it is not a JSON object$/],
    ['another schema', JSON.stringify({ ...manifest, schema: 2 }), /its schema is 2, not 1/],
    ['no tag', JSON.stringify({ ...manifest, tag: 1 }), /its "tag" is not a string/],
    ['no dryRun', JSON.stringify({ ...manifest, dryRun: 'no' }), /"dryRun" is not true or false/],
    ['files not a list', JSON.stringify({ ...manifest, files: {} }), /"files" is not a list/],
    [
      'a path for a name',
      JSON.stringify({ ...manifest, files: [{ name: '../x.whl', size: 1, sha256: SHA_A }] }),
      /files\[0\]\.name is not a file name/,
    ],
    [
      'a negative size',
      JSON.stringify({ ...manifest, files: [{ name: 'x.whl', size: -1, sha256: SHA_A }] }),
      /files\[0\]\.size \(x\.whl\) is not a size/,
    ],
    [
      'a short sha256',
      JSON.stringify({ ...manifest, files: [{ name: 'x.whl', size: 1, sha256: 'abc' }] }),
      /files\[0\]\.sha256 \(x\.whl\) is not a sha256/,
    ],
    [
      'a name twice',
      JSON.stringify({
        ...manifest,
        files: [
          { name: 'x.whl', size: 1, sha256: SHA_A },
          { name: 'x.whl', size: 1, sha256: SHA_A },
        ],
      }),
      /it lists x\.whl twice/,
    ],
  ])('refuses a manifest that is %s', (_name, bad, says) => {
    const parsed = parseHandover(bad);
    expect(parsed.problem).toMatch(says);
  });

  const differs: [string, Partial<HandoverExpectation>, FolderEntry[] | undefined, RegExp][] = [
    [
      'another manifest than the handover input',
      { given: SHA_B },
      undefined,
      /the manifest's sha256 is [0-9a-f]{64}, but the handover input .* is b{64}/,
    ],
    [
      'another tag',
      { tag: 'v1.2.4' },
      undefined,
      /the manifest is for the tag v1\.2\.3, this run for v1\.2\.4 \(GITHUB_REF\)/,
    ],
    [
      'no tag in this run',
      { tag: undefined },
      undefined,
      /the tag v1\.2\.3, and this run has no GITHUB_REF/,
    ],
    ['another commit', { commit: 'd'.repeat(40) }, undefined, /commit c{40}, this run for d{40}/],
    ['another repository', { repository: 'eve/hello' }, undefined, /octo\/hello, this run for eve/],
    [
      'another workflow run',
      { runId: '43' },
      undefined,
      /written in workflow run 42, this is run 43 \(GITHUB_RUN_ID\): .* same workflow run/,
    ],
    ['another project', { project: 'other' }, undefined, /project Hello_PyRelease, .* other/],
    [
      'another version',
      { version: '1.2.4' },
      undefined,
      /version 1\.2\.3, the checkout's is 1\.2\.4/,
    ],
    [
      'a changed size',
      {},
      [entries[0]!, { ...(entries[1] as FolderEntry & { kind: 'file' }), size: 21 }],
      /hello-1\.2\.3-py3-none-any\.whl is 21 bytes, the manifest says 20/,
    ],
    [
      'changed bytes',
      {},
      [entries[0]!, { ...(entries[1] as FolderEntry & { kind: 'file' }), sha256: SHA_A }],
      /hello-1\.2\.3-py3-none-any\.whl has sha256 a{64}, the manifest says b{64}/,
    ],
    ['a missing file', {}, [entries[0]!], /hello-1\.2\.3-py3-none-any\.whl is listed .* missing/],
    [
      'a link in place of a file',
      {},
      [entries[0]!, { name: 'hello-1.2.3-py3-none-any.whl', kind: 'other' }],
      /hello-1\.2\.3-py3-none-any\.whl is not a regular file/,
    ],
    [
      'an extra file',
      {},
      [...entries, { name: 'evil-1.0-py3-none-any.whl', kind: 'file', size: 1, sha256: SHA_A }],
      /evil-1\.0-py3-none-any\.whl is there but not in the manifest/,
    ],
    [
      'an extra folder',
      {},
      [...entries, { name: 'more', kind: 'other' }],
      /more is there but not in the manifest/,
    ],
  ];

  it.each(differs)('refuses %s, saying what differs', (_name, change, folder, says) => {
    const problems = handoverProblems(manifest, folder ?? entries, { ...run, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(says);
  });

  it("refuses a dry run's files in a release, and takes them in a dry run", () => {
    const dry = { ...manifest, dryRun: true };
    expect(handoverProblems(dry, entries, run)).toEqual([
      expect.stringMatching(/written by a dry run/),
    ]);
    expect(handoverProblems(dry, entries, { ...run, dryRun: true })).toEqual([]);
  });

  it('refuses a manifest that lists nothing', () => {
    expect(handoverProblems({ ...manifest, files: [] }, [entries[2]!], run)).toEqual([
      'the manifest lists no file',
    ]);
  });

  it('says every difference at once', () => {
    expect(
      handoverProblems(manifest, [entries[0]!], { ...run, commit: 'd'.repeat(40), runId: '7' }),
    ).toHaveLength(3);
  });
});
