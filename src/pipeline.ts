// Runs named steps, timing each and recording its result for the step summary. A failed
// step's error is re-thrown with the step's name, so the message says where the run stopped.
// The output of a step's tools reaches the log while the step runs, in the step's log group
// (see LogFloor for steps that run side by side).
import { AsyncLocalStorage } from 'node:async_hooks';
import { UserError } from './errors.js';
import * as log from './log.js';

export type StepStatus = 'passed' | 'failed' | 'skipped' | 'dry run';

export interface StepRecord {
  readonly name: string;
  readonly status: StepStatus;
  readonly durationMs: number;
  readonly detail: string;
  /** The whole error message of a failed step. */
  readonly reason?: string;
}

/** A running step's log: the lines kept while another step holds the log, and how it ended. */
interface StepLog {
  readonly name: string;
  readonly started: number;
  kept: string[];
  /** Whether any tool output was printed or kept. */
  spoke: boolean;
  ended?: { readonly failure?: string; readonly took: string };
}

/** Told when a step starts and ends: the command line's status line. */
export interface StepWatcher {
  started(name: string, at: number): void;
  ended(name: string): void;
}

const watchers = new Set<StepWatcher>();

/** Watches every pipeline's steps; returns the function that stops watching. */
export function watchSteps(watcher: StepWatcher): () => void {
  watchers.add(watcher);
  return () => void watchers.delete(watcher);
}

function closing(step: StepLog): string[] {
  const { failure, took } = step.ended!;
  const quiet = failure === undefined ? 'No tool output.' : 'Failed before any tool ran.';
  return [
    ...(step.spoke ? [] : [quiet]),
    `${step.name}: ${failure === undefined ? 'passed' : 'failed'} in ${took}`,
  ];
}

/**
 * Who prints now. The release graph runs steps side by side, but the runner's log groups neither
 * nest nor interleave, and lines of two steps mixed in one group would read as one story. So the
 * first step to start holds the log: its group opens at once and its tools' lines are printed as
 * they come. A step that starts while another holds the log keeps its lines. When the holder
 * ends, the steps that ended meanwhile print their groups whole (their time in the title), and
 * the earliest started step still running takes the log: its group opens with the lines it kept,
 * and the rest follow live. Long steps (the build) start alone, so they are the ones seen live.
 */
class LogFloor {
  private holder: StepLog | undefined;
  private waiting: StepLog[] = [];

  open(step: StepLog): void {
    if (this.holder) this.waiting.push(step);
    else this.take(step);
  }

  write(step: StepLog, text: string): void {
    step.spoke = true;
    if (step === this.holder) log.info(text);
    else step.kept.push(text);
  }

  close(step: StepLog, ended: NonNullable<StepLog['ended']>): void {
    step.ended = ended;
    if (step !== this.holder) return;
    for (const line of closing(step)) log.info(line);
    log.endGroup();
    this.holder = undefined;
    for (const done of this.waiting.filter((other) => other.ended)) {
      log.startGroup(
        `${done.name} (${done.ended!.failure === undefined ? '' : 'failed, '}${done.ended!.took})`,
      );
      if (done.kept.length > 0) log.info(done.kept.join('\n'));
      for (const line of closing(done)) log.info(line);
      log.endGroup();
    }
    this.waiting = this.waiting.filter((other) => !other.ended);
    const next = this.waiting.shift();
    if (next) this.take(next);
  }

  private take(step: StepLog): void {
    this.holder = step;
    log.startGroup(step.name);
    if (step.kept.length > 0) log.info(step.kept.join('\n'));
    step.kept = [];
  }
}

const stepOutput = new AsyncLocalStorage<{ floor: LogFloor; step: StepLog }>();

/**
 * Adds text (a command, a line of a tool's output) to the log of the step running now. Returns
 * false outside a step, where the caller decides whether to print it.
 */
export function recordOutput(text: string): boolean {
  const running = stepOutput.getStore();
  if (!running) return false;
  running.floor.write(running.step, text);
  return true;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export class Pipeline {
  readonly records: StepRecord[] = [];

  private readonly floor = new LogFloor();

  /** Runs one step; its tools' output is printed in a group named after it as it comes. */
  async step<T>(
    name: string,
    work: () => Promise<T>,
    describe?: (result: T) => string,
  ): Promise<T> {
    const started = Date.now();
    const step: StepLog = { name, started, kept: [], spoke: false };
    this.floor.open(step);
    for (const watcher of watchers) watcher.started(name, started);
    let failure: string | undefined;
    try {
      const result = await stepOutput.run({ floor: this.floor, step }, work);
      this.records.push({
        name,
        status: 'passed',
        durationMs: Date.now() - started,
        detail: describe?.(result) ?? '',
      });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failure = message;
      this.records.push({
        name,
        status: 'failed',
        durationMs: Date.now() - started,
        detail: message.split('\n')[0]!,
        reason: message,
      });
      if (error instanceof UserError) {
        throw new UserError(`${name} failed: ${error.message}`, error.title, error.location);
      }
      throw error;
    } finally {
      for (const watcher of watchers) watcher.ended(name);
      this.floor.close(step, { failure, took: seconds(Date.now() - started) });
    }
  }

  note(name: string, status: 'skipped' | 'dry run', detail: string): void {
    this.records.push({ name, status, durationMs: 0, detail });
  }
}
