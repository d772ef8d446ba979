// The runner's OIDC token request, with the HTTP client: loaded only when a signature is made.
// A module of its own, so that importing it never loads what it loads on demand.
export const loadIdToken = () => import('./id-token.js');
