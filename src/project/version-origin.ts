// Where a project's version comes from, as one small interface over every build backend.
// A version is one of three kinds: a value written in a file (it has a place, and a bump edits it
// there), the git tag itself (hatch-vcs, setuptools-scm: the tag is the version), or computed
// when the package builds (only the built METADATA knows it). Each backend family is a module in
// ./backends that answers with one of these; the check, the bump and the release ask only here.
import type { Location } from '../errors.js';
import type { FileReader } from '../files/index.js';
import type { Pyproject } from './pyproject.js';

export type SourceKind =
  | 'pyproject'
  | 'python'
  | 'uv-lock'
  | 'text'
  | 'cargo'
  | 'meson'
  | 'setup-cfg'
  | 'setup-py'
  | 'regex'
  /** incremental's `Version("pkg", X, Y, Z, …)` call: `value` is the version it computes. */
  | 'incremental'
  /** A version spelt in numbers (`VERSION = (1, 4, 2)`): `value` is the version they spell. */
  | 'tuple';

/** A version written in a file, with the place a report points at and a bump edits. */
export interface VersionSource {
  readonly kind: SourceKind;
  /** What the row is called in reports: `pyproject.toml [project].version`. */
  readonly label: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly value: string;
  /**
   * How a bump writes the new version here: as the project writes versions (default), in PEP 440
   * normal form (uv.lock), or as SemVer (Cargo.toml, which Cargo requires).
   */
  readonly spelling?: 'pep440' | 'semver';
  /** For a tuple, the module attribute it was read for (`__version__` when absent). */
  readonly attribute?: string;
}

export type VersionOrigin =
  | {
      readonly kind: 'file';
      /** The build backend family that reads it (`hatchling`, `setuptools`, `maturin` …). */
      readonly backend: string;
    }
  | {
      readonly kind: 'tag';
      readonly backend: string;
      /** The tool and setting that make the tag the version: `hatch-vcs ([tool.hatch.version] source = "vcs")`. */
      readonly how: string;
      readonly location?: Location;
    }
  | {
      readonly kind: 'computed';
      readonly backend: string;
      /** Why only the build knows it, and which file a maintainer edits by hand. */
      readonly how: string;
      readonly location?: Location;
    };

export interface Detected {
  readonly origin: VersionOrigin;
  /** For a `file` origin, the file the build reads first, then any others that state it. */
  readonly sources: readonly VersionSource[];
}

/** What a backend module sees: the parsed pyproject and a reader for the project's files. */
export interface BackendContext {
  readonly reader: FileReader;
  /** The project directory relative to the repository root ('' for the root). */
  readonly dir: string;
  readonly pyprojectFile: string;
  readonly pyprojectText: string;
  readonly pyproject: Pyproject;
  /** Repository-relative path of a path relative to the project directory. */
  path(relative: string): string;
  /** Reads a file by its path relative to the project directory. */
  read(relative: string): Promise<{ file: string; text: string } | undefined>;
  /** Records a place that was looked at, for the "No version found" message. */
  looked(place: string): void;
}

export interface Backend {
  /** Answers when this backend's configuration is present; undefined otherwise. */
  detect(context: BackendContext): Promise<Detected | undefined>;
}

export function fileOrigin(backend: string, sources: readonly VersionSource[]): Detected {
  return { origin: { kind: 'file', backend }, sources };
}

export function tagOrigin(backend: string, how: string, location?: Location): Detected {
  return { origin: { kind: 'tag', backend, how, location }, sources: [] };
}

export function computedOrigin(backend: string, how: string, location?: Location): Detected {
  return { origin: { kind: 'computed', backend, how, location }, sources: [] };
}
