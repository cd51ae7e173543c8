/** Every visible and aria string of the elements' chrome (English). Clinical words live in src/content. */
export const UI = {
  /** The record link (the `fhir` property). */
  record: {
    /** "from the record, 3 Dec 2026" (a value without a date, such as the age from the birth date: "from the record"). */
    from: (date: string) => (date ? `from the record, ${date}` : 'from the record'),
    stale: (days: number) => `older than ${days} days: weigh the patient`,
    /** "the record has 72 kg, 3 Dec 2026" */
    has: (value: string, date: string) => `the record has ${value}${date ? `, ${date}` : ''}`,
    /** "the record says anti-HMGCR, 22 Nov 2026" (a choice or yes/no rather than a measurement). */
    says: (value: string, date: string) => `the record says ${value}${date ? `, ${date}` : ''}`,
    overriddenUser: (has: string) => `changed here (${has})`,
    overriddenPage: (has: string) => `set by the page (${has})`,
    notKg: (has: string) => `not filled in: ${has}, and the unit chosen is not kg`,
    unreadable: 'The record could not be read:',
    noticesLabel: 'From the patient record',
  },
  copyNote: 'Copy as note',
  copied: 'Copied to the clipboard.',
  copyFallback: 'The clipboard is not available here: the note is selected below, press Ctrl+C (or ⌘C) to copy it.',
  noteLabel: 'Note for the patient record',
  print: 'Print',
  sources: 'Sources',
  showSources: 'Sources',
  contentVersion: 'Clinical content',
  configIgnored: 'Institution configuration ignored, published defaults in use:',
  localPolicy: 'Local protocol',
  fixErrors: 'Correct the highlighted fields to see a result.',
  doi: 'doi',
  reviewLabel: 'Content review',
  themeError: (value: string) =>
    `theme="${value}" is not accepted: theme must be one of: light, dark (or leave it out to follow the system setting).`,
  /** An attribute the element does not have, near one it has (attribute-check-controller.ts). */
  ignoredAttribute: (name: string, suggestion: string) => `Ignored attribute '${name}' — did you mean '${suggestion}'?`,
  /** Shown instead of the result while a JSON configuration child is still arriving. */
  configLoading: 'Loading the institution configuration…',
  /** Shown, as plain text, instead of the widget when the page's Trusted Types policy refused Lit's. */
  trustedTypesRefused:
    "This clinical widget cannot be shown: the page's Content-Security-Policy did not allow its Trusted Types policy 'lit-html' (the name is not listed, or another copy of Lit on the page created it first). Allow it with: trusted-types lit-html 'allow-duplicates'.",
  /** Shown, as plain text, instead of an unstyled widget. */
  unstyled:
    "This clinical widget cannot be shown: this browser lacks constructable style sheets and the page's Content-Security-Policy blocked the widget's styles, so its warnings would not stand out. Use a current browser (Chrome or Edge 105+, Firefox 110+, Safari 16.4+).",
  /** The status sentence when the page replaced a value the user gave. */
  replacedByPage: (label: string, value: string | undefined) =>
    value ? `${label} was changed by the page to "${value}".` : `${label} was changed by the page.`,
  headingLevelError: (value: string) =>
    `heading-level="${value}" is not accepted: heading-level must be a whole number from 1 to 5 (the title's level; 2 is used).`,
} as const;
