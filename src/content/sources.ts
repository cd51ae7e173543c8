/**
 * The sources every step and dose line cites (content-spec §1). Stable ids; the full
 * citation is kept word for word, with its parts split out for display.
 */
export const SOURCE_KINDS = [
  'summary',
  'consensus',
  'review',
  'cohort',
  'case series',
  'guideline',
  'systematic review',
  'classification',
  'RCT',
  'label',
  'formula',
  'criteria',
  'safety practice',
  'safety communication',
  'position statement',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: string;
  /** Authors as cited ("" for documents without personal authors). */
  authors: string;
  title: string;
  /** Journal, publisher or document series. */
  journal: string;
  /** Year of publication ("" when the source is a living document). */
  year: string;
  /** Volume and pages when known. */
  details?: string;
  doi?: string;
  pmcid?: string;
  kind: SourceKind;
  /** The citation exactly as content-spec §1 gives it. */
  citation: string;
  /** A few words naming a source without personal authors, for compact lists ("eTG Rheumatology (Australia)"). */
  short?: string;
}

const sourceList = [
  {
    id: 'src',
    short: 'Commissioning clinical summary (source-document.txt)',
    authors: '',
    title: 'Source clinical summary on NAM treatment, sections "From the Guidelines" and "From the Research"',
    journal: 'Commissioning document of this product (source-document.txt)',
    year: '',
    kind: 'summary',
    citation:
      'Source clinical summary on NAM treatment (source-document.txt), sections "From the Guidelines" / "From the Research"',
  },
  {
    id: 'enmc-2018',
    authors: 'Allenbach Y, Mammen AL, Benveniste O, Stenzel W, et al.',
    title: '224th ENMC International Workshop: clinico-sero-pathological classification of immune-mediated necrotizing myopathies',
    journal: 'Neuromuscul Disord',
    year: '2018',
    details: '28:87–99',
    doi: '10.1016/j.nmd.2017.09.016',
    kind: 'consensus',
    citation:
      'Allenbach Y, Mammen AL, Benveniste O, Stenzel W, et al. 224th ENMC International Workshop: clinico-sero-pathological classification of immune-mediated necrotizing myopathies. Neuromuscul Disord 2018;28:87–99. doi:10.1016/j.nmd.2017.09.016',
  },
  {
    id: 'pinal-2018',
    authors: 'Pinal-Fernandez I, Casal-Dominguez M, Mammen AL.',
    title: 'Immune-mediated necrotizing myopathy',
    journal: 'Curr Rheumatol Rep',
    year: '2018',
    details: '20:21',
    pmcid: 'PMC6019613',
    kind: 'review',
    citation:
      'Pinal-Fernandez I, Casal-Dominguez M, Mammen AL. Immune-mediated necrotizing myopathy. Curr Rheumatol Rep 2018;20:21 (PMC6019613)',
  },
  {
    id: 'pinal-2017',
    authors: 'Pinal-Fernandez I, et al.',
    title:
      'Longitudinal course of disease in a large cohort of myositis patients with autoantibodies recognizing the signal recognition particle',
    journal: 'Arthritis Care Res',
    year: '2017',
    details: '69:263–270',
    doi: '10.1002/acr.22920',
    kind: 'cohort',
    citation:
      'Pinal-Fernandez I, et al. Longitudinal course of disease in a large cohort of myositis patients with autoantibodies recognizing the signal recognition particle. Arthritis Care Res 2017;69:263–270. doi:10.1002/acr.22920',
  },
  {
    id: 'kassardjian-2015',
    authors: 'Kassardjian CD, Lennon VA, Alfugham NB, Mahler M, Milone M.',
    title: 'Clinical features and treatment outcomes of necrotizing autoimmune myopathy',
    journal: 'JAMA Neurol',
    year: '2015',
    details: '72:996–1003',
    doi: '10.1001/jamaneurol.2015.1207',
    kind: 'cohort',
    citation:
      'Kassardjian CD, Lennon VA, Alfugham NB, Mahler M, Milone M. Clinical features and treatment outcomes of necrotizing autoimmune myopathy. JAMA Neurol 2015;72:996–1003. doi:10.1001/jamaneurol.2015.1207',
  },
  {
    id: 'ashton-2016',
    authors: 'Ashton C, et al.',
    title: 'Treatment and outcomes in necrotising autoimmune myopathy: an Australian perspective',
    journal: 'Neuromuscul Disord',
    year: '2016',
    details: '26:734–740',
    kind: 'cohort',
    citation:
      'Ashton C, et al. Treatment and outcomes in necrotising autoimmune myopathy: an Australian perspective. Neuromuscul Disord 2016;26:734–740',
  },
  {
    id: 'wang-2022',
    authors: 'Wang JX, et al.',
    title: 'Outcome predictors of immune-mediated necrotizing myopathy — a retrospective, multicentre study',
    journal: 'Rheumatology',
    year: '2022',
    details: '61:3824–3829',
    doi: '10.1093/rheumatology/keac014',
    kind: 'cohort',
    citation:
      'Wang JX, et al. Outcome predictors of immune-mediated necrotizing myopathy — a retrospective, multicentre study. Rheumatology 2022;61:3824–3829. doi:10.1093/rheumatology/keac014',
  },
  {
    id: 'mammen-2015',
    authors: 'Mammen AL, Tiniakou E.',
    title: 'Intravenous immune globulin for statin-triggered autoimmune myopathy',
    journal: 'N Engl J Med',
    year: '2015',
    details: '373:1680–1682',
    kind: 'case series',
    citation:
      'Mammen AL, Tiniakou E. Intravenous immune globulin for statin-triggered autoimmune myopathy. N Engl J Med 2015;373:1680–1682',
  },
  {
    id: 'mcgrath-2018',
    authors: 'McGrath ER, Doughty CT, Amato AA.',
    title: 'Autoimmune myopathies: updates on evaluation and treatment',
    journal: 'Neurotherapeutics',
    year: '2018',
    details: '15:976–994',
    doi: '10.1007/s13311-018-00676-2',
    kind: 'review',
    citation:
      'McGrath ER, Doughty CT, Amato AA. Autoimmune myopathies: updates on evaluation and treatment. Neurotherapeutics 2018;15:976–994. doi:10.1007/s13311-018-00676-2',
  },
  {
    id: 'valiyil-2010',
    authors: 'Valiyil R, et al.',
    title: 'Rituximab therapy for myopathy associated with anti-SRP antibodies: a case series',
    journal: 'Arthritis Care Res',
    year: '2010',
    details: '62:1328–1334',
    doi: '10.1002/acr.20219',
    kind: 'case series',
    citation:
      'Valiyil R, et al. Rituximab therapy for myopathy associated with anti-SRP antibodies: a case series. Arthritis Care Res 2010;62:1328–1334. doi:10.1002/acr.20219',
  },
  {
    id: 'mammen-2016',
    authors: 'Mammen AL.',
    title: 'Statin-associated autoimmune myopathy',
    journal: 'N Engl J Med',
    year: '2016',
    details: '374:664–669',
    doi: '10.1056/NEJMra1515161',
    kind: 'review',
    citation:
      'Mammen AL. Statin-associated autoimmune myopathy. N Engl J Med 2016;374:664–669. doi:10.1056/NEJMra1515161',
  },
  {
    id: 'wu-2014',
    authors: 'Wu Y, et al.',
    title: 'Statin-associated autoimmune myopathies: a pathophysiologic spectrum',
    journal: 'Can J Neurol Sci',
    year: '2014',
    kind: 'case series',
    citation: 'Wu Y, et al. Statin-associated autoimmune myopathies: a pathophysiologic spectrum. Can J Neurol Sci 2014',
  },
  {
    id: 'allenbach-2016',
    authors: 'Allenbach Y, et al.',
    title: 'High risk of cancer in autoimmune necrotizing myopathies: usefulness of myositis specific antibody',
    journal: 'Brain',
    year: '2016',
    details: '139:2131–2135',
    doi: '10.1093/brain/aww054',
    kind: 'cohort',
    citation:
      'Allenbach Y, et al. High risk of cancer in autoimmune necrotizing myopathies: usefulness of myositis specific antibody. Brain 2016;139:2131–2135. doi:10.1093/brain/aww054',
  },
  {
    id: 'imacs-2023',
    authors: 'Oldroyd AGS, et al.',
    title: 'International guideline for idiopathic inflammatory myopathy-associated cancer screening (IMACS)',
    journal: 'Nat Rev Rheumatol',
    year: '2023',
    details: '19:805–817',
    doi: '10.1038/s41584-023-01045-w',
    kind: 'guideline',
    citation:
      'Oldroyd AGS, et al. International guideline for idiopathic inflammatory myopathy-associated cancer screening (IMACS). Nat Rev Rheumatol 2023;19:805–817. doi:10.1038/s41584-023-01045-w',
  },
  {
    id: 'bsr-2022',
    authors: 'Oldroyd AGS, Lilleker JB, et al.',
    title:
      'British Society for Rheumatology guideline on management of paediatric, adolescent and adult patients with idiopathic inflammatory myopathy',
    journal: 'Rheumatology',
    year: '2022',
    details: '61:1760–1768',
    doi: '10.1093/rheumatology/keac115',
    kind: 'guideline',
    citation:
      'Oldroyd AGS, Lilleker JB, et al. British Society for Rheumatology guideline on management of paediatric, adolescent and adult patients with idiopathic inflammatory myopathy. Rheumatology 2022;61:1760–1768. doi:10.1093/rheumatology/keac115',
  },
  {
    id: 'etg',
    short: 'eTG Rheumatology (Australia)',
    authors: '',
    title: 'Rheumatology: idiopathic inflammatory myopathies',
    journal: 'Therapeutic Guidelines (eTG complete, Australia)',
    year: '',
    kind: 'guideline',
    citation: 'Therapeutic Guidelines (eTG complete, Australia), Rheumatology: idiopathic inflammatory myopathies',
  },
  {
    id: 'bsr-dmard-2017',
    authors: 'Ledingham J, et al.',
    title:
      'BSR and BHPR guideline for the prescription and monitoring of non-biologic disease-modifying anti-rheumatic drugs',
    journal: 'Rheumatology',
    year: '2017',
    kind: 'guideline',
    citation:
      'Ledingham J, et al. BSR and BHPR guideline for the prescription and monitoring of non-biologic disease-modifying anti-rheumatic drugs. Rheumatology 2017',
  },
  {
    id: 'asco-2021',
    authors: 'Schneider BJ, Naidoo J, Santomasso BD, et al.',
    title:
      'Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy: ASCO guideline update',
    journal: 'J Clin Oncol',
    year: '2021',
    doi: '10.1200/JCO.21.01440',
    kind: 'guideline',
    citation:
      'Schneider BJ, Naidoo J, Santomasso BD, et al. Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy: ASCO guideline update. J Clin Oncol 2021. doi:10.1200/JCO.21.01440',
  },
  {
    id: 'eular-irae-2021',
    authors: 'Kostine M, et al.',
    title:
      'EULAR points to consider for the diagnosis and management of rheumatic immune-related adverse events due to cancer immunotherapy with checkpoint inhibitors',
    journal: 'Ann Rheum Dis',
    year: '2021',
    details: '80:36–48',
    doi: '10.1136/annrheumdis-2020-217139',
    kind: 'guideline',
    citation:
      'Kostine M, et al. EULAR points to consider for the diagnosis and management of rheumatic immune-related adverse events due to cancer immunotherapy with checkpoint inhibitors. Ann Rheum Dis 2021;80:36–48. doi:10.1136/annrheumdis-2020-217139',
  },
  {
    id: 'esmo-open-2021',
    short: 'ESMO Open 2021',
    authors: '',
    title: 'How we identify and treat neuromuscular toxicity induced by immune checkpoint inhibitors',
    journal: 'ESMO Open',
    year: '2021',
    details: '6:100317',
    doi: '10.1016/j.esmoop.2021.100317',
    kind: 'review',
    citation:
      'How we identify and treat neuromuscular toxicity induced by immune checkpoint inhibitors. ESMO Open 2021;6:100317. doi:10.1016/j.esmoop.2021.100317',
  },
  {
    id: 'pathak-2021',
    authors: 'Pathak R, et al.',
    title:
      'Immune checkpoint inhibitor-induced myocarditis with myositis/myasthenia gravis overlap syndrome: a systematic review of cases',
    journal: 'Oncologist',
    year: '2021',
    details: '26:1052–1061',
    doi: '10.1002/onco.13931',
    kind: 'systematic review',
    citation:
      'Pathak R, et al. Immune checkpoint inhibitor-induced myocarditis with myositis/myasthenia gravis overlap syndrome: a systematic review of cases. Oncologist 2021;26:1052–1061. doi:10.1002/onco.13931',
  },
  {
    id: 'ctcae-5',
    short: 'NCI CTCAE v5.0',
    authors: 'National Cancer Institute.',
    title: 'Common Terminology Criteria for Adverse Events v5.0, "Myositis"',
    journal: 'National Cancer Institute',
    year: '2017',
    kind: 'classification',
    citation: 'National Cancer Institute. Common Terminology Criteria for Adverse Events v5.0 (2017), "Myositis"',
  },
  {
    id: 'miller-1992',
    authors: 'Miller FW, et al.',
    title: 'Controlled trial of plasma exchange and leukapheresis in polymyositis and dermatomyositis',
    journal: 'N Engl J Med',
    year: '1992',
    details: '326:1380–1384',
    kind: 'RCT',
    citation:
      'Miller FW, et al. Controlled trial of plasma exchange and leukapheresis in polymyositis and dermatomyositis. N Engl J Med 1992;326:1380–1384',
  },
  {
    id: 'cpic-2018',
    authors: 'Relling MV, et al.',
    title: 'CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update',
    journal: 'Clin Pharmacol Ther',
    year: '2019',
    details: '105:1095–1105',
    doi: '10.1002/cpt.1304',
    kind: 'guideline',
    citation:
      'Relling MV, et al. CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update. Clin Pharmacol Ther 2019;105:1095–1105. doi:10.1002/cpt.1304',
  },
  {
    id: 'octagam-label',
    short: 'Octagam 10% prescribing information',
    authors: '',
    title: 'Octagam 10% (immune globulin intravenous, human) US prescribing information, dermatomyositis dosing',
    journal: 'Prescribing information',
    year: '',
    kind: 'label',
    citation: 'Octagam 10% (immune globulin intravenous, human) US prescribing information, dermatomyositis dosing',
  },
  {
    id: 'rituximab-label',
    short: 'Rituximab prescribing information',
    authors: '',
    title: 'Rituximab (Rituxan/MabThera) prescribing information, rheumatoid arthritis dosing',
    journal: 'Prescribing information',
    year: '',
    kind: 'label',
    citation: 'Rituximab (Rituxan/MabThera) prescribing information, rheumatoid arthritis dosing',
  },
  {
    id: 'mmf-label',
    short: 'Mycophenolate mofetil prescribing information',
    authors: '',
    title: 'Mycophenolate mofetil prescribing information (embryofetal toxicity boxed warning)',
    journal: 'Prescribing information',
    year: '',
    kind: 'label',
    citation: 'Mycophenolate mofetil prescribing information (embryofetal toxicity boxed warning)',
  },
  {
    id: 'eular-infection-2022',
    authors: 'Fragoulis GE, et al.',
    title:
      '2022 EULAR recommendations for screening and prophylaxis of chronic and opportunistic infections in adults with autoimmune inflammatory rheumatic diseases',
    journal: 'Ann Rheum Dis',
    year: '2023',
    kind: 'guideline',
    citation:
      'Fragoulis GE, et al. 2022 EULAR recommendations for screening and prophylaxis of chronic and opportunistic infections in adults with autoimmune inflammatory rheumatic diseases. Ann Rheum Dis 2023',
  },
  {
    id: 'acr-giop-2022',
    authors: 'Humphrey MB, et al.',
    title: '2022 ACR guideline for the prevention and treatment of glucocorticoid-induced osteoporosis',
    journal: 'American College of Rheumatology',
    year: '2022',
    kind: 'guideline',
    citation: 'Humphrey MB, et al. 2022 ACR guideline for the prevention and treatment of glucocorticoid-induced osteoporosis',
  },
  {
    id: 'acr-vaccine-2022',
    authors: 'Bass AR, et al.',
    title: '2022 ACR guideline for vaccinations in patients with rheumatic and musculoskeletal diseases',
    journal: 'Arthritis Care Res',
    year: '2023',
    details: '75:449–464',
    kind: 'guideline',
    citation:
      'Bass AR, et al. 2022 ACR guideline for vaccinations in patients with rheumatic and musculoskeletal diseases. Arthritis Care Res 2023;75:449–464',
  },
  {
    id: 'devine-1974',
    authors: 'Devine BJ.',
    title: 'Gentamicin therapy (ideal body weight formula)',
    journal: 'Drug Intell Clin Pharm',
    year: '1974',
    kind: 'formula',
    citation: 'Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974 (ideal body weight formula)',
  },
  {
    id: 'aggarwal-2017',
    authors: 'Aggarwal R, Rider LG, Ruperto N, et al.',
    title:
      '2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in adult dermatomyositis and polymyositis',
    journal: 'Arthritis Rheumatol',
    year: '2017',
    details: '69:898–910 (also Ann Rheum Dis 2017;76:792–801, doi:10.1136/annrheumdis-2017-211400)',
    doi: '10.1002/art.40064',
    kind: 'criteria',
    citation:
      'Aggarwal R, Rider LG, Ruperto N, et al. 2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in adult dermatomyositis and polymyositis. Arthritis Rheumatol 2017;69:898–910. doi:10.1002/art.40064 (also Ann Rheum Dis 2017;76:792–801, doi:10.1136/annrheumdis-2017-211400)',
  },
  {
    id: 'rider-2017',
    authors: 'Rider LG, Ruperto N, Pistorio A, et al.',
    title:
      '2016 ACR-EULAR adult dermatomyositis and polymyositis and juvenile dermatomyositis response criteria — methodological aspects',
    journal: 'Rheumatology',
    year: '2017',
    details: '56:1884–1893 (Table 3: the points per core set measure)',
    doi: '10.1093/rheumatology/kex226',
    kind: 'criteria',
    citation:
      'Rider LG, Ruperto N, Pistorio A, et al. 2016 ACR-EULAR adult dermatomyositis and polymyositis and juvenile dermatomyositis response criteria — methodological aspects. Rheumatology 2017;56:1884–1893. doi:10.1093/rheumatology/kex226 (Table 3: the points per core set measure)',
  },
  {
    id: 'mammen-2023',
    authors: 'Mammen AL, Amato AA, Dimachkie MM, et al.',
    title:
      'Zilucoplan in immune-mediated necrotising myopathy: a phase 2, randomised, double-blind, placebo-controlled, multicentre trial',
    journal: 'Lancet Rheumatol',
    year: '2023',
    details: '5:e67–e76',
    doi: '10.1016/S2665-9913(23)00003-6',
    kind: 'RCT',
    citation:
      'Mammen AL, Amato AA, Dimachkie MM, et al. Zilucoplan in immune-mediated necrotising myopathy: a phase 2, randomised, double-blind, placebo-controlled, multicentre trial. Lancet Rheumatol 2023;5:e67–e76. doi:10.1016/S2665-9913(23)00003-6',
  },
  {
    id: 'bsmo-irae',
    short: 'BSMO Immunomanager, myositis',
    authors: '',
    title: 'Immunomanager: myositis, grades 1 and 2',
    journal: 'Belgian Society of Medical Oncology (bsmo.be/immunomanager)',
    year: '',
    kind: 'guideline',
    citation: 'Belgian Society of Medical Oncology. Immunomanager: myositis, grades 1 and 2 (bsmo.be/immunomanager)',
  },
  {
    id: 'safa-2019',
    authors: 'Safa H, Johnson DH, Trinh VA, et al.',
    title:
      'Immune checkpoint inhibitor related myasthenia gravis: single center experience and systematic review of the literature',
    journal: 'J Immunother Cancer',
    year: '2019',
    details: '7:319',
    doi: '10.1186/s40425-019-0774-y',
    kind: 'systematic review',
    citation:
      'Safa H, Johnson DH, Trinh VA, et al. Immune checkpoint inhibitor related myasthenia gravis: single center experience and systematic review of the literature. J Immunother Cancer 2019;7:319. doi:10.1186/s40425-019-0774-y',
  },
  {
    id: 'ismp-bp',
    short: 'ISMP Best Practice 3',
    authors: '',
    title:
      'Targeted Medication Safety Best Practices for Hospitals, Best Practice 3 (weigh patients and record weights in metric units only)',
    journal: 'Institute for Safe Medication Practices',
    year: '',
    kind: 'safety practice',
    citation:
      'Institute for Safe Medication Practices. Targeted Medication Safety Best Practices for Hospitals, Best Practice 3 (weigh patients and record weights in metric units only)',
  },
  {
    id: 'azathioprine-label',
    short: 'Azathioprine and febuxostat prescribing information',
    authors: '',
    title:
      'Azathioprine (Imuran) US prescribing information: rheumatoid-arthritis dosing and the allopurinol interaction; febuxostat (Uloric) US prescribing information: contraindicated with azathioprine',
    journal: 'Prescribing information',
    year: '',
    kind: 'label',
    citation:
      'Azathioprine (Imuran) US prescribing information: rheumatoid-arthritis dosing and the allopurinol interaction; febuxostat (Uloric) US prescribing information: contraindicated with azathioprine',
  },
  {
    id: 'medsafe-2022',
    short: 'Medsafe Prescriber Update 2022',
    authors: '',
    title: 'Methotrexate and trimethoprim or co-trimoxazole: a risky combination',
    journal: 'Medsafe Prescriber Update',
    year: '2022',
    details: '43(1):6–7',
    kind: 'safety communication',
    citation: 'Medsafe. Methotrexate and trimethoprim or co-trimoxazole: a risky combination. Prescriber Update 2022;43(1):6–7',
  },
  {
    id: 'hopa-2018',
    authors: 'Fahrenbruch R, Kintzel P, Bott AM, et al.',
    title:
      'Dose rounding of biologic and cytotoxic anticancer agents: a position statement of the Hematology/Oncology Pharmacy Association',
    journal: 'J Oncol Pract',
    year: '2018',
    details: '14:e130–e136',
    kind: 'position statement',
    citation:
      'Fahrenbruch R, Kintzel P, Bott AM, et al. Dose rounding of biologic and cytotoxic anticancer agents: a position statement of the Hematology/Oncology Pharmacy Association. J Oncol Pract 2018;14:e130–e136',
  },
  {
    id: 'mohassel-2018',
    authors: 'Mohassel P, Mammen AL.',
    title: 'Anti-HMGCR myopathy',
    journal: 'J Neuromuscul Dis',
    year: '2018',
    details: '5:11–20',
    kind: 'review',
    citation: 'Mohassel P, Mammen AL. Anti-HMGCR myopathy. J Neuromuscul Dis 2018;5:11–20',
  },
  {
    id: 'cpic-2024',
    short: 'CPIC thiopurine update 2024',
    authors: '',
    title: 'Thiopurines and TPMT/NUDT15: guideline update of March 2024, dosing for combined intermediate metabolisers',
    journal: 'Clinical Pharmacogenetics Implementation Consortium (cpicpgx.org)',
    year: '2024',
    kind: 'guideline',
    citation:
      'Clinical Pharmacogenetics Implementation Consortium. Thiopurines and TPMT/NUDT15: guideline update of March 2024 (cpicpgx.org), dosing for combined intermediate metabolisers',
  },
  {
    id: 'proderm-2022',
    authors: 'Aggarwal R, Charles-Schoeman C, Schessl J, et al.',
    title: 'Trial of intravenous immune globulin in dermatomyositis (ProDERM)',
    journal: 'N Engl J Med',
    year: '2022',
    details: '387:1264–1278',
    doi: '10.1056/NEJMoa2117912',
    kind: 'RCT',
    citation:
      'Aggarwal R, Charles-Schoeman C, Schessl J, et al. Trial of intravenous immune globulin in dermatomyositis (ProDERM). N Engl J Med 2022;387:1264–1278. doi:10.1056/NEJMoa2117912',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof sourceList)[number]['id'];

export const SOURCE_IDS = sourceList.map((s) => s.id) as readonly SourceId[];

/** Every source by id (content-spec §1). */
export const SOURCES: Readonly<Record<SourceId, Source>> = Object.freeze(
  Object.fromEntries(sourceList.map((s) => [s.id, Object.freeze({ ...s })])) as Record<SourceId, Source>,
);
