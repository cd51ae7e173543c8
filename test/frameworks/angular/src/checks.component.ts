// The Angular template types beyond what the README shows, under strictTemplates: the events'
// $event is typed from the tag and event maps the package declares.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'nam-cds/define';
import type { DoseResult, NamPathwayChangeEvent, PathwayResult } from 'nam-cds';

@Component({
  selector: 'app-checks',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <nam-pathway antibody="anti-hmgcr" [redFlags]="flags" (nam-pathway-change)="pathway = $event.detail"></nam-pathway>
    <nam-dose-calculator weight="70" (nam-dose-change)="doses = $event.detail"></nam-dose-calculator>
    <nam-dose-calculator weight="70" (nam-dose-change)="onPathway($any($event))"></nam-dose-calculator>
  `,
})
export class ChecksComponent {
  flags = ['bulbar'];
  pathway?: PathwayResult;
  doses?: DoseResult;
  onPathway(event: NamPathwayChangeEvent) {
    return event.detail.ok;
  }
}
