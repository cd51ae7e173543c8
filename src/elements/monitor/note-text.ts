/**
 * The note "Copy as note" copies: the core's follow-up note (the latest visit's assessment, the
 * trend and every flag), then what came from the patient record (its notices, and each value from
 * it with its source), then the core's taper note when a taper plan is shown. Empty while the input
 * is invalid. Everything the screen shows for this patient is in it (tested as a property).
 */
import { formatShortDate } from '../../core/dates.js';
import { followUpNote, taperNote } from '../../core/follow-up.js';
import { formatNumber } from '../../core/format.js';
import type { MonitorView } from './monitor-view.js';
import { provenanceDate } from './record.js';
import { MON } from './strings.js';
import { visitDate } from './visit-fields.js';

const FIELD_NAME: Record<string, string> = { ck: 'CK', ckUln: 'CK upper limit of normal' };

function recordBlock(view: MonitorView): string[] {
  const record = view.record;
  if (!record?.ok) return [];
  const lines: string[] = [];
  for (const w of record.warnings) lines.push(`- ${w.level.toUpperCase()}: ${w.message}`);
  for (const [key, source] of view.sources) {
    const [row, field] = key.split('.');
    const date = visitDate(view.visits?.[Number(row)]);
    const p = source.record.provenance;
    const value = `${formatNumber(source.record.value)} U/L`;
    const where = `${p.resourceType}/${p.id}${p.effective ? `, ${provenanceDate(p)}` : ''}`;
    lines.push(
      `- ${FIELD_NAME[field] ?? field}${date ? ` of ${formatShortDate(date)}` : ''}: ${
        source.changed ? `${MON.changedFromRecord(value, '')} (${where})` : `${value} ${MON.fromRecord('')} (${where})`
      }`,
    );
  }
  return lines.length ? [`${MON.recordNotices}:`, ...lines] : [];
}

export function monitorNote(view: MonitorView): string {
  if (!view.result.ok) return '';
  const parts = [followUpNote(view.result, view.rawConfig, view.today)];
  const record = recordBlock(view);
  if (record.length) parts.push(record.join('\n'));
  const taper = view.taper.result;
  if (taper?.ok) parts.push(taperNote(taper, view.rawConfig, view.today));
  return parts.join('\n\n');
}
