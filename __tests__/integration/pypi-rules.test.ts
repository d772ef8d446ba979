// PyPI's upload rules, end to end: prebuilt files (`dist-dir`) that each break one rule PyPI's
// upload code enforces are refused by the bundled action before anything is uploaded, with the
// rule's name and what to do; the index's state (a release older than 14 days, a second sdist, an
// archived project) is read from the local index, which enforces the same rules itself. The real
// C extension is built once by Debian's compiler; the uploader is Debian's twine 4.0.2.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTar, makeZip, zipMembers } from '../helpers/archives.js';
import { runAction, type ActionRun } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { retagWheel } from '../helpers/wheels.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-test-token-0123456789';
const GITHUB_TOKEN = 'ghs_testtoken0123456789';
const PYTHON = '/usr/bin/python3';
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/c-extension');
const DIST_INFO = 'hellocext-0.1.15.dist-info';
const DAY = 24 * 60 * 60 * 1000;

let pypi: PypiServer;
let github: GithubServer;
let scratch: string;
let sdist: string;
/** A wheel PyPI accepts: the real build, tagged as auditwheel repair would. */
let goodWheel: string;
let repo: TestRepo;

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-pypi-rules-'));
  const project = path.join(scratch, 'project');
  await cp(FIXTURE, project, { recursive: true });
  const built = path.join(scratch, 'built');
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', built, project],
    { stdio: 'pipe' },
  );
  const names = await readdir(built);
  sdist = path.join(
    built,
    names.find((name) => name.endsWith('.tar.gz'))!,
  );
  const linux = path.join(
    built,
    names.find((name) => name.endsWith('.whl'))!,
  );
  const py = /-(cp\d+)-/.exec(path.basename(linux))![1]!;
  goodWheel = await retagWheel(linux, scratch, `${py}-${py}-manylinux_2_17_x86_64`);

  repo = await makeRepo(FIXTURE);
  repo.git('tag', 'v0.1.14', 'HEAD');
  repo.git('tag', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
}, 180_000);
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

function release(distDir: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: { ref: 'refs/tags/v0.1.15', repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      python: PYTHON,
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      'dist-dir': distDir,
      ...inputs,
    },
  });
}

interface Member {
  name: string;
  content: Buffer;
}

function recordOf(members: readonly Member[]): Buffer {
  const hash = (data: Buffer) => `sha256=${createHash('sha256').update(data).digest('base64url')}`;
  return Buffer.from(
    members
      .map((m) =>
        m.name === `${DIST_INFO}/RECORD`
          ? `${m.name},,`
          : `${m.name},${hash(m.content)},${m.content.length}`,
      )
      .join('\n') + '\n',
  );
}

/** Sets an entry's compression method in both its headers (after the data is written). */
function setMethod(zip: Buffer, name: string, method: number): Buffer {
  const needle = Buffer.from(name);
  for (let at = zip.indexOf(needle); at >= 0; at = zip.indexOf(needle, at + 1)) {
    if (at >= 30 && zip.readUInt32LE(at - 30) === 0x04034b50)
      zip.writeUInt16LE(method, at - 30 + 8);
    if (at >= 46 && zip.readUInt32LE(at - 46) === 0x02014b50)
      zip.writeUInt16LE(method, at - 46 + 10);
  }
  return zip;
}

/** The good wheel, changed: METADATA edited, members added or dropped, RECORD rewritten. */
async function wheelVariant(
  dir: string,
  change: {
    metadata?: (text: string) => string;
    add?: Member[];
    drop?: string[];
    method?: { name: string; method: number };
  },
): Promise<string> {
  let members: Member[] = (await zipMembers(goodWheel))
    .filter((entry) => entry.kind !== 'dir')
    .map((entry) => ({ name: entry.name, content: entry.content }));
  members = members.filter((m) => !change.drop?.includes(m.name));
  members.push(...(change.add ?? []));
  for (const m of members) {
    if (m.name === `${DIST_INFO}/METADATA` && change.metadata)
      m.content = Buffer.from(change.metadata(m.content.toString('utf8')));
  }
  const record = members.find((m) => m.name === `${DIST_INFO}/RECORD`);
  if (record) record.content = recordOf(members);
  let zip = makeZip(members);
  if (change.method) zip = setMethod(zip, change.method.name, change.method.method);
  const file = path.join(dir, path.basename(goodWheel));
  await writeFile(file, zip);
  return file;
}

/** The real sdist with one more member whose header says GNU sparse ('S'). */
async function sparseSdist(dir: string): Promise<void> {
  const tar = gunzipSync(await readFile(sdist));
  let end = tar.length;
  while (end >= 512 && tar.subarray(end - 512, end).every((byte) => byte === 0)) end -= 512;
  const extra = makeTar([{ name: 'hellocext-0.1.15/disk.img', content: 'x' }]);
  extra[156] = 'S'.charCodeAt(0);
  extra.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += extra[i]!;
  extra.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  const out = Buffer.concat([tar.subarray(0, end), extra]);
  await writeFile(path.join(dir, path.basename(sdist)), gzipSync(out));
}

function withMetadata(text: string, version: string, extra: string): string {
  return text
    .replace(/^Metadata-Version: .*$/m, `Metadata-Version: ${version}`)
    .replace(/^(Version: .*)$/m, `$1\n${extra}`);
}

async function folder(name: string, wheel: (dir: string) => Promise<unknown>, withSdist = true) {
  const dir = path.join(repo.dir, name);
  await mkdir(dir, { recursive: true });
  await wheel(dir);
  if (withSdist) await copyFile(sdist, path.join(dir, path.basename(sdist)));
  return name;
}

function sent(): number {
  return pypi.requests.filter((request) => request.method !== 'GET').length;
}

function refusal(run: ActionRun, title: string) {
  return run.annotations.find(
    (a) => a.level === 'error' && a.properties.title === `PyPI's rules: ${title}`,
  );
}

interface Case {
  name: string;
  make: (dir: string) => Promise<unknown>;
  /** The wheel's metadata differs from the sdist's, which the inspection refuses: no sdist then. */
  noSdist?: boolean;
  sdist?: (dir: string) => Promise<unknown>;
  title: string;
  says: RegExp;
}

const cases: Case[] = [
  {
    name: 'License together with License-Expression',
    noSdist: true,
    make: (dir) =>
      wheelVariant(dir, { metadata: (t) => withMetadata(t, '2.4', 'License-Expression: MIT') }),
    title: 'License together with License-Expression',
    says: /License is deprecated when License-Expression is present/,
  },
  {
    name: 'a License-File the wheel does not hold',
    noSdist: true,
    make: (dir) =>
      wheelVariant(dir, {
        metadata: (t) =>
          withMetadata(
            t.replace(/^License: .*\n/m, ''),
            '2.4',
            'License-Expression: MIT\nLicense-File: NOTICE',
          ),
      }),
    title: 'License-File not in the archive',
    says: /License-File NOTICE does not exist in distribution file .* at hellocext-0\.1\.15\.dist-info\/licenses\/NOTICE/,
  },
  {
    name: 'a classifier not in the trove list',
    noSdist: true,
    make: (dir) =>
      wheelVariant(dir, {
        metadata: (t) => withMetadata(t, '2.1', 'Classifier: Framework :: Nonexistent'),
      }),
    title: 'Unknown or deprecated classifier',
    says: /"Framework :: Nonexistent" is not a valid classifier/,
  },
  {
    name: 'a Project-URL that is not a URL',
    noSdist: true,
    make: (dir) =>
      wheelVariant(dir, {
        metadata: (t) => withMetadata(t, '2.1', 'Project-URL: Source, github.com/octo/x'),
      }),
    title: 'Invalid URL',
    says: /github\.com\/octo\/x, which is not a valid http\(s\) URL/,
  },
  {
    name: 'an entry compressed with LZMA',
    make: (dir) =>
      wheelVariant(dir, {
        add: [{ name: 'hellocext/data.bin', content: Buffer.from('data') }],
        method: { name: 'hellocext/data.bin', method: 14 },
      }),
    title: 'Compression other than stored or deflate',
    says: /hellocext\/data\.bin \(LZMA\)/,
  },
  {
    name: 'a decompression bomb',
    make: (dir) =>
      wheelVariant(dir, {
        add: [{ name: 'hellocext/zeros.bin', content: Buffer.alloc(65 * 1024 * 1024) }],
      }),
    title: 'Compression ratio above 50',
    says: /File exceeds compression ratio of 50/,
  },
  {
    name: 'a wheel without RECORD',
    make: (dir) => wheelVariant(dir, { drop: [`${DIST_INFO}/RECORD`] }),
    title: 'Wheel without a readable RECORD',
    says: /hellocext-0\.1\.15\.dist-info\/RECORD is missing/,
  },
  {
    name: 'a console script named with a path',
    make: (dir) =>
      wheelVariant(dir, {
        add: [
          {
            name: `${DIST_INFO}/entry_points.txt`,
            content: Buffer.from('[console_scripts]\nbin/hello = hellocext:main\n'),
          },
        ],
      }),
    title: 'Invalid entry_points.txt',
    says: /invalid entry point name "bin\/hello" in \[console_scripts\]/,
  },
  {
    name: 'a sparse member in the sdist',
    make: (dir) => copyFile(goodWheel, path.join(dir, path.basename(goodWheel))),
    sdist: sparseSdist,
    title: 'Sparse tar member',
    says: /hellocext-0\.1\.15\/disk\.img/,
  },
  {
    name: 'Metadata-Version 2.4 with Debian’s twine 4.0.2 as the uploader',
    noSdist: true,
    make: (dir) => wheelVariant(dir, { metadata: (t) => withMetadata(t, '2.4', '') }),
    title: 'Uploader too old for the Metadata-Version',
    says: /^twine 4\.0\.2 \(pkginfo 1\.8\.2\) \(twine on PATH\) reads Metadata-Version up to 2\.2; hellocext-0\.1\.15-\S+\.whl is 2\.4\. The metadata is fine/,
  },
];

describe('a file that breaks one of PyPI’s rules is refused before any upload', () => {
  for (const [index, bad] of cases.entries()) {
    it(bad.name, async () => {
      const name = await folder(`bad-${index}`, bad.make, !bad.sdist && !bad.noSdist);
      if (bad.sdist) await bad.sdist(path.join(repo.dir, name));
      const before = sent();
      // A wheel alone, where an sdist's own metadata would break a rule of its own.
      const run = await release(name, bad.noSdist ? { 'require-sdist': 'false' } : {});
      expect(run.exitCode, run.stdout).toBe(1);
      const titles = run.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.properties.title);
      expect(titles).toContain(`PyPI's rules: ${bad.title}`);
      const found = refusal(run, bad.title);
      expect(found?.message, run.stdout).toMatch(bad.says);
      // Each refusal names its rule and PyPI's source for it.
      expect(found?.message).toMatch(
        /\(rule [a-z-]+: https:\/\/github\.com\/(?:pypi\/warehouse\/blob\/[0-9a-f]{40}|pypa\/twine\/blob\/7\.0\.0)\//,
      );
      expect(sent()).toBe(before);
      expect(pypi.files).toEqual([]);
      expect(github.state.releases).toEqual([]);
    });
  }
});

/** A file the index already has, stored `daysAgo` days ago. */
async function seed(file: string, filename: string, version: string, daysAgo: number) {
  const content = await readFile(file);
  pypi.files.push({
    filename,
    name: 'hellocext',
    version,
    filetype: filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
    sha256: createHash('sha256').update(content).digest('hex'),
    size: content.length,
    content,
    uploadedAt: Date.now() - daysAgo * DAY,
  });
}

describe('what the index says is read before any upload, and refused as PyPI would', () => {
  const good = () =>
    folder('good', (dir) => copyFile(goodWheel, path.join(dir, path.basename(goodWheel))));
  const reset = () => {
    pypi.files.length = 0;
    pypi.projectStatus = undefined;
  };

  it('a new file for a release older than 14 days, with a .post1 to release instead', async () => {
    reset();
    await seed(sdist, path.basename(sdist), '0.1.15', 20);
    const before = sent();
    const run = await release(await good());
    expect(run.exitCode, run.stdout).toBe(1);
    const found = refusal(run, 'Release older than 14 days');
    expect(found?.message).toContain(
      'Uploading new files to releases older than 14 days is not allowed.',
    );
    expect(found?.message).toContain(`${path.basename(goodWheel)} would be new`);
    expect(found?.message).toContain('0.1.15.post1');
    expect(sent()).toBe(before);
    expect(pypi.files).toHaveLength(1);
  });

  it('a second sdist for the release', async () => {
    reset();
    await seed(sdist, 'HelloCExt-0.1.15.tar.gz', '0.1.15', 1);
    const before = sent();
    const run = await release(await good());
    expect(run.exitCode, run.stdout).toBe(1);
    expect(refusal(run, 'More than one sdist per release')?.message).toContain(
      'Only one sdist may be uploaded per release.',
    );
    expect(sent()).toBe(before);
  });

  it('an archived project (PEP 792)', async () => {
    reset();
    await seed(sdist, 'hellocext-0.1.14.tar.gz', '0.1.14', 100);
    pypi.projectStatus = 'archived';
    const before = sent();
    const run = await release(await good());
    expect(run.exitCode, run.stdout).toBe(1);
    expect(refusal(run, 'Archived or quarantined project (PEP 792)')?.message).toMatch(
      /marks hellocext as archived \(PEP 792\)/,
    );
    expect(sent()).toBe(before);
    reset();
  });

  it('the local index refuses the same upload itself, in Warehouse’s words', async () => {
    reset();
    await seed(sdist, path.basename(sdist), '0.1.15', 20);
    // The server runs in this process: the upload must not block it.
    const upload = await promisify(execFile)(
      '/usr/bin/twine',
      ['upload', '--non-interactive', '--repository-url', pypi.uploadUrl, goodWheel],
      { env: { ...process.env, TWINE_USERNAME: '__token__', TWINE_PASSWORD: PYPI_TOKEN } },
    ).then(
      () => ({ stdout: 'uploaded', stderr: '' }),
      (error: { stdout: string; stderr: string }) => error,
    );
    const output = `${upload.stdout}${upload.stderr}`;
    // eslint-disable-next-line no-control-regex -- twine's colours are removed
    const plain = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\s+/g, ' ');
    expect(plain).toContain('HTTPError: 400');
    expect(plain).toContain('Uploading new files to releases older than 14 days is not allowed.');
    expect(pypi.files).toHaveLength(1);
    reset();
  });
});
