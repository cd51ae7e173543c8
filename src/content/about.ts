/** Intended use and content status wording (content-spec, top). */
export const INTENDED_USE = {
  title: 'About this tool',
  summary:
    'Decision support for clinicians treating adults with a diagnosis of immune-mediated necrotizing myopathy (IMNM, also called necrotizing autoimmune myopathy, NAM), including myositis caused by immune checkpoint inhibitors.',
  notFor: 'Not for diagnosis, for children, or for inclusion-body myositis or dermatomyositis.',
  judgement:
    'It shows the basis of every step and dose so you can check it. It does not replace clinical judgement or local protocols.',
  privacy: 'Nothing you enter leaves this page: no network requests, no cookies, no storage.',
} as const;

export const REVIEW_WORDING = {
  unreviewed: 'Not yet reviewed by your institution.',
  reviewedBy: 'Reviewed by',
  reviewedOn: 'on',
  reviewDue: 'next review due',
  overdue: 'Overdue for review: review was due',
  outdated: 'Your institution reviewed earlier content, not this version',
  reviewAgain: 'review it again before use',
} as const;
