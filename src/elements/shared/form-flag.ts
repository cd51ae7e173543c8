/**
 * The value of a `.checked=${…}` or `.selected=${…}` binding, for the browser and for a server.
 *
 * In the browser the property is set, so a box or option shows the state the element rendered
 * even after the user changed it (`live`: compared with the control's own state, not with the
 * last value rendered). Rendered on a server (Lit SSR), a property binding on an input or option
 * is written as its attribute, and `checked="false"` is still `checked` in HTML: there only a
 * ticked box or chosen option gets the attribute, and the others get none (`noChange` writes
 * nothing).
 */
import { isServer, noChange } from 'lit';
import { live } from 'lit/directives/live.js';

export function formFlag(on: boolean, mode: 'set' | 'live' = 'set') {
  if (isServer) return on ? true : noChange;
  return mode === 'live' ? live(on) : on;
}
