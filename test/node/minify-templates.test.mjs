// The build's template minifier (scripts/minify-templates.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyMarkup, minifyTemplates } from '../../scripts/minify-templates.mjs';

test('css: comments and whitespace go, quoted strings stay exactly as written', () => {
  const css = `
    /* the page's styles */
    .why li + li::before {
      content: '; ';
    }
    .a > .b, .c { font-family: "Segoe UI", sans-serif; margin: 0 auto; }
    @media (prefers-color-scheme: dark) { :host { --x: calc(100% - 2px); } }`;
  assert.equal(
    minifyCss(css),
    ` .why li + li::before{content:'; ';}.a>.b,.c{font-family:"Segoe UI",sans-serif;margin:0 auto;}@media (prefers-color-scheme:dark){:host{--x:calc(100% - 2px);}}`,
  );
});

test('markup: a whitespace run with a line break becomes one space; spaces within a line stay', () => {
  assert.equal(minifyMarkup('<p>\n    <strong>Note:</strong>   text\n  </p>'), '<p> <strong>Note:</strong>   text </p>');
});

test('only tagged Lit templates in this package\'s sources are touched', () => {
  const code = 'const a = css `\n  .x {  color: red;  }\n`;\nconst b = `\n  keep  me\n`;\nconst c = html `<p>\n  ${a}\n</p>`;';
  const out = minifyTemplates(code, '/repo/src/elements/x.ts');
  assert.equal(out.code, 'const a = css ` .x{color:red;}`;\nconst b = `\n  keep  me\n`;\nconst c = html `<p> ${a} </p>`;');
  assert.equal(minifyTemplates(code, '/repo/node_modules/lit/x.js'), null);
});
