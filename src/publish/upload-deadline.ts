// How long one upload may take before it is stopped: a floor, plus the file's size at a minimum
// rate, never more than a ceiling. A stalled upload then ends by itself, and a large wheel on a
// slow link is not cut off. Pure, apart from reading the test setting below.

export interface UploadDeadlinePolicy {
  /** Every upload may take this long, however small the file. */
  readonly floorMs: number;
  /** The slowest rate allowed for on top of the floor. */
  readonly bytesPerSecond: number;
  /** No upload waits longer than this, however large the file. */
  readonly ceilingMs: number;
}

export const UPLOAD_DEADLINE: UploadDeadlinePolicy = {
  floorMs: 120_000,
  bytesPerSecond: 100 * 1024,
  ceilingMs: 3 * 60 * 60_000,
};

/**
 * PYRELEASE_UPLOAD_FLOOR_SECONDS replaces the floor. It is for tests of a stalled upload, which
 * then end in seconds; it is not an input, and a release has no reason to set it.
 */
export function uploadDeadlinePolicy(env: NodeJS.ProcessEnv = process.env): UploadDeadlinePolicy {
  const floor = Number(env.PYRELEASE_UPLOAD_FLOOR_SECONDS);
  return floor > 0 ? { ...UPLOAD_DEADLINE, floorMs: floor * 1000 } : UPLOAD_DEADLINE;
}

export function uploadDeadlineMs(bytes: number, policy: UploadDeadlinePolicy): number {
  const transfer = Math.ceil((bytes / policy.bytesPerSecond) * 1000);
  return Math.min(policy.ceilingMs, policy.floorMs + transfer);
}

/** The rule, in words for the message of a stopped upload (no full stop inside). */
export function describeUploadDeadline(policy: UploadDeadlinePolicy): string {
  const kib = Math.round(policy.bytesPerSecond / 1024);
  return `${Math.round(policy.floorMs / 1000)} s, plus 1 s for every ${kib} KiB of the file, at most ${Math.round(policy.ceilingMs / 60_000)} min`;
}
