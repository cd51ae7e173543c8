// A web-test-runner plugin for the end-to-end tests: it watches the test's browser page from
// the outside (puppeteer), so a test can see every request, console message, uncaught error and
// CSP violation of a page it loads in an iframe — including what happens before any script of
// that page runs. Commands (from @web/test-runner-commands' executeServerCommand):
//   probe-start            start recording for this test page
//   probe-stop             stop, and return { requests, console, errors }
export function browserProbePlugin() {
  const recordings = new Map();
  return {
    name: 'nam-cds-browser-probe',
    async executeCommand({ command, session }) {
      if (command !== 'probe-start' && command !== 'probe-stop') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command}: needs the Chrome (puppeteer) launcher, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'probe-start') {
        recordings.get(session.id)?.off();
        const data = { requests: [], console: [], errors: [] };
        const frameUrl = (frame) => {
          try {
            return frame?.url() ?? '';
          } catch {
            return '';
          }
        };
        const onRequest = (request) =>
          data.requests.push({ url: request.url(), type: request.resourceType(), method: request.method(), frame: frameUrl(request.frame()) });
        const onConsole = (message) =>
          data.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' });
        const onError = (error) => data.errors.push(String(error?.stack ?? error));
        page.on('request', onRequest);
        page.on('console', onConsole);
        page.on('pageerror', onError);
        const off = () => {
          page.off('request', onRequest);
          page.off('console', onConsole);
          page.off('pageerror', onError);
        };
        recordings.set(session.id, { data, off });
        return true;
      }
      const recording = recordings.get(session.id);
      recordings.delete(session.id);
      if (!recording) return { requests: [], console: [], errors: [] };
      recording.off();
      return recording.data;
    },
  };
}
