// Everything pyrelease prints goes through this file, so the runner reads none of it as a
// workflow command unless pyrelease means it. How the runner reads a step's output
// (actions/runner, checked against its source):
// - ProcessInvoker reads stdout and stderr with StreamReader.ReadLine, which ends a line at
//   `\r\n`, `\r` or `\n` only; U+0085, U+2028 and U+2029 do not end a line.
// - ActionCommand.TryParseV2 trims the line with .NET's TrimStart (every char.IsWhiteSpace
//   character, U+0085 among them, which JavaScript's trimStart keeps) and acts on `::name …::data`;
//   ActionCommand.TryParse acts on a legacy `##[name …]data` anywhere in the line.
// - A command's data is unescaped from %25, %0D, %0A; its properties also from %3A and %2C.
// Text pyrelease did not write (versions and changelog lines, file names, tool output, diffs,
// server messages) is printed between `::stop-commands::<token>` and `::<token>::`, with a token
// nobody can guess, whenever one of its lines could be read as a command; a command pyrelease
// issues has its data and properties escaped as the runner unescapes them.
import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';

/** The line breaks of .NET's StreamReader.ReadLine. */
const LINE_BREAK = /\r\n|\r|\n/;

// .NET's white space and JavaScript's, together (U+0085 is .NET's only, U+FEFF JavaScript's).
// Characters that comparisons may ignore (the runner compares `::` and `##[` with the culture's
// rules) are taken out too before looking: wrapping one line too many costs nothing.
const LEADING_SPACE = /^[\s\u0085\u180e]+/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Whether the runner could read a line of `text` as a workflow command. */
export function looksLikeCommand(text: string): boolean {
  return text.split(LINE_BREAK).some((raw) => {
    const line = raw.replace(IGNORABLE, '');
    return line.replace(LEADING_SPACE, '').startsWith('::') || line.includes('##[');
  });
}

/** The text wrapped so the runner executes none of it; unchanged when nothing in it could. */
export function inert(text: string, token = randomBytes(16).toString('hex')): string {
  if (!looksLikeCommand(text)) return text;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}

/** A command's data, escaped as ActionCommand.UnescapeData reads it back. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value, escaped as ActionCommand.UnescapeProperty reads it back. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Readonly<Record<string, string | number | undefined>>;

/** One workflow command line: `::name key=value,…::data`, every part escaped. */
export function commandLine(name: string, properties: CommandProperties, data: string): string {
  const pairs = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(data)}`;
}

/**
 * What pyrelease writes for one thing it prints: the one escaping function. Plain text is made
 * inert; a command is escaped.
 */
export function printable(
  what: { text: string } | { command: string; properties?: CommandProperties; data: string },
): string {
  if ('text' in what) return inert(what.text);
  return commandLine(what.command, what.properties ?? {}, what.data);
}

// The only writes to the process's output streams.
function out(line: string): void {
  // eslint-disable-next-line no-restricted-syntax -- the one place that writes to stdout
  process.stdout.write(`${line}${EOL}`);
}

/** A line (or lines) of text in the log, shown as written. */
export function info(text: string): void {
  out(printable({ text }));
}

/**
 * Text written as it is, no line break added (the command line's tables and messages), made
 * inert like the log's.
 */
export function write(text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const safe = inert(body);
  process[stream].write(safe === body ? text : `${safe}\n`);
}

/** Shown only when the workflow runs with debug logging. */
export function debug(text: string): void {
  out(printable({ command: 'debug', data: text }));
}

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/** An error, warning or notice annotation, on a file and line when given. */
export function annotation(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {},
): void {
  const { title, file, startLine, startColumn } = properties;
  out(
    printable({
      command: level,
      properties: { title, file, line: startLine, col: startColumn },
      data: message,
    }),
  );
}

/** A collapsed group in the log, up to `endGroup`. */
export function startGroup(title: string): void {
  out(printable({ command: 'group', data: title }));
}

export function endGroup(): void {
  out(printable({ command: 'endgroup', data: '' }));
}

/** Fails the action's step: the exit code, and the error annotation. */
export function setFailed(message: string, properties: AnnotationProperties = {}): void {
  process.exitCode = 1;
  annotation('error', message, properties);
}

/** A value as it can be shown on one line: quoted and escaped when it holds control characters. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(value)) return value;
  // JSON.stringify leaves U+0085, U+2028 and U+2029 as they are.
  return JSON.stringify(value).replace(
    /[\u007f\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
