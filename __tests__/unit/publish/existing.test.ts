// What pyrelease reads from an index about a project, and what it decides from it: the simple API
// in both forms and PyPI's JSON API, the simple URL derived from each kind of upload URL, the
// upload plan, and when a minted token is renewed.
import { describe, expect, it } from 'vitest';
import { planUploads } from '../../../src/publish/existing.js';
import { deriveSimpleUrl, packageIndex, simpleProjectUrl } from '../../../src/publish/indexes.js';
import {
  parseJsonApi,
  parseSimpleAnswer,
  parseSimpleHtml,
  parseSimpleJson,
} from '../../../src/publish/simple-api.js';
import { tokenExpiry } from '../../../src/publish/trusted.js';
import { needsFreshToken } from '../../../src/publish/upload-auth.js';
import { UserError } from '../../../src/errors.js';
import { failureSummary } from '../../../src/publish/upload.js';
import {
  isExpiredTokenRefusal,
  isTransientUploadFailure,
  twineEnvironment,
} from '../../../src/tools/twine.js';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);

describe('the simple URL beside an upload URL', () => {
  it.each([
    ['https://upload.pypi.org/legacy/', 'https://pypi.org/simple/'],
    ['https://test.pypi.org/legacy/', 'https://test.pypi.org/simple/'],
    ['http://127.0.0.1:8080/legacy/', 'http://127.0.0.1:8080/simple/'],
    ['http://pypiserver.local:8080/', 'http://pypiserver.local:8080/simple/'],
    [
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local',
      'https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple/',
    ],
    [
      'https://nexus.acme.dev/repository/pypi-hosted/',
      'https://nexus.acme.dev/repository/pypi-hosted/simple/',
    ],
    [
      'https://gitlab.com/api/v4/projects/42/packages/pypi',
      'https://gitlab.com/api/v4/projects/42/packages/pypi/simple/',
    ],
    [
      'https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/shared/',
      'https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/pypi/shared/simple/',
    ],
  ])('%s → %s', (upload, simple) => {
    expect(deriveSimpleUrl(upload)).toBe(simple);
  });

  it('takes index-url when given, and names the project by its normalized name', () => {
    const index = packageIndex(
      'https://devpi.acme.dev/acme/prod/',
      'devpi',
      'https://devpi.acme.dev/acme/prod/+simple',
    );
    expect(index.simpleUrl).toBe('https://devpi.acme.dev/acme/prod/+simple/');
    expect(index.warehouse).toBe(false);
    expect(simpleProjectUrl(index, 'Hello_PyRelease.Tools')).toBe(
      'https://devpi.acme.dev/acme/prod/+simple/hello-pyrelease-tools/',
    );
  });

  it('keeps credentials out of every URL it shows, and for the queries on the same host', () => {
    const index = packageIndex('https://deploy:s%40cret@pkgs.acme.dev/legacy/', 'label');
    expect(index.uploadUrl).toBe('https://pkgs.acme.dev/legacy/');
    expect(index.simpleUrl).toBe('https://pkgs.acme.dev/simple/');
    expect(index.credentials).toEqual({ username: 'deploy', password: 's@cret' });
    expect(index.simpleCredentials).toEqual(index.credentials);
    const elsewhere = packageIndex(
      'https://deploy:secret@upload.acme.dev/',
      'label',
      'https://read.acme.dev/simple/',
    );
    expect(elsewhere.simpleCredentials).toBeUndefined();
  });
});

describe('reading the answers', () => {
  it('PEP 691 JSON', () => {
    const answer = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'demo',
      files: [
        { filename: 'demo-1.0.tar.gz', url: 'x', hashes: { sha256: B } },
        { filename: 'demo-1.0-py3-none-any.whl', url: 'y', hashes: { md5: 'abc' } },
      ],
    });
    expect(parseSimpleJson(answer)).toEqual({
      ok: true,
      files: [
        { filename: 'demo-1.0.tar.gz', sha256: B.toLowerCase(), url: 'x' },
        { filename: 'demo-1.0-py3-none-any.whl', sha256: undefined, url: 'y' },
      ],
    });
    expect(parseSimpleJson('{"meta": {}}')).toMatchObject({ ok: false });
    expect(parseSimpleJson('<html>')).toMatchObject({ ok: false });
  });

  it('PEP 503 HTML from Warehouse, pypiserver and devpi', () => {
    const html = `<!DOCTYPE html><html><body>
      <a href="/files/demo-1.0.tar.gz#sha256=${A}" data-requires-python="&gt;=3.8">demo-1.0.tar.gz</a><br/>
      <a href='../../packages/demo-1.0-py3-none-any.whl#md5=0123&amp;sha256=${B}'>demo-1.0-py3-none-any.whl</a>
      <A HREF="https://files.example/demo-0.9.zip#md5=00">demo-0.9.zip</A>
    </body></html>`;
    expect(parseSimpleHtml(html)).toEqual({
      ok: true,
      files: [
        { filename: 'demo-1.0.tar.gz', sha256: A, url: '/files/demo-1.0.tar.gz' },
        {
          filename: 'demo-1.0-py3-none-any.whl',
          sha256: B.toLowerCase(),
          url: '../../packages/demo-1.0-py3-none-any.whl',
        },
        { filename: 'demo-0.9.zip', sha256: undefined, url: 'https://files.example/demo-0.9.zip' },
      ],
    });
  });

  it('an empty project page with the repository-version tag, not a page without links', () => {
    expect(
      parseSimpleHtml(
        '<html><head><meta name="pypi:repository-version" content="1.0"></head></html>',
      ),
    ).toEqual({ ok: true, files: [] });
    expect(
      parseSimpleHtml('<html><body><form action="/login"></form></body></html>'),
    ).toMatchObject({
      ok: false,
    });
  });

  it('by content type', () => {
    expect(parseSimpleAnswer('application/vnd.pypi.simple.v1+json', '{"files": []}')).toEqual({
      ok: true,
      files: [],
    });
    expect(
      parseSimpleAnswer('text/html; charset=utf-8', `<a href="x.tar.gz#sha256=${A}">x.tar.gz</a>`),
    ).toMatchObject({ ok: true });
    expect(parseSimpleAnswer('application/octet-stream', 'PK\u0003\u0004')).toMatchObject({
      ok: false,
    });
  });

  it('PyPI’s JSON API', () => {
    const answer = JSON.stringify({
      urls: [
        { filename: 'demo-1.0.tar.gz', url: 'https://f/demo-1.0.tar.gz', digests: { sha256: A } },
      ],
    });
    expect(parseJsonApi(answer)).toEqual({
      ok: true,
      files: [{ filename: 'demo-1.0.tar.gz', sha256: A, url: 'https://f/demo-1.0.tar.gz' }],
    });
    expect(parseJsonApi('{"message": "Not Found"}')).toMatchObject({ ok: false });
  });
});

describe('planUploads', () => {
  const local = [
    { filename: 'demo-1.0.tar.gz', path: '/d/demo-1.0.tar.gz', sha256: A },
    { filename: 'demo-1.0-py3-none-any.whl', path: '/d/demo-1.0-py3-none-any.whl', sha256: B },
  ];

  it('skips identical files (hashes compared without case) and uploads the rest', () => {
    const plan = planUploads('Index', local, [
      { filename: 'demo-1.0.tar.gz', sha256: A },
      { filename: 'demo-0.9.tar.gz', sha256: B },
    ]);
    expect(plan.skip.map((f) => f.filename)).toEqual(['demo-1.0.tar.gz']);
    expect(plan.upload.map((f) => f.filename)).toEqual(['demo-1.0-py3-none-any.whl']);
  });

  it('stops on other content, with both hashes', () => {
    expect(() =>
      planUploads('Index', local, [{ filename: 'demo-1.0-py3-none-any.whl', sha256: A }]),
    ).toThrow(new RegExp(`sha256 ${A} there, ${B} here`));
  });

  it('stops on a listed file without a hash rather than uploading blindly', () => {
    let error: unknown;
    try {
      planUploads('Index', local, [{ filename: 'demo-1.0.tar.gz', sha256: undefined }]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).title).toBe('Existing file has no hash');
    expect((error as UserError).message).toContain('second line of repository-url');
  });
});

describe('tokens that last the upload', () => {
  const now = 1_800_000_000_000;

  it('renews a token within two minutes of its expiry', () => {
    expect(needsFreshToken(undefined, now)).toBe(true);
    expect(needsFreshToken({ value: 't', expiresAt: now + 10 * 60_000 }, now)).toBe(false);
    expect(needsFreshToken({ value: 't', expiresAt: now + 121_000 }, now)).toBe(false);
    expect(needsFreshToken({ value: 't', expiresAt: now + 119_000 }, now)).toBe(true);
    expect(needsFreshToken({ value: 't', expiresAt: now - 1 }, now)).toBe(true);
  });

  it('reads the expiry from the mint answer, else the token’s exp, else assumes 15 minutes', () => {
    expect(tokenExpiry(1_800_000_900, 'opaque', now)).toBe(1_800_000_900_000);
    const jwt = `x.${Buffer.from(JSON.stringify({ exp: 1_800_000_300 })).toString('base64url')}.y`;
    expect(tokenExpiry(undefined, jwt, now)).toBe(1_800_000_300_000);
    expect(tokenExpiry(undefined, 'pypi-opaque', now)).toBe(now + 15 * 60_000);
  });

  it('tells an expired token from other refusals in twine’s output', () => {
    expect(
      isExpiredTokenRefusal(
        'HTTPError: 403 Forbidden from http://x/legacy/\nInvalid API Token: token is expired',
      ),
    ).toBe(true);
    expect(
      isExpiredTokenRefusal(
        'HTTPError: 403 Forbidden from http://x/legacy/\nInvalid or non-existent authentication information.',
      ),
    ).toBe(false);
    expect(isExpiredTokenRefusal('HTTPError: 400 Bad Request\ntoken is expired')).toBe(false);
  });

  it('tells a failing index from a refused upload', () => {
    expect(
      isTransientUploadFailure('HTTPError: 503 Service Unavailable from http://x', false),
    ).toBe(true);
    expect(isTransientUploadFailure('HTTPError: 429 Too Many Requests from http://x', false)).toBe(
      true,
    );
    expect(
      isTransientUploadFailure(
        "ConnectionError: ('Connection aborted.', RemoteDisconnected(…))",
        false,
      ),
    ).toBe(true);
    expect(isTransientUploadFailure('', true)).toBe(true);
    expect(
      isTransientUploadFailure(
        'HTTPError: 400 Bad Request from http://x\nFile already exists',
        false,
      ),
    ).toBe(false);
    expect(isTransientUploadFailure('HTTPError: 403 Forbidden from http://x', false)).toBe(false);
  });

  it('gives twine its credentials in the environment', () => {
    expect(twineEnvironment('deploy', 's3cret')).toEqual({
      TWINE_USERNAME: 'deploy',
      TWINE_PASSWORD: 's3cret',
      TWINE_NON_INTERACTIVE: '1',
    });
  });
});

describe('failureSummary', () => {
  it('puts twine’s wrapped error in a few words', () => {
    expect(
      failureSummary(
        'Uploading x.tar.gz\nERROR    HTTPError: 429 Too Many Requests from\n         http://127.0.0.1:1/legacy/\n         Too Many Requests',
      ),
    ).toBe('HTTP 429 Too Many Requests');
    expect(failureSummary('partial\ntwine was stopped: no answer within 15 s.')).toBe(
      'twine was stopped: no answer within 15 s.',
    );
    expect(
      failureSummary(
        "ERROR    ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
      ),
    ).toBe('connection error: ConnectionError');
  });
});
