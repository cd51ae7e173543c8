/**
 * "At a glance": the first block of the result. Every critical notice once (with the drugs it is
 * about), then each drug's dose in a few words; each entry opens that drug's full item.
 */
import { html, nothing } from 'lit';
import type { DrugId } from '../../content/inputs.js';
import { drugNames, type DoseGlance } from './glance-view.js';
import { DC } from './strings.js';

export const GLANCE_ID = 'glance';

export function renderGlance(glance: DoseGlance, open: (drug: DrugId) => void) {
  return html`<section class="glance" part="glance" id=${GLANCE_ID} tabindex="-1" aria-labelledby="glance-heading">
    <h4 id="glance-heading" class="glance-heading">${DC.glance}</h4>
    <ul class="glance-list" role="list">
      ${glance.critical.map(
        (c) => html`<li class="glance-item notice notice-critical" part="notice notice-critical" data-code=${c.code}>
          <span class="notice-label">⚠ ${DC.levelWord.critical}:</span>
          ${c.drugs.length
            ? html`<button type="button" class="link glance-drug" @click=${() => open(c.drugs[0])}>${drugNames(c.drugs)}</button>: `
            : nothing}${c.message}
        </li>`,
      )}
      ${glance.doses.map(
        (d) => html`<li class=${`glance-item glance-dose${d.withheld ? ' withheld' : ''}`} data-glance-drug=${d.drug}>
          ${d.withheld ? html`<span class="glance-mark" aria-hidden="true">✖ </span>` : nothing}<button
            type="button"
            class="link"
            @click=${() => open(d.drug)}
          >
            ${d.text}</button
          >${d.choice ? html` <span class="glance-tag">${DC.chooseDosingWeight}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}
