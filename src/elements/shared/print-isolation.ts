/**
 * Print the widget alone, whatever the host page (the bedside layout): while the widget's Print
 * button prints, every element that is not the widget or one of its ancestors is hidden for
 * print media only, through a constructed style sheet (allowed under a strict CSP) adopted by the
 * document and by any shadow root on the way up. The screen does not change. Everything is put
 * back after printing.
 */
const HIDE = 'data-nam-print-hide';

let sheet: CSSStyleSheet | undefined;
function printSheet(): CSSStyleSheet | undefined {
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(
      `@media print { [${HIDE}] { display: none !important; } html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; } }`,
    );
    return sheet;
  } catch {
    return undefined;
  }
}

type Rootish = Document | ShadowRoot;

/** Hides everything but `target` and its ancestors for print; returns the function that undoes it. */
export function isolateForPrint(target: Element): () => void {
  const marked: Element[] = [];
  const roots: Rootish[] = [];
  const css = printSheet();
  try {
    let node: Element | null = target;
    while (node) {
      const parent: Node | null = node.parentNode;
      if (!parent) break;
      for (const sibling of Array.from(parent.childNodes)) {
        if (sibling !== node && sibling instanceof Element && !sibling.hasAttribute(HIDE)) {
          sibling.setAttribute(HIDE, '');
          marked.push(sibling);
        }
      }
      if (parent instanceof ShadowRoot) {
        roots.push(parent);
        node = parent.host;
      } else if (parent instanceof Document) {
        roots.push(parent);
        node = null;
      } else {
        node = parent as Element;
      }
    }
    if (!roots.includes(document)) roots.push(document);
    if (css) {
      for (const root of roots) {
        if (!root.adoptedStyleSheets.includes(css)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, css];
      }
    }
  } catch {
    // A host page that forbids any of this prints as it is.
  }
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    for (const el of marked) el.removeAttribute(HIDE);
    if (css) {
      for (const root of roots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== css);
        } catch {
          // Nothing to put back.
        }
      }
    }
  };
}
