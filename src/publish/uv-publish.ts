// `uv publish` as an alternative uploader. uv attaches `<dist>.*.attestation` files by default
// (since 0.9.12), grouping them from the files it is given; without attestations it is told not
// to, so a stale file in dist/ is never sent. The token goes in UV_PUBLISH_TOKEN, never argv.
export function uvPublishArgs(
  uploadUrl: string,
  files: readonly string[],
  attestations: readonly string[] = [],
): string[] {
  return [
    'publish',
    '--publish-url',
    uploadUrl,
    ...(attestations.length > 0 ? [] : ['--no-attestations']),
    ...files,
    ...attestations,
  ];
}

/** Credentials for uv publish: the environment only. */
export function uvPublishEnvironment(token: string): Record<string, string> {
  return { UV_PUBLISH_TOKEN: token };
}
