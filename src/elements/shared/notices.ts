/** Notices with a text label as well as colour (critical / warning / info). */
import { html } from 'lit';
import type { Notice } from '../../core/types.js';

const LABEL = { critical: 'Critical', warning: 'Warning', info: 'Note' } as const;

export function renderNotice(n: Notice) {
  return html`<li class=${`notice notice-${n.level}`} data-code=${n.code} part=${`notice notice-${n.level}`}>
    <span class="notice-label">${n.level === 'critical' ? '⚠ ' : ''}${LABEL[n.level]}:</span> ${n.message}
  </li>`;
}

export function renderNotices(list: readonly Notice[]) {
  return list.length ? html`<ul class="notices">${list.map(renderNotice)}</ul>` : '';
}
