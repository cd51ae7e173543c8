/** The clinical content's version and date. Bump both, and add a CHANGELOG entry, whenever
 * any file in src/content changes what a clinician sees. */
export const CONTENT_VERSION = '2.0.0';
export const CONTENT_DATE = '2026-12-07';
