// What loading a changelog gives and is given: the loaded changelog, its notes kept one file per
// version, and the options of a load.
import type { Changelog } from './parse.js';
import type { TowncrierSetup } from './towncrier-config.js';

export interface LoadedChangelog {
  readonly file: string;
  readonly text: string;
  readonly parsed: Changelog;
  /** Found without the changelog input. */
  readonly discovered?: boolean;
  /** The towncrier setup and the news fragments waiting in its folder. */
  readonly towncrier?: TowncrierSetup & { readonly fragments: readonly string[] };
  /**
   * Release notes kept as one file per version: `file` is the version's (or, when it has none,
   * the one it would have), and `parsed` holds that version's notes alone.
   */
  readonly perVersion?: PerVersionNotes;
}

export interface PerVersionNotes {
  /** The pattern's path (`doc/source/release/{version}-notes.rst`). */
  readonly pattern: string;
  /** Where the pattern comes from, for messages. */
  readonly source: string;
  /** Whether the version's notes file exists. */
  readonly exists: boolean;
  /** The final release whose notes serve this pre-release (`2.5.0` for 2.5.0rc1). */
  readonly servedBy?: string;
  /** The file a version's notes go in, when the pattern names one (`{name}` and such do not). */
  readonly fileFor: (version: string) => string | undefined;
}

export interface ChangelogOptions {
  /** The project directory relative to the repository root. */
  readonly dir: string;
  /** The changelog input: a path relative to `dir`, '' to find it, `none` for no changelog. */
  readonly changelog: string;
  readonly pyprojectText: string;
  readonly projectName: string | undefined;
  /** `owner/name`, to recognise `[project.urls]` links into this repository. */
  readonly repository?: string;
  /** Notices for the check's log (e.g. where the changelog was found). */
  readonly notes?: string[];
  /**
   * The version whose notes are wanted (the tag's, else the one in the files): it picks the file
   * when the notes are one file per version.
   */
  readonly version?: string;
}

/** The changelog input's value that turns the changelog off. */
export const NO_CHANGELOG = 'none';
