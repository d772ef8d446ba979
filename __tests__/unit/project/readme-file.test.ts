// The readme a project declares: [project] readme (a path or a table) and Poetry's readme.
import { describe, expect, it } from 'vitest';
import { parseToml } from '../../../src/project/pyproject.js';
import { declaredReadme } from '../../../src/project/readme-file.js';

const toml = (text: string) => parseToml(text, 'pyproject.toml');

describe('declaredReadme', () => {
  it('a path in [project], as pipx keeps it in docs/', () => {
    expect(declaredReadme(toml('[project]\nname = "pipx"\nreadme = "docs/README.md"\n'))).toEqual({
      file: 'docs/README.md',
    });
  });

  it('a table with file, or with inline text (no file to ship)', () => {
    const file = toml('[project]\nreadme = { file = "README.rst", content-type = "text/x-rst" }\n');
    expect(declaredReadme(file)).toEqual({ file: 'README.rst' });
    const text = toml('[project]\nreadme = { text = "Short.", content-type = "text/plain" }\n');
    expect(declaredReadme(text)).toEqual({ inline: true });
  });

  it("Poetry's readme, a path or a list of paths", () => {
    expect(declaredReadme(toml('[tool.poetry]\nreadme = "README.md"\n'))).toEqual({
      file: 'README.md',
    });
    const list = toml('[tool.poetry]\nreadme = ["README.md", "CHANGELOG.md"]\n');
    expect(declaredReadme(list)).toEqual({ file: 'README.md' });
  });

  it('nothing declared, or left to the backend', () => {
    expect(declaredReadme(toml('[project]\nname = "x"\n'))).toBeUndefined();
    expect(declaredReadme(toml('[project]\ndynamic = ["readme"]\n'))).toBeUndefined();
  });
});
