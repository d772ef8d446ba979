// What the proof suite asserts about a run: the workflow commands the runner would execute (read
// the way the runner reads stdout), and that nothing changed anywhere (the bare remote's refs,
// the checkout, the local index and GitHub API servers).
import { gitIn, type TestRepo } from './repo.js';

export interface WorkflowCommand {
  readonly name: string;
  readonly properties: string;
  readonly data: string;
  readonly line: string;
}

/**
 * The commands the runner would act on, as it parses them: a line whose text after leading
 * spaces starts with `::name …::`, or holds a legacy `##[name …]`; between
 * `::stop-commands::<token>` and `::<token>::` nothing but the resume is a command.
 */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  // The runner reads lines as .NET does (\r, \n or \r\n end one) and trims them with .NET's
  // TrimStart, whose white space includes U+0085 (NEL).
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const text = line.replace(/^[\s\u0085]+/, '');
    if (stopToken !== undefined) {
      if (text === `::${stopToken}::`) {
        found.push({ name: stopToken, properties: '', data: '', line });
        stopToken = undefined;
      }
      continue;
    }
    // `s`: JavaScript's `.` stops at U+2028 and U+2029, which are no line break for the runner.
    const v2 = /^::([^ :]+)(?: ([^:]*))?::(.*)$/s.exec(text);
    if (v2) {
      const command = { name: v2[1]!, properties: v2[2] ?? '', data: v2[3]!, line };
      found.push(command);
      if (command.name === 'stop-commands') stopToken = command.data;
      continue;
    }
    const legacy = /##\[([^\] ;]+)([^\]]*)\](.*)$/s.exec(line);
    if (legacy) found.push({ name: legacy[1]!, properties: legacy[2]!, data: legacy[3]!, line });
  }
  return found;
}

/** Commands pyrelease itself issues; anything else in the output was smuggled in. */
const OURS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);

/**
 * The commands in stdout that pyrelease did not mean: any command it never issues, a
 * stop-commands whose token is not its own random kind or is never resumed, an add-mask of
 * something other than the given secrets, an annotation whose text is one of `planted`.
 */
export function smuggledCommands(
  stdout: string,
  secrets: readonly string[] = [],
  planted: readonly string[] = [],
): WorkflowCommand[] {
  const commands = workflowCommands(stdout);
  const resumed = new Set(commands.map((command) => command.name));
  return commands.filter((command) => {
    if (command.name === 'stop-commands')
      return !/^[0-9a-f]{32}$/.test(command.data) || !resumed.has(command.data);
    if (resumed.has(command.name) && /^[0-9a-f]{32}$/.test(command.name)) return false;
    if (!OURS.has(command.name)) return true;
    if (command.name === 'add-mask') return !secrets.includes(command.data);
    return planted.includes(command.data);
  });
}

/** Every ref of the bare remote with its object, to compare before and after a run. */
export function remoteRefs(repo: TestRepo): string {
  return gitIn(repo.origin, 'for-each-ref', '--format=%(refname) %(objectname)');
}

/** The checkout's HEAD, refs and status: a refused run leaves all three as they were. */
export function checkoutState(repo: TestRepo): string {
  return [
    repo.git('rev-parse', 'HEAD'),
    repo.git('for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/tags'),
    repo.git('status', '--porcelain', '--untracked-files=all'),
  ].join('\n');
}
