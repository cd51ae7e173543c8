/** Citation marks and full source entries (authors, title, journal, year, DOI). */
import { html, nothing } from 'lit';
import { SOURCES, type SourceId } from '../../content/sources.js';
import { UI } from './strings.js';

/** Said, not shown, inside each link that opens a new tab (WCAG 3.2.5: warn of a change of context). */
export const NEW_TAB = ' (opens in a new tab)';

/**
 * One source in full. DOIs are shown as text and linked to doi.org only when the user follows
 * them; the link opens a new tab and says so to a screen reader.
 */
export function renderSource(id: SourceId) {
  const s = SOURCES[id];
  if (!s) return nothing;
  return html`<span class="source" data-source=${id}
    >${s.authors ? html`${s.authors} ` : nothing}<cite>${s.title}.</cite> ${s.journal}${s.year ? html` ${s.year}` : nothing}${
      s.details ? html`;${s.details}` : nothing
    }.${s.doi ? html` ${UI.doi}:<a href=${`https://doi.org/${s.doi}`} rel="noopener noreferrer" target="_blank"
          >${s.doi}<span class="visually-hidden">${NEW_TAB}</span></a
        >` : nothing}${
      s.pmcid ? html` (${s.pmcid})` : nothing
    }</span>`;
}

/**
 * "Sources: src, etg" that expands to the full entries. The space after the colon is inside the
 * label: a lone space between the label and Lit's markers is left out of the disclosure's name.
 */
export function renderCitations(ids: readonly SourceId[]) {
  return html`<details class="citations" part="citations">
    <summary><span class="cite-label">${UI.showSources}: </span>${ids.map((id, i) => html`${i ? ', ' : ''}<span class="cite-id">${id}</span>`)}</summary>
    <ul>
      ${ids.map((id) => html`<li>${renderSource(id)}</li>`)}
    </ul>
  </details>`;
}

/** The full list of the sources cited, in order of first citation. */
export function renderSourceList(ids: readonly SourceId[], headingId: string) {
  const unique = [...new Set(ids)];
  return html`<section class="source-list" part="sources" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${UI.sources}</h3>
    <ol>
      ${unique.map((id) => html`<li id=${`source-${id}`}><span class="cite-id">[${id}]</span> ${renderSource(id)}</li>`)}
    </ol>
  </section>`;
}
