// Core metadata (a wheel's METADATA, an sdist's PKG-INFO): RFC 822 style headers, one field per
// line, continuation lines start with whitespace, and a blank line starts the body, which holds
// the long description from metadata 2.1 on.
import { UserError } from '../errors.js';

export interface CoreMetadata {
  readonly metadataVersion: string;
  readonly name: string;
  readonly version: string;
  /** Every header, keyed by its lower-case field name (`classifier`), values in file order. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** The text after the headers; undefined when there is no blank line. */
  readonly body: string | undefined;
}

function invalid(label: string, found: string): UserError {
  return new UserError(
    `${label} is not valid core metadata: ${found}. Expected \`Field: value\` lines with Metadata-Version, Name and Version; rebuild with a current build backend.`,
    'Invalid package metadata',
  );
}

/** Parses METADATA or PKG-INFO text; `label` names the file in errors. */
export function parseCoreMetadata(text: string, label = 'The metadata'): CoreMetadata {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const fields = new Map<string, string[]>();
  let last: { values: string[]; index: number } | undefined;
  let bodyStart: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') {
      bodyStart = index + 1;
      break;
    }
    if (/^[ \t]/.test(line)) {
      if (!last) throw invalid(label, `line 1 starts with whitespace`);
      // Unfold: the continuation keeps its own line, without the indentation that marks it.
      last.values[last.index] += `\n${line.replace(/^[ \t]+/, '')}`;
      continue;
    }
    const match = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!match) throw invalid(label, `line ${index + 1} is not a header: ${JSON.stringify(line)}`);
    const key = match[1]!.toLowerCase();
    const values = fields.get(key) ?? [];
    values.push(match[2]!.trimEnd());
    fields.set(key, values);
    last = { values, index: values.length - 1 };
  }
  const single = (field: string): string => {
    const values = fields.get(field.toLowerCase()) ?? [];
    if (values.length !== 1 || values[0] === '') {
      const found = values.length === 0 ? 'none' : values.map((v) => JSON.stringify(v)).join(', ');
      throw invalid(label, `expected one ${field} field, found ${found}`);
    }
    return values[0]!;
  };
  const metadataVersion = single('Metadata-Version');
  const name = single('Name');
  const version = single('Version');
  let body: string | undefined;
  if (bodyStart !== undefined) body = lines.slice(bodyStart).join('\n');
  return { metadataVersion, name, version, fields, body };
}
