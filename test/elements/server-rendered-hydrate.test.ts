// Elements upgrading over a server-rendered shadow tree on a page that loaded
// @lit-labs/ssr-client's hydrate support (before Lit, as its documentation asks): the elements
// still render afresh instead of hydrating the server's markup.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/define.js';
import { expect } from '@open-wc/testing';
import { serverRenderedCases } from './server-rendered-cases.js';

describe('server-rendered markup, upgraded with the hydrate support loaded', () => {
  it('the hydrate support is installed', () => {
    expect(typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport).to.equal('function');
  });
  serverRenderedCases();
});
