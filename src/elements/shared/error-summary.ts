/**
 * The list of problems in place of a result (role="alert"): each error that belongs to a control
 * is a button that takes the focus there; an error the user is still typing (deferred) waits.
 * One renderer for every element.
 */
import { html, nothing } from 'lit';

export interface SummaryError {
  message: string;
  /** The name of the control the error belongs to, when it has one. */
  control?: string;
}

export function renderErrorSummary<C extends string>(
  errors: readonly (SummaryError & { control?: C })[],
  title: string,
  deferred: (name?: string) => boolean,
  focus: (name: C) => void,
) {
  const list = errors.filter((e) => !deferred(e.control));
  return html`<div class="error-summary" part="error-summary" role="alert" ?hidden=${!list.length}>
    ${list.length
      ? html`<p class="error-summary-title">${title}</p>
          <ul>
            ${list.map((e) =>
              e.control
                ? html`<li><button type="button" class="link" @click=${() => focus(e.control!)}>${e.message}</button></li>`
                : html`<li>${e.message}</li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}
