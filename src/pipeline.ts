// Runs named steps in order, timing each and recording its result for the step summary. A failed
// step's error is re-thrown with the step's name, so the message says where the run stopped.
import * as core from '@actions/core';
import { UserError } from './errors.js';

export type StepStatus = 'passed' | 'failed' | 'skipped' | 'dry run';

export interface StepRecord {
  readonly name: string;
  readonly status: StepStatus;
  readonly durationMs: number;
  readonly detail: string;
}

export class Pipeline {
  readonly records: StepRecord[] = [];

  /**
   * Runs one step. Steps that run side by side pass `grouped: false`: log groups cannot
   * interleave, so their start is announced with a plain line instead.
   */
  async step<T>(
    name: string,
    work: () => Promise<T>,
    describe?: (result: T) => string,
    grouped = true,
  ): Promise<T> {
    const started = Date.now();
    if (grouped) core.startGroup(name);
    else core.info(`▸ ${name}`);
    try {
      const result = await work();
      this.records.push({
        name,
        status: 'passed',
        durationMs: Date.now() - started,
        detail: describe?.(result) ?? '',
      });
      return result;
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      this.records.push({ name, status: 'failed', durationMs: Date.now() - started, detail });
      if (error instanceof UserError) {
        throw new UserError(`${name} failed: ${error.message}`, error.title, error.location);
      }
      throw error;
    } finally {
      if (grouped) core.endGroup();
    }
  }

  note(name: string, status: 'skipped' | 'dry run', detail: string): void {
    this.records.push({ name, status, durationMs: 0, detail });
  }
}
