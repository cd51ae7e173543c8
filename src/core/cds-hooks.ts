/**
 * toCdsHooksCards (content-spec §6.2): a pathway result as CDS Hooks 2.0 cards — one card per
 * step whose indicator is critical or warning, in the steps' order. Total: anything that is not
 * a successful pathway result gives no cards.
 */
import { LABELS } from '../content/inputs.js';
import { SOURCES, type SourceId } from '../content/sources.js';
import { CONTENT_VERSION } from '../content/version.js';
import { resolveConfig } from './config.js';
import { formatShortDate, isCalendarDate } from './dates.js';
import { isPlainObject } from './fields.js';
import type { Provenance } from './fhir-types.js';
import { ownValue } from './own.js';
import type { PathwayResult } from './types.js';
import { uuidV5 } from './uuid.js';

/** A CDS Hooks 2.0 card, as this service fills it. */
export type CdsCard = {
  /** Stable: the same request gives the same uuid (see `instance`). */
  uuid: string;
  /** Fewer than 140 characters. */
  summary: string;
  /** GitHub-flavoured Markdown. */
  detail: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string };
};

export interface CardOptions {
  /** The institution configuration: its `protocolUrl` (an absolute address) becomes `source.url`. */
  config?: unknown;
  /**
   * Mixed into each card's uuid (the CDS Hooks `hookInstance`), so cards from different calls
   * differ while a repeated call gives the same uuids.
   */
  instance?: string;
  /** Pathway inputs that took their default because the record did not give them. */
  defaults?: readonly string[];
  /** Where the record's inputs came from (prefillFromFhir's provenance). */
  provenance?: Readonly<Record<string, Provenance>>;
  /** Problems with the record that concern the pathway (prefillFromFhir's warnings). */
  recordWarnings?: readonly { message: string }[];
}

/** The longest summary: CDS Hooks asks for fewer than 140 characters. */
export const SUMMARY_MAX = 139;

/** A summary of fewer than 140 characters: longer text is cut at a character, never inside one, with an ellipsis. */
export function cardSummary(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > SUMMARY_MAX - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Text shown literally in Markdown: characters Markdown (or raw HTML) would read are escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** The sources of a card, as a Markdown list with DOI links. */
export function sourcesMarkdown(ids: readonly string[]): string {
  const lines = [...new Set(ids)]
    .filter((id): id is SourceId => Object.prototype.hasOwnProperty.call(SOURCES, id))
    .map((id) => {
      const s = SOURCES[id];
      const citation = markdownText(s.citation.replace(/\s*doi:\S+$/, ''));
      return s.doi ? `- ${citation} [doi:${markdownText(s.doi)}](https://doi.org/${encodeURI(s.doi)})` : `- ${citation}`;
    });
  return lines.length ? `**Sources**\n\n${lines.join('\n')}` : '';
}

/** The card source: "nam-cds <content version>" and the institution's protocol address when it is absolute. */
export function cardSource(config: unknown, version: string = CONTENT_VERSION): CdsCard['source'] {
  const url = resolveConfig(config).config.protocolUrl;
  return { label: `nam-cds ${version}`, ...(url && /^https?:\/\//i.test(url) && { url }) };
}

const INPUT_ORDER = ['antibody', 'statin', 'checkpointInhibitor', 'severity', 'redFlags', 'phase', 'age', 'ckTimesUln'] as const;
const INPUT_NAMES: Record<(typeof INPUT_ORDER)[number], string> = {
  antibody: 'Antibody',
  statin: 'Statin',
  checkpointInhibitor: 'Checkpoint inhibitor',
  severity: 'Severity',
  redFlags: 'Red flags',
  phase: 'Phase',
  age: 'Age',
  ckTimesUln: 'CK × ULN',
};

/** An input's value in words ("anti-HMGCR", "none", "67 years"). */
function inputWords(key: (typeof INPUT_ORDER)[number], value: unknown): string {
  const label = (table: Record<string, string>) => (typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value) ? table[value] : String(value));
  switch (key) {
    case 'antibody':
      return label(LABELS.antibody);
    case 'statin':
      return label(LABELS.statin);
    case 'severity':
      return label(LABELS.severity);
    case 'phase':
      return label(LABELS.phase);
    case 'checkpointInhibitor':
      return value === true ? 'yes' : 'no';
    case 'redFlags': {
      const flags = LABELS.redFlag as Record<string, string>;
      return Array.isArray(value) && value.length ? value.map((f) => (typeof f === 'string' && Object.prototype.hasOwnProperty.call(flags, f) ? flags[f] : String(f))).join(', ') : 'none';
    }
    case 'age':
      return `${String(value)} years`;
    default:
      return String(value);
  }
}

/** "Antibody: anti-HMGCR (from the record: Observation/ab1, 22 Nov 2026)" lines for the card. */
function inputsMarkdown(input: Record<string, unknown>, options: CardOptions): string {
  const defaults = new Set(options.defaults ?? []);
  const provenance = options.provenance ?? {};
  if (!defaults.size && !Object.keys(provenance).length) return '';
  const lines: string[] = [];
  for (const key of INPUT_ORDER) {
    const value = ownValue(input, key);
    const p = ownValue(provenance, `pathway.${key}`) as Provenance | undefined;
    if (p && typeof p.resourceType === 'string') {
      const ref = p.id ? `${p.resourceType}/${p.id}` : p.resourceType;
      const date = typeof p.effective === 'string' && isCalendarDate(p.effective) ? `, ${formatShortDate(p.effective)}` : '';
      lines.push(`- ${INPUT_NAMES[key]}: ${markdownText(inputWords(key, value))} (from the record: ${markdownText(ref)}${date})`);
    } else if (defaults.has(key) && value !== undefined) {
      lines.push(`- ${INPUT_NAMES[key]}: ${markdownText(inputWords(key, value))} (default: not in the record)`);
    }
  }
  const notes = (options.recordWarnings ?? []).map((w) => `- ${markdownText(String(w.message))}`);
  return [
    lines.length ? `**Inputs**\n\n${lines.join('\n')}` : '',
    notes.length ? `**Not taken from the record**\n\n${notes.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

const NOTICE_WORDS = { critical: 'Critical', warning: 'Warning', info: 'Note' } as const;

/**
 * One card per step with indicator critical or warning, in the result's (priority) order
 * (content-spec §6.2): summary = the step title; detail = the step text, its notices, why it
 * was shown, the inputs (from the record or defaults, when `options` says) and its sources.
 */
export function toCdsHooksCards(result: PathwayResult, options?: CardOptions): CdsCard[] {
  try {
    if (!isPlainObject(result) || ownValue(result, 'ok') !== true) return [];
    const steps = ownValue(result, 'steps');
    if (!Array.isArray(steps)) return [];
    const opts: CardOptions = isPlainObject(options) ? options : {};
    const version = ownValue(result, 'contentVersion');
    const source = cardSource(ownValue(opts, 'config'), typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version) ? version : CONTENT_VERSION);
    const input = ownValue(result, 'input');
    const inputs = isPlainObject(input) ? inputsMarkdown(input, opts) : '';
    const instance = typeof opts.instance === 'string' ? opts.instance : '';
    const cards: CdsCard[] = [];
    for (const step of steps) {
      const indicator = ownValue(step, 'indicator');
      const title = ownValue(step, 'title');
      const text = ownValue(step, 'text');
      if ((indicator !== 'critical' && indicator !== 'warning') || typeof title !== 'string' || typeof text !== 'string') continue;
      const notices = ownValue(step, 'notices');
      const why = ownValue(step, 'why');
      const citations = ownValue(step, 'citations');
      const parts = [
        markdownText(text),
        ...(Array.isArray(notices)
          ? notices
              .filter((n) => isPlainObject(n) && typeof n.message === 'string')
              .map((n) => `**${NOTICE_WORDS[n.level as keyof typeof NOTICE_WORDS] ?? 'Note'}:** ${markdownText(String(n.message))}`)
          : []),
        Array.isArray(why) && why.length ? `**Why:** ${why.filter((w) => typeof w === 'string').map(markdownText).join('; ')}` : '',
        inputs,
        sourcesMarkdown(Array.isArray(citations) ? citations.filter((c): c is string => typeof c === 'string') : []),
      ].filter(Boolean);
      const id = ownValue(step, 'id');
      const detail = parts.join('\n\n');
      cards.push({
        uuid: uuidV5([instance, source.label, String(id), indicator, title, detail].join('\u0000')),
        summary: cardSummary(title),
        detail,
        indicator,
        source,
      });
    }
    return cards;
  } catch {
    return [];
  }
}
