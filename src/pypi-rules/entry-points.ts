// entry_points.txt read the way PyPI reads it: Python's configparser with "=" as the only
// delimiter, case-sensitive names and strict duplicates (warehouse/utils/wheel.py), then every
// console_scripts and gui_scripts name matched against [\w.-]+ (no path components). Pure.

/** The first problem configparser (or the name check) finds, in its words; undefined when fine. */
export function entryPointProblem(text: string): string | undefined {
  const parsed = parseIni(text);
  if (typeof parsed === 'string') return parsed;
  const defaults = parsed.get('DEFAULT') ?? [];
  for (const section of ['console_scripts', 'gui_scripts']) {
    const names = parsed.get(section);
    if (!names) continue;
    for (const name of [...names, ...defaults]) {
      if (!SCRIPT_NAME.test(name)) {
        return `invalid entry point name ${JSON.stringify(name)} in [${section}] (expected letters, digits, "_", "." and "-" only: a script name cannot hold a path)`;
      }
    }
  }
  return undefined;
}

/** Python's `\w` is a Unicode letter, digit or underscore. */
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const COMMENT = /^[#;]/;
const SECTION = /^\[(.+)\]/;

/** Section name → option names in order; or configparser's error for the first bad line. */
function parseIni(text: string): Map<string, string[]> | string {
  const sections = new Map<string, string[]>();
  const seen = new Set<string>();
  let section: string | undefined;
  let option: string | undefined;
  let indent = Number.MAX_SAFE_INTEGER;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const at = `line ${index + 1}`;
    const value = line.trim();
    if (value === '' || COMMENT.test(value)) continue;
    const lineIndent = line.length - line.trimStart().length;
    // An indented line continues the option above it.
    if (section !== undefined && option !== undefined && lineIndent > indent) continue;
    indent = lineIndent;
    const header = SECTION.exec(value);
    if (header) {
      const name = header[1]!;
      if (name !== 'DEFAULT' && seen.has(`[${name}`))
        return `${at}: section [${name}] appears twice`;
      if (name !== 'DEFAULT') seen.add(`[${name}`);
      if (!sections.has(name)) sections.set(name, []);
      section = name;
      option = undefined;
      continue;
    }
    if (section === undefined) return `${at}: ${JSON.stringify(line)} comes before any [section]`;
    const equals = value.indexOf('=');
    const name = equals < 0 ? '' : value.slice(0, equals).trimEnd();
    if (name === '') return `${at}: ${JSON.stringify(line)} is not "name = value"`;
    if (seen.has(`${section}\n${name}`)) return `${at}: ${name} appears twice in [${section}]`;
    seen.add(`${section}\n${name}`);
    sections.get(section)!.push(name);
    option = name;
  }
  return sections;
}
