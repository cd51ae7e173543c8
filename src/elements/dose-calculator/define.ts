import { defineElement } from '../shared/define-element.js';
import { DOSE_CALCULATOR_TAG, NamDoseCalculator } from './nam-dose-calculator.js';

defineElement(DOSE_CALCULATOR_TAG, NamDoseCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'nam-dose-calculator': NamDoseCalculator;
  }
}
