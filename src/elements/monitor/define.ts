import { defineElement } from '../shared/define-element.js';
import { MONITOR_TAG, NamMonitor } from './nam-monitor.js';

defineElement(MONITOR_TAG, NamMonitor);

declare global {
  interface HTMLElementTagNameMap {
    'nam-monitor': NamMonitor;
  }
}
