// Loaded first by every end-to-end page (a same-origin classic script, allowed by the strict
// CSP): records CSP violations and uncaught errors for the test to read as window.__probe.
window.__probe = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__probe.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
window.addEventListener('error', (e) => window.__probe.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__probe.errors.push(String(e.reason)));
