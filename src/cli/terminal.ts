// What the terminal shows beyond the engine's lines: colour when a person reads it, the step
// table within 80 columns, and the artifacts. Pure functions of what they are given.
import type { StepRecord } from '../pipeline.js';

export const WIDTH = 80;

/**
 * Colour on a terminal: NO_COLOR (any value) turns it off, FORCE_COLOR (any value but 0 or
 * false) on; otherwise only when the stream is a terminal that is not `dumb`.
 */
export function wantsColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return isTTY === true && env.TERM !== 'dumb';
}

export type Paint = (text: string) => string;

export interface Palette {
  readonly green: Paint;
  readonly red: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly bold: Paint;
  readonly dim: Paint;
}

const sgr =
  (on: number, off: number): Paint =>
  (text) =>
    `\u001b[${on}m${text}\u001b[${off}m`;

export function palette(colour: boolean): Palette {
  if (!colour) {
    const plain: Paint = (text) => text;
    return { green: plain, red: plain, yellow: plain, cyan: plain, bold: plain, dim: plain };
  }
  return {
    green: sgr(32, 39),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
  };
}

/** Words of `text` in lines of at most `width` characters; a longer word is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const MARKS: Record<StepRecord['status'], { mark: string; paint: keyof Palette }> = {
  passed: { mark: '✓', paint: 'green' },
  failed: { mark: '✗', paint: 'red' },
  skipped: { mark: '–', paint: 'dim' },
  'dry run': { mark: '○', paint: 'cyan' },
};

/**
 * The steps as the terminal shows them: mark, name, time, and the detail wrapped under its
 * column, every line within `width` (the action's summary keeps its own wide table).
 */
export function stepTable(
  records: readonly StepRecord[],
  colours: Palette = palette(false),
  width = WIDTH,
): string[] {
  const nameWidth = Math.min(22, Math.max(4, ...records.map((record) => record.name.length)));
  const indent = 2 + nameWidth + 1 + 7 + 2;
  const detailWidth = Math.max(20, width - indent);
  const lines: string[] = [];
  for (const record of records) {
    const { mark, paint } = MARKS[record.status];
    const name = wrap(record.name, nameWidth);
    const time =
      record.status === 'passed' || record.status === 'failed'
        ? `${(record.durationMs / 1000).toFixed(1)} s`
        : '';
    const detail = wrap(record.detail.split('\n')[0]!, detailWidth);
    const rows = Math.max(name.length, detail.length);
    for (let row = 0; row < rows; row++) {
      const first = row === 0;
      const cells = `${first ? colours[paint](mark) : ' '} ${(name[row] ?? '').padEnd(nameWidth)} ${(first ? time : '').padStart(7)}  ${detail[row] ?? ''}`;
      lines.push(cells.trimEnd());
    }
  }
  return lines;
}

/** The files built: name and size on one line, the sha256 under it. */
export function artifactLines(
  files: readonly { filename: string; size: number; sha256: string }[],
): string[] {
  return files.flatMap((file) => [
    `  ${file.filename}  (${file.size.toLocaleString('en-US')} bytes)`,
    `    sha256 ${file.sha256}`,
  ]);
}
