// On a terminal, the last line says which steps run and for how long, redrawn in place (\r)
// every second and after each line printed. Only on a terminal: a log or a pipe gets no \r.
import { watchSteps } from '../pipeline.js';
import type { Palette } from './terminal.js';

/** The status line's text: each running step and its seconds, cut to the terminal's width. */
export function statusText(
  running: ReadonlyMap<string, number>,
  now: number,
  columns: number,
): string {
  const steps = [...running].map(([name, at]) => `${name} ${Math.floor((now - at) / 1000)} s`);
  const text = `… ${steps.join(' · ')}`;
  return text.length < columns ? text : `${text.slice(0, Math.max(0, columns - 2))}…`;
}

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/** Starts the status line on `stream`; the function returned removes it. */
export function startStatusLine(stream: NodeJS.WriteStream, paint: Palette): () => void {
  const running = new Map<string, number>();
  const write = stream.write.bind(stream) as Write;
  let shown = false;
  let atLineStart = true;
  let stopped = false;
  const clear = () => {
    if (shown) write('\r\u001b[K');
    shown = false;
  };
  const draw = () => {
    clear();
    if (stopped || running.size === 0 || !atLineStart) return;
    write(paint.dim(statusText(running, Date.now(), stream.columns || 80)));
    shown = true;
  };
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    clear();
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const written = write(chunk, ...rest);
    if (text !== '') atLineStart = text.endsWith('\n');
    draw();
    return written;
  }) as typeof stream.write;
  const timer = setInterval(draw, 1000);
  timer.unref();
  const unwatch = watchSteps({
    started(name, at) {
      running.set(name, at);
      draw();
    },
    ended(name) {
      running.delete(name);
      draw();
    },
  });
  // Stopped, it writes through: what wrapped stream.write since keeps working.
  return () => {
    stopped = true;
    clearInterval(timer);
    unwatch();
    clear();
  };
}
