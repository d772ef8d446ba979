export { HttpFailure, httpDownload, httpRequest, httpStream, retryPolicy } from './client.js';
export type { HttpRequest, HttpResponse } from './client.js';
export { backoffDelay } from './retry.js';
