/**
 * Which attribute a page most likely meant when it wrote one the element does not have
 * (`redflags` for `red-flags`, `checkpoint` for `checkpoint-inhibitor`). Plain functions of
 * plain strings: the controller that reports them is attribute-check-controller.ts.
 */

/** Global HTML attributes (and microdata, editing and popover ones): never reported. */
const GLOBAL_ATTRIBUTES = new Set([
  'accesskey',
  'anchor',
  'autocapitalize',
  'autocorrect',
  'autofocus',
  'class',
  'contenteditable',
  'dir',
  'draggable',
  'enterkeyhint',
  'exportparts',
  'hidden',
  'id',
  'inert',
  'inputmode',
  'is',
  'itemid',
  'itemprop',
  'itemref',
  'itemscope',
  'itemtype',
  'lang',
  'nonce',
  'part',
  'popover',
  'role',
  'slot',
  'spellcheck',
  'style',
  'tabindex',
  'title',
  'translate',
  'virtualkeyboardpolicy',
  'writingsuggestions',
  'xml:lang',
  'xml:space',
  'xmlns',
]);

/** True for a name every element may carry: a global attribute, `data-*`, `aria-*`, an event handler `on*`. */
export function isGlobalAttribute(name: string): boolean {
  const n = name.toLowerCase();
  return GLOBAL_ATTRIBUTES.has(n) || n.startsWith('data-') || n.startsWith('aria-') || /^on[a-z]/.test(n) || n.startsWith('xmlns:');
}

/** Letters and digits only, lower case: `red_flags`, `redFlags` and `red-flags` all read "redflags". */
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/**
 * How far `name` is from the known attribute `known`, or undefined when it is too far to be a
 * slip for it. Near means: the same letters without separators (`redflags`: 0); one or more whole
 * words of it, at least four letters (`checkpoint`, `height` for `height-cm`: ½); the start of it
 * or it with more after, at least five letters each (`sever`, `configuration`: ½); or a typo: one
 * edit for four to seven letters, two from eight (`severty`, `tmpt`: 1 or 2).
 */
function distance(name: string, known: string): number | undefined {
  const a = squash(name);
  const b = squash(known);
  if (!a) return undefined;
  if (a === b) return 0;
  const words = known.toLowerCase().split('-');
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const run = words.slice(i, j).join('');
      if (run.length >= 4 && run === a) return 0.5;
    }
  }
  if ((a.length >= 5 && b.startsWith(a)) || (b.length >= 5 && a.startsWith(b))) return 0.5;
  const limit = a.length >= 8 ? 2 : a.length >= 4 ? 1 : 0;
  if (!limit) return undefined;
  const d = editDistance(a, b, limit);
  if (d <= limit) return d;
  // A typo in a run of its words (`heigth` for `height`, of `height-cm`): ranked after a whole-name typo.
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const run = words.slice(i, j).join('');
      if (run.length >= 4 && run !== b && editDistance(a, run, limit) <= limit) return limit + 0.5;
    }
  }
  return undefined;
}

/**
 * The known attribute `name` most likely stands for, or undefined when `name` is known, global,
 * or far from every known attribute (a name the page uses for its own purposes). Ties go to the
 * first in `known`.
 */
export function nearestAttribute(name: string, known: readonly string[]): string | undefined {
  const n = name.toLowerCase();
  if (known.includes(n) || isGlobalAttribute(n)) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(n, k);
    if (d !== undefined && (!best || d < best.d)) best = { name: k, d };
  }
  return best?.name;
}
