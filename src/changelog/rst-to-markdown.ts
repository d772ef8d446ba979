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

export function rstToMarkdown(rst: string): string {
  const lines = rst.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  const levels = new Map<string, number>();
  const fence = (indent: string, language: string, block: readonly string[]) => {
    out.push(`${indent}\`\`\`${language}`, ...block.map((line) => (line ? indent + line : '')));
    out.push(`${indent}\`\`\``);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // Titles: overlined, or underlined (text over a line of one punctuation character).
    const over = adornmentChar(line);
    if (over && next?.trim() && adornmentChar(lines[i + 2]) === over && !adornmentChar(next)) {
      const key = `over${over}`;
      if (!levels.has(key)) levels.set(key, levels.size);
      out.push(`${'#'.repeat(Math.min(3 + levels.get(key)!, 6))} ${inlineRst(next.trim())}`);
      i += 2;
      continue;
    }
    const under = adornmentChar(next);
    if (under && line.trim() && indentOf(line) === 0 && !adornmentChar(line)) {
      const key = `under${under}`;
      if (!levels.has(key)) levels.set(key, levels.size);
      out.push(`${'#'.repeat(Math.min(3 + levels.get(key)!, 6))} ${inlineRst(line.trim())}`);
      i += 1;
      continue;
    }
    if (over && line.trim().length >= 4 && !next?.trim()) {
      out.push('---'); // a transition
      continue;
    }
    const code = CODE_DIRECTIVE.exec(line);
    if (code) {
      const base = code[1]!.length;
      let start = i + 1;
      while (start < lines.length && (OPTION.test(lines[start]!) || !lines[start]!.trim())) start++;
      const { block, end } = indentedBlock(lines, start, base);
      fence(code[1]!, code[2] ?? '', block);
      i = end - 1;
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      // Admonitions and the like: their title in bold, their content as it is.
      const base = directive[1]!.length;
      let start = i + 1;
      while (start < lines.length && OPTION.test(lines[start]!)) start++;
      const { block, end } = indentedBlock(lines, start, base);
      const name = directive[2]!.replace(/^\w+:/, '');
      const title = name.charAt(0).toUpperCase() + name.slice(1).replace(/[-_]/g, ' ');
      out.push(`${directive[1]}**${title}**${directive[3] ? ` ${inlineRst(directive[3])}` : ''}`);
      for (const content of block) out.push(content ? directive[1] + inlineRst(content) : '');
      i = end - 1;
      continue;
    }
    const comment = COMMENT.exec(line);
    if (comment) {
      // A comment and the indented lines under it are not shown.
      i = indentedBlock(lines, i + 1, comment[1]!.length).end - 1;
      continue;
    }
    if (line.trimEnd().endsWith('::')) {
      // A literal block follows: `Text::` shows `Text:`, a lone `::` shows nothing.
      const base = indentOf(line);
      const text = line.trimEnd().slice(0, -2).trimEnd();
      if (text.trim()) out.push(inlineRst(text.endsWith(' ') ? text.trimEnd() : `${text}:`));
      let start = i + 1;
      while (start < lines.length && !lines[start]!.trim()) start++;
      const { block, end } = indentedBlock(lines, start, base);
      if (block.length > 0) {
        // Inside a list item, the fence goes at the item's text so the list goes on around it.
        const item = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+/.exec(line);
        out.push('');
        fence(' '.repeat(item ? item[0].length : base), '', block);
        i = end - 1;
      }
      continue;
    }
    out.push(inlineRst(line));
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
