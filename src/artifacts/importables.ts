// What a wheel lets `import` find, read from its file listing: the distribution name says nothing
// about it (pip-tools ships `piptools`, PyYAML ships `yaml` and `_yaml`, poetry-core ships the
// namespace package `poetry/core`). Pure: the caller reads the zip.

export type ImportableKind = 'package' | 'namespace' | 'module' | 'extension';

export interface Importable {
  /** Dotted import name (`poetry.core`). */
  readonly name: string;
  readonly kind: ImportableKind;
  /**
   * The wheel file that makes it importable and that its sdist should hold the source of
   * (`poetry/core/__init__.py`, `six.py`); undefined for extension modules and namespace folders.
   */
  readonly sourceFile: string | undefined;
}

/** Compiled modules: `foo.cpython-311-x86_64-linux-gnu.so`, `_foo.abi3.so`, `foo.cp311-win_amd64.pyd`. */
const EXTENSION = /\.(so|pyd)$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Never the package under test: importing `setup` runs setup(), `tests` need their test tools. */
const NOT_AN_API = new Set(['tests', 'test', 'conftest', 'setup', '__pycache__']);

function isPrivate(name: string): boolean {
  return name.split('.').some((part) => part.startsWith('_'));
}

/** A folder is a regular package when it holds `__init__.py` (or a compiled `__init__`). */
function isPackageInit(file: string): boolean {
  return (
    file === '__init__.py' || /^__init__\.[^/]*\.(so|pyd)$/.test(file) || file === '__init__.pyc'
  );
}

interface Folder {
  readonly files: Set<string>;
  readonly folders: Map<string, Folder>;
}

function folder(): Folder {
  return { files: new Set(), folders: new Map() };
}

/** The listing as a tree; directory entries (`foo/`) add nothing a file below them does not. */
function tree(entries: readonly string[]): Folder {
  const root = folder();
  for (const entry of entries) {
    const parts = entry.replace(/^\.\//, '').split('/');
    const file = parts.pop()!;
    let at = root;
    for (const part of parts) {
      if (part === '') continue;
      let next = at.folders.get(part);
      if (!next) at.folders.set(part, (next = folder()));
      at = next;
    }
    if (file !== '') at.files.add(file);
  }
  return root;
}

function isPackage(dir: Folder): boolean {
  return [...dir.files].some(isPackageInit);
}

/**
 * The regular packages inside a namespace folder (PEP 420: no `__init__.py`), through further
 * namespace folders. Bare modules there are left out: `docs/conf.py` is a stray file more often
 * than `acme/tool.py` is an API.
 */
function namespaceMembers(prefix: string, dir: Folder): Importable[] {
  const found: Importable[] = [];
  for (const [name, child] of dir.folders) {
    if (!IDENTIFIER.test(name) || NOT_AN_API.has(name)) continue;
    const dotted = `${prefix}.${name}`;
    if (isPackage(child)) {
      const path = dotted.replace(/\./g, '/');
      found.push({
        name: dotted,
        kind: 'package',
        sourceFile: child.files.has('__init__.py') ? `${path}/__init__.py` : undefined,
      });
    } else {
      found.push(...namespaceMembers(dotted, child));
    }
  }
  return found;
}

function topLevel(root: Folder): Importable[] {
  const found: Importable[] = [];
  for (const [name, dir] of root.folders) {
    // `*.dist-info` and `*.data` are not identifiers, nor is a `foo-stubs` folder.
    if (!IDENTIFIER.test(name) || NOT_AN_API.has(name)) continue;
    if (isPackage(dir)) {
      found.push({
        name,
        kind: 'package',
        sourceFile: dir.files.has('__init__.py') ? `${name}/__init__.py` : undefined,
      });
    } else {
      found.push(...namespaceMembers(name, dir));
    }
  }
  for (const file of root.files) {
    const module = file.endsWith('.py')
      ? file.slice(0, -'.py'.length)
      : EXTENSION.test(file)
        ? file.slice(0, file.indexOf('.'))
        : undefined;
    if (module === undefined || !IDENTIFIER.test(module) || NOT_AN_API.has(module)) continue;
    if (module.startsWith('__')) continue;
    const extension = !file.endsWith('.py');
    found.push({
      name: module,
      kind: extension ? 'extension' : 'module',
      sourceFile: extension ? undefined : file,
    });
  }
  return found;
}

/** The names `top_level.txt` lists, one a line; setuptools may write a nested one as `a/b`. */
function parseTopLevelTxt(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\//g, '.'))
    .filter((line) => line !== '');
}

function byName(a: Importable, b: Importable): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Whether a folder holds Python code somewhere below it: a module or a compiled one. */
function holdsCode(dir: Folder): boolean {
  return (
    [...dir.files].some((file) => file.endsWith('.py') || EXTENSION.test(file)) ||
    [...dir.folders.values()].some(holdsCode)
  );
}

function folderAt(root: Folder, dotted: string): Folder | undefined {
  let at: Folder | undefined = root;
  for (const part of dotted.split('.')) at = at?.folders.get(part);
  return at;
}

export interface WheelImportables {
  /** What the wheel makes importable, in name order: what the wheel test imports. */
  readonly importables: Importable[];
  /**
   * Names top_level.txt lists that the wheel holds no code for (setuptools lists a folder of
   * images it found as a namespace package, though the wheel ships none of it): not imported.
   */
  readonly absent: string[];
}

/**
 * The packages and modules a wheel makes importable, and what top_level.txt lists that it does
 * not hold. `top_level.txt` (setuptools writes it in the .dist-info) chooses the top-level
 * names when it lists any the wheel holds; the listing says what each is, so a namespace folder
 * there becomes the packages inside it. Private names (`_yaml`) are left out when a public one
 * exists, and `tests` always.
 */
export function wheelImportables(
  entries: readonly string[],
  topLevelTxt?: string,
): WheelImportables {
  const root = tree(entries);
  let found = topLevel(root);
  const listed = topLevelTxt === undefined ? [] : parseTopLevelTxt(topLevelTxt);
  const wanted = listed.filter((name) => !NOT_AN_API.has(name));
  const absent: string[] = [];
  const chosen = wanted.flatMap((name): Importable[] => {
    const inListing = found.filter(
      (item) => item.name === name || item.name.startsWith(`${name}.`),
    );
    if (inListing.length > 0) return inListing;
    if (!name.split('.').every((part) => IDENTIFIER.test(part))) return [];
    // A namespace folder of bare modules (`acme/tool.py`) imports; a name with no code behind
    // it in the wheel does not.
    const dir = folderAt(root, name);
    if (dir && holdsCode(dir)) return [{ name, kind: 'namespace', sourceFile: undefined }];
    absent.push(name);
    return [];
  });
  if (chosen.length > 0) found = chosen;
  const unique = [...new Map(found.map((item) => [item.name, item])).values()];
  const visible = unique.filter((item) => !isPrivate(item.name));
  return { importables: (visible.length > 0 ? visible : unique).sort(byName), absent };
}

/** What the wheel makes importable (`wheelImportables` without what top_level.txt lacks). */
export function findImportables(entries: readonly string[], topLevelTxt?: string): Importable[] {
  return wheelImportables(entries, topLevelTxt).importables;
}

/** The dotted names of `findImportables`: what the wheel test imports. */
export function importablesFromWheel(entries: readonly string[], topLevelTxt?: string): string[] {
  return findImportables(entries, topLevelTxt).map((item) => item.name);
}

/**
 * Whether `import name` can find something in the wheel: a package, a namespace folder, a
 * module or an extension module at the path the dotted name gives.
 */
export function wheelProvides(entries: readonly string[], name: string): Importable | undefined {
  const path = name.replace(/\./g, '/');
  const files = entries.filter((entry) => !entry.endsWith('/'));
  if (files.includes(`${path}/__init__.py`)) {
    return { name, kind: 'package', sourceFile: `${path}/__init__.py` };
  }
  if (files.includes(`${path}.py`)) return { name, kind: 'module', sourceFile: `${path}.py` };
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const dir = path.slice(0, slash + 1);
  const extension = files.find(
    (file) =>
      file.startsWith(dir) &&
      !file.slice(dir.length).includes('/') &&
      file.slice(dir.length).split('.')[0] === base &&
      EXTENSION.test(file),
  );
  if (extension) return { name, kind: 'extension', sourceFile: undefined };
  if (files.some((file) => file.startsWith(`${path}/`))) {
    const packaged = files.some((file) => isPackageInit(file.slice(path.length + 1)));
    return { name, kind: packaged ? 'package' : 'namespace', sourceFile: undefined };
  }
  return undefined;
}
