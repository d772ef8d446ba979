// pip's and uv's words for a Requires-Python that leaves out the interpreter.
import { describe, expect, it } from 'vitest';
import { pythonMismatch } from '../../../src/artifacts/python-mismatch.js';

describe('pythonMismatch', () => {
  it("reads pip's refusal, as sphinx 9.1.0 on Python 3.11 gets it", () => {
    const output =
      "Processing ./sphinx-9.1.0-py3-none-any.whl\nERROR: Package 'sphinx' requires a different Python: 3.11.2 not in '>=3.12'\n";
    expect(pythonMismatch(output)).toEqual({ running: '3.11.2', wanted: '>=3.12' });
  });

  it("reads uv's resolver explanation, wrapped over lines", () => {
    const output = [
      '  × No solution found when resolving dependencies:',
      '  ╰─▶ Because the current Python version (3.8.10) does not satisfy',
      '       Python>=3.10,<4 and cbdep==1.0 depends on Python>=3.10,<4, we can',
      '       conclude that cbdep==1.0 cannot be used.',
    ].join('\n');
    expect(pythonMismatch(output)).toEqual({ running: '3.8.10', wanted: '>=3.10,<4' });
  });

  it('says nothing of other failures', () => {
    expect(
      pythonMismatch('ERROR: No matching distribution found for ghp-import>=1.0'),
    ).toBeUndefined();
  });
});
