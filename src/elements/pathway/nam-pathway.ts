import { LitElement, html } from 'lit';
import { VERSION } from '../../version.js';

export const PATHWAY_TAG = 'nam-pathway';

/**
 * The IMNM/NAM treatment pathway (placeholder until the element lands).
 * @tagname nam-pathway
 */
export class NamPathway extends LitElement {
  static version = VERSION;
  override render() {
    return html``;
  }
}
