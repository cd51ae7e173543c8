/**
 * The reference CDS Hooks 2.0 service (design.md "CDS Hooks service"): a Node request handler
 * over the same core as the elements.
 *
 *   GET  /cds-services                  discovery
 *   POST /cds-services/nam-cds-pathway  patient-view → the pathway's critical and warning steps as cards
 *   POST /cds-services/nam-cds-orders   order-select, order-sign → the order checks' critical cards
 *   GET  /  and  /health                a small status document
 *
 * Nothing is stored and nothing is fetched: the answer comes from the request's prefetch alone.
 * The log gets the method, the route, the status and the duration of each request, never a
 * body, a query string or an unknown path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  CONTENT_VERSION,
  PATHWAY_DEFAULTS,
  checkOrders,
  evaluatePathway,
  formatNumber,
  prefillFromFhir,
  resolveConfig,
  todayIso,
  toCdsHooksCards,
  type ResolvedConfig,
} from '../core/index.js';
import { MAX_BODY_BYTES, readBody } from './body.js';
import { ORDERS_SERVICE, PATHWAY_SERVICE, SERVICE_HOOKS, discovery } from './discovery.js';
import { parseHookRequest, type HookRequest, type ServiceError } from './request.js';

/** One line of the request log: nothing that could identify a patient. */
export type LogEntry = { method: string; path: string; status: number; ms: number };

export interface ServiceOptions {
  /** Where each request's log entry goes (default: one JSON line on stdout); false: no log. */
  log?: ((entry: LogEntry) => void) | false;
  /** The evaluation date, YYYY-MM-DD (default: the server's local date, read per request). */
  today?: () => string;
  /**
   * Origins allowed to call from a browser (CORS): '*' (default) for any, or a list of exact
   * origins ("https://ehr.example.org").
   */
  allowedOrigins?: '*' | readonly string[];
  /** The largest body accepted, in bytes (default and maximum 1 MiB). */
  maxBodyBytes?: number;
}

export type CdsHandler = (req: IncomingMessage, res: ServerResponse) => void;

const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The routes and the methods each accepts. */
type Route = { path: string; methods: readonly string[]; service?: string };
const ROUTES: Route[] = [
  { path: '/', methods: ['GET', 'HEAD', 'OPTIONS'] },
  { path: '/health', methods: ['GET', 'HEAD', 'OPTIONS'] },
  { path: '/cds-services', methods: ['GET', 'HEAD', 'OPTIONS'] },
  { path: `/cds-services/${PATHWAY_SERVICE}`, methods: ['POST', 'OPTIONS'], service: PATHWAY_SERVICE },
  { path: `/cds-services/${ORDERS_SERVICE}`, methods: ['POST', 'OPTIONS'], service: ORDERS_SERVICE },
];

/** The pathway inputs a record can give; the others always take their defaults in patient-view. */
const PATHWAY_INPUTS = ['antibody', 'statin', 'checkpointInhibitor', 'severity', 'redFlags', 'phase'] as const;

/** A resource's patient reference ("Patient/123" → "123"), when it has one. */
function patientOf(resource: unknown): string | undefined {
  if (typeof resource !== 'object' || resource === null) return undefined;
  for (const key of ['subject', 'patient']) {
    const ref = Object.prototype.hasOwnProperty.call(resource, key) ? (resource as Record<string, unknown>)[key] : undefined;
    const text = typeof ref === 'object' && ref !== null && Object.prototype.hasOwnProperty.call(ref, 'reference') ? (ref as { reference?: unknown }).reference : undefined;
    const m = typeof text === 'string' ? /(?:^|\/)Patient\/([^/]+)(?:\/_history\/[^/]*)?$/.exec(text) : null;
    if (m) return m[1];
  }
  return undefined;
}

/** The resources of a prefetch value (a resource, or a Bundle's entries). */
function resourcesOf(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  if (v.resourceType !== 'Bundle') return [value];
  return Array.isArray(v.entry) ? v.entry.map((e) => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>).resource : undefined)) : [];
}

/**
 * A prefetched resource about another patient than context.patientId is refused: cards from
 * someone else's record are worse than none.
 */
function otherPatient(request: HookRequest): ServiceError | undefined {
  const id = request.context.patientId;
  for (const [key, value] of Object.entries(request.prefetch ?? {})) {
    for (const resource of resourcesOf(value)) {
      const r = resource as Record<string, unknown> | undefined;
      const about = r?.resourceType === 'Patient' ? (typeof r.id === 'string' ? r.id : undefined) : patientOf(r);
      if (about !== undefined && about !== id) {
        return { field: `prefetch.${key.replace(/[^\x20-\x7E]/g, '?').slice(0, 60)}`, message: 'The prefetch holds a resource of another patient than context.patientId: no cards are given from it.' };
      }
    }
  }
  return undefined;
}

/**
 * Creates the handler. `config` is the institution configuration (as for the elements); an
 * invalid one stops the service from starting (an Error naming the problems), so a server
 * never runs on settings it silently ignored.
 */
export function createCdsService(config?: unknown, options: ServiceOptions = {}): CdsHandler {
  const resolution = resolveConfig(config);
  if (resolution.errors.length) {
    throw new Error(`nam-cds CDS service: the institution configuration is invalid: ${resolution.errors.join('; ')}.`);
  }
  const resolved: ResolvedConfig = resolution.config;
  const discoveryBody = JSON.stringify(discovery(resolved));
  const health = JSON.stringify({ status: 'ok', service: 'nam-cds CDS Hooks', contentVersion: CONTENT_VERSION, discovery: '/cds-services' });
  const log = options.log === false ? undefined : (options.log ?? ((e: LogEntry) => process.stdout.write(`${JSON.stringify(e)}\n`)));
  const today = options.today ?? (() => todayIso());
  const origins = options.allowedOrigins ?? '*';
  const limit = Math.min(options.maxBodyBytes ?? MAX_BODY_BYTES, MAX_BODY_BYTES);

  return (req, res) => {
    const started = performance.now();
    const method = KNOWN_METHODS.includes(req.method ?? '') ? (req.method as string) : '(other)';
    let path = '/';
    try {
      path = new URL(req.url ?? '/', 'http://service.invalid').pathname.replace(/(.)\/+$/, '$1');
    } catch {
      path = '(unreadable)';
    }
    const route = ROUTES.find((r) => r.path === path);
    res.on('finish', () => log?.({ method, path: route?.path ?? '(other)', status: res.statusCode, ms: Math.round((performance.now() - started) * 100) / 100 }));

    // CORS for browser-based clients (CDS Hooks, "Cross-Origin Resource Sharing").
    const origin = req.headers.origin;
    if (origins === '*') res.setHeader('Access-Control-Allow-Origin', '*');
    else {
      res.setHeader('Vary', 'Origin');
      if (typeof origin === 'string' && origins.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
    }

    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      res.end(method === 'HEAD' ? undefined : body);
    };
    const fail = (status: number, error: ServiceError, headers: Record<string, string> = {}) => send(status, JSON.stringify({ error }), headers);

    if (!route) {
      fail(404, { field: 'path', message: 'There is no CDS service at this path: GET /cds-services lists the services.' });
      return;
    }
    if (!route.methods.includes(method)) {
      fail(405, { field: 'method', message: `This path accepts ${route.methods.join(', ')}.` }, { Allow: route.methods.join(', ') });
      return;
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        Allow: route.methods.join(', '),
        'Access-Control-Allow-Methods': route.methods.join(', '),
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!route.service) {
      send(200, route.path === '/cds-services' ? discoveryBody : health);
      return;
    }

    const service = route.service;
    readBody(req, limit)
      .then((body) => {
        if (!body.ok) {
          if (body.reason === 'aborted') return;
          if (body.reason === 'too-large') {
            fail(413, { field: 'body', message: `The request body is larger than ${formatNumber(limit)} bytes.` }, { Connection: 'close' });
            return;
          }
          fail(400, { field: 'body', message: 'The request body is not valid UTF-8 text.' });
          return;
        }
        let json: unknown;
        try {
          json = JSON.parse(body.text);
        } catch {
          fail(400, { field: 'body', message: 'The request body is not valid JSON.' });
          return;
        }
        const parsed = parseHookRequest(json, SERVICE_HOOKS[service]);
        if (!parsed.ok) {
          fail(400, parsed.error);
          return;
        }
        const request = parsed.request;
        if (!request.prefetch || !Object.keys(request.prefetch).length) {
          fail(412, {
            field: 'prefetch',
            message: 'This service reads only prefetched data and never queries the FHIR server: send the prefetch its discovery entry asks for.',
          });
          return;
        }
        const wrong = otherPatient(request);
        if (wrong) {
          fail(400, wrong);
          return;
        }
        const cards = service === PATHWAY_SERVICE ? pathwayCards(request, config, today()) : orderCards(request, config, today());
        send(200, JSON.stringify({ cards }));
      })
      .catch(() => {
        if (!res.headersSent) fail(500, { field: 'server', message: 'The request could not be answered.' });
      });
  };
}

/** patient-view: the pathway from the prefetched record, with defaults for what it does not give. */
function pathwayCards(request: HookRequest, config: unknown, today: string) {
  const prefill = prefillFromFhir(Object.values(request.prefetch ?? {}), { today, config });
  if (!prefill.ok) return [];
  const given = prefill.pathway;
  const result = evaluatePathway({ ...given }, config);
  // Outside the intended use (under 18, an age the pathway refuses): no cards.
  if (!result.ok) return [];
  const defaults = PATHWAY_INPUTS.filter((k) => given[k] === undefined && k in PATHWAY_DEFAULTS);
  const recordWarnings = prefill.warnings.filter((w) => w.level !== 'info' && (w.field === undefined || w.field.startsWith('pathway.')));
  return toCdsHooksCards(result, { config, instance: request.hookInstance, defaults, provenance: prefill.provenance, recordWarnings });
}

/** order-select / order-sign: the order checks against the prefetched record. */
function orderCards(request: HookRequest, config: unknown, today: string) {
  return checkOrders(request.context.draftOrders, {
    record: Object.values(request.prefetch ?? {}),
    ...(request.hook === 'order-select' && { selections: request.context.selections }),
    today,
    config,
    instance: request.hookInstance,
  });
}
