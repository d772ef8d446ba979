// Which other package of the repository ships a module: `psycopg` is the package in psycopg/ (its
// psycopg/psycopg/__init__.py), for psycopg-pool's wheel test. Read through the repository's
// reader, as the monorepo's packages are found.
import type { FileReader } from '../files/index.js';
import { findPackages } from './find-packages.js';

const MODULE = /^[A-Za-z_]\w{0,99}$/;

/** A file exists: read with a small limit, which a larger file passes as absent or refused. */
async function exists(reader: FileReader, file: string): Promise<boolean> {
  return (await reader.read(file).catch(() => undefined)) !== undefined;
}

/**
 * The distribution name of the package, other than the one in `except` (repository-relative),
 * whose folder holds the top-level module `module` (`name/__init__.py`, `src/name/__init__.py`
 * or `name.py`); undefined when none does or its name is not stated.
 */
export async function packageShipping(
  reader: FileReader,
  module: string,
  except: string,
): Promise<string | undefined> {
  if (!MODULE.test(module)) return undefined;
  for (const found of await findPackages(reader)) {
    if (found.dir === except || found.name === undefined) continue;
    const base = found.dir === '' ? '' : `${found.dir}/`;
    for (const file of [`${module}/__init__.py`, `src/${module}/__init__.py`, `${module}.py`]) {
      if (await exists(reader, `${base}${file}`)) return found.name;
    }
  }
  return undefined;
}
