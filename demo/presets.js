// Scenario presets: the attributes each element gets. Attributes not listed are removed, so a
// preset always shows exactly its scenario.
export const PRESETS = [
  {
    id: 'hmgcr-statin',
    label: 'Anti-HMGCR on a statin',
    note: 'Anti-HMGCR antibodies in a patient currently taking a statin, new disease, 70 kg.',
    pathway: { antibody: 'anti-hmgcr', statin: 'current', severity: 'moderate', phase: 'new', weight: '70' },
    calculator: { weight: '70' },
  },
  {
    id: 'srp-severe-dysphagia',
    label: 'Anti-SRP, severe, with dysphagia',
    note: 'Anti-SRP antibodies, severe weakness with dysphagia (a bulbar red flag), 62 kg, 165 cm, female.',
    pathway: { antibody: 'anti-srp', statin: 'never', severity: 'severe', 'red-flags': 'bulbar', phase: 'new', weight: '62' },
    calculator: { weight: '62', 'height-cm': '165', sex: 'female' },
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
  },
  {
    id: 'seronegative-relapse',
    label: 'Seronegative relapse',
    note: 'Seronegative IMNM relapsing while the glucocorticoid is tapered, 95 kg, 178 cm, male, TPMT normal.',
    pathway: { antibody: 'seronegative', statin: 'never', severity: 'moderate', phase: 'relapse', weight: '95' },
    calculator: { weight: '95', 'height-cm': '178', sex: 'male', tpmt: 'normal' },
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
