// A package that imports another package of its own repository without declaring it: a plugin of
// its host (psycopg-pool imports psycopg, which lists psycopg-pool as its `pool` extra, so neither
// may require the other). The wheel test installs the host from the index, as a user of the
// plugin has it, and imports again. Pure: the probe's report in, the hosts to install out.
import type { ProbeResult } from './wheel-test-probe.js';

/** A distribution name as PEP 508 spells one: nothing an installer could read as an option. */
const DISTRIBUTION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;
const NOT_FOUND = /ModuleNotFoundError: No module named '([A-Za-z_][\w.]{0,199})'/;

/** The top-level module each failed import could not find; undefined when one failed otherwise. */
export function missingModules(probe: ProbeResult): string[] | undefined {
  const failed = probe.modules.filter((module) => module.error !== undefined);
  const missing = new Set<string>();
  for (const module of failed) {
    const match = NOT_FOUND.exec(module.error!);
    if (!match) return undefined;
    missing.add(match[1]!.split('.')[0]!);
  }
  return [...missing];
}

/**
 * The distributions to install so the failed imports can succeed: for every module missing, the
 * repository's package that ships it (`hostOf`). None unless every failure is such a module.
 */
export async function hostsToInstall(
  probe: ProbeResult,
  hostOf: ((module: string) => Promise<string | undefined>) | undefined,
): Promise<string[]> {
  const missing = missingModules(probe);
  if (!hostOf || !missing || missing.length === 0) return [];
  const hosts: string[] = [];
  for (const module of missing) {
    const host = await hostOf(module);
    if (host === undefined || !DISTRIBUTION_NAME.test(host)) return [];
    if (!hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}
