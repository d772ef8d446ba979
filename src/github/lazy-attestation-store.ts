// Storing an attestation at GitHub: loaded only when a release stores one.
// A module of its own, so that importing it never loads what it loads on demand.
export const loadAttestationStore = () => import('./attestation-store.js');
