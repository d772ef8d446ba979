// Runs the bundled action exactly as the runner does: `node dist/index.js` with INPUT_* and
// GITHUB_* variables, an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ACTION = path.join(ROOT, 'dist/index.js');

export interface Annotation {
  level: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface ActionOptions {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  ref?: string;
  payload?: unknown;
  env?: Record<string, string>;
  /**
   * Called with the started process, which leads a process group of its own: killing the group
   * (`process.kill(-child.pid, 'SIGKILL')`) ends it and its tools, as a cancelled job does.
   */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

function parseOutputs(text: string): Record<string, string> {
  // key<<DELIMITER\nvalue\nDELIMITER
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    // `s`: the runner's lines end at \n only here; U+2028 and U+2029 are data like any other.
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/s.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key, ...rest] = pair.split('=');
      properties[key!] = unescapeProperty(rest.join('='));
    }
    annotations.push({ level: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return annotations;
}

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-runner-'));
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary');
  const eventFile = path.join(scratch, 'event.json');
  await Promise.all([
    writeFile(outputFile, ''),
    writeFile(summaryFile, ''),
    writeFile(eventFile, JSON.stringify(options.payload ?? {})),
  ]);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_REPOSITORY: 'octo/hello-pyrelease',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [ACTION], {
    cwd: options.workspace,
    env,
    detached: options.onSpawn !== undefined,
  });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : -1))),
  );
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}
