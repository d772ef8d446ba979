// What the index's public state decides: a release older than 14 days takes no new files, a
// release has one sdist, and an archived or quarantined project (PEP 792) takes no uploads.
// Pure: the state comes from the JSON API and the simple API (publish/ asks for it).
import { refuse, type Refusal } from './catalogue.js';

/** MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS in warehouse/forklift/legacy.py. */
export const MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface IndexFile {
  readonly filename: string;
  readonly sdist: boolean;
  /** Milliseconds since the epoch; undefined when the index does not say. */
  readonly uploadedAt?: number;
}

export interface IndexState {
  /** `PyPI`, `TestPyPI` or the index's URL. */
  readonly label: string;
  /** The files of the version being released that the index has. */
  readonly release: readonly IndexFile[];
  /** PEP 792: `active`, `archived`, `quarantined`, `deprecated`; undefined when not served. */
  readonly projectStatus?: string;
  readonly projectStatusReason?: string;
  /** Bytes of every file of the project, when the index lists sizes. */
  readonly projectSize?: number;
}

/** The next post-release of `version`: `1.2.0` → `1.2.0.post1`, `1.2.0.post1` → `1.2.0.post2`. */
export function nextPostRelease(version: string): string {
  const post = /^(.*)\.post(\d+)$/.exec(version);
  return post ? `${post[1]}.post${Number(post[2]) + 1}` : `${version}.post1`;
}

function ageRefusal(
  state: IndexState,
  added: readonly string[],
  version: string,
  now: number,
): Refusal | undefined {
  const times = state.release.flatMap((file) =>
    file.uploadedAt === undefined ? [] : [file.uploadedAt],
  );
  if (added.length === 0 || times.length === 0) return undefined;
  const created = Math.min(...times);
  const days = (now - created) / DAY_MS;
  if (days <= MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS) return undefined;
  return refuse(
    'releaseAge',
    added[0]!,
    `${state.label} has had ${version} since ${new Date(created).toISOString().slice(0, 10)} (${Math.floor(days)} days ago) and refuses new files for releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days ("Uploading new files to releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days is not allowed."); ${added.join(', ')} would be new. Nothing was uploaded. Release the same code as ${nextPostRelease(version)} (or a new version) with every file, instead of adding files to ${version}.`,
  );
}

function sdistRefusal(
  state: IndexState,
  added: readonly { filename: string; sdist: boolean }[],
): Refusal | undefined {
  const there = state.release.find((file) => file.sdist);
  const adding = added.find((file) => file.sdist);
  if (!there || !adding) return undefined;
  return refuse(
    'oneSdist',
    adding.filename,
    `${state.label} already has the sdist ${there.filename} for this release, and takes one sdist per release ("Only one sdist may be uploaded per release."); ${adding.filename} would be a second. Upload the wheels only (leave the sdist out of the dist folder), or release a new version.`,
  );
}

function statusRefusal(state: IndexState, project: string): Refusal | undefined {
  const status = state.projectStatus;
  if (status !== 'archived' && status !== 'quarantined') return undefined;
  const reason = state.projectStatusReason ? ` (${state.projectStatusReason})` : '';
  const what =
    status === 'archived'
      ? `an owner archived it, and an archived project takes no uploads. If ${project} is maintained again, an owner unarchives it in its settings on ${state.label} (https://pypi.org/help/#archived-project)`
      : `PyPI's administrators quarantined it, and a quarantined project takes no uploads from trusted publishers and installs nothing. Contact PyPI's administrators (https://pypi.org/help/#project_in_quarantine) to have it reviewed`;
  return refuse(
    'projectStatus',
    project,
    `${state.label} marks ${project} as ${status}${reason} (PEP 792): ${what}. Nothing was uploaded.`,
  );
}

/** What the index would refuse of the files it does not have yet. */
export function indexRefusals(
  state: IndexState,
  files: readonly { readonly filename: string; readonly sdist: boolean }[],
  project: string,
  version: string,
  now: number,
): Refusal[] {
  const there = new Set(state.release.map((file) => file.filename));
  // An identical file is skipped (PyPI checks duplicates first); only new ones are judged.
  const added = files.filter((file) => !there.has(file.filename));
  return [
    statusRefusal(state, project),
    ageRefusal(
      state,
      added.map((file) => file.filename),
      version,
      now,
    ),
    sdistRefusal(state, added),
  ].filter((refusal): refusal is Refusal => refusal !== undefined);
}
