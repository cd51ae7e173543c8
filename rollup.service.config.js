// The reference CDS Hooks service (Node only): dist/cds-service.js (ESM) and its types in
// dist/types/service. zod and Node's own modules stay external; the core is bundled in, so the
// service does not depend on the browser builds. `npm run build` builds it with the rest
// (rollup.config.js), and `npm run cds-service` builds only this when dist is missing or stale.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

// zod 4 ships comments rollup cannot place and an internal import cycle: harmless noise.
const onwarn = (w, warn) => {
  if (/node_modules\/zod\//.test(w.id ?? w.ids?.join() ?? '') && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(w.code)) return;
  warn(w);
};

export const SERVICE_OUTPUT = 'dist/cds-service.js';

export default [
  {
    input: 'src/service/index.ts',
    external: [/^node:/, /^zod($|\/)/],
    output: { file: SERVICE_OUTPUT, format: 'es', sourcemap: true },
    plugins: [nodeResolve(), typescript({ tsconfig: './tsconfig.service.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist' })],
    onwarn,
  },
];
