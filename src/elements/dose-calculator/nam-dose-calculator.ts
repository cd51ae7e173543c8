import { LitElement, html } from 'lit';
import { VERSION } from '../../version.js';

export const DOSE_CALCULATOR_TAG = 'nam-dose-calculator';

/**
 * Weight-based dosing for IMNM/NAM (placeholder until the element lands).
 * @tagname nam-dose-calculator
 */
export class NamDoseCalculator extends LitElement {
  static version = VERSION;
  override render() {
    return html``;
  }
}
