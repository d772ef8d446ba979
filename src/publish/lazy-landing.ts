// The check that the uploaded files landed (HTTP client, downloads): loaded only after an upload.
// A module of its own, so that importing it never loads what it loads on demand.
export const loadLanding = () => import('./landing.js');
