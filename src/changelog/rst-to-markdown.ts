// A changelog section written in reStructuredText, as Markdown for a GitHub release body: what
// changelogs use (sub-headings, inline code, links, Sphinx roles, code blocks, lists), not all of
// RST. Pure. Every pattern is linear: inline code is split out first, the rest are single passes
// with negated character classes.
import { adornmentChar } from './formats/index.js';

const CODE_DIRECTIVE = /^(\s*)\.\.\s+(?:code-block|code|sourcecode)::[ \t]*(\S*)/;
const DIRECTIVE = /^(\s*)\.\.\s+([\w:-]+)::[ \t]*(.*)$/;
const COMMENT = /^(\s*)\.\.(?:\s|$)/;
const OPTION = /^\s+:[\w-]+:/;
// Issue and pull request roles of sphinx-issues and of aiohttp's and pytest's own setups.
const ISSUE_ROLES = new Set(['issue', 'pr', 'pull', 'gh', 'ghissue', 'ghpull', 'bug']);

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** `:role:`text``: issues become `#123`, users `@name`, anything else inline code. */
function role(name: string, content: string): string {
  const roleName = name.split(':').pop()!.toLowerCase();
  // `title <target>` shows the title.
  const titled = /^([^<]*)<([^>]*)>$/.exec(content);
  const shown = (titled ? titled[1]!.trim() || titled[2]! : content).trim();
  if (ISSUE_ROLES.has(roleName)) {
    return shown
      .split(/\s*,\s*/)
      .map((issue) => (/^\d+$/.test(issue) ? `#${issue}` : issue))
      .join(', ');
  }
  if (roleName === 'user') return `@${shown.replace(/^@/, '')}`;
  // `~a.b.c` shows only `c`, as Sphinx does.
  const text = shown.startsWith('~') ? shown.slice(1).split('.').pop()! : shown.replace(/^!/, '');
  return `\`${text}\``;
}

function inlineText(text: string): string {
  return (
    text
      // :issue:`123`, :py:meth:`x`
      .replace(/(?<![\w:])((?::[\w-]+)+):`([^`]+)`/g, (_, name: string, content: string) =>
        role(name.slice(1), content),
      )
      // `text <https://…>`_ and `text <https://…>`__
      .replace(/`([^`<]*)<([^>`]+)>`__?/g, (_, label: string, url: string) =>
        label.trim() ? `[${label.trim()}](${url})` : `<${url}>`,
      )
      // `reference`_
      .replace(/`([^`]+)`__?(?![\w])/g, '$1')
  );
}

/** One line of text: ``inline code`` kept as it is, the rest converted. */
export function inlineRst(line: string): string {
  const parts = line.split('``');
  if (parts.length < 3) return inlineText(line);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const isCode = i % 2 === 1 && i < parts.length - 1;
    if (isCode) out += part.includes('`') ? `\`\` ${part} \`\`` : `\`${part}\``;
    else out += inlineText(i % 2 === 1 ? `\`\`${part}` : part);
  }
  return out;
}

/** The indented block after line `start` (blank lines inside it included), dedented. */
function indentedBlock(lines: readonly string[], start: number, base: number) {
  let end = start;
  const block: string[] = [];
  while (end < lines.length) {
    const line = lines[end]!;
    if (line.trim() !== '' && indentOf(line) <= base) break;
    block.push(line);
    end++;
  }
  while (block.length > 0 && block[block.length - 1]!.trim() === '') {
    block.pop();
    end--;
  }
  const content = block.filter((line) => line.trim() !== '');
  const cut = content.length ? Math.min(...content.map(indentOf)) : 0;
  return { block: block.map((line) => line.slice(cut)), end };
}

/** The lines being converted, the Markdown written so far, and the title levels seen. */
interface Conversion {
  readonly lines: readonly string[];
  readonly out: string[];
  /** Adornment styles in the order they first appear: the first is `###`, the next `####`. */
  readonly levels: Map<string, number>;
}

/**
 * A rule reads the construct that starts at line `i` and returns the index of its last line, or
 * undefined when the construct is not there.
 */
type Rule = (conversion: Conversion, i: number) => number | undefined;

function fence(out: string[], indent: string, language: string, block: readonly string[]): void {
  out.push(`${indent}\`\`\`${language}`, ...block.map((line) => (line ? indent + line : '')));
  out.push(`${indent}\`\`\``);
}

/** A title as a Markdown heading, from `###` down: the release's own heading is above it. */
function pushTitle({ out, levels }: Conversion, key: string, title: string): void {
  if (!levels.has(key)) levels.set(key, levels.size);
  out.push(`${'#'.repeat(Math.min(3 + levels.get(key)!, 6))} ${inlineRst(title.trim())}`);
}

/** Titles: overlined, or underlined (text over a line of one punctuation character). */
const title: Rule = (conversion, i) => {
  const { lines } = conversion;
  const line = lines[i]!;
  const next = lines[i + 1];
  const over = adornmentChar(line);
  if (over && next?.trim() && adornmentChar(lines[i + 2]) === over && !adornmentChar(next)) {
    pushTitle(conversion, `over${over}`, next);
    return i + 2;
  }
  const under = adornmentChar(next);
  if (under && line.trim() && indentOf(line) === 0 && !adornmentChar(line)) {
    pushTitle(conversion, `under${under}`, line);
    return i + 1;
  }
  return undefined;
};

/** A line of four or more adornment characters alone: a transition. */
const transition: Rule = ({ lines, out }, i) => {
  const line = lines[i]!;
  if (!adornmentChar(line) || line.trim().length < 4 || lines[i + 1]?.trim()) return undefined;
  out.push('---');
  return i;
};

const codeBlock: Rule = ({ lines, out }, i) => {
  const code = CODE_DIRECTIVE.exec(lines[i]!);
  if (!code) return undefined;
  let start = i + 1;
  while (start < lines.length && (OPTION.test(lines[start]!) || !lines[start]!.trim())) start++;
  const { block, end } = indentedBlock(lines, start, code[1]!.length);
  fence(out, code[1]!, code[2] ?? '', block);
  return end - 1;
};

/** Admonitions and the like: their title in bold, their content as it is. */
const directive: Rule = ({ lines, out }, i) => {
  const found = DIRECTIVE.exec(lines[i]!);
  if (!found) return undefined;
  const indent = found[1]!;
  let start = i + 1;
  while (start < lines.length && OPTION.test(lines[start]!)) start++;
  const { block, end } = indentedBlock(lines, start, indent.length);
  const name = found[2]!.replace(/^\w+:/, '');
  const heading = name.charAt(0).toUpperCase() + name.slice(1).replace(/[-_]/g, ' ');
  out.push(`${indent}**${heading}**${found[3] ? ` ${inlineRst(found[3])}` : ''}`);
  for (const content of block) out.push(content ? indent + inlineRst(content) : '');
  return end - 1;
};

/** A comment and the indented lines under it are not shown. */
const comment: Rule = ({ lines }, i) => {
  const found = COMMENT.exec(lines[i]!);
  return found ? indentedBlock(lines, i + 1, found[1]!.length).end - 1 : undefined;
};

/** A literal block follows `Text::` (shown `Text:`) or a lone `::` (shown as nothing). */
const literalBlock: Rule = ({ lines, out }, i) => {
  const line = lines[i]!;
  if (!line.trimEnd().endsWith('::')) return undefined;
  const base = indentOf(line);
  const text = line.trimEnd().slice(0, -2).trimEnd();
  if (text.trim()) out.push(inlineRst(text.endsWith(' ') ? text.trimEnd() : `${text}:`));
  let start = i + 1;
  while (start < lines.length && !lines[start]!.trim()) start++;
  const { block, end } = indentedBlock(lines, start, base);
  if (block.length === 0) return i;
  // Inside a list item, the fence goes at the item's text so the list goes on around it.
  const item = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+/.exec(line);
  out.push('');
  fence(out, ' '.repeat(item ? item[0].length : base), '', block);
  return end - 1;
};

// In this order: a code block is also a directive, and a directive line also ends with `::`.
const RULES: readonly Rule[] = [title, transition, codeBlock, directive, comment, literalBlock];

export function rstToMarkdown(rst: string): string {
  const lines = rst.replace(/\r\n/g, '\n').split('\n');
  const conversion: Conversion = { lines, out: [], levels: new Map() };
  const { out } = conversion;
  for (let i = 0; i < lines.length; i++) {
    let last: number | undefined;
    for (const rule of RULES) {
      last = rule(conversion, i);
      if (last !== undefined) break;
    }
    if (last === undefined) out.push(inlineRst(lines[i]!));
    else i = last;
  }
  // A transition at the end separates releases in the file, not parts of this one.
  while (out.length > 0 && (out[out.length - 1] === '---' || !out[out.length - 1]!.trim())) {
    out.pop();
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
