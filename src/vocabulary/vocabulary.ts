// Messages are written once and read in two places: the action names its inputs
// (`tag-prefix`, `changelog: none`), the command line its flags (`--tag-prefix`,
// `--changelog none`). A message names an input through option() or setting(); the entry point
// says once, at its start, which words it speaks (speakTo), and this table translates.

/** How a flag stands for its input. */
export interface Flag {
  /** The flag, with its dashes. */
  readonly flag: string;
  /**
   * For a true/false input: `sets-true` when the flag alone sets it true
   * (--allow-empty-changelog), `sets-false` when it sets it false (--no-build-isolation).
   * Absent: the flag takes the input's value (--changelog none).
   */
  readonly kind?: 'sets-true' | 'sets-false';
}

/**
 * The action's inputs a local run can use, and the flag of each. An input missing here has no
 * flag: on the command line a message names it as the action's input.
 */
export const FLAGS: Readonly<Record<string, Flag>> = {
  'working-directory': { flag: '--working-directory' },
  changelog: { flag: '--changelog' },
  'version-files': { flag: '--version-files' },
  'tag-prefix': { flag: '--tag-prefix' },
  'changelog-entry': { flag: '--changelog-entry' },
  'require-changelog-entry': { flag: '--require-changelog-entry', kind: 'sets-true' },
  'release-branches': { flag: '--release-branches' },
  package: { flag: '--package' },
  builder: { flag: '--builder' },
  'build-isolation': { flag: '--no-build-isolation', kind: 'sets-false' },
  'uv-version': { flag: '--uv-version' },
  python: { flag: '--python' },
  'import-name': { flag: '--import-name' },
  'smoke-test': { flag: '--smoke-test' },
  'dist-dir': { flag: '--dist-dir' },
  'dry-run': { flag: '--dry-run', kind: 'sets-true' },
  bump: { flag: '--bump' },
  preid: { flag: '--preid' },
  'version-style': { flag: '--version-style' },
  'allow-empty-changelog': { flag: '--allow-empty-changelog', kind: 'sets-true' },
};

export type Audience = 'action' | 'command line';

let audience: Audience = 'action';

/** Called once by an entry point before anything is said. */
export function speakTo(who: Audience): void {
  audience = who;
}

export function audienceNow(): Audience {
  return audience;
}

/** The input as the reader names it: `tag-prefix` in the action, `--tag-prefix` on the command line. */
export function option(name: string, who: Audience = audience): string {
  const flag = FLAGS[name];
  if (who === 'action') return name;
  return flag ? flag.flag : `the action's ${name} input`;
}

/** "the changelog input" in the action, "--changelog" on the command line. */
export function theOption(name: string, who: Audience = audience): string {
  return who === 'action' ? `the ${name} input` : option(name, who);
}

/** The start of a sentence about an input's value: "Input preid" or "Option --preid". */
export function optionTitle(name: string, who: Audience = audience): string {
  const flag = FLAGS[name];
  return who === 'command line' && flag ? `Option ${flag.flag}` : `Input ${name}`;
}

/**
 * An input set to a value, as the reader would write it: `builder: build` in a workflow,
 * `--builder build` on the command line (`--no-build-isolation` for build-isolation: false).
 */
export function setting(name: string, value: string, who: Audience = audience): string {
  const flag = FLAGS[name];
  if (who === 'action') return `${name}: ${value}`;
  if (!flag) return `the action's ${name}: ${value}`;
  if (flag.kind === undefined) return `${flag.flag} ${value}`;
  const on = (flag.kind === 'sets-true') === (value === 'true');
  return on ? flag.flag : `no ${flag.flag}`;
}

/** Advice that differs by where it is read (how to install a tool), chosen once here. */
export function byAudience(
  text: Readonly<Record<Audience, string>>,
  who: Audience = audience,
): string {
  return text[who];
}
