export { HttpFailure, httpDownload, httpRequest, httpStream, retryPolicy } from './client.js';
export type { HttpRequest, HttpResponse } from './client.js';
export { requestIdToken } from './id-token.js';
export { loadIdToken } from './lazy-id-token.js';
export { backoffDelay } from './retry.js';
