import { defineElement } from '../shared/define-element.js';
import { NamPathway, PATHWAY_TAG } from './nam-pathway.js';

defineElement(PATHWAY_TAG, NamPathway);

declare global {
  interface HTMLElementTagNameMap {
    'nam-pathway': NamPathway;
  }
}
