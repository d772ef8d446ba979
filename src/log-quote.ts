// Text from the repository shown in the log: every line behind a bar, so no line of it starts
// with `::` and the runner never reads it as a workflow command.
export function quoteForLog(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `│ ${line}`)
    .join('\n');
}
