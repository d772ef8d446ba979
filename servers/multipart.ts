// multipart/form-data as twine sends it (requests-toolbelt): CRLF-delimited parts, each with a
// Content-Disposition naming the field and, for the upload, the file name. Bodies stay Buffers.
export interface FormPart {
  name: string;
  filename?: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** The boundary parameter of a multipart Content-Type, or undefined for any other type. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** `form-data; name="x"; filename="y"` → { name: 'x', filename: 'y' } (names lower-cased). */
function headerParams(value: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of value.matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    params[match[1]!.toLowerCase()] = match[2]?.replace(/\\(.)/g, '$1') ?? match[3]!.trim();
  }
  return params;
}

export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const first = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let position = body.indexOf(first);
  if (position < 0) throw new Error(`multipart body has no boundary ${boundary}`);
  position += first.length;
  const parts: FormPart[] = [];
  for (;;) {
    if (body.subarray(position, position + 2).toString() === '--') return parts;
    if (body.subarray(position, position + 2).toString() !== '\r\n') {
      throw new Error('multipart boundary is not followed by CRLF');
    }
    position += 2;
    const end = body.indexOf(delimiter, position);
    if (end < 0) throw new Error('multipart body ends without a closing boundary');
    const raw = body.subarray(position, end);
    const split = raw.indexOf('\r\n\r\n');
    if (split < 0) throw new Error('multipart part has no blank line after its headers');
    const headers: Record<string, string> = {};
    for (const line of raw.subarray(0, split).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0)
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const disposition = headerParams(headers['content-disposition'] ?? '');
    if (disposition.name === undefined) throw new Error('multipart part has no field name');
    parts.push({
      name: disposition.name,
      ...(disposition.filename !== undefined && { filename: disposition.filename }),
      headers,
      body: raw.subarray(split + 4),
    });
    position = end + delimiter.length;
  }
}
