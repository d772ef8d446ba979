// The claims of a GitHub OIDC token, read (not verified) so the log can show what the index will
// match against its trusted publisher: repository, workflow, environment.

export interface OidcClaims {
  readonly repository?: string;
  readonly workflow_ref?: string;
  readonly job_workflow_ref?: string;
  readonly environment?: string;
  readonly ref?: string;
  readonly event_name?: string;
  readonly sha?: string;
  readonly [key: string]: unknown;
}

export function decodeClaims(jwt: string): OidcClaims {
  const payload = jwt.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcClaims;
  } catch {
    return {};
  }
}

/** The workflow file of a `owner/repo/.github/workflows/x.yml@ref` claim. */
function workflowFile(ref: string | undefined): string | undefined {
  return ref?.split('@')[0];
}

/**
 * A reusable workflow runs with job_workflow_ref naming the called file; PyPI matches trusted
 * publishers on the calling workflow only, so such runs are refused.
 */
export function isReusableWorkflow(claims: OidcClaims): boolean {
  const caller = workflowFile(claims.workflow_ref);
  const job = workflowFile(claims.job_workflow_ref);
  return caller !== undefined && job !== undefined && caller !== job;
}

export function describeClaims(claims: OidcClaims): string[] {
  return [
    `repository: ${claims.repository ?? '(none)'}`,
    `workflow: ${claims.workflow_ref ?? '(none)'}`,
    `job workflow: ${claims.job_workflow_ref ?? '(none)'}`,
    `environment: ${claims.environment ?? '(none)'}`,
    `ref: ${claims.ref ?? '(none)'}`,
  ];
}
