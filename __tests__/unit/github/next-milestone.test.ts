import { describe, expect, it } from 'vitest';
import { chooseNextMilestone, nextTitle, splitTitle } from '../../../src/github/next-milestone.js';

const m = (number: number, title: string) => ({ number, title });

describe('splitTitle', () => {
  it.each([
    ['v0.1.15', { prefix: 'v', version: '0.1.15' }],
    ['0.1.15', { prefix: '', version: '0.1.15' }],
    ['pkg-v1.2', { prefix: 'pkg-v', version: '1.2' }],
    ['Release 2.0', { prefix: 'Release ', version: '2.0' }],
  ])('%s', (title, parts) => {
    expect(splitTitle(title)).toEqual(parts);
  });
  it('a title without a version', () => {
    expect(splitTitle('Backlog')).toBeUndefined();
    expect(splitTitle('v1.x')).toBeUndefined();
  });
});

describe('chooseNextMilestone', () => {
  const closing = m(1, 'v0.1.15');
  it('the open milestone with the lowest version above, named the same way', () => {
    const open = [closing, m(2, 'v0.2.0'), m(3, 'v0.1.16'), m(4, 'Backlog'), m(5, '0.1.15.1')];
    expect(chooseNextMilestone(closing, '0.1.15', open)).toEqual({ milestone: m(3, 'v0.1.16') });
  });
  it('compares versions, not text', () => {
    const open = [closing, m(2, 'v0.1.100'), m(3, 'v0.1.20')];
    expect(chooseNextMilestone(closing, '0.1.15', open)).toEqual({ milestone: m(3, 'v0.1.20') });
  });
  it('never one below or the same', () => {
    const open = [closing, m(2, 'v0.1.14'), m(3, 'v0.1.15.0')];
    expect(chooseNextMilestone(closing, '0.1.15', open)).toEqual({ create: 'v0.1.16' });
  });
  it('creates the next patch, written the way the closing one is', () => {
    expect(nextTitle(m(1, '0.1.15'), '0.1.15')).toBe('0.1.16');
    expect(nextTitle(m(1, 'pkg-v2.0.0'), '2.0.0')).toBe('pkg-v2.0.1');
  });
});
