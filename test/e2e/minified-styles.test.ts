// The single-file bundle's styles have their whitespace collapsed at build time
// (scripts/minify-templates.mjs). The browser must read them as exactly the same rules as the
// source styles: every rule of every element, compared after the browser's own parsing.
import { expect } from '@open-wc/testing';
import { NamDoseCalculator } from '../../src/elements/dose-calculator/nam-dose-calculator.js';
import { NamPathway } from '../../src/elements/pathway/nam-pathway.js';

type Styled = { elementStyles: { cssText: string }[] };

function rules(ctor: Styled): string[] {
  return ctor.elementStyles.flatMap((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    // Custom-property values keep their raw tokens ("var(--x, 1px)" vs "var(--x,1px)"): the
    // space after a comma is the one difference the browser does not normalise away.
    return Array.from(sheet.cssRules, (rule) => rule.cssText.replace(/,\s+/g, ','));
  });
}

describe('minified single-file bundle', function () {
  this.timeout(60000);
  it('has the same CSS rules as the sources, for both elements', async () => {
    const bundle = await import(/* @vite-ignore */ '/dist/nam-cds.min.js' as string);
    for (const [name, source, built] of [
      ['nam-pathway', NamPathway, bundle.NamPathway],
      ['nam-dose-calculator', NamDoseCalculator, bundle.NamDoseCalculator],
    ] as const) {
      // finalize() builds elementStyles from static styles; the bundle's classes are registered.
      (source as unknown as { finalize(): void }).finalize();
      (built as { finalize(): void }).finalize();
      const expected = rules(source as unknown as Styled);
      expect(expected.length, name).to.be.greaterThan(50);
      expect(rules(built as Styled), name).to.deep.equal(expected);
    }
  });
});
