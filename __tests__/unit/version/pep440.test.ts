import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440,
} from '../../../src/version/pep440.js';

interface VectorVersion {
  input: string;
  valid: boolean;
  normalized?: string;
  release?: number[];
  epoch?: number;
  pre?: [string, number] | null;
  post?: number | null;
  dev?: number | null;
  is_prerelease?: boolean;
  is_postrelease?: boolean;
  is_devrelease?: boolean;
}
interface Vectors {
  versions: VectorVersion[];
  order: { input: string; rank: number }[];
  names: { input: string; canonical: string; dist_filename_prefix: string }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/pep440.json', import.meta.url), 'utf8'),
) as Vectors;

describe('PEP 440 parsing agrees with packaging', () => {
  for (const vector of vectors.versions) {
    it(`${JSON.stringify(vector.input)} is ${vector.valid ? vector.normalized : 'invalid'}`, () => {
      const parsed = parsePep440(vector.input);
      if (!vector.valid) {
        expect(parsed).toBeNull();
        return;
      }
      expect(parsed).not.toBeNull();
      expect(parsed?.normalized).toBe(vector.normalized);
      expect(parsed?.release).toEqual(vector.release);
      expect(parsed?.epoch).toBe(vector.epoch);
      expect(parsed?.pre).toEqual(vector.pre);
      expect(parsed?.post).toBe(vector.post);
      expect(parsed?.dev).toBe(vector.dev);
      expect(parsed?.isPrerelease).toBe(vector.is_prerelease);
      expect(parsed?.isPostrelease).toBe(vector.is_postrelease);
      expect(parsed?.isDevrelease).toBe(vector.is_devrelease);
    });
  }
});

describe('PEP 440 ordering agrees with packaging', () => {
  const order = vectors.order;
  it('sorts every pair as packaging ranks them', () => {
    const mistakes: string[] = [];
    for (const a of order) {
      for (const b of order) {
        const expected = Math.sign(a.rank - b.rank);
        const actual = Math.sign(comparePep440(a.input, b.input));
        if (expected !== actual) mistakes.push(`${a.input} vs ${b.input}: ${actual}`);
      }
    }
    expect(mistakes).toEqual([]);
  });

  it('treats equal ranks as the same version', () => {
    expect(samePep440('v0.2.0-rc.1', '0.2.0rc1')).toBe(true);
    expect(samePep440('0.2.0-alpha.1', '0.2.0a1')).toBe(true);
    expect(samePep440('0.2.0', '0.2.0rc1')).toBe(false);
    expect(samePep440('not a version', 'not a version')).toBe(false);
  });
});

describe('project names', () => {
  for (const name of vectors.names) {
    it(`${name.input} → ${name.canonical}`, () => {
      expect(canonicalProjectName(name.input)).toBe(name.canonical);
      expect(distFilenamePrefix(name.input)).toBe(name.dist_filename_prefix);
    });
  }
});
