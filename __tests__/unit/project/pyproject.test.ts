import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import {
  locateKeyLine,
  locateTomlString,
  multilineOpener,
  parsePyproject,
  tableHeader,
} from '../../../src/project/pyproject.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

function tomlError(text: string): UserError {
  try {
    parsePyproject(text, 'pyproject.toml');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('parsePyproject accepted invalid TOML');
}

describe('[project].version', () => {
  it('reads the value with its 1-based line and the column of its first character', () => {
    const text = lines(
      '[build-system]',
      'requires = ["hatchling"]',
      '',
      '[project]',
      'name = "hello-pyrelease"',
      'version = "0.1.15"',
    );
    const pyproject = parsePyproject(text, 'pyproject.toml');
    expect(pyproject.name).toBe('hello-pyrelease');
    expect(pyproject.version).toEqual({ table: 'project', value: '0.1.15', line: 6, column: 12 });
    expect(pyproject.dynamicVersion).toBe(false);
  });

  it('reads single-quoted literal strings', () => {
    const pyproject = parsePyproject("[project]\nname = 'x'\nversion = '2.0.0rc1'\n", 'p.toml');
    expect(pyproject.version).toMatchObject({ value: '2.0.0rc1', line: 3, column: 12 });
  });

  it('ignores an inline comment after the value', () => {
    const text = '[project]\nname = "x"\nversion    =   "1.2.3"   # bumped by the release script\n';
    expect(parsePyproject(text, 'p.toml').version).toMatchObject({
      value: '1.2.3',
      line: 3,
      column: 17,
    });
  });

  it('is found with CRLF line endings and a BOM', () => {
    const text = '\uFEFF[project]\r\nname = "x"\r\nversion = "3.1.4"\r\n';
    expect(parsePyproject(text, 'p.toml').version).toEqual({
      table: 'project',
      value: '3.1.4',
      line: 3,
      column: 12,
    });
  });

  it('does not take a version key from a sub-table such as [project.urls]', () => {
    const text = lines(
      '[project]',
      'name = "x"',
      'dynamic = ["version"]',
      '',
      '[project.urls]',
      'version = "https://example.com/changes"',
      '',
      '[project.optional-dependencies]',
      'version = ["packaging"]',
    );
    const pyproject = parsePyproject(text, 'p.toml');
    expect(pyproject.version).toBeUndefined();
    expect(pyproject.dynamicVersion).toBe(true);
    expect(locateTomlString(text, 'project', 'version')).toBeUndefined();
  });

  it('locates the key inside [project] when a sub-table uses the same key first', () => {
    const text = lines(
      '[project.urls]',
      'version = "https://example.com"',
      '',
      '[project]',
      'name = "x"',
      'version = "4.0.0"',
    );
    expect(parsePyproject(text, 'p.toml').version).toMatchObject({
      value: '4.0.0',
      line: 6,
      column: 12,
    });
  });

  it('follows headers written with spaces, quotes and trailing comments', () => {
    const text = lines('[ "project" ]  # PEP 621', 'name = "x"', 'version = "5.0"');
    expect(parsePyproject(text, 'p.toml').version).toMatchObject({ value: '5.0', line: 3 });
  });

  it('skips table headers and keys inside multi-line strings', () => {
    const text = lines(
      '[project]',
      'name = "x"',
      'description = """',
      'Release notes quote the old file:',
      '[tool.other]',
      'version = "0.0.1"',
      '"""',
      "summary = '''one line'''",
      'version = "2.0.0"',
    );
    expect(parsePyproject(text, 'p.toml').version).toEqual({
      table: 'project',
      value: '2.0.0',
      line: 9,
      column: 12,
    });
  });

  it('does not mistake a longer key for version', () => {
    const text = lines('[project]', 'name = "x"', 'version_note = "9.9.9"', 'version = "1.0"');
    expect(parsePyproject(text, 'p.toml').version).toMatchObject({ value: '1.0', line: 4 });
  });

  it('refuses a version that is not a string, naming the line', () => {
    const error = tomlError('[project]\nname = "x"\nversion = 1.0\n');
    expect(error.title).toBe('Invalid version');
    expect(error.message).toContain('[project].version must be a string');
    expect(error.message).toContain('1');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 3 });
  });
});

describe('[tool.poetry].version', () => {
  it('is used when there is no [project] table', () => {
    const text = lines(
      '[tool.poetry]',
      'name = "poetry-demo"',
      'version = "0.3.0"',
      'description = ""',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.9"',
    );
    const pyproject = parsePyproject(text, 'p.toml');
    expect(pyproject.name).toBe('poetry-demo');
    expect(pyproject.version).toEqual({
      table: 'tool.poetry',
      value: '0.3.0',
      line: 3,
      column: 12,
    });
  });

  it('gives way to [project].version when both exist', () => {
    const text = lines(
      '[tool.poetry]',
      'version = "0.0.0"',
      '[project]',
      'name = "x"',
      'version = "1.0.0"',
    );
    expect(parsePyproject(text, 'p.toml').version).toMatchObject({
      table: 'project',
      value: '1.0.0',
      line: 5,
    });
  });
});

describe('dynamic versions', () => {
  it('reports dynamic = ["version"] with the hatch version path', () => {
    const text = lines(
      '[project]',
      'name = "x"',
      'dynamic = ["version"]',
      '',
      '[tool.hatch.version]',
      'path = "src/x/__about__.py"',
    );
    const pyproject = parsePyproject(text, 'p.toml');
    expect(pyproject.version).toBeUndefined();
    expect(pyproject.dynamicVersion).toBe(true);
    expect(pyproject.hatchVersionPath).toBe('src/x/__about__.py');
    expect(pyproject.hatchVersionSource).toBeUndefined();
  });

  it('names a non-default hatch version source and ignores the default regex one', () => {
    const vcs =
      '[project]\nname = "x"\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "vcs"\n';
    expect(parsePyproject(vcs, 'p.toml').hatchVersionSource).toBe('vcs');
    const regex = vcs.replace('"vcs"', '"regex"');
    expect(parsePyproject(regex, 'p.toml').hatchVersionSource).toBeUndefined();
  });

  it('is not dynamic when dynamic lists other fields only', () => {
    const text = '[project]\nname = "x"\nversion = "1"\ndynamic = ["readme"]\n';
    expect(parsePyproject(text, 'p.toml').dynamicVersion).toBe(false);
  });

  it('reads the wheel packages, keeping strings only', () => {
    const text = '[tool.hatch.build.targets.wheel]\npackages = ["src/a", "b", 3]\n';
    expect(parsePyproject(text, 'p.toml').wheelPackages).toEqual(['src/a', 'b']);
  });
});

describe('TOML syntax errors', () => {
  it('reports the 1-based line and column of an unquoted version', () => {
    const error = tomlError('[project]\nname = "x"\nversion = 1.0.0\n');
    expect(error.title).toBe('Invalid pyproject.toml');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 3, column: 14 });
    expect(error.message).toContain('pyproject.toml is not valid TOML');
    expect(error.message).toContain('at line 3, column 14. Fix the syntax there');
    expect(error.message).not.toContain('pos ');
  });

  it('reports the line of an unterminated string with CRLF and a BOM', () => {
    const error = tomlError(
      '\uFEFF[build-system]\r\nrequires = []\r\n\r\n[project]\r\nname = "x\r\n',
    );
    expect(error.location?.line).toBe(5);
    expect(error.message).toContain('Unterminated string');
    expect(error.message).not.toMatch(/:\. Fix/);
  });

  it('reports a redefined table on the second header', () => {
    const error = tomlError('[project]\nname = "x"\n\n[project]\nversion = "1"\n');
    expect(error.location?.line).toBe(4);
    expect(error.message).toContain("Can't redefine existing key");
  });
});

describe('locateKeyLine', () => {
  const text = lines('[project]', 'name = "x"', '', '[tool.hatch.version]', 'path = "a.py"');
  it('finds a key inside a table, or the header when the key is absent', () => {
    expect(locateKeyLine(text, 'tool.hatch.version', 'path')).toBe(5);
    expect(locateKeyLine(text, 'project', 'version')).toBe(1);
    expect(locateKeyLine(text, 'tool.poetry', 'version')).toBeUndefined();
  });
});

describe('Windows line endings', () => {
  it('reads a CRLF pyproject.toml whose lines end in comments', () => {
    const text =
      '[project]  # the project\r\nname = "pkg"\r\nversion = "1.2.3"  # bumped by pyrelease\r\n';
    const parsed = parsePyproject(text, 'pyproject.toml');
    expect(parsed.version).toMatchObject({ value: '1.2.3', line: 3, column: 12 });
  });
});

describe('line scanning is linear', () => {
  it('reads headers with spaces and comments as before', () => {
    expect(tableHeader('[project]')).toBe('project');
    expect(tableHeader('  [ tool.hatch ]  # comment')).toBe('tool.hatch');
    expect(tableHeader('[[tool.x]]')).toBe('tool.x');
    expect(tableHeader('[project] x')).toBeUndefined();
    expect(tableHeader('[]')).toBeUndefined();
    expect(tableHeader('version = "[x]"')).toBeUndefined();
    expect(multilineOpener('description = """text')).toEqual({ quote: '"""', rest: 'text' });
    expect(multilineOpener("a = '''")).toEqual({ quote: "'''", rest: '' });
    expect(multilineOpener('# a = """')).toBeUndefined();
  });

  it('scans 100 000 spaces in a header, an array line and a key line in well under a second', () => {
    const spaces = ' '.repeat(100_000);
    const text = lines(
      '[project]',
      'name = "x"',
      `[${spaces}x`,
      `[${spaces}]x`,
      'classifiers = [',
      spaces,
      `${spaces}=${spaces}x`,
      ']',
      'version = "1.0"',
    );
    const started = Date.now();
    expect(locateKeyLine(text, 'project', 'version')).toBe(9);
    expect(locateTomlString(text, 'project', 'version')?.value).toBe('1.0');
    expect(tableHeader(`[${spaces}x`)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
