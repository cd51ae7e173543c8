// A rollup transform for the single-file bundles: collapses the whitespace inside Lit's
// css`…`, html`…` and svg`…` templates (terser leaves template text alone). It runs after the
// TypeScript plugin, on the emitted JavaScript, and only on this package's own sources.
//   css:      comments removed; whitespace collapsed, and dropped around { } ; , > and after :
//             — never inside quoted strings (content: '; ' keeps its space).
//   html/svg: every run of whitespace that contains a line break becomes one space, which
//             renders the same (no <pre>, and no textarea content, in the templates).
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);
const QUOTED = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

export function minifyCss(text) {
  // Comments first: an apostrophe in a comment ("the page's") must not pair with a real quote.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('');
}

export function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Returns the code with its Lit templates' whitespace collapsed, or null when nothing changes. */
export function minifyTemplates(code, id) {
  if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.ES2022, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
      const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        // Text between ` (or }) and ` (or ${).
        const start = literal.getStart(source) + 1;
        const closesTemplate = ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal);
        const end = literal.end - (closesTemplate ? 1 : 2);
        edits.push([start, end, minify(code.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out === code ? null : { code: out, map: null };
}

export const minifyTemplatesPlugin = () => ({ name: 'nam-cds-minify-templates', transform: minifyTemplates });
