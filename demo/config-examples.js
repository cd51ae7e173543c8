// Example institution configurations for the demo's configuration panel. Dates are set against
// the clinical content date (2026-12-07): one current review, one that is overdue, one that
// covered an earlier content version, and one invalid configuration. No imports, so the Node
// tests can check each example against the core.

/** A current review with local policy (a lower prednisone cap, whole 5 g IVIG vials). */
export const LOCAL_POLICY = {
  prednisone: { maxDailyMg: 60 },
  ivig: { vialStepG: 5 },
  protocolUrl: '/protocols/imnm',
  protocolLabel: 'Our hospital IMNM protocol',
  reviewedBy: 'Neuromuscular MDT, Example Hospital',
  reviewedOn: '2026-12-07',
  reviewDue: '2027-12-07',
};

/** A review whose due date has passed: the widgets say the content is overdue for review. */
export const REVIEW_OVERDUE = {
  reviewedBy: 'Neuromuscular MDT, Example Hospital',
  reviewedOn: '2025-09-15',
  reviewDue: '2026-09-15',
};

/** A review of an earlier content version: the widgets ask for this version to be reviewed. */
export const OTHER_VERSION = {
  reviewedBy: 'Neuromuscular MDT, Example Hospital',
  reviewedOn: '2026-06-01',
  reviewDue: '2027-06-01',
  contentVersion: '0.9.0',
};

/** Out-of-range settings: shown in the widgets and ignored (the published defaults are used). */
export const INVALID = { prednisone: { maxDailyMg: -5 }, ivig: { defaultDays: 9 } };

/**
 * The panel's example buttons: id (the button's data-example), label, what the status line calls
 * it once applied, configuration.
 */
export const CONFIG_EXAMPLES = [
  { id: 'local-policy', label: 'Example: local policy, reviewed', name: 'reviewed configuration with local policy', config: LOCAL_POLICY },
  { id: 'overdue', label: 'Example: review overdue', name: 'configuration whose review is overdue', config: REVIEW_OVERDUE },
  { id: 'other-version', label: 'Example: reviewed for content 0.9.0', name: 'configuration reviewed for content 0.9.0', config: OTHER_VERSION },
  { id: 'invalid', label: 'Example: invalid', name: 'invalid configuration', config: INVALID },
];
