/**
 * nam-cds: the element classes and the core, with no side effects (nothing is registered).
 * Import `nam-cds/define` (or load dist/nam-cds.min.js) to register the elements.
 */
export * from './core/index.js';
export { VERSION } from './version.js';
export { NamDoseCalculator, DOSE_CALCULATOR_TAG } from './elements/dose-calculator/nam-dose-calculator.js';
export { NamPathway, PATHWAY_TAG } from './elements/pathway/nam-pathway.js';
export { NamMonitor, MONITOR_TAG } from './elements/monitor/nam-monitor.js';
export type { NamMonitorChangeDetail } from './elements/monitor/nam-monitor.js';
export { defineElement } from './elements/shared/define-element.js';
// The event types (NamPathwayChangeEvent, …), the tag and event maps (also declared in the global
// HTMLElementTagNameMap and HTMLElementEventMap) and each element's attributes, properties and
// events, generated from custom-elements.json.
export type * from './element-types.js';
