// An install that failed because the release's Requires-Python leaves out the interpreter, read
// from what pip ("requires a different Python: 3.11.2 not in '>=3.12'") or uv ("the current
// Python version (3.11.2) does not satisfy Python>=3.12") printed. Pure.

export interface PythonMismatch {
  /** The interpreter's version. */
  readonly running: string;
  /** The release's Requires-Python. */
  readonly wanted: string;
}

export function pythonMismatch(output: string): PythonMismatch | undefined {
  // uv wraps its explanation over lines: read it as one.
  const text = output.replace(/\s+/g, ' ');
  const pip = /requires a different Python: (\S+) not in '([^']+)'/.exec(text);
  if (pip) return { running: pip[1]!, wanted: pip[2]! };
  const uv =
    /current Python version \(([^)\s]+)\) does not satisfy Python ?([^ ]+?)(?: and |,? we |$)/.exec(
      text,
    );
  if (uv) return { running: uv[1]!, wanted: uv[2]! };
  return undefined;
}
