/**
 * JSX types for the nam-cds elements in React 18 and 19: `import type {} from 'nam-cds/react';`
 * once in the app (or `"types": ["nam-cds/react"]` in tsconfig.json) makes `<nam-pathway …>`
 * and `<nam-dose-calculator …>` typed in .tsx files.
 *
 * - Properties take the element's own types: `config={{ … }}`, `weight={70}`. React 19 sets them
 *   as properties when the element is defined before the first render (import `nam-cds/define`
 *   first); React 18 sets every prop as an attribute, so set objects through a ref there.
 * - Attributes whose name differs from their property (`weight-unit`, `red-flags`, …) take text.
 * - Events: React 19 listens to `onnam-pathway-change={(event) => …}` (the event's exact name
 *   after "on"), with the event typed; React 18 ignores it (use addEventListener on a ref).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NamCdsAttributeProps, NamCdsEvents, NamCdsPropertyProps, NamCdsTag } from './shared.js';
import type { NamCdsElementApi } from './element-types.js';

/** React 19's custom-element event props: "on" followed by the event's exact name. */
export type NamCdsReactEventProps<T extends NamCdsTag> = {
  [E in keyof NamCdsEvents<T> as `on${E & string}`]?: (event: NamCdsEvents<T>[E]) => void;
};

type Own<T extends NamCdsTag> = NamCdsPropertyProps<T> & NamCdsAttributeProps<T> & NamCdsReactEventProps<T>;
type Element<T extends NamCdsTag> = NamCdsElementApi[T]['element'];

/** The JSX props of one element: React's own (key, ref, className, …) and the element's. */
export type NamCdsReactProps<T extends NamCdsTag> = Omit<DetailedHTMLProps<HTMLAttributes<Element<T>>, Element<T>>, keyof Own<T>> & Own<T>;

/** Every nam-cds element's JSX props, by tag. */
export type NamCdsIntrinsicElements = { [T in NamCdsTag]: NamCdsReactProps<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends NamCdsIntrinsicElements {}
  }
}
