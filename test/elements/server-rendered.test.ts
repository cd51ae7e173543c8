// Elements upgrading over a server-rendered shadow tree, without Lit's hydrate support.
import '../../src/define.js';
import { serverRenderedCases } from './server-rendered-cases.js';

describe('server-rendered markup, upgraded', () => {
  serverRenderedCases();
});
