// A changelog file that holds no release and only says where the changelog is: "See
// docs/changes.rst", "The changelog is at https://…/en/latest/changelog.html", an rst
// `.. include:: docs/changelog.rst`, MyST's ```{include} ../HISTORY.md```, mkdocs'
// `{% include-markdown "../CHANGELOG.md" %}` or `--8<-- "CHANGELOG.md"`, a Markdown link to
// docs/changelog.md. Pure: the file's text in, what each line points at out. Lines are cut into
// words at one character class, so every pattern below sees one short word: linear in the text.
import { docsPagePath, pathFromUrl } from './discovery.js';

export interface Pointer {
  /** 1-based line of the pointing file that names the target. */
  readonly line: number;
  /** The target as written (`docs/changes.rst`, `https://…/changelog.html`). */
  readonly written: string;
  /** Repository-relative paths it may name, best first; empty for a URL outside the repository. */
  readonly paths: readonly string[];
  /** The page of a documentation site a URL names (`changelog`), whose source may be in docs/. */
  readonly page?: string;
}

/** Only the top of a file is read for pointers, and only so many of them are kept. */
const MAX_LINES = 200;
const MAX_POINTERS = 20;
const MAX_LINE_LENGTH = 2000;

// Where words end: spaces, brackets of links and roles, quotes, and list punctuation.
const SEPARATORS = /[\s()[\]<>{}"'`,;|*]+/;
const TEXT_FILE = /\.(?:md|rst|txt|markdown)$/i;
// Words after which the next word is a file to include, whatever it is named (`.. include::`,
// MyST's `{include}`, `{% include-markdown %}`), once a colon at their end is trimmed.
const INCLUDE = /^(?:include|include-markdown)$/i;
const URL = /^https?:\/\//i;

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `docs/changes.rst.` → `docs/changes.rst`: a sentence's stop or colon is no part of a path. */
function trimWord(word: string): string {
  let end = word.length;
  while (end > 0 && '.:!?'.includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}

/** The paths a relative path may name: from the pointing file's folder, then from the root. */
function candidatePaths(written: string, file: string): string[] {
  const paths: string[] = [];
  for (const base of [folderOf(file), '']) {
    const path = pathFromUrl(written, base);
    if (path !== undefined && path !== file && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** What one word points at, or undefined when it names no file or page. */
function pointerOf(
  word: string,
  afterInclude: boolean,
  file: string,
  repository: string | undefined,
): Omit<Pointer, 'line'> | undefined {
  if (URL.test(word)) {
    const inRepository = pathFromUrl(word, '', repository);
    if (inRepository !== undefined) return { written: word, paths: [inRepository] };
    const page = docsPagePath(word);
    return { written: word, paths: [], ...(page === undefined ? {} : { page }) };
  }
  const path = word.split('#')[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  // In prose only a file name with a text extension is taken: "the changelog" names no file.
  if (!TEXT_FILE.test(name) && !afterInclude) return undefined;
  const paths = candidatePaths(path, file);
  return paths.length > 0 ? { written: path, paths } : undefined;
}

/**
 * What the lines of `file` (repository-relative) point at, in line order: repository files named
 * by path, include directive or link, GitHub URLs into `repository`, and documentation pages.
 * A URL to elsewhere (a GitHub releases page) is kept with no path, so a message can name it.
 */
export function changelogPointers(text: string, file: string, repository?: string): Pointer[] {
  const pointers: Pointer[] = [];
  let start = 0;
  for (let line = 1; line <= MAX_LINES && start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const content = text.slice(start, Math.min(end, start + MAX_LINE_LENGTH));
    start = end + 1;
    let afterInclude = false;
    for (const raw of content.split(SEPARATORS)) {
      const word = trimWord(raw);
      if (word === '') continue;
      const pointer = pointerOf(word, afterInclude, file, repository);
      afterInclude = INCLUDE.test(word);
      if (!pointer || pointers.some((seen) => seen.written === pointer.written)) continue;
      pointers.push({ line, ...pointer });
      if (pointers.length === MAX_POINTERS) return pointers;
    }
  }
  return pointers;
}
