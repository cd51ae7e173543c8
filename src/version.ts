/** The package version, compiled in by the build (tests and the dev server see "dev"). */
const built = '__NAM_CDS_VERSION__';
export const VERSION: string = built.startsWith('__') ? 'dev' : built;
