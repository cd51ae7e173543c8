/**
 * Footer: content version and date, the institution's review status, local protocol, About;
 * and the alerts at the top (configuration ignored, review overdue). `today` comes from the
 * element's ReviewController, the same value its note uses. Every string the host supplied (the
 * reviewer, the dates, the protocol's label) is isolated with <bdi>, so a right-to-left mark in a
 * name cannot reorder the text around it.
 */
import { html, isServer, nothing } from 'lit';
import { INTENDED_USE, REVIEW_WORDING } from '../../content/about.js';
import { CONTENT_DATE, CONTENT_VERSION } from '../../content/version.js';
import { reviewState, type ConfigResolution } from '../../core/config.js';
import { ownValue } from '../../core/own.js';
import { safeHref } from './safe-link.js';
import { clip, limitList } from './text-limits.js';
import { UI } from './strings.js';

const isolated = (text: string | undefined) => html`<bdi>${clip(text ?? '')}</bdi>`;

export function renderReviewStatus(resolution: ConfigResolution, today: string) {
  const r = reviewState(resolution.config, today);
  if (r.state === 'unreviewed') return html`<span class="review unreviewed">${REVIEW_WORDING.unreviewed}</span>`;
  const by = html`${REVIEW_WORDING.reviewedBy} ${r.reviewedBy ? isolated(r.reviewedBy) : '—'}${
    r.reviewedOn ? html` ${REVIEW_WORDING.reviewedOn} ${isolated(r.reviewedOn)}` : nothing
  }`;
  const who = html`${by}.`;
  if (r.state === 'overdue') {
    return html`<span class="review overdue" role="note"><strong>${REVIEW_WORDING.overdue} ${isolated(r.reviewDue)}.</strong> ${who}</span>`;
  }
  if (r.state === 'outdated') {
    return html`<span class="review overdue" role="note"
      ><strong>${REVIEW_WORDING.outdated} (${CONTENT_VERSION}, ${CONTENT_DATE}): ${REVIEW_WORDING.reviewAgain}.</strong> ${who}</span
    >`;
  }
  return html`<span class="review reviewed">${by}${r.reviewDue ? html`; ${REVIEW_WORDING.reviewDue} ${isolated(r.reviewDue)}` : nothing}.</span>`;
}

/**
 * A warning for the top of an element when the institution's review is overdue or covered
 * earlier content: the footer alone is too far down to be seen.
 */
export function renderReviewAlert(resolution: ConfigResolution, today: string) {
  const r = reviewState(resolution.config, today);
  if (r.state !== 'overdue' && r.state !== 'outdated') return nothing;
  return html`<div class="review-alert notice notice-warning" role="note" part="review-alert">
    <span class="notice-label">${UI.reviewLabel}:</span>
    ${r.state === 'overdue'
      ? html`${REVIEW_WORDING.overdue} ${isolated(r.reviewDue)}.`
      : html`${REVIEW_WORDING.outdated} (${CONTENT_VERSION}, ${CONTENT_DATE}): ${REVIEW_WORDING.reviewAgain}.`}
  </div>`;
}

/** A visible alert when the institution configuration was ignored (at most a few problems, then "and N more"). */
export function renderConfigErrors(resolution: ConfigResolution) {
  if (!resolution.errors.length) return nothing;
  return html`<div class="config-error notice notice-warning" role="alert" part="config-error">
    <strong>${UI.configIgnored}</strong> ${limitList(resolution.errors.map((e) => clip(e))).join('; ')}.
  </div>`;
}

/** Shown instead of the result while a JSON configuration child is still arriving. */
export function renderConfigLoading() {
  return html`<p class="config-loading" role="status">${UI.configLoading}</p>`;
}

export function renderAbout() {
  return html`<details class="about" part="about">
    <summary>${INTENDED_USE.title}</summary>
    <p>${INTENDED_USE.summary}</p>
    <p>${INTENDED_USE.notFor}</p>
    <p>${INTENDED_USE.judgement}</p>
    <p>${INTENDED_USE.privacy}</p>
  </details>`;
}

/**
 * The institution's protocol link: only an address resolving to http(s), read as own values only.
 * Rendered on a server (Lit SSR) there is no page address, so only an absolute address is linked.
 */
function renderProtocol(resolution: ConfigResolution) {
  const href = safeHref(ownValue(resolution.config, 'protocolUrl'), isServer ? undefined : (globalThis.document?.baseURI ?? ''));
  if (!href) return nothing;
  const label = ownValue(resolution.config, 'protocolLabel');
  return html`<a class="protocol" href=${href} rel="noopener noreferrer">${typeof label === 'string' && label ? isolated(label) : UI.localPolicy}</a>`;
}

export function renderFooter(resolution: ConfigResolution, today: string) {
  return html`<footer part="footer">
    <p>
      <span class="version">${UI.contentVersion} ${CONTENT_VERSION} (${CONTENT_DATE}).</span>
      ${renderReviewStatus(resolution, today)} ${renderProtocol(resolution)}
    </p>
    ${renderAbout()}
  </footer>`;
}
