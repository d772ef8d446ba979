// The OpenAPI checks behind the test GitHub server: route choice, parameters, bodies, answers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGithubSpec, type GithubSpec, type OperationMatch } from '../../../servers/openapi.js';
import { release, type Site } from '../../../servers/github-shapes.js';

let spec: GithubSpec;
beforeAll(async () => {
  spec = await loadGithubSpec();
});

function matched(method: string, path: string): OperationMatch {
  const found = spec.match(method, path);
  if ('error' in found) throw new Error(found.error);
  return found;
}

function problems(method: string, path: string, query = '', body?: unknown): string[] {
  return spec.checkRequest({
    match: matched(method, path),
    query: new URLSearchParams(query),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body)),
  });
}

describe('matching a path to an operation', () => {
  it.each([
    ['GET', '/repos/o/r/releases/latest', 'repos/get-latest-release', {}],
    ['GET', '/repos/o/r/releases/7', 'repos/get-release', { release_id: '7' }],
    ['GET', '/repos/o/r/releases/assets/9', 'repos/get-release-asset', { asset_id: '9' }],
    ['POST', '/repos/o/r/releases/7/assets', 'repos/upload-release-asset', { release_id: '7' }],
    ['GET', '/repos/o/r/releases/tags/v1%2Fbeta', 'repos/get-release-by-tag', { tag: 'v1/beta' }],
  ])('%s %s is %s', (method, path, operationId, params) => {
    const found = matched(method, path);
    expect(found.operation.operationId).toBe(operationId);
    expect(found.params).toEqual({ owner: 'o', repo: 'r', ...params });
  });

  it('tells an unknown path from a known path with the wrong method', () => {
    expect(spec.match('GET', '/repos/o/r/nothing-here')).toEqual({
      error: 'no operation has a path matching /repos/o/r/nothing-here',
    });
    expect(spec.match('PUT', '/repos/o/r/releases')).toEqual({
      error: 'no PUT operation for /repos/o/r/releases',
    });
  });
});

describe('checking a request', () => {
  it('accepts a complete release', () => {
    const body = { tag_name: 'v1', name: 'One', draft: true, make_latest: 'legacy' };
    expect(problems('POST', '/repos/o/r/releases', '', body)).toEqual([]);
  });

  it('names every problem of a bad release body', () => {
    const found = problems('POST', '/repos/o/r/releases', '', { draft: 1, make_latest: 'yes' });
    expect(found.join('\n')).toMatch(/required property 'tag_name'/);
    expect(found.join('\n')).toMatch(/\/draft must be boolean/);
    expect(found.join('\n')).toMatch(/\/make_latest must be equal to one of the allowed values/);
  });

  it('checks path and query parameters by their schemas', () => {
    expect(problems('GET', '/repos/o/r/releases/abc')).toEqual([
      'path parameters: /release_id must be integer',
    ]);
    expect(problems('GET', '/repos/o/r/releases', 'per_page=ten')).toEqual([
      'query parameters: /per_page must be integer',
    ]);
    expect(problems('GET', '/repos/o/r/releases', 'per_page=10&page=2')).toEqual([]);
    expect(problems('GET', '/repos/o/r/releases', 'perpage=10')).toEqual([
      'query parameter "perpage" is not part of repos/list-releases',
    ]);
  });

  it('wants name, Content-Type and Content-Length on an upload', () => {
    const match = matched('POST', '/repos/o/r/releases/1/assets');
    const check = (query: string, headers: Record<string, string>) =>
      spec.checkRequest({
        match,
        query: new URLSearchParams(query),
        headers,
        body: Buffer.from('x'),
      });
    expect(
      check('name=a.whl', { 'content-type': 'application/zip', 'content-length': '1' }),
    ).toEqual([]);
    expect(check('', { 'content-type': 'application/zip', 'content-length': '1' })).toEqual([
      "query parameters: (root) must have required property 'name'",
    ]);
    expect(check('name=a.whl', {})).toEqual([
      'raw body without a Content-Type header',
      'raw body without a Content-Length header',
    ]);
  });
});

describe('checking an answer', () => {
  const site: Site = { apiUrl: 'http://127.0.0.1:1', owner: 'o', repo: 'r', defaultBranch: 'main' };
  const record = {
    id: 1,
    tag_name: 'v1',
    target_commitish: 'main',
    name: null,
    body: null,
    draft: true,
    prerelease: false,
    created_at: '2024-01-01T00:00:00Z',
    published_at: null,
    updated_at: '2024-01-01T00:00:00Z',
  };
  const operation = () => matched('GET', '/repos/o/r/releases/1').operation;

  it('accepts a release with the nullable fields null', () => {
    expect(spec.checkResponse(operation(), 200, release(site, record, []))).toEqual([]);
  });

  it('finds a missing or mistyped field', () => {
    const withoutDraft: Record<string, unknown> = { ...release(site, record, []) };
    delete withoutDraft.draft;
    expect(spec.checkResponse(operation(), 200, withoutDraft)).toEqual([
      "response 200: (root) must have required property 'draft'",
    ]);
    const mistyped = { ...release(site, record, []), created_at: 'yesterday' };
    expect(spec.checkResponse(operation(), 200, mistyped)).toEqual([
      'response 200: /created_at must match format "date-time"',
    ]);
  });
});
