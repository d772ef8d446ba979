// The upload code (HTTP client, twine upload): loaded only when a release uploads.
// A module of its own, so that importing it never loads what it loads on demand.
export const loadUploader = () => import('./upload.js');
