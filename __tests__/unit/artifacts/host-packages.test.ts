// Which failed imports a host package of the repository can mend, and which it cannot.
import { describe, expect, it } from 'vitest';
import { hostsToInstall, missingModules } from '../../../src/artifacts/host-packages.js';
import type { ProbeResult } from '../../../src/artifacts/wheel-test-probe.js';

const notFound = (name: string) =>
  `Traceback (most recent call last):\n  File "x.py", line 1\nModuleNotFoundError: No module named '${name}'`;

function probe(...errors: (string | undefined)[]): ProbeResult {
  return {
    modules: errors.map((error, index) => ({ name: `m${index}`, ...(error && { error }) })),
    installed: '3.3.1',
  };
}

describe('missingModules', () => {
  it('names the top-level module each failed import missed', () => {
    expect(missingModules(probe(notFound('psycopg.pq'), undefined, notFound('psycopg')))).toEqual([
      'psycopg',
    ]);
  });

  it('is undefined when an import failed for another reason', () => {
    expect(missingModules(probe(notFound('psycopg'), 'ImportError: cannot import name x'))).toBe(
      undefined,
    );
  });
});

describe('hostsToInstall', () => {
  const hosts = { psycopg: 'psycopg', evil: '--index-url=http://x' };
  const hostOf = async (module: string) => hosts[module as keyof typeof hosts];

  it('installs the package that ships each missing module', async () => {
    expect(await hostsToInstall(probe(notFound('psycopg')), hostOf)).toEqual(['psycopg']);
  });

  it('installs nothing unless every missing module has a host with a plain name', async () => {
    expect(await hostsToInstall(probe(notFound('psycopg'), notFound('numpy')), hostOf)).toEqual([]);
    expect(await hostsToInstall(probe(notFound('evil')), hostOf)).toEqual([]);
    expect(await hostsToInstall(probe(notFound('psycopg')), undefined)).toEqual([]);
  });
});
