// Runs named steps, timing each and recording its result for the step summary. A failed
// step's error is re-thrown with the step's name, so the message says where the run stopped.
// The output of a step's tools is collected while it runs and printed in one collapsed group
// when it ends, so steps that run side by side never interleave their output.
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

const stepOutput = new AsyncLocalStorage<string[]>();

/**
 * Adds text (a tool's output) to the log group of the step running now. Returns false outside
 * a step, where the caller decides whether to print it.
 */
export function recordOutput(text: string): boolean {
  const output = stepOutput.getStore();
  if (!output) return false;
  output.push(text);
  return true;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export class Pipeline {
  readonly records: StepRecord[] = [];

  /** Runs one step; its tools' output is printed in a group named after it when it ends. */
  async step<T>(
    name: string,
    work: () => Promise<T>,
    describe?: (result: T) => string,
  ): Promise<T> {
    const started = Date.now();
    const output: string[] = [];
    let failure: string | undefined;
    try {
      const result = await stepOutput.run(output, work);
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
      // One write per step: nothing else can print between the group's start and its end.
      const took = seconds(Date.now() - started);
      log.startGroup(`${name} (${failure === undefined ? '' : 'failed, '}${took})`);
      const text = output.join('\n').trimEnd();
      if (text) log.info(text);
      else log.info(failure === undefined ? 'No tool output.' : 'Failed before any tool ran.');
      log.endGroup();
    }
  }

  note(name: string, status: 'skipped' | 'dry run', detail: string): void {
    this.records.push({ name, status, durationMs: 0, detail });
  }
}
