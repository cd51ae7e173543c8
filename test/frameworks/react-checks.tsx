// Compiled by react18 and react19 (test/node/frameworks.test.mjs copies it into each project):
// the JSX types of nam-cds/react beyond what the README shows. Each @ts-expect-error must stay an
// error: tsc fails when the line below it compiles.
import { useRef } from 'react';
import 'nam-cds/define';
import type {} from 'nam-cds/react';
import type { DoseResult, NamDoseCalculator, NamPathway, NamPathwayChangeEvent, PathwayResult } from 'nam-cds';

export function Checks() {
  const pathway = useRef<NamPathway>(null);
  const calculator = useRef<NamDoseCalculator>(null);
  const onPathway = (event: NamPathwayChangeEvent) => {
    const result: PathwayResult = event.detail;
    return result.ok;
  };
  return (
    <>
      {/* Attributes by their HTML names, properties by theirs, React's own props. */}
      <nam-pathway ref={pathway} antibody="anti-hmgcr" statin="current" checkpoint-inhibitor red-flags="bulbar dysphagia" weight-unit="kg" mode="summary" theme="dark" heading-level="3" key="a" id="p" className="widget" />
      <nam-pathway checkpointInhibitor redFlags={['bulbar']} weight={70} config={{ prednisone: { maxDailyMg: 60 } }} onnam-pathway-change={onPathway} />
      <nam-dose-calculator ref={calculator} weight="72.5" weight-unit="lb" height-cm="170" sex="female" ivig-days="5" ivig-dosing-weight="adjusted" tpmt="normal" start-date="2026-12-01" methotrexate-day="friday" drugs="prednisone ivig" />
      <nam-dose-calculator weight={70} drugs={['prednisone']} headingLevel={3} onnam-dose-change={(event) => {
        const result: DoseResult = event.detail;
        return result.ok;
      }} />

      {/* @ts-expect-error theme is 'light' | 'dark' */}
      <nam-pathway theme="blue" />
      {/* @ts-expect-error checkpointInhibitor is a boolean property */}
      <nam-pathway checkpointInhibitor="yes" />
      {/* @ts-expect-error no such attribute or property */}
      <nam-dose-calculator dose="70" />
      {/* @ts-expect-error the calculator fires nam-dose-change, with a DoseResult */}
      <nam-dose-calculator onnam-dose-change={(event: NamPathwayChangeEvent) => event} />
      {/* @ts-expect-error result is read-only: not a prop */}
      <nam-pathway result={undefined} />
      {/* @ts-expect-error not a nam-cds element */}
      <nam-nothing />
    </>
  );
}

// The tag map and event map come with the package entry.
export function typedDom(root: ParentNode) {
  const el: NamPathway | null = root.querySelector('nam-pathway');
  el?.addEventListener('nam-pathway-change', (event) => {
    const result: PathwayResult = event.detail;
    return result;
  });
  const made: NamDoseCalculator = document.createElement('nam-dose-calculator');
  return made;
}
