// The local PyPI and OIDC servers against the real clients: Debian's twine uploads, pip installs
// into a fresh venv, @actions/core fetches the OIDC token. The example is built once.
import { getIDToken } from '@actions/core';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';
import { EXAMPLE } from '../helpers/repo.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYTHON = '/usr/bin/python3';
const TWINE = '/usr/bin/twine';

interface Run {
  code: number;
  output: string;
}

// Asynchronous on purpose: the servers live in this process, so a synchronous child would
// block the event loop that has to answer it.
function run(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const base = { ...process.env };
  for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY']) {
    delete base[name];
  }
  return new Promise<Run>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...base, NO_PROXY: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

function twine(server: PypiServer, password: string, files: string[]): Promise<Run> {
  const args = ['upload', '--non-interactive', '--disable-progress-bar'];
  return run(TWINE, [...args, '--repository-url', server.uploadUrl, ...files], {
    TWINE_USERNAME: '__token__',
    TWINE_PASSWORD: password,
    PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
    NO_COLOR: '1',
  });
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** [file name, file type, sha256] of the built files, sorted as the tests sort what they get. */
async function localFiles(): Promise<string[][]> {
  return [
    [path.basename(sdist), 'sdist', await sha256(sdist)],
    [path.basename(wheel), 'bdist_wheel', await sha256(wheel)],
  ].sort();
}

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const parts = jwt.split('.');
  expect(parts).toHaveLength(3);
  return JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

let scratch: string;
let sdist: string;
let wheel: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-pypi-'));
  const project = path.join(scratch, 'example');
  const outdir = path.join(scratch, 'dist');
  await cp(EXAMPLE, project, {
    recursive: true,
    filter: (src) => !/(^|\/)(dist|build|__pycache__)$/.test(src) || src === EXAMPLE,
  });
  const build = await run(PYTHON, [
    '-m',
    'build',
    '--no-isolation',
    '--skip-dependency-check',
    '--outdir',
    outdir,
    project,
  ]);
  expect(build.code, build.output).toBe(0);
  const names = await readdir(outdir);
  sdist = path.join(
    outdir,
    names.find((name) => name.endsWith('.tar.gz'))!,
  );
  wheel = path.join(
    outdir,
    names.find((name) => name.endsWith('.whl'))!,
  );
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('local PyPI with twine and pip', () => {
  let server: PypiServer;

  beforeAll(async () => {
    server = await startPypiServer({ token: 'pypi-secret-token' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('records what twine uploads with the sha256 of the local files', async () => {
    const result = await twine(server, 'pypi-secret-token', [sdist, wheel]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toContain('pypi-secret-token');
    // twine sends wheels first, whatever the order on its command line.
    const received = server.files.map((file) => [file.filename, file.filetype, file.sha256]);
    expect(received.sort()).toEqual(await localFiles());
    for (const file of server.files) {
      expect(file.name).toBe('hello-pyrelease');
      expect(file.version).toBe('0.1.15');
    }
    const receivedWheel = server.files.find((file) => file.filetype === 'bdist_wheel')!;
    expect(receivedWheel.content.equals(await readFile(wheel))).toBe(true);
    expect(receivedWheel.size).toBe((await readFile(wheel)).length);
  });

  it('accepts an identical re-upload without a second record', async () => {
    const before = server.requests.length;
    const result = await twine(server, 'pypi-secret-token', [wheel]);
    expect(result.code, result.output).toBe(0);
    expect(server.files).toHaveLength(2);
    expect(server.requests.slice(before)).toEqual([
      { method: 'POST', path: '/legacy/', status: 200 },
    ]);
  });

  it('refuses different content under a file name that exists', async () => {
    const changed = path.join(scratch, 'changed');
    await mkdir(changed, { recursive: true });
    const copy = path.join(changed, path.basename(wheel));
    await copyFile(wheel, copy);
    const append =
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "a").writestr("extra.txt", "x")';
    expect((await run(PYTHON, ['-c', append, copy])).code).toBe(0);
    const blake2 = (
      await run(PYTHON, [
        '-c',
        'import sys, hashlib; print(hashlib.blake2b(open(sys.argv[1], "rb").read(), digest_size=32).hexdigest())',
        copy,
      ])
    ).output.trim();

    const result = await twine(server, 'pypi-secret-token', [copy]);
    expect(result.code).not.toBe(0);
    // twine wraps its messages at 80 columns when not writing to a terminal.
    expect(result.output.replace(/\s+/g, ' ')).toContain(
      `File already exists ('${path.basename(wheel)}', with blake2_256 hash '${blake2}')`,
    );
    expect(server.files).toHaveLength(2);
    const kept = server.files.find((file) => file.filename === path.basename(wheel));
    expect(kept?.sha256).toBe(await sha256(wheel));
    expect(server.requests.at(-1)).toEqual({ method: 'POST', path: '/legacy/', status: 400 });
  });

  it('refuses a wrong token with 403', async () => {
    const result = await twine(server, 'pypi-wrong-token', [sdist]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('403');
    expect(result.output).toContain('Invalid or non-existent authentication information');
    expect(server.requests.at(-1)).toEqual({ method: 'POST', path: '/legacy/', status: 403 });
  });

  it('refuses a digest that does not match the content', async () => {
    const form = new FormData();
    const fields = {
      ':action': 'file_upload',
      protocol_version: '1',
      name: 'hello-pyrelease',
      version: '0.1.16',
      filetype: 'sdist',
      sha256_digest: '0'.repeat(64),
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append(
      'content',
      new Blob([Buffer.from('not an sdist')]),
      'hello_pyrelease-0.1.16.tar.gz',
    );
    const response = await fetch(server.uploadUrl, {
      method: 'POST',
      body: form,
      headers: {
        Authorization: `Basic ${Buffer.from('__token__:pypi-secret-token').toString('base64')}`,
      },
    });
    expect(response.status).toBe(400);
    expect(response.statusText).toContain('digest supplied does not match');
    expect(server.files).toHaveLength(2);
  });

  it('serves the simple index and JSON API from the uploads', async () => {
    const projects = await (await fetch(server.simpleUrl)).text();
    expect(projects).toContain('<a href="/simple/hello-pyrelease/">hello-pyrelease</a>');
    const links = await (await fetch(`${server.simpleUrl}hello-pyrelease/`)).text();
    expect(links).toContain(
      `<a href="/files/${path.basename(wheel)}#sha256=${await sha256(wheel)}">${path.basename(wheel)}</a>`,
    );
    const json = (await (await fetch(`${server.url}/pypi/Hello_PyRelease/0.1.15/json`)).json()) as {
      info: { name: string; version: string };
      urls: {
        filename: string;
        packagetype: string;
        digests: { sha256: string };
        size: number;
        url: string;
      }[];
    };
    expect(json.info).toEqual({ name: 'hello-pyrelease', version: '0.1.15' });
    const listed = json.urls.map((url) => [url.filename, url.packagetype, url.digests.sha256]);
    expect(listed.sort()).toEqual(await localFiles());
    const sdistUrl = json.urls.find((url) => url.packagetype === 'sdist')!.url;
    const download = Buffer.from(await (await fetch(sdistUrl)).arrayBuffer());
    expect(download.equals(await readFile(sdist))).toBe(true);
    const missing = await fetch(`${server.url}/pypi/hello-pyrelease/9.9.9/json`);
    expect(missing.status).toBe(404);
  });

  it('lets pip install the uploaded wheel into a fresh venv', async () => {
    const venv = path.join(scratch, 'venv');
    const created = await run(PYTHON, ['-m', 'venv', venv]);
    expect(created.code, created.output).toBe(0);
    const env = { PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' };
    const install = await run(
      path.join(venv, 'bin/pip'),
      ['install', '--index-url', server.simpleUrl, '--no-deps', 'hello-pyrelease==0.1.15'],
      env,
    );
    expect(install.code, install.output).toBe(0);
    expect(server.requests).toContainEqual({
      method: 'GET',
      path: `/files/${path.basename(wheel)}`,
      status: 200,
    });
    const imported = await run(
      path.join(venv, 'bin/python'),
      ['-c', 'import hello_pyrelease; print(hello_pyrelease.__version__)'],
      {},
      venv,
    );
    expect(imported.code, imported.output).toBe(0);
    expect(imported.output.trim()).toBe('0.1.15');
  });
});

describe('trusted publishing through the local servers', () => {
  const claims = {
    sub: 'repo:octo/hello-pyrelease:environment:pypi',
    repository: 'octo/hello-pyrelease',
    workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  };
  const saved = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  };
  let oidc: OidcServer;
  let server: PypiServer | undefined;

  beforeAll(async () => {
    oidc = await startOidcServer({ claims });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken;
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    for (const [name, value] of [
      ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await oidc.close();
  });

  async function mint(target: PypiServer, token: string): Promise<Response> {
    return fetch(`${target.url}/_/oidc/mint-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
  }

  it('issues the claims for the asked audience and refuses a wrong request token', async () => {
    const jwt = await getIDToken('pypi');
    expect(oidc.issuedTokens.at(-1)).toBe(jwt);
    expect(oidc.audiences.at(-1)).toBe('pypi');
    expect(decodeJwtPayload(jwt)).toMatchObject({ ...claims, aud: 'pypi' });
    const refused = await fetch(`${oidc.url}&audience=pypi`, {
      headers: { Authorization: 'Bearer wrong' },
    });
    expect(refused.status).toBe(401);
  });

  it('exchanges the OIDC token for an upload token that twine can use', async () => {
    const jwt = await getIDToken('pypi');
    server = await startPypiServer({ acceptedOidcToken: jwt, mintedToken: 'pypi-minted-abc' });
    const audience = await (await fetch(`${server.url}/_/oidc/audience`)).json();
    expect(audience).toEqual({ audience: 'pypi' });

    const early = await twine(server, 'pypi-minted-abc', [wheel]);
    expect(early.code).not.toBe(0);
    expect(server.files).toHaveLength(0);

    const response = await mint(server, jwt);
    expect(response.status).toBe(200);
    // Warehouse reports when the token expires: 15 minutes on.
    const answer = (await response.json()) as { expires: number };
    expect(answer).toEqual({ success: true, token: 'pypi-minted-abc', expires: answer.expires });
    expect(answer.expires - Date.now() / 1000).toBeGreaterThan(890);
    const upload = await twine(server, 'pypi-minted-abc', [wheel]);
    expect(upload.code, upload.output).toBe(0);
    expect(server.files.map((file) => file.sha256)).toEqual([await sha256(wheel)]);
  });

  it('refuses to mint for a token without a publisher', async () => {
    const jwt = await getIDToken('pypi');
    server = await startPypiServer({ acceptedOidcToken: jwt });
    const other = await getIDToken('pypi');
    expect(other).not.toBe(jwt);
    const response = await mint(server, other);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: 'Token request failed',
      errors: [
        {
          code: 'invalid-publisher',
          description:
            'valid token, but no corresponding publisher (All lookup strategies exhausted)',
        },
      ],
    });
  });
});
