/** Footer: content version and date, the institution's review status, local protocol, About. */
import { html, nothing } from 'lit';
import { INTENDED_USE, REVIEW_WORDING } from '../../content/about.js';
import { CONTENT_DATE, CONTENT_VERSION } from '../../content/version.js';
import { reviewState, type ConfigResolution } from '../../core/config.js';
import { todayIso } from '../../core/dates.js';
import { UI } from './strings.js';

export function renderReviewStatus(resolution: ConfigResolution, today = todayIso()) {
  const r = reviewState(resolution.config, today);
  if (r.state === 'unreviewed') return html`<span class="review unreviewed">${REVIEW_WORDING.unreviewed}</span>`;
  const who = html`${REVIEW_WORDING.reviewedBy} ${r.reviewedBy ?? '—'}${r.reviewedOn ? html` ${REVIEW_WORDING.reviewedOn} ${r.reviewedOn}` : nothing}.`;
  if (r.state === 'overdue') {
    return html`<span class="review overdue" role="note"><strong>${REVIEW_WORDING.overdue} ${r.reviewDue}.</strong> ${who}</span>`;
  }
  if (r.state === 'outdated') {
    return html`<span class="review overdue" role="note"
      ><strong>${REVIEW_WORDING.outdated} (${CONTENT_VERSION}, ${CONTENT_DATE}): ${REVIEW_WORDING.reviewAgain}.</strong> ${who}</span
    >`;
  }
  return html`<span class="review reviewed">${who}${r.reviewDue ? html` (${REVIEW_WORDING.reviewDue} ${r.reviewDue})` : nothing}</span>`;
}

/**
 * A warning for the top of an element when the institution's review is overdue or covered
 * earlier content: the footer alone is too far down to be seen.
 */
export function renderReviewAlert(resolution: ConfigResolution, today = todayIso()) {
  const r = reviewState(resolution.config, today);
  if (r.state !== 'overdue' && r.state !== 'outdated') return nothing;
  return html`<div class="review-alert notice notice-warning" role="note" part="review-alert">
    <span class="notice-label">${UI.reviewLabel}:</span>
    ${r.state === 'overdue'
      ? html`${REVIEW_WORDING.overdue} ${r.reviewDue}.`
      : html`${REVIEW_WORDING.outdated} (${CONTENT_VERSION}, ${CONTENT_DATE}): ${REVIEW_WORDING.reviewAgain}.`}
  </div>`;
}

/** A visible alert when the institution configuration was ignored. */
export function renderConfigErrors(resolution: ConfigResolution) {
  if (!resolution.errors.length) return nothing;
  return html`<div class="config-error notice notice-warning" role="alert" part="config-error">
    <strong>${UI.configIgnored}</strong> ${resolution.errors.join('; ')}.
  </div>`;
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

export function renderFooter(resolution: ConfigResolution) {
  const { protocolUrl, protocolLabel } = resolution.config;
  return html`<footer part="footer">
    <p>
      <span class="version">${UI.contentVersion} ${CONTENT_VERSION} (${CONTENT_DATE}).</span>
      ${renderReviewStatus(resolution)}
      ${protocolUrl
        ? html`<a class="protocol" href=${protocolUrl} rel="noopener noreferrer">${protocolLabel ?? UI.localPolicy}</a>`
        : nothing}
    </p>
    ${renderAbout()}
  </footer>`;
}
