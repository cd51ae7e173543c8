// The host page's own Lit (an app built with it): it creates the "lit-html" Trusted Types
// policy before the nam-cds bundle loads.
import { html, render } from 'lit';

render(html`<p id="page-lit">Rendered by the page's own Lit.</p>`, document.getElementById('page-app'));
