// Scenario presets: the attributes each element gets. Attributes not listed are removed, so a
// preset always shows exactly its scenario. `monitor` is the follow-up element's: its attributes,
// and the visits and drugs a portal would keep and give it as properties (none for a new patient).

/**
 * An anti-HMGCR patient followed over six visits: CK falling, MMT-8 rising, prednisone tapered from
 * 1 mg/kg/day (60 kg), methotrexate from the second visit, and one neutrophil count below 1.6 ×10⁹/L.
 */
const FOLLOW_UP_VISITS = [
  { date: '2026-01-05', ck: 8000, ckUln: 200, mmt8: 50, physicianGlobal: 7, patientGlobal: 6, extramuscular: 2, haq: 1.5, prednisoneMgPerDay: 60, wbc: 7.2, neutrophils: 4.5, platelets: 250, alt: 40, creatinine: 70 },
  { date: '2026-02-16', ck: 4000, ckUln: 200, mmt8: 56, physicianGlobal: 5, patientGlobal: 5, extramuscular: 2, haq: 1.3, prednisoneMgPerDay: 55, wbc: 6.8, neutrophils: 4.1, alt: 35 },
  { date: '2026-03-30', ck: 2000, ckUln: 200, mmt8: 62, physicianGlobal: 4, patientGlobal: 5, extramuscular: 1, haq: 1.2, prednisoneMgPerDay: 40, wbc: 6.1, neutrophils: 3.8, alt: 38 },
  { date: '2026-04-27', ck: 1000, ckUln: 200, mmt8: 66, physicianGlobal: 3, patientGlobal: 4, extramuscular: 1, haq: 1, prednisoneMgPerDay: 30, wbc: 5.9, neutrophils: 3.2, alt: 41 },
  { date: '2026-05-25', ck: 600, ckUln: 200, mmt8: 70, physicianGlobal: 2, patientGlobal: 3, extramuscular: 0, haq: 0.8, prednisoneMgPerDay: 25, wbc: 3.9, neutrophils: 1.4, platelets: 210, alt: 36 },
  { date: '2026-06-22', ck: 400, ckUln: 200, mmt8: 72, physicianGlobal: 2, patientGlobal: 2, extramuscular: 0, haq: 0.6, prednisoneMgPerDay: 20 },
];

/** The follow-up element for a new patient: the shared weight, no visits yet. */
const newPatient = (weight) => ({ attributes: { weight }, visits: [], drugs: [] });

export const PRESETS = [
  {
    id: 'hmgcr-statin',
    label: 'Anti-HMGCR on a statin',
    note: 'Anti-HMGCR antibodies in a patient currently taking a statin, new disease, 70 kg.',
    pathway: { antibody: 'anti-hmgcr', statin: 'current', severity: 'moderate', phase: 'new', weight: '70' },
    calculator: { weight: '70' },
    monitor: newPatient('70'),
  },
  {
    id: 'srp-severe-dysphagia',
    label: 'Anti-SRP, severe, with dysphagia',
    note: 'Anti-SRP antibodies, severe weakness with dysphagia (a bulbar red flag), 62 kg, 165 cm, female.',
    pathway: { antibody: 'anti-srp', statin: 'never', severity: 'severe', 'red-flags': 'bulbar', phase: 'new', weight: '62' },
    calculator: { weight: '62', 'height-cm': '165', sex: 'female' },
    monitor: { attributes: { weight: '62', 'height-cm': '165' }, visits: [], drugs: [] },
  },
  {
    id: 'ici-myocarditis',
    label: 'Checkpoint-inhibitor myocarditis',
    note: 'Myositis on an immune checkpoint inhibitor with myocarditis (raised troponin), life-threatening, 80 kg.',
    pathway: {
      antibody: 'pending',
      'checkpoint-inhibitor': '',
      severity: 'life-threatening',
      'red-flags': 'myocarditis',
      phase: 'new',
      weight: '80',
    },
    calculator: { weight: '80', 'ivig-days': '5' },
    monitor: newPatient('80'),
  },
  {
    id: 'seronegative-relapse',
    label: 'Seronegative relapse',
    note: 'Seronegative IMNM relapsing while the glucocorticoid is tapered, 95 kg, 178 cm, male, TPMT normal.',
    pathway: { antibody: 'seronegative', statin: 'never', severity: 'moderate', phase: 'relapse', weight: '95' },
    calculator: { weight: '95', 'height-cm': '178', sex: 'male', tpmt: 'normal' },
    monitor: { attributes: { weight: '95', 'height-cm': '178' }, visits: [], drugs: [] },
  },
  {
    id: 'hmgcr-follow-up',
    label: 'Anti-HMGCR follow-up',
    note: 'Anti-HMGCR IMNM after stopping a statin, 60 kg, followed over six visits: CK falling, strength rising, prednisone tapering, methotrexate since February and one low neutrophil count (see the follow-up widget).',
    pathway: { antibody: 'anti-hmgcr', statin: 'past', severity: 'moderate', phase: 'new', weight: '60' },
    calculator: { weight: '60' },
    monitor: {
      attributes: { weight: '60', today: '2026-06-22', 'taper-start': '2026-01-05' },
      visits: FOLLOW_UP_VISITS,
      drugs: [{ drug: 'methotrexate', started: '2026-02-16' }],
    },
  },
];

/** Attributes a preset never touches (page-level choices). */
const KEEP = new Set(['id', 'class', 'theme', 'config', 'style', 'hidden', 'lang', 'dir']);

/** Makes `el`'s attributes exactly `attrs` (plus the kept page-level ones). */
export function applyAttributes(el, attrs) {
  for (const name of el.getAttributeNames()) {
    if (!KEEP.has(name) && !(name in attrs)) el.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}
