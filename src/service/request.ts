/**
 * The body of a CDS Hooks call (CDS Hooks 2.0, "Calling a CDS Service"), validated with zod:
 * the hook (one this service answers), hookInstance, context (patientId; draftOrders and, for
 * order-select, selections) and prefetch (each value a FHIR resource or Bundle, or null for "no
 * data"). A bad body gets one error naming the field.
 */
import { isPlainObject } from '../core/fields.js';
import { ownCopy, ownValue } from '../core/own.js';
import { safeParse, schemas, z } from '../core/zod.js';

export type ServiceError = { field: string; message: string };

export interface HookRequest {
  hook: string;
  hookInstance: string;
  context: {
    patientId: string;
    draftOrders?: unknown;
    selections?: string[];
    [key: string]: unknown;
  };
  /** Absent when the client sent none. */
  prefetch?: Record<string, unknown>;
}

const S = schemas(() => {
  const text = z.string().check(z.minLength(1), z.maxLength(1000));
  const resource = z.looseObject({ resourceType: z.string().check(z.minLength(1)) });
  return {
    hook: z.string(),
    body: z.looseObject({
      hook: z.string(),
      hookInstance: text,
      fhirServer: z.optional(z.string()),
      fhirAuthorization: z.optional(z.looseObject({})),
      context: z.looseObject({
        patientId: text,
        userId: z.optional(z.string()),
        encounterId: z.optional(z.string()),
        draftOrders: z.optional(z.looseObject({ resourceType: z.literal('Bundle') })),
        selections: z.optional(z.array(text)),
      }),
      prefetch: z.optional(z.record(z.string(), z.union([z.null(), resource]))),
    }),
  };
});

/** What each field accepts, for the error message. */
function accepts(path: string): string {
  if (/^prefetch\./.test(path)) return `${path} must be a FHIR resource or Bundle (an object with a resourceType), or null when the client has no data for it.`;
  const words: Record<string, string> = {
    body: 'The request body must be a JSON object (a CDS Hooks request).',
    hookInstance: 'hookInstance must be a non-empty string (a UUID for this call), at most 1,000 characters.',
    fhirServer: 'fhirServer must be a string (the base URL of the FHIR server).',
    fhirAuthorization: 'fhirAuthorization must be an object.',
    context: 'context must be an object holding the hook context (patientId, …).',
    'context.patientId': 'context.patientId must be the FHIR id of the patient: a non-empty string.',
    'context.userId': 'context.userId must be a string.',
    'context.encounterId': 'context.encounterId must be a string.',
    'context.draftOrders': 'context.draftOrders must be a FHIR R4 Bundle (resourceType "Bundle") of the draft orders.',
    'context.selections': 'context.selections must be a list of the selected orders, e.g. ["MedicationRequest/103"].',
    prefetch: 'prefetch must be an object mapping each prefetch key to a FHIR resource or Bundle (or null).',
  };
  return words[path] ?? `${path} is not valid.`;
}

/** A path safe to echo: printable ASCII, at most 80 characters. */
const printable = (path: string) => {
  const cleaned = path.replace(/[^\x20-\x7E]/g, '?');
  return cleaned.length > 80 ? `${cleaned.slice(0, 80)}…` : cleaned;
};

/** An object's own properties, with each value replaced by `map(value)`; other values as they are. */
function mapOwn(value: unknown, map: (v: unknown) => unknown): unknown {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = map(ownValue(value, key));
  return out;
}

/** A resource seen only as far as the body's schema looks: its resourceType. */
const shallowResource = (v: unknown) => (isPlainObject(v) ? { resourceType: ownValue(v, 'resourceType') } : v);

/** The body as the schema checks it: resources reduced to their resourceType. */
function view(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    const value = ownValue(body, key);
    if (key === 'prefetch') out[key] = mapOwn(value, shallowResource);
    else if (key === 'context') out[key] = isPlainObject(value) ? { ...(mapOwn(value, (v) => v) as object), ...(ownValue(value, 'draftOrders') !== undefined && { draftOrders: shallowResource(ownValue(value, 'draftOrders')) }) } : value;
    else if (key === 'fhirAuthorization') out[key] = isPlainObject(value) ? {} : value;
    else out[key] = value;
  }
  return out;
}

/** The body checked for the hooks a service answers. */
export function parseHookRequest(body: unknown, hooks: readonly string[]): { ok: true; request: HookRequest } | { ok: false; error: ServiceError } {
  if (!isPlainObject(body)) return { ok: false, error: { field: 'body', message: accepts('body') } };
  const hook = safeParse(S.hook, Object.prototype.hasOwnProperty.call(body, 'hook') ? body.hook : undefined);
  if (!hook.success || !hooks.includes(hook.data)) {
    return { ok: false, error: { field: 'hook', message: `hook must be ${hooks.map((h) => `"${h}"`).join(' or ')} for this service.` } };
  }
  // zod checks a shallow view of the body (the resources themselves are read by the core, which
  // reads own properties only): the prefetch and draft orders are not copied three times over.
  const parsed = safeParse(S.body, view(body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = printable(issue?.path.map(String).join('.') || 'body');
    return { ok: false, error: { field: path, message: accepts(path) } };
  }
  // Own elements only (zod's output objects inherit from Object.prototype).
  const data = ownCopy(parsed.data) as typeof parsed.data;
  const rawContext = ownValue(body, 'context');
  const rawPrefetch = ownValue(body, 'prefetch') as Record<string, unknown> | undefined;
  data.context.draftOrders &&= ownValue(rawContext, 'draftOrders') as typeof data.context.draftOrders;
  if (data.prefetch) {
    for (const key of Object.keys(data.prefetch)) data.prefetch[key] = ownValue(rawPrefetch, key) as (typeof data.prefetch)[string];
  }
  const context = data.context as HookRequest['context'];
  if (data.hook !== 'patient-view' && context.draftOrders === undefined) {
    return { ok: false, error: { field: 'context.draftOrders', message: accepts('context.draftOrders') } };
  }
  if (data.hook === 'order-select' && context.selections === undefined) {
    return { ok: false, error: { field: 'context.selections', message: accepts('context.selections') } };
  }
  if (data.fhirAuthorization !== undefined && data.fhirServer === undefined) {
    return { ok: false, error: { field: 'fhirServer', message: 'fhirServer is required when fhirAuthorization is given (CDS Hooks).' } };
  }
  return {
    ok: true,
    request: {
      hook: data.hook,
      hookInstance: data.hookInstance,
      context,
      ...(data.prefetch !== undefined && { prefetch: data.prefetch as Record<string, unknown> }),
    },
  };
}
