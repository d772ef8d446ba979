export { run } from './action.js';
