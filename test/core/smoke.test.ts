import { expect } from '@open-wc/testing';
import { calculateDoses } from '../../src/core/index.js';

describe('core smoke', () => {
  it('computes 70 kg prednisone in the browser', () => {
    const r = calculateDoses({ weight: 70 });
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.lines[0].amount.min).to.equal(70);
  });
});
