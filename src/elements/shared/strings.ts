/** Every visible and aria string of the elements' chrome (English). Clinical words live in src/content. */
export const UI = {
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
  headingLevelError: (value: string) =>
    `heading-level="${value}" is not accepted: heading-level must be a whole number from 1 to 5 (the title's level; 2 is used).`,
} as const;
