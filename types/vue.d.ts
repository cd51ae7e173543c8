/**
 * Vue 3 template types for the nam-cds elements: `import type {} from 'nam-cds/vue';` once in
 * the app (or `"types": ["nam-cds/vue"]` in tsconfig.json) declares them as GlobalComponents, so
 * vue-tsc checks their attributes, properties and events (`strictTemplates` included).
 *
 * - Properties take the element's own types (`:config.prop="config"`, `:weight="70"`); the
 *   kebab-case attributes (`weight-unit`, `red-flags`) are the same props in Vue's templates.
 * - Events: `@nam-pathway-change="onChange"` is the prop `onNamPathwayChange`, with the event typed.
 * - The Vue compiler must still be told that `nam-` tags are custom elements
 *   (`compilerOptions.isCustomElement: (tag) => tag.startsWith('nam-')`).
 */
import type { DefineComponent } from 'vue';
import type { NamCdsEvents, NamCdsPropertyProps, NamCdsTag, PascalCase } from './shared.js';

/** Vue's event props: `@nam-pathway-change` is `onNamPathwayChange`. */
export type NamCdsVueEventProps<T extends NamCdsTag> = {
  [E in keyof NamCdsEvents<T> as `on${PascalCase<E & string>}`]?: (event: NamCdsEvents<T>[E]) => void;
};

/** The props of one element in Vue templates. */
export type NamCdsVueProps<T extends NamCdsTag> = NamCdsPropertyProps<T> & NamCdsVueEventProps<T>;

/** Every nam-cds element as a Vue component type, by tag. */
export type NamCdsVueComponents = { [T in NamCdsTag]: DefineComponent<NamCdsVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends NamCdsVueComponents {}
}
