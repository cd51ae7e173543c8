/**
 * nam-cds/cds-service: the reference CDS Hooks 2.0 service (Node only; not part of the
 * browser bundles). `createCdsService(config?, options?)` returns a `(req, res)` handler for
 * `node:http` (or any framework that passes Node's request and response objects).
 */
export { createCdsService } from './handler.js';
export type { CdsHandler, LogEntry, ServiceOptions } from './handler.js';
export { discovery, prefetchTemplates, PATHWAY_SERVICE, ORDERS_SERVICE, SERVICE_HOOKS } from './discovery.js';
export type { DiscoveryEntry } from './discovery.js';
export { parseHookRequest } from './request.js';
export type { HookRequest, ServiceError } from './request.js';
export { MAX_BODY_BYTES } from './body.js';
