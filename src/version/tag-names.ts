// The names a release tag may start with (`mypkg-1.2.3`, `mypkg==1.2.3`): the project's
// distribution name, and its import or repository name when that is clearly the same name
// (`django-rest-framework` for `djangorestframework`). Compared as PyPI compares names (PEP 503),
// so `Foo_Bar-1.0` is a tag of `foo-bar`. Pure.
import { canonicalProjectName } from './pep440.js';

/** What is known of the project when its tag is judged. */
export interface TagNameSources {
  /** The distribution name as the project writes it; undefined when it names none. */
  readonly name: string | undefined;
  /** The import-name input, when set. */
  readonly importName?: string;
  /** `owner/name` of the repository. */
  readonly repository?: string;
}

const CANONICAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A name's letters and digits, without the `py`/`python` a repository or module adds. */
function bareName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/^(?:python|py)(?=.)/, '')
    .replace(/(?<=.)(?:python|py)$/, '');
}

/**
 * The rest of a canonical name after the repository's name, in a repository named after its
 * start: `pool` for psycopg-pool in psycopg/psycopg, as its tags (pool-3.3.1) and changelog
 * (docs/news_pool.rst) call it. Undefined anywhere else.
 */
export function nameAfterRepository(
  name: string,
  repository: string | undefined,
): string | undefined {
  const repositoryName = repository?.split('/').pop();
  if (!repositoryName) return undefined;
  const prefix = `${canonicalProjectName(repositoryName)}-`;
  const canonical = canonicalProjectName(name);
  return canonical.startsWith(prefix) && canonical.length > prefix.length
    ? canonical.slice(prefix.length)
    : undefined;
}

/**
 * The canonical (PEP 503) names a release tag of this project may start with, the
 * distribution name first; none when the project names none.
 */
export function projectTagNames(sources: TagNameSources): readonly string[] {
  if (!sources.name) return [];
  const name = canonicalProjectName(sources.name);
  if (!CANONICAL.test(name)) return [];
  const names = [name];
  const repositoryName = sources.repository?.split('/').pop();
  for (const other of [sources.importName, repositoryName]) {
    if (!other) continue;
    const canonical = canonicalProjectName(other);
    const same = bareName(other) === bareName(name) && bareName(name) !== '';
    if (same && CANONICAL.test(canonical) && !names.includes(canonical)) names.push(canonical);
  }
  const rest = nameAfterRepository(name, sources.repository);
  if (rest !== undefined && CANONICAL.test(rest)) names.push(rest);
  return names;
}

const NAME_SEPARATORS = '-_.';

/**
 * Where `name` (canonical) ends at the start of `tag`, compared as PEP 503 compares names:
 * letters in any case, and any run of `-`, `_` and `.` for each `-`. Undefined when the tag does
 * not start with the name. One pass over both.
 */
export function projectNameEnd(tag: string, name: string): number | undefined {
  let at = 0;
  for (const [index, part] of name.split('-').entries()) {
    if (index > 0) {
      const start = at;
      while (at < tag.length && NAME_SEPARATORS.includes(tag[at]!)) at++;
      if (at === start) return undefined;
    }
    if (tag.slice(at, at + part.length).toLowerCase() !== part) return undefined;
    at += part.length;
  }
  return at;
}
