import { describe, expect, it } from 'vitest';
import { chooseBuilder, fixCommand, pythonCandidates } from '../../../src/cli/cli-tools.js';

describe('chooseBuilder', () => {
  it('takes uv on PATH first, then a Python with build, then a downloaded uv', () => {
    expect(chooseBuilder(undefined, { uvOnPath: true, buildPython: 'python3' })).toEqual({
      builder: 'uv',
      download: false,
    });
    expect(chooseBuilder(undefined, { uvOnPath: false, buildPython: 'python3' })).toEqual({
      builder: 'build',
      python: 'python3',
    });
    expect(chooseBuilder(undefined, { uvOnPath: false, buildPython: undefined })).toEqual({
      builder: 'uv',
      download: true,
    });
  });

  it('keeps the builder asked for', () => {
    expect(chooseBuilder('uv', { uvOnPath: false, buildPython: 'python3' })).toEqual({
      builder: 'uv',
      download: true,
    });
    expect(chooseBuilder('build', { uvOnPath: true, buildPython: 'python' })).toEqual({
      builder: 'build',
      python: 'python',
    });
    expect(chooseBuilder('build', { uvOnPath: true, buildPython: undefined })).toEqual({
      builder: 'none',
    });
  });
});

describe('pythonCandidates', () => {
  it("asks the virtual environment's Python first, then python3 and python", () => {
    expect(pythonCandidates(undefined, { VIRTUAL_ENV: '/home/me/.venv' }, 'linux')).toEqual([
      '/home/me/.venv/bin/python',
      'python3',
      'python',
    ]);
    expect(pythonCandidates(undefined, {}, 'darwin')).toEqual(['python3', 'python']);
    expect(pythonCandidates(undefined, { VIRTUAL_ENV: 'C:\\venv' }, 'win32')).toEqual([
      'C:\\venv\\Scripts\\python.exe',
      'python',
    ]);
  });

  it('asks only the Python given with --python', () => {
    expect(pythonCandidates('/opt/py/bin/python', { VIRTUAL_ENV: '/v' }, 'linux')).toEqual([
      '/opt/py/bin/python',
    ]);
  });
});

describe('fixCommand', () => {
  it('installs build into the active virtual environment, else installs uv', () => {
    expect(fixCommand({ VIRTUAL_ENV: '/home/me/.venv' }, 'linux')).toBe(
      '/home/me/.venv/bin/python -m pip install build',
    );
    expect(fixCommand({}, 'linux')).toBe('curl -LsSf https://astral.sh/uv/install.sh | sh');
    expect(fixCommand({}, 'win32')).toContain('install.ps1');
  });
});
