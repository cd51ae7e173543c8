/** Registers every nam-cds element (guarded: safe to load twice). */
export { VERSION } from './version.js';
