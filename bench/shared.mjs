// What the benchmarks share: where things are, timing processes (in turns, so a busy machine
// slows both sides of a comparison alike), medians, the static imports of a built module, and
// the formatting of figures.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION = path.join(ROOT, 'dist/index.js');
export const EXAMPLE = path.join(ROOT, 'example');

/** A process to time: what spawnSync runs. */
export function command(label, args, options = {}) {
  return { label, file: process.execPath, args, options };
}

/** Runs a command once; returns its wall time in milliseconds, or throws when it fails. */
export function timeOnce(cmd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd.file, cmd.args, { ...cmd.options, encoding: 'utf8' });
  const elapsed = process.hrtime.bigint() - start;
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    const error = new Error(`${cmd.label} failed (${reason})`);
    error.output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    throw error;
  }
  return Number(elapsed) / 1e6;
}

/**
 * Runs a process without blocking this one (local servers can answer from here while it runs);
 * resolves with its wall time in ms, or rejects with its output when it exits other than 0.
 */
export function timeAsync(label, file, args, options) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      error.message = `${label} could not start (${error.message})`;
      reject(error);
    });
    child.on('close', (code, signal) => {
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) return resolve({ ms: elapsed, output });
      const error = new Error(
        `${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`,
      );
      error.output = output;
      reject(error);
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Times `a` and `b` in `pairs` alternating pairs (a first in even pairs, b first in odd ones,
 * after one untimed warm-up run of each). Returns the times in ms and the per-pair ratios a/b.
 */
export function measurePairs(a, b, pairs) {
  timeOnce(a);
  timeOnce(b);
  const result = { a: [], b: [], ratios: [] };
  for (let pair = 0; pair < pairs; pair++) {
    let timeA;
    let timeB;
    if (pair % 2 === 0) {
      timeA = timeOnce(a);
      timeB = timeOnce(b);
    } else {
      timeB = timeOnce(b);
      timeA = timeOnce(a);
    }
    result.a.push(timeA);
    result.b.push(timeB);
    result.ratios.push(timeA / timeB);
  }
  return result;
}

/** measurePairs for runs that are async functions resolving with their time in ms. */
export async function measurePairsAsync(a, b, pairs) {
  await a();
  await b();
  const result = { a: [], b: [], ratios: [] };
  for (let pair = 0; pair < pairs; pair++) {
    let timeA;
    let timeB;
    if (pair % 2 === 0) {
      timeA = await a();
      timeB = await b();
    } else {
      timeB = await b();
      timeA = await a();
    }
    result.a.push(timeA);
    result.b.push(timeB);
    result.ratios.push(timeA / timeB);
  }
  return result;
}

/**
 * Times every command `rounds` times, one round after another, each round in another order (the
 * first command of a round moves on by one), after one untimed warm-up run of each. Returns each
 * command's times in ms, by position.
 */
export function measureRounds(cmds, rounds) {
  for (const cmd of cmds) timeOnce(cmd);
  const times = cmds.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < cmds.length; step++) {
      const index = (round + step) % cmds.length;
      times[index].push(timeOnce(cmds[index]));
    }
  }
  return times;
}

/**
 * The bytes of an ES module and of every module it imports statically, by relative path, with the
 * list of those files and of the Node built-ins they import.
 */
export function staticModuleSize(entry) {
  const seen = new Set();
  const builtins = new Set();
  const pending = [entry];
  let bytes = 0;
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    bytes += statSync(file).size;
    // `import {…} from "./chunks/x.js"` (possibly over several lines), `import "./x.js"`, and
    // `export … from`; dynamic `import("…")` is loaded on demand and not counted.
    const imports = /^\s*(?:import|export)\s*(?:[^'";]*?\bfrom\s*)?["']([^"']+)["']/gm;
    for (const match of text.matchAll(imports)) {
      if (/^\.\.?\//.test(match[1])) pending.push(path.resolve(path.dirname(file), match[1]));
      else if (isBuiltin(match[1])) builtins.add(match[1].replace(/^node:/, ''));
    }
  }
  return { bytes, files: seen.size, paths: [...seen], builtins: [...builtins].sort() };
}

export const number = (value, digits = 1) => value.toFixed(digits);
export const bytes = (value) => `${value.toLocaleString('en-US')} bytes`;

/** The report row that says how busy the machine was, next to figures it sways. */
export function machineRow() {
  return ['machine', `load ${number(os.loadavg()[0], 1)} on ${os.cpus().length} CPUs`];
}
