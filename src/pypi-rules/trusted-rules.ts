// What PyPI refuses of a GitHub OIDC token before it looks for a publisher
// (warehouse/oidc/models/github.py), decided from the token's claims before the exchange: a
// pull_request_target run, a job_workflow_ref that is not this repository's workflow at this
// ref, and an environment other than the one the job declares. Pure.
import type { OidcClaims } from '../run/index.js';
import { refuse, type Refusal } from './catalogue.js';

/** `owner/repo/.github/workflows/file.yml@ref` → its parts. */
export function splitWorkflowRef(
  ref: string | undefined,
): { repository: string; file: string; ref: string } | undefined {
  const match = /^(.+?)\/\.github\/workflows\/([^/@]+\.ya?ml)@(.+)$/.exec(ref ?? '');
  return match ? { repository: match[1]!, file: match[2]!, ref: match[3]! } : undefined;
}

/** The settings of the GitHub publisher PyPI must have for these claims, one per line. */
export function publisherSettings(claims: OidcClaims): string[] {
  const [owner = '?', name = '?'] = (claims.repository ?? '?/?').split('/');
  const workflow = splitWorkflowRef(claims.job_workflow_ref)?.file ?? '?';
  return [
    `Owner: ${owner}`,
    `Repository name: ${name}`,
    `Workflow name: ${workflow}`,
    `Environment name: ${claims.environment ?? '(leave empty: the job has no environment)'}`,
  ];
}

function claimsText(claims: OidcClaims): string {
  const shown = [
    'repository',
    'event_name',
    'ref',
    'workflow_ref',
    'job_workflow_ref',
    'environment',
  ];
  return shown.map((key) => `${key}: ${String(claims[key] ?? '(none)')}`).join('; ');
}

function settingsText(claims: OidcClaims): string {
  return `The publisher PyPI needs (project → Settings → Publishing): ${publisherSettings(claims).join(', ')}. Claims: ${claimsText(claims)}.`;
}

function reusableRefusal(claims: OidcClaims, label: string): Refusal | undefined {
  const job = splitWorkflowRef(claims.job_workflow_ref);
  if (!job) return undefined;
  const refs = [claims.ref, claims.sha].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  const expected = refs.map((ref) => `${claims.repository}/.github/workflows/${job.file}@${ref}`);
  if (expected.includes(claims.job_workflow_ref!)) return undefined;
  const why =
    job.repository !== claims.repository
      ? `a reusable workflow of another repository (${job.repository})`
      : `a reusable workflow at another ref (${job.ref}, not ${refs.join(' or ')})`;
  return refuse(
    'reusableWorkflow',
    claims.job_workflow_ref!,
    `This job runs in ${why}: ${claims.job_workflow_ref}. ${label} matches a publisher on ${claims.repository}/.github/workflows/<file>@${refs.join(' or ')} and refuses this token ("The job_workflow_ref claim does not match"). Publish from a job of ${claims.repository}'s own workflow (call the reusable workflow for the build, upload from the caller), or pass pypi-token. ${settingsText(claims)}`,
  );
}

/**
 * Every refusal PyPI would give this token; `declaredEnvironment` is the job's `environment:`
 * as its workflow file writes it (undefined when it could not be read).
 */
export function trustedPublishingRefusals(
  claims: OidcClaims,
  label: string,
  declaredEnvironment?: { readonly name: string | null; readonly where: string },
): Refusal[] {
  const refusals: Refusal[] = [];
  if (claims.event_name === 'pull_request_target') {
    refusals.push(
      refuse(
        'pullRequestTarget',
        String(claims.workflow_ref ?? 'the workflow'),
        `This run was started by pull_request_target, and ${label} refuses to publish from such runs ("Publishing from a workflow invoked via 'pull_request_target' is not supported."). Publish from a push of a tag, a release, or workflow_dispatch. ${settingsText(claims)}`,
      ),
    );
  }
  const reusable = reusableRefusal(claims, label);
  if (reusable) refusals.push(reusable);
  if (declaredEnvironment) {
    const declared = declaredEnvironment.name;
    const claimed = claims.environment ?? null;
    if ((declared ?? '').toLowerCase() !== (claimed ?? '').toLowerCase()) {
      refusals.push(
        refuse(
          'environment',
          declaredEnvironment.where,
          `${declaredEnvironment.where} declares ${declared === null ? 'no environment' : `environment: ${declared}`}, but the OIDC token says ${claimed === null ? 'none' : `environment ${claimed}`}; ${label} matches the publisher's environment against the token (case-insensitively), so the exchange would fail or match another publisher. Declare the environment on the job that runs pyrelease (jobs.<id>.environment), not on a caller or a matrix expression. ${settingsText(claims)}`,
        ),
      );
    }
  }
  return refusals;
}
