// The readme a project declares, which its sdist must then hold: `[project] readme` (a path, or a
// table with `file` or `text`) or Poetry's `[tool.poetry] readme` (a path or a list of them).
// Pure: the caller knows whether the project folder has a README at its top.
import { dig, table, type TomlTable } from './pyproject.js';

export type DeclaredReadme =
  /** A file, relative to the project root. */
  | { readonly file: string }
  /** The long description is written inline (`readme = { text = "…" }`): no file to ship. */
  | { readonly inline: true }
  /** Nothing declared, or left to the backend (`dynamic = ["readme"]`). */
  | undefined;

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((item): item is string => typeof item === 'string');
  return undefined;
}

export function declaredReadme(pyproject: TomlTable): DeclaredReadme {
  const value = dig(pyproject, ['project', 'readme']);
  if (typeof value === 'string') return { file: value };
  const readme = table(value);
  if (typeof readme?.file === 'string') return { file: readme.file };
  if (typeof readme?.text === 'string') return { inline: true };
  const poetry = firstString(dig(pyproject, ['tool', 'poetry', 'readme']));
  return poetry === undefined ? undefined : { file: poetry };
}
