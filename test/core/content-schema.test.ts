/**
 * The content as data, checked with zod schemas: the sources table of content-spec §1 (every
 * field, ids and citations exactly as the spec gives them), every pathway and dose rule citing
 * only existing sources, and a semver content version.
 */
import { expect } from '@open-wc/testing';
import { z } from 'zod';
import { CONTENT_DATE, CONTENT_VERSION, SOURCES, SOURCE_IDS } from '../../src/core/index.js';
import { CLINICAL_NOTES, DERIVED_STEP_RULES, PATHWAY_RULE_IDS, STEP_IDS, STEP_RULES as TABLE_RULES, STEP_TAILS } from '../../src/content/pathway-rules.js';
import { DOSE_RULE_IDS, DRUG_RULES } from '../../src/content/drug-rules.js';

const STEP_RULES = [...TABLE_RULES, ...DERIVED_STEP_RULES];

/** content-spec §1, copied from the spec table: id, citation, kind. */
const SPEC_SOURCES: [string, string, string][] = [
  ["src", "Source clinical summary on NAM treatment (source-document.txt), sections \"From the Guidelines\" / \"From the Research\"", "summary"],
  ["enmc-2018", "Allenbach Y, Mammen AL, Benveniste O, Stenzel W, et al. 224th ENMC International Workshop: clinico-sero-pathological classification of immune-mediated necrotizing myopathies. Neuromuscul Disord 2018;28:87–99. doi:10.1016/j.nmd.2017.09.016", "consensus"],
  ["pinal-2018", "Pinal-Fernandez I, Casal-Dominguez M, Mammen AL. Immune-mediated necrotizing myopathy. Curr Rheumatol Rep 2018;20:21 (PMC6019613)", "review"],
  ["pinal-2017", "Pinal-Fernandez I, et al. Longitudinal course of disease in a large cohort of myositis patients with autoantibodies recognizing the signal recognition particle. Arthritis Care Res 2017;69:263–270. doi:10.1002/acr.22920", "cohort"],
  ["kassardjian-2015", "Kassardjian CD, Lennon VA, Alfugham NB, Mahler M, Milone M. Clinical features and treatment outcomes of necrotizing autoimmune myopathy. JAMA Neurol 2015;72:996–1003. doi:10.1001/jamaneurol.2015.1207", "cohort"],
  ["ashton-2016", "Ashton C, et al. Treatment and outcomes in necrotising autoimmune myopathy: an Australian perspective. Neuromuscul Disord 2016;26:734–740", "cohort"],
  ["wang-2022", "Wang JX, et al. Outcome predictors of immune-mediated necrotizing myopathy — a retrospective, multicentre study. Rheumatology 2022;61:3824–3829. doi:10.1093/rheumatology/keac014", "cohort"],
  ["mammen-2015", "Mammen AL, Tiniakou E. Intravenous immune globulin for statin-triggered autoimmune myopathy. N Engl J Med 2015;373:1680–1682", "case series"],
  ["mcgrath-2018", "McGrath ER, Doughty CT, Amato AA. Autoimmune myopathies: updates on evaluation and treatment. Neurotherapeutics 2018;15:976–994. doi:10.1007/s13311-018-00676-2", "review"],
  ["valiyil-2010", "Valiyil R, et al. Rituximab therapy for myopathy associated with anti-SRP antibodies: a case series. Arthritis Care Res 2010;62:1328–1334. doi:10.1002/acr.20219", "case series"],
  ["mammen-2016", "Mammen AL. Statin-associated autoimmune myopathy. N Engl J Med 2016;374:664–669. doi:10.1056/NEJMra1515161", "review"],
  ["wu-2014", "Wu Y, et al. Statin-associated autoimmune myopathies: a pathophysiologic spectrum. Can J Neurol Sci 2014", "case series"],
  ["allenbach-2016", "Allenbach Y, et al. High risk of cancer in autoimmune necrotizing myopathies: usefulness of myositis specific antibody. Brain 2016;139:2131–2135. doi:10.1093/brain/aww054", "cohort"],
  ["imacs-2023", "Oldroyd AGS, et al. International guideline for idiopathic inflammatory myopathy-associated cancer screening (IMACS). Nat Rev Rheumatol 2023;19:805–817. doi:10.1038/s41584-023-01045-w", "guideline"],
  ["bsr-2022", "Oldroyd AGS, Lilleker JB, et al. British Society for Rheumatology guideline on management of paediatric, adolescent and adult patients with idiopathic inflammatory myopathy. Rheumatology 2022;61:1760–1768. doi:10.1093/rheumatology/keac115", "guideline"],
  ["etg", "Therapeutic Guidelines (eTG complete, Australia), Rheumatology: idiopathic inflammatory myopathies", "guideline"],
  ["bsr-dmard-2017", "Ledingham J, et al. BSR and BHPR guideline for the prescription and monitoring of non-biologic disease-modifying anti-rheumatic drugs. Rheumatology 2017", "guideline"],
  ["asco-2021", "Schneider BJ, Naidoo J, Santomasso BD, et al. Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy: ASCO guideline update. J Clin Oncol 2021. doi:10.1200/JCO.21.01440", "guideline"],
  ["eular-irae-2021", "Kostine M, et al. EULAR points to consider for the diagnosis and management of rheumatic immune-related adverse events due to cancer immunotherapy with checkpoint inhibitors. Ann Rheum Dis 2021;80:36–48. doi:10.1136/annrheumdis-2020-217139", "guideline"],
  ["esmo-open-2021", "How we identify and treat neuromuscular toxicity induced by immune checkpoint inhibitors. ESMO Open 2021;6:100317. doi:10.1016/j.esmoop.2021.100317", "review"],
  ["pathak-2021", "Pathak R, et al. Immune checkpoint inhibitor-induced myocarditis with myositis/myasthenia gravis overlap syndrome: a systematic review of cases. Oncologist 2021;26:1052–1061. doi:10.1002/onco.13931", "systematic review"],
  ["ctcae-5", "National Cancer Institute. Common Terminology Criteria for Adverse Events v5.0 (2017), \"Myositis\"", "classification"],
  ["miller-1992", "Miller FW, et al. Controlled trial of plasma exchange and leukapheresis in polymyositis and dermatomyositis. N Engl J Med 1992;326:1380–1384", "RCT"],
  ["cpic-2018", "Relling MV, et al. CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update. Clin Pharmacol Ther 2019;105:1095–1105. doi:10.1002/cpt.1304", "guideline"],
  ["octagam-label", "Octagam 10% (immune globulin intravenous, human) US prescribing information, dermatomyositis dosing", "label"],
  ["rituximab-label", "Rituximab (Rituxan/MabThera) prescribing information, rheumatoid arthritis dosing", "label"],
  ["mmf-label", "Mycophenolate mofetil prescribing information (embryofetal toxicity boxed warning)", "label"],
  ["eular-infection-2022", "Fragoulis GE, et al. 2022 EULAR recommendations for screening and prophylaxis of chronic and opportunistic infections in adults with autoimmune inflammatory rheumatic diseases. Ann Rheum Dis 2023", "guideline"],
  ["acr-giop-2022", "Humphrey MB, et al. 2022 ACR guideline for the prevention and treatment of glucocorticoid-induced osteoporosis", "guideline"],
  ["acr-vaccine-2022", "Bass AR, et al. 2022 ACR guideline for vaccinations in patients with rheumatic and musculoskeletal diseases. Arthritis Care Res 2023;75:449–464", "guideline"],
  ["devine-1974", "Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974 (ideal body weight formula)", "formula"],
  ["aggarwal-2017", "Aggarwal R, Rider LG, Ruperto N, et al. 2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in adult dermatomyositis and polymyositis. Arthritis Rheumatol 2017;69:898–910. doi:10.1002/art.40064 (also Ann Rheum Dis 2017;76:792–801, doi:10.1136/annrheumdis-2017-211400)", "criteria"],
  ["rider-2017", "Rider LG, Ruperto N, Pistorio A, et al. 2016 ACR-EULAR adult dermatomyositis and polymyositis and juvenile dermatomyositis response criteria — methodological aspects. Rheumatology 2017;56:1884–1893. doi:10.1093/rheumatology/kex226 (Table 3: the points per core set measure)", "criteria"],
  ["mammen-2023", "Mammen AL, Amato AA, Dimachkie MM, et al. Zilucoplan in immune-mediated necrotising myopathy: a phase 2, randomised, double-blind, placebo-controlled, multicentre trial. Lancet Rheumatol 2023;5:e67–e76. doi:10.1016/S2665-9913(23)00003-6", "RCT"],
  ["bsmo-irae", "Belgian Society of Medical Oncology. Immunomanager: myositis, grades 1 and 2 (bsmo.be/immunomanager)", "guideline"],
  ["safa-2019", "Safa H, Johnson DH, Trinh VA, et al. Immune checkpoint inhibitor related myasthenia gravis: single center experience and systematic review of the literature. J Immunother Cancer 2019;7:319. doi:10.1186/s40425-019-0774-y", "systematic review"],
  ["ismp-bp", "Institute for Safe Medication Practices. Targeted Medication Safety Best Practices for Hospitals, Best Practice 3 (weigh patients and record weights in metric units only)", "safety practice"],
  ["azathioprine-label", "Azathioprine (Imuran) US prescribing information: rheumatoid-arthritis dosing and the allopurinol interaction; febuxostat (Uloric) US prescribing information: contraindicated with azathioprine", "label"],
  ["medsafe-2022", "Medsafe. Methotrexate and trimethoprim or co-trimoxazole: a risky combination. Prescriber Update 2022;43(1):6–7", "safety communication"],
  ["hopa-2018", "Fahrenbruch R, Kintzel P, Bott AM, et al. Dose rounding of biologic and cytotoxic anticancer agents: a position statement of the Hematology/Oncology Pharmacy Association. J Oncol Pract 2018;14:e130–e136", "position statement"],
  ["mohassel-2018", "Mohassel P, Mammen AL. Anti-HMGCR myopathy. J Neuromuscul Dis 2018;5:11–20", "review"],
  ["cpic-2024", "Clinical Pharmacogenetics Implementation Consortium. Thiopurines and TPMT/NUDT15: guideline update of March 2024 (cpicpgx.org), dosing for combined intermediate metabolisers", "guideline"],
  ["proderm-2022", "Aggarwal R, Charles-Schoeman C, Schessl J, et al. Trial of intravenous immune globulin in dermatomyositis (ProDERM). N Engl J Med 2022;387:1264–1278. doi:10.1056/NEJMoa2117912", "RCT"],
];

const SPEC_STEP_IDS = [
  'urgent-assessment',
  'stop-statin',
  'avoid-statin-rechallenge',
  'withdraw-checkpoint-inhibitor',
  'ici-grade-1',
  'cardiac-assessment',
  'myasthenia-overlap',
  'ici-rescue',
  'glucocorticoid',
  'methylprednisolone-pulse',
  'steroid-sparing-agent',
  'review-treatment',
  'ivig',
  'rituximab',
  'expert-referral',
  'plasma-exchange-note',
  'cancer-screening',
  'pre-treatment-checks',
  'supportive-care',
  'monitoring',
  'taper-caution',
  'physical-therapy',
  'multidisciplinary-team',
];

const SPEC_DOSE_RULES = [
  'dose/prednisone',
  'dose/methylprednisolone',
  'dose/methotrexate',
  'dose/azathioprine',
  'dose/mycophenolate',
  'dose/ivig',
  'dose/rituximab',
];

const sourceIds = SPEC_SOURCES.map(([id]) => id);
const SourceId = z.enum(sourceIds as [string, ...string[]]);
const Citations = z.array(SourceId).min(1);
const text = z.string().trim().min(1);

const SourceSchema = z.strictObject({
  id: SourceId,
  authors: z.string(),
  title: text,
  journal: text,
  year: z.union([z.string().regex(/^(19|20)\d\d$/), z.literal('')]),
  details: z.string().min(1).optional(),
  doi: z.string().regex(/^10\.\d{4,}\/\S+$/).optional(),
  pmcid: z.string().regex(/^PMC\d+$/).optional(),
  kind: z.enum(['summary', 'consensus', 'review', 'cohort', 'case series', 'guideline', 'systematic review', 'classification', 'RCT', 'label', 'formula', 'criteria', 'safety practice', 'safety communication', 'position statement']),
  citation: text,
  short: text.optional(),
});

const StepRuleSchema = z.object({
  rule: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/),
  step: z.enum(SPEC_STEP_IDS as [string, ...string[]]),
  priority: z.enum(['immediate', 'first-line', 'add-on', 'consider', 'ongoing']),
  indicator: z.enum(['critical', 'warning', 'info']),
  mandatory: z.boolean().optional(),
  title: text,
  text,
  mergeText: text.optional(),
  citations: Citations,
  additions: z
    .array(z.object({ condition: text, when: z.function(), text, citations: Citations.optional(), level: z.enum(['critical', 'warning']).optional(), code: text.optional() }))
    .optional(),
  condition: text,
  when: z.function(),
  why: z.function(),
});

const NoticeSchema = z.strictObject({ level: z.enum(['critical', 'warning', 'info']), code: text, message: text });

const DrugRuleSchema = z
  .object({
    drug: z.enum(['prednisone', 'methylprednisolone', 'methotrexate', 'azathioprine', 'mycophenolate', 'ivig', 'rituximab']),
    rule: z.enum(SPEC_DOSE_RULES as [string, ...string[]]),
    citations: Citations,
    notices: z.array(NoticeSchema),
    capCitations: Citations.optional(),
    weightCitations: Citations.optional(),
  })
  .passthrough();

describe('content schema: sources (content-spec §1)', () => {
  it('every source has every field, and the ids are exactly the spec ids', () => {
    expect(Object.keys(SOURCES).sort()).to.deep.equal([...sourceIds].sort());
    expect([...SOURCE_IDS].sort()).to.deep.equal([...sourceIds].sort());
    expect(new Set(SOURCE_IDS).size).to.equal(SOURCE_IDS.length);
    for (const [id, source] of Object.entries(SOURCES)) {
      const parsed = SourceSchema.safeParse(source);
      expect(parsed.success, `${id}: ${parsed.success ? '' : parsed.error.message}`).to.equal(true);
      expect(source.id).to.equal(id);
    }
  });

  for (const [id, citation, kind] of SPEC_SOURCES) {
    it(`${id}: citation and kind as in the spec, parts consistent with the citation`, () => {
      const s = SOURCES[id as keyof typeof SOURCES];
      expect(s, id).to.exist;
      expect(s.citation).to.equal(citation);
      expect(s.kind).to.equal(kind);
      if (s.year) expect(citation).to.include(s.year);
      if (s.doi) expect(citation).to.include(`doi:${s.doi}`);
      // Every DOI in the citation, a closing bracket around the citation not included.
      const dois = [...citation.matchAll(/doi:(\S+)/g)].map((m) => m[1].replace(/\)$/, '').replace(/[.,]$/, ''));
      if (dois.length) expect(dois).to.include(s.doi);
      if (s.pmcid) expect(citation).to.include(s.pmcid);
      const firstAuthor = s.authors.split(',')[0].trim();
      if (firstAuthor) expect(citation.startsWith(firstAuthor)).to.equal(true);
    });
  }
});

describe('content schema: pathway rules (content-spec §3)', () => {
  it('every rule has the schema fields and cites at least one existing source', () => {
    for (const rule of STEP_RULES) {
      const parsed = StepRuleSchema.safeParse(rule);
      expect(parsed.success, `${rule.rule}: ${parsed.success ? '' : parsed.error.message}`).to.equal(true);
      expect(new Set(rule.citations).size, `${rule.rule} duplicate citation`).to.equal(rule.citations.length);
      expect(rule.rule === rule.step || rule.rule.startsWith(`${rule.step}/`), rule.rule).to.equal(true);
    }
  });

  it('rule ids are unique, exported for traceability, and every spec step id has a rule', () => {
    const ids = STEP_RULES.map((r) => r.rule);
    expect(new Set(ids).size).to.equal(ids.length);
    expect([...PATHWAY_RULE_IDS]).to.deep.equal(ids);
    expect([...STEP_IDS].sort()).to.deep.equal([...SPEC_STEP_IDS].sort());
    expect([...new Set(STEP_RULES.map((r) => r.step))].sort()).to.deep.equal([...SPEC_STEP_IDS].sort());
  });

  it('only the checkpoint-inhibitor withdrawal rules carry "mandatory"', () => {
    for (const rule of STEP_RULES) {
      if (rule.mandatory !== undefined) expect(rule.step).to.equal('withdraw-checkpoint-inhibitor');
    }
    expect(STEP_RULES.filter((r) => r.mandatory === true).map((r) => r.rule)).to.deep.equal([
      'withdraw-checkpoint-inhibitor/mandatory',
    ]);
  });

  it('clinical notes cite existing sources', () => {
    for (const note of CLINICAL_NOTES) {
      expect(Citations.safeParse([...note.citations]).success, note.id).to.equal(true);
      expect(note.text.trim()).to.not.equal('');
    }
  });
});

describe('content schema: dose rules (content-spec §4)', () => {
  it('[rule:dose/prednisone] [rule:dose/methylprednisolone] [rule:dose/methotrexate] [rule:dose/azathioprine] [rule:dose/mycophenolate] [rule:dose/ivig] [rule:dose/rituximab] every drug rule has its id and cites at least one existing source', () => {
    expect(Object.keys(DRUG_RULES).sort()).to.deep.equal(
      ['azathioprine', 'ivig', 'methotrexate', 'methylprednisolone', 'mycophenolate', 'prednisone', 'rituximab'],
    );
    for (const [drug, rule] of Object.entries(DRUG_RULES)) {
      const parsed = DrugRuleSchema.safeParse(rule);
      expect(parsed.success, `${drug}: ${parsed.success ? '' : parsed.error.message}`).to.equal(true);
      expect(rule.drug).to.equal(drug);
      expect(rule.rule).to.equal(`dose/${drug}`);
    }
    expect([...DOSE_RULE_IDS].sort()).to.deep.equal([...SPEC_DOSE_RULES].sort());
    for (const n of Object.values(DRUG_RULES.azathioprine.tpmtNotices)) {
      if (n) expect(NoticeSchema.safeParse(n).success).to.equal(true);
    }
    for (const tail of Object.values(STEP_TAILS)) expect(Citations.safeParse([...tail!.citations]).success).to.equal(true);
  });

  it('[rule:dose/prednisone] [rule:dose/azathioprine] [rule:dose/ivig] the numbers of §4 are the numbers in the data', () => {
    expect(DRUG_RULES.prednisone).to.deep.include({ mgPerKgPerDay: 1, defaultCapMgPerDay: 75, roundingMg: 5 });
    expect(DRUG_RULES.prednisone.iciModerateMgPerKgPerDay).to.deep.equal({ min: 0.5, max: 1 });
    expect(DRUG_RULES.ivig).to.deep.include({ myasthenicDays: 5, vialTolerancePct: 10 });
    expect(DRUG_RULES.ivig.rateMgPerKgPerMin).to.deep.equal({ start: 1, max: 4, renalOrThromboticRisk: 3.3 });
    expect(DRUG_RULES.methylprednisolone).to.deep.include({ minMg: 500, maxMg: 1000, days: 3 });
    expect(DRUG_RULES.methotrexate).to.deep.include({ minMgPerWeek: 15, maxMgPerWeek: 25, roundingMg: 2.5 });
    expect(DRUG_RULES.azathioprine).to.deep.include({ minMgPerKgPerDay: 2, maxMgPerKgPerDay: 3, roundingMg: 25 });
    expect(DRUG_RULES.azathioprine.tpmt).to.deep.equal({
      normal: { minFraction: 1, maxFraction: 1 },
      unknown: { minFraction: 1, maxFraction: 1 },
      intermediate: { minFraction: 0.3, maxFraction: 0.8 },
      'intermediate-both': { minFraction: 0.2, maxFraction: 0.5 },
      poor: null,
    });
    expect(DRUG_RULES.mycophenolate).to.deep.include({ minMgPerDose: 1000, maxMgPerDose: 1500, timesPerDay: 2 });
    expect(DRUG_RULES.ivig).to.deep.include({ gPerKgPerCourse: 2, everyWeeks: 4, maxDecimals: 1, adjustedFactor: 0.4, obesityThreshold: 1.2 });
    expect(DRUG_RULES.ivig.ibw).to.deep.equal({ baseKg: { male: 50, female: 45.5 }, kgPerInchOver60: 2.3, baseInches: 60, cmPerInch: 2.54 });
    expect(DRUG_RULES.rituximab).to.deep.include({ mgPerDose: 1000 });
    expect([...DRUG_RULES.rituximab.days]).to.deep.equal([1, 15]);
  });
});

describe('content schema: version', () => {
  it('CONTENT_VERSION is semver and CONTENT_DATE a calendar date', () => {
    expect(CONTENT_VERSION).to.match(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
    expect(CONTENT_DATE).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
