// Shared by the React and Vue declarations (nam-cds/react, nam-cds/vue): the props of each
// element, derived from the lists generated from custom-elements.json (element-types.d.ts), so
// no element is described by hand here.
import type { NamCdsElementApi } from './element-types.js';

/** Every nam-cds tag. */
export type NamCdsTag = keyof NamCdsElementApi;
type Api<T extends NamCdsTag> = NamCdsElementApi[T];
type Element<T extends NamCdsTag> = Api<T>['element'];
type FieldOf<T extends NamCdsTag, A> = A extends keyof Api<T>['attributes'] ? Api<T>['attributes'][A] : never;

/** The properties a page may set, with the element's own types (`config={{ … }}` is an object). */
export type NamCdsPropertyProps<T extends NamCdsTag> = {
  [P in Api<T>['properties']]?: P extends keyof Element<T> ? Element<T>[P] : never;
};

/**
 * The attributes whose name differs from their property (`weight-unit`, `red-flags`, …), as
 * written in HTML: a string, or a value the property accepts (`checkpoint-inhibitor={true}`).
 */
export type NamCdsAttributeProps<T extends NamCdsTag> = {
  [A in keyof Api<T>['attributes'] as A extends Api<T>['properties'] ? never : A]?:
    | string
    | (FieldOf<T, A> extends keyof Element<T> ? NonNullable<Element<T>[FieldOf<T, A>]> : never);
};

/** "nam-pathway-change" → "NamPathwayChange". */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Rest}`
  ? `${Capitalize<Head>}${PascalCase<Rest>}`
  : Capitalize<S>;

/** Each element's events, by name. */
export type NamCdsEvents<T extends NamCdsTag> = Api<T>['events'];
