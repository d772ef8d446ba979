// uv's download and resolution, with the HTTP client: loaded only when a step sets uv up.
// A module of its own, so that importing it never loads what it loads on demand.
export const loadUvSetup = () => import('./uv.js');
