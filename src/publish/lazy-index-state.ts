// Reading the index's state (HTTP client): loaded only when the preflight asks an index.
// A module of its own, so that importing it never loads what it loads on demand.
export const loadIndexState = () => import('./index-state.js');
