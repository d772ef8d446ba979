// The wheel test's judgement of what its import probe printed.
import { describe, expect, it } from 'vitest';
import { parseProbeOutput, probeProblems } from '../../../src/artifacts/wheel-test-probe.js';

describe('parseProbeOutput', () => {
  it('reads the marked line whatever the imported code printed around it', () => {
    const stdout = [
      'pyrelease-probe {"modules": [], "installed": "0.0.1"}',
      'Loading plugins...',
      'pyrelease-probe {"modules": [{"name": "attr", "version": "23.2.0"}], "installed": "23.2.0"}',
      'atexit handler says bye',
    ].join('\n');
    expect(parseProbeOutput(stdout)).toEqual({
      modules: [{ name: 'attr', version: '23.2.0' }],
      installed: '23.2.0',
    });
    expect(parseProbeOutput('no report\n')).toBeUndefined();
  });
});

describe('probeProblems', () => {
  it('accepts modules without __version__ when the installed version is right', () => {
    const probe = {
      modules: [
        { name: 'poetry.core', file: '/v/poetry/core/__init__.py', version: '1.9.0' },
        { name: 'yaml', file: '/v/yaml/__init__.py', version: null },
      ],
      installed: '1.9.0',
    };
    expect(probeProblems(probe, 'poetry-core', '1.9.0')).toEqual([]);
    expect(probeProblems(probe, 'poetry-core', '1.9')).toEqual([]);
  });

  it('names each failed import and each wrong version', () => {
    const probe = {
      modules: [
        { name: 'attr', version: '23.1.0' },
        { name: 'attrs', error: "ModuleNotFoundError: No module named 'typing_extensions'" },
      ],
      installed: '23.1.0',
    };
    const problems = probeProblems(probe, 'attrs', '23.2.0');
    expect(problems).toEqual([
      expect.stringMatching(/^attr\.__version__ is 23\.1\.0; expected 23\.2\.0\./),
      expect.stringMatching(
        /^import attrs failed in the fresh environment:\nModuleNotFoundError: No module named 'typing_extensions'\nA dependency missing/,
      ),
      expect.stringMatching(
        /^The installed distribution attrs says version 23\.1\.0; expected 23\.2\.0\./,
      ),
    ]);
  });

  it('refuses when no version is seen anywhere', () => {
    const probe = { modules: [{ name: 'six', version: null }], installed: null };
    expect(probeProblems(probe, 'six', '1.16.0')).toEqual([
      expect.stringContaining(
        'Neither the installed distribution six nor six.__version__ gave a version; expected 1.16.0',
      ),
    ]);
    const found = { modules: [{ name: 'six', version: '1.16.0' }], installed: null };
    expect(probeProblems(found, 'six', '1.16.0')).toEqual([]);
  });
});
