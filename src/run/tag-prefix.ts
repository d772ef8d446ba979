// What a tag prefix (the tag-prefix input, a prefix in packages) may hold. Pure.

/** The rule, as the messages about both inputs say it. */
export const TAG_PREFIX_RULE =
  "letters, digits, '.', '_', '/' and '-' (not first) only, and may end in '==' (mypkg==)";

/**
 * Whether `prefix` is one: path-like characters, never starting with `-` (git would read the tag
 * as an option), and `==` only at its end, after a letter or digit, as monorepos tag
 * `mypkg==1.2.3`. The empty prefix is allowed (no prefix).
 */
export function isTagPrefix(prefix: string): boolean {
  const body = prefix.endsWith('==') ? prefix.slice(0, -2) : prefix;
  if (!/^(?!-)[A-Za-z0-9._/-]*$/.test(body)) return false;
  return body === prefix || /[A-Za-z0-9]$/.test(body);
}
