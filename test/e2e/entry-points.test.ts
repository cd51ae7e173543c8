// The npm entry points as a bundler-less page would use them (lit and zod resolved by the
// test server): the class barrel registers nothing; the define entry registers both elements.
import { expect } from '@open-wc/testing';

describe('package entry points (dist ESM)', function () {
  // Pages load in iframes on a shared, sometimes busy machine: allow for it.
  this.timeout(60000);
  it('dist/index.js (the "." export) has no side effects; dist/define.js registers both elements', async () => {
    const barrel = await import(/* @vite-ignore */ '/dist/index.js' as string);
    expect(typeof barrel.NamPathway).to.equal('function');
    expect(typeof barrel.NamDoseCalculator).to.equal('function');
    expect(typeof barrel.calculateDoses).to.equal('function');
    expect(customElements.get('nam-pathway')).to.equal(undefined);
    expect(customElements.get('nam-dose-calculator')).to.equal(undefined);

    await import(/* @vite-ignore */ '/dist/define.js' as string);
    expect(customElements.get('nam-pathway')).to.equal(barrel.NamPathway);
    expect(customElements.get('nam-dose-calculator')).to.equal(barrel.NamDoseCalculator);
  });
});
