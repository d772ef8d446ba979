// The interpreter, venv and musl decisions for every runner, with the platform passed in.
import { describe, expect, it } from 'vitest';
import { venvPython } from '../../../src/artifacts/wheel-test.js';
import { defaultPython, isMusl, venvExecutable } from '../../../src/tools/platform.js';
import { readInputs } from '../../../src/run/inputs.js';
import { missingToolHint } from '../../../src/tools/run.js';

describe('defaultPython', () => {
  it.each([
    [
      'linux',
      '/opt/hostedtoolcache/Python/3.12.4/x64',
      '/opt/hostedtoolcache/Python/3.12.4/x64/bin/python',
    ],
    [
      'darwin',
      '/Users/runner/hostedtoolcache/Python/3.12.4/arm64',
      '/Users/runner/hostedtoolcache/Python/3.12.4/arm64/bin/python',
    ],
    [
      'win32',
      'C:\\hostedtoolcache\\windows\\Python\\3.12.4\\x64',
      'C:\\hostedtoolcache\\windows\\Python\\3.12.4\\x64\\python.exe',
    ],
  ] as const)('on %s takes the one setup-python chose', (platform, location, expected) => {
    expect(defaultPython(platform, { pythonLocation: location })).toBe(expected);
  });

  it.each([
    ['linux', 'python3'],
    ['darwin', 'python3'],
    ['win32', 'python'],
  ] as const)('on %s without setup-python is %s', (platform, expected) => {
    expect(defaultPython(platform, {})).toBe(expected);
    expect(defaultPython(platform, { pythonLocation: '' })).toBe(expected);
  });

  it('is what an empty python input means', () => {
    expect(readInputs(() => undefined).python).toBe(defaultPython());
    expect(readInputs((name) => (name === 'python' ? ' ' : undefined)).python).toBe(
      defaultPython(),
    );
    expect(readInputs((name) => (name === 'python' ? '/usr/bin/python3' : undefined)).python).toBe(
      '/usr/bin/python3',
    );
  });
});

describe('venv executables', () => {
  it.each([
    ['linux', '/tmp/venv', '/tmp/venv/bin/python', '/tmp/venv/bin/twine'],
    ['darwin', '/private/tmp/venv', '/private/tmp/venv/bin/python', '/private/tmp/venv/bin/twine'],
    [
      'win32',
      'D:\\a\\_temp\\venv',
      'D:\\a\\_temp\\venv\\Scripts\\python.exe',
      'D:\\a\\_temp\\venv\\Scripts\\twine.exe',
    ],
  ] as const)('on %s', (platform, venv, python, twine) => {
    expect(venvPython(venv, platform)).toBe(python);
    expect(venvExecutable(venv, 'twine', platform)).toBe(twine);
  });
});

describe('isMusl', () => {
  it('is false outside Linux', () => {
    expect(isMusl('darwin')).toBe(false);
    expect(isMusl('win32')).toBe(false);
  });

  it('on Linux follows whether Node runs on glibc', () => {
    const header = (process.report.getReport() as { header: { glibcVersionRuntime?: string } })
      .header;
    if (process.platform === 'linux') expect(isMusl('linux')).toBe(!header.glibcVersionRuntime);
  });
});

describe('missingToolHint', () => {
  it.each([
    ['python3', 'Set the python input'],
    ['/opt/hostedtoolcache/Python/3.12.4/x64/bin/python', 'Set the python input'],
    ['C:\\hostedtoolcache\\Python\\3.12.4\\x64\\python.exe', 'Set the python input'],
    ['python3.12', 'Set the python input'],
    ['uv', 'name a uv release in builder (builder: uv@0.12.16), or set builder: build'],
    [
      'C:\\tools\\uv.exe',
      'name a uv release in builder (builder: uv@0.12.16), or set builder: build',
    ],
    ['twine', 'pip install twine'],
    ['git', 'Install git'],
  ])('%s: %s', (command, hint) => {
    expect(missingToolHint(command)).toContain(hint);
  });
});
