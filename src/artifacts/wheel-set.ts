// The checks on a folder of many files that no single file shows: what a build matrix left
// behind (cibuildwheel, maturin) must be one release of one project. Each file's own name,
// version and metadata are inspected one by one elsewhere; here: which files belong to the
// release at all, copies of one file, at most one sdist, tags PyPI accepts and no two wheels for
// one tag, and metadata that says the same in every file. Pure.
import { parseWheelFilename } from './filenames.js';
import type { Problem } from './archive-checks.js';
import { NOT_RELEASED } from './handover-manifest.js';
import type { CoreMetadata } from './metadata.js';
import { platformAdvice, pypiAcceptsPlatform } from '../pypi-rules/index.js';

export interface FoundFile {
  /** As shown to the user: relative to the working directory (`wheelhouse/x.whl`). */
  readonly shown: string;
  readonly path: string;
  readonly filename: string;
  readonly sha256: string;
}

export interface Sorted {
  readonly wheels: readonly FoundFile[];
  readonly sdists: readonly FoundFile[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/**
 * Files a build tool leaves on purpose and that uploads skip: uv writes `.gitignore`, and
 * pyrelease's build job its hand-over manifest.
 */
const IGNORED = NOT_RELEASED;

function strayAdvice(filename: string): string {
  if (/\.zip$/i.test(filename))
    return 'a .zip sdist, which PyPI no longer accepts: sdists are .tar.gz only (PEP 625). Build the sdist with a current backend (python -m build --sdist) and leave this file out';
  if (/\.egg$/i.test(filename))
    return 'an egg, which PyPI no longer accepts: release wheels instead and leave this file out';
  if (/\.(exe|msi|rpm|dmg)$/i.test(filename))
    return 'an installer format PyPI no longer accepts: release wheels instead and leave this file out';
  if (/\.(tgz|tar\.bz2|tar\.xz|tar)$/i.test(filename))
    return 'an sdist in a format PyPI refuses: sdists are {name}-{version}.tar.gz (PEP 625). Build it with python -m build --sdist and leave this file out';
  return 'neither a wheel (.whl) nor an sdist (.tar.gz); everything in dist-dir is uploaded, so leave it out of the downloaded artifacts (upload-artifact path: ./wheelhouse/*.whl)';
}

/**
 * Splits what was found into wheels and sdists. Every other file is a problem; a folder is one
 * too (artifacts downloaded without `merge-multiple: true`). A file found twice with the same
 * bytes is released once (download-artifact merges the matrix's artifacts, last one winning);
 * with other bytes it is a problem, since only one can be uploaded.
 */
export function sortDistFiles(found: readonly FoundFile[], folders: readonly string[]): Sorted {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const folder of folders) {
    problems.push({
      title: 'Unexpected folder in dist-dir',
      message: `${folder} is a folder inside dist-dir; expected only wheels and sdists. actions/download-artifact puts each artifact in a folder of its own unless merge-multiple: true is set: set it, or point dist-dir at the folders with a glob (dist/*/).`,
    });
  }
  const byName = new Map<string, FoundFile[]>();
  for (const file of found) {
    if (IGNORED.has(file.filename)) continue;
    byName.set(file.filename, [...(byName.get(file.filename) ?? []), file]);
  }
  const wheels: FoundFile[] = [];
  const sdists: FoundFile[] = [];
  for (const [filename, copies] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = copies[0]!;
    if (copies.length > 1) {
      const shown = copies.map((copy) => copy.shown).join(', ');
      if (copies.every((copy) => copy.sha256 === first.sha256)) {
        warnings.push({
          title: 'Same file twice',
          message: `${filename} is in dist-dir ${copies.length} times with the same content (${shown}); it is released once. Build each file in one matrix leg only.`,
        });
      } else {
        problems.push({
          title: 'Duplicate file',
          message: `${filename} is in dist-dir ${copies.length} times with different content (${copies.map((copy) => `${copy.shown} sha256 ${copy.sha256}`).join(', ')}); only one can be uploaded. Two matrix legs built the same file: build it in one leg only (a pure-Python wheel or the sdist belongs in a job of its own), then run the workflow again.`,
        });
      }
    }
    if (filename.endsWith('.whl')) wheels.push(first);
    else if (filename.endsWith('.tar.gz')) sdists.push(first);
    else {
      problems.push({
        title: 'Unexpected file in dist-dir',
        message: `${first.shown} is ${strayAdvice(filename)}.`,
      });
    }
  }
  return { wheels, sdists, problems, warnings };
}

export interface SetMember {
  readonly filename: string;
  /** Its METADATA or PKG-INFO; undefined when it could not be read (reported elsewhere). */
  readonly metadata: CoreMetadata | undefined;
}

export interface SetOptions {
  /** Where the files were found, for messages (`dist`, `wheels-*`). */
  readonly distDir: string;
  readonly requireSdist: boolean;
}

const LISTED = 10;
function listing(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(', ');
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}

/** Every `{python}-{abi}-{platform}` a wheel's compressed tag sets stand for. */
export function expandTags(parsed: {
  pythonTags: readonly string[];
  abiTags: readonly string[];
  platformTags: readonly string[];
}): string[] {
  return parsed.pythonTags.flatMap((python) =>
    parsed.abiTags.flatMap((abi) =>
      parsed.platformTags.map((platform) => `${python}-${abi}-${platform}`),
    ),
  );
}

function sdistCountProblems(
  sdists: readonly SetMember[],
  options: SetOptions,
): { problems: Problem[]; warnings: Problem[] } {
  if (sdists.length > 1) {
    return {
      problems: [
        {
          title: 'Several sdists',
          message: `${options.distDir} holds ${sdists.length} sdists (${listing(sdists.map((s) => s.filename))}); PyPI takes one sdist per release. Build the sdist in one job (python -m build --sdist) and leave the others out.`,
        },
      ],
      warnings: [],
    };
  }
  if (sdists.length === 1) return { problems: [], warnings: [] };
  const missing = {
    title: 'Missing sdist',
    message: `${options.distDir} holds no sdist (.tar.gz), so installers on platforms without a wheel have nothing to build from. Add a job that builds it (pipx run build --sdist, or maturin sdist) and download its artifact with the wheels.`,
  };
  return options.requireSdist
    ? { problems: [missing], warnings: [] }
    : { problems: [], warnings: [missing] };
}

function tagProblems(wheels: readonly SetMember[]): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  const clashes = new Map<string, string[]>();
  for (const wheel of wheels) {
    const parsed = parseWheelFilename(wheel.filename);
    if (!parsed) continue; // its name is reported by the wheel's own inspection
    const refused = [...new Set(parsed.platformTags.filter((tag) => !pypiAcceptsPlatform(tag)))];
    for (const tag of refused) {
      problems.push({
        title: 'Platform tag PyPI refuses',
        message: `${wheel.filename} has the platform tag ${tag}, which PyPI refuses on upload. ${platformAdvice(tag)}.`,
      });
    }
    for (const tag of expandTags(parsed)) {
      // The build tag only breaks ties between wheels, so wheels differing in it may coexist.
      const key = `${parsed.build ?? ''} ${tag}`;
      const first = owner.get(key);
      if (first === undefined) owner.set(key, wheel.filename);
      else if (first !== wheel.filename) {
        const pair = `${first} and ${wheel.filename}`;
        clashes.set(pair, [...(clashes.get(pair) ?? []), tag]);
      }
    }
  }
  for (const [pair, tags] of clashes) {
    problems.push({
      title: 'Two wheels for one tag',
      message: `${pair} are both for ${listing(tags)}, so an installer would pick either. Keep one: two matrix legs built the same wheel (or one was repaired and the original kept); remove the other from the artifacts.`,
    });
  }
  return problems;
}

/**
 * Not compared here: the metadata version differs legitimately between build tools, and each
 * file's name and version are compared with the release's by its own inspection.
 */
const NOT_COMPARED = new Set(['metadata-version', 'dynamic', 'name', 'version']);
const DESCRIPTION = 'description';

function fieldValues(metadata: CoreMetadata, field: string): string[] {
  if (field === DESCRIPTION) {
    // From metadata 2.1 on the description is the body; older files put it in a header.
    const text = metadata.fields.get(DESCRIPTION)?.[0] ?? metadata.body ?? '';
    return text.trim() ? [text.replace(/\s+$/, '')] : [];
  }
  // Order within a multiple-use field (Classifier, Requires-Dist) carries no meaning.
  return [...(metadata.fields.get(field) ?? [])].map((value) => value.trim()).sort();
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function shownValue(values: readonly string[]): string {
  if (values.length === 0) return '(absent)';
  const text = values.join(' | ');
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);
}

const FIELD_NAMES: Record<string, string> = { description: 'Description (the long description)' };

function fieldLabel(field: string): string {
  return (
    FIELD_NAMES[field] ?? field.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase())
  );
}

/**
 * Every wheel's metadata against the sdist's (or, without one, the first wheel's): a field the
 * sdist does not mark `Dynamic` must be the same in every wheel built from it (core metadata
 * 2.2), and an absent one absent.
 */
function metadataProblems(wheels: readonly SetMember[], sdists: readonly SetMember[]): Problem[] {
  const sdist = sdists.length === 1 ? sdists[0] : undefined;
  const reference = sdist?.metadata ? sdist : wheels.find((wheel) => wheel.metadata);
  if (!reference?.metadata) return [];
  const dynamic = new Set(
    (sdist?.metadata?.fields.get('dynamic') ?? []).map((field) => field.trim().toLowerCase()),
  );
  const problems: Problem[] = [];
  for (const wheel of wheels) {
    if (wheel === reference || !wheel.metadata) continue;
    const fields = new Set([
      ...reference.metadata.fields.keys(),
      ...wheel.metadata.fields.keys(),
      DESCRIPTION,
    ]);
    const differences: string[] = [];
    for (const field of [...fields].sort()) {
      if (NOT_COMPARED.has(field) || dynamic.has(field)) continue;
      const theirs = fieldValues(reference.metadata, field);
      const ours = fieldValues(wheel.metadata, field);
      if (!sameValues(theirs, ours)) {
        differences.push(`${fieldLabel(field)}: ${shownValue(ours)} here, ${shownValue(theirs)}`);
      }
    }
    if (differences.length === 0) continue;
    problems.push({
      title: 'Metadata differs between files',
      message: `${wheel.filename} and ${reference.filename} disagree on ${listing(differences)}. Every file of a release must say the same${sdist ? ' on each field the sdist does not mark Dynamic (core metadata 2.2)' : ''}: build every wheel and the sdist from the tagged commit with the same pyproject.toml, or mark a field that is computed per platform as dynamic.`,
    });
  }
  return problems;
}

/** The checks on the whole set of wheels and sdists. */
export function wheelSetProblems(
  wheels: readonly SetMember[],
  sdists: readonly SetMember[],
  options: SetOptions,
): { problems: Problem[]; warnings: Problem[] } {
  const counted = sdistCountProblems(sdists, options);
  const problems = [...counted.problems];
  if (wheels.length === 0) {
    problems.push({
      title: 'Missing wheel',
      message: `${options.distDir} holds no wheel (.whl). Download the wheel artifacts of the build matrix into it (actions/download-artifact with pattern and merge-multiple: true).`,
    });
  }
  problems.push(...tagProblems(wheels), ...metadataProblems(wheels, sdists));
  return { problems, warnings: counted.warnings };
}
