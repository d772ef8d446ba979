// The environment a job declares in its workflow file (`jobs.<id>.environment`, a name or a
// mapping with `name:`), read so trusted publishing can compare it with the OIDC token's claim
// before the exchange. A plain scan of the usual block layout: anything it cannot read for sure
// (an expression, flow style it does not know, no such job) is undefined, and nothing is compared.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OidcClaims } from '../run/index.js';

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function scalar(raw: string): string {
  const text = raw.replace(/\s+#.*$/, '').trim();
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function meaningful(line: string): boolean {
  const text = line.trim();
  return text !== '' && !text.startsWith('#');
}

/** The job's body lines (deeper than its key), or undefined when the job is not found. */
function jobBody(lines: readonly string[], job: string): string[] | undefined {
  const jobs = lines.findIndex((line) => /^jobs:\s*(?:#.*)?$/.test(line));
  if (jobs < 0) return undefined;
  const key = (line: string) => scalar(line.trim().replace(/:\s*(?:#.*)?$/, ''));
  const at = lines.findIndex(
    (line, index) =>
      index > jobs && indentOf(line) > 0 && /:\s*(?:#.*)?$/.test(line) && key(line) === job,
  );
  if (at < 0) return undefined;
  const indent = indentOf(lines[at]!);
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (meaningful(line) && indentOf(line) <= indent) break;
    body.push(line);
  }
  return body;
}

/** `name` when the job declares one, null when it declares none, undefined when unsure. */
export function jobEnvironment(workflow: string, job: string): string | null | undefined {
  const body = jobBody(workflow.split(/\r?\n/), job);
  if (!body) return undefined;
  const keys = body.filter(meaningful);
  const level = keys[0] ? indentOf(keys[0]) : 0;
  const at = body.findIndex((line) => indentOf(line) === level && /^\s*environment:/.test(line));
  if (at < 0) return null;
  const inline = scalar(body[at]!.replace(/^\s*environment:/, ''));
  let name: string | undefined;
  if (inline.startsWith('{')) name = /\bname:\s*([^,}]+)/.exec(inline)?.[1];
  else if (inline !== '') name = inline;
  else {
    for (const line of body.slice(at + 1)) {
      if (meaningful(line) && indentOf(line) <= level) break;
      const match = /^\s*name:(.*)$/.exec(line);
      if (match) name = match[1];
    }
  }
  if (name === undefined) return undefined;
  const value = scalar(name);
  return value === '' || value.includes('${{') ? undefined : value;
}

/**
 * The environment the running job declares, read from its workflow file in the workspace when
 * the job runs this repository's own workflow; undefined when it cannot be told.
 */
export async function declaredJobEnvironment(
  claims: OidcClaims,
  workspace: string | undefined = process.env.GITHUB_WORKSPACE,
  job: string | undefined = process.env.GITHUB_JOB,
): Promise<{ readonly name: string | null; readonly where: string } | undefined> {
  const ref = /^(.+?)\/(\.github\/workflows\/[^/@]+\.ya?ml)@/.exec(claims.job_workflow_ref ?? '');
  if (!workspace || !job || !ref || ref[1] !== claims.repository) return undefined;
  const file = ref[2]!;
  const text = await readFile(path.join(workspace, file), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const name = jobEnvironment(text, job);
  return name === undefined ? undefined : { name, where: `${file} jobs.${job}` };
}
