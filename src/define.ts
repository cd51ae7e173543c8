/**
 * Registers <nam-pathway>, <nam-dose-calculator> and <nam-monitor> (guarded: loading this twice, or next to
 * another version, never throws) and exports the core, so the single-file bundle can also
 * compute results directly (the verification page uses this).
 */
import './elements/dose-calculator/define.js';
import './elements/pathway/define.js';
import './elements/monitor/define.js';

export * from './index.js';
