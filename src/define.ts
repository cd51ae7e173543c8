/**
 * Registers <nam-pathway> and <nam-dose-calculator> (guarded: loading this twice, or next to
 * another version, never throws) and exports the core, so the single-file bundle can also
 * compute results directly (the verification page uses this).
 */
import './elements/dose-calculator/define.js';
import './elements/pathway/define.js';

export * from './index.js';
