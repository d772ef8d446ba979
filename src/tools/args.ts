// Helpers for argument arrays. Arrays keep spaces, quotes and `$(…)` inert; what is left is a
// path that starts with `-`, which a command would read as an option.

/** `./-x` for `-x`: still the same relative path, no longer an option. */
export function pathArg(value: string): string {
  return value.startsWith('-') ? `./${value}` : value;
}
