// Runs before the bundle: a browser without constructable style sheets (adoptedStyleSheets).
// Lit then falls back to <style> elements, which this page's strict CSP (style-src 'self') blocks.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
