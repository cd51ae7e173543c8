/**
 * nam-cds: the element classes (no side effects: nothing is registered) and the core.
 * Import `nam-cds/define` to register the elements.
 */
export * from './core/index.js';
export { VERSION } from './version.js';
