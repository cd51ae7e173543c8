/**
 * An element that upgrades over a shadow tree a server wrote (Lit SSR's declarative shadow root)
 * renders afresh from its own inputs: nothing the server wrote stays, nothing is rendered twice,
 * and its styles apply. Shared by the test files with and without @lit-labs/ssr-client's
 * hydrate support loaded.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { STYLED_PROPERTY } from '../../src/elements/shared/platform-controller.js';

/** Each element with attributes whose fresh render differs from the stale server text below. */
const CASES = [
  { tag: 'nam-dose-calculator', attrs: 'weight="82" height-cm="170" sex="female"' },
  { tag: 'nam-pathway', attrs: 'antibody="anti-hmgcr" statin="current" red-flags="dyspnoea bulbar" weight="70"' },
  { tag: 'nam-monitor', attrs: 'today="2026-06-22" weight="70"' },
];

/** What a server could have written: its own (here deliberately wrong) result and a style element. */
const STALE = `<style>:host{display:block}</style>
  <section class="glance" part="glance"><p class="server-only">Prednisone 999 mg daily (server)</p></section>
  <form part="form"><input type="radio" name="antibody" value="anti-srp" checked></form>`;

const words = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ').trim();

export function serverRenderedCases(): void {
  for (const { tag, attrs } of CASES) {
    it(`<${tag}> replaces the server's shadow tree with its own render`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.setHTMLUnsafe(`<${tag} ${attrs}><template shadowrootmode="open">${STALE}</template></${tag}>`);
        const el = host.firstElementChild as LitElement;
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('.server-only'), 'no server text left').to.equal(null);
        expect(root.querySelectorAll(':scope > style').length, 'no server style element left').to.equal(0);
        expect(root.querySelectorAll('[part~="glance"]').length, 'one glance').to.be.at.most(1);
        expect(root.querySelectorAll('[part~="header"], header').length, 'one title bar').to.be.at.most(1);
        expect(getComputedStyle(el).getPropertyValue(STYLED_PROPERTY).trim(), 'the element styles apply').to.not.equal('');

        // The same as an element rendered in the browser alone, with the same attributes.
        const fresh = document.createElement('div');
        document.body.append(fresh);
        fresh.setHTMLUnsafe(`<${tag} ${attrs}></${tag}>`);
        const plain = fresh.firstElementChild as LitElement;
        await plain.updateComplete;
        expect(words(root)).to.equal(words(plain.shadowRoot!));
        expect(root.querySelectorAll('*').length).to.equal(plain.shadowRoot!.querySelectorAll('*').length);
        fresh.remove();
      } finally {
        host.remove();
      }
    });
  }
}
