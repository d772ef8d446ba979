export { backendContext, detectVersionOrigin } from './registry.js';
export { detectSetupPyVersion } from './setup-py.js';
export { setupCfgMetadata } from './setup-cfg.js';
