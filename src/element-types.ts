// Generated from custom-elements.json by `npm run analyze` (scripts/element-types.mjs): do not edit by hand.
// Every element's tag, attributes, settable properties and events, for the tag and event maps, the
// exported event types and the framework declarations (nam-cds/react, nam-cds/vue).
import type { DoseResult, FollowUpResult, PathwayResult, Visit } from './core/index.js';
import type { NamDoseCalculator } from './elements/dose-calculator/nam-dose-calculator.js';
import type { NamMonitor } from './elements/monitor/nam-monitor.js';
import type { NamPathway } from './elements/pathway/nam-pathway.js';

/** `nam-dose-change` on `<nam-dose-calculator>`: After each edit by the user (never on attribute or property changes). Bubbles and is composed; `detail` is the core's DoseResult, its lines limited to the drugs shown. */
export type NamDoseChangeEvent = CustomEvent<DoseResult>;
/** `nam-monitor-change` on `<nam-monitor>`: After each edit by the user (a cell, a visit added or removed, a drug date, the scale, the taper inputs); never on attribute or property changes. Bubbles and is composed; `detail` is `{ visits, result }`: the visits as the table now shows them (record values included) and the core's FollowUpResult. */
export type NamMonitorChangeEvent = CustomEvent<{ visits: Visit[]; result: FollowUpResult }>;
/** `nam-pathway-change` on `<nam-pathway>`: When the user changes an input (never on attribute or property changes). Bubbles and is composed; `detail` is the core's PathwayResult (`{ ok: true, input, steps, contentVersion, warnings }` or `{ ok: false, errors }`). */
export type NamPathwayChangeEvent = CustomEvent<PathwayResult>;

/** Every nam-cds element, by tag. */
export interface NamCdsElementTagNameMap {
  'nam-dose-calculator': NamDoseCalculator;
  'nam-monitor': NamMonitor;
  'nam-pathway': NamPathway;
}

/** Every nam-cds event, by name (they bubble and cross shadow roots). */
export interface NamCdsEventMap {
  'nam-dose-change': NamDoseChangeEvent;
  'nam-monitor-change': NamMonitorChangeEvent;
  'nam-pathway-change': NamPathwayChangeEvent;
}

/**
 * Per element: the class, its attributes (attribute name → the property it sets), the
 * properties a page may set, and the events it fires.
 */
export interface NamCdsElementApi {
  'nam-dose-calculator': {
    element: NamDoseCalculator;
    attributes: {
      'weight': 'weight';
      'weight-unit': 'weightUnit';
      'weight-confirmed': 'weightConfirmed';
      'height-cm': 'heightCm';
      'sex': 'sex';
      'age': 'age';
      'ivig-days': 'ivigDays';
      'ivig-dosing-weight': 'ivigDosingWeight';
      'tpmt': 'tpmt';
      'start-date': 'startDate';
      'methotrexate-day': 'methotrexateDay';
      'drugs': 'drugs';
      'config': 'config';
      'theme': 'theme';
      'heading-level': 'headingLevel';
    };
    properties: 'weight' | 'weightUnit' | 'weightConfirmed' | 'heightCm' | 'sex' | 'age' | 'ivigDays' | 'ivigDosingWeight' | 'tpmt' | 'startDate' | 'methotrexateDay' | 'drugs' | 'config' | 'fhir' | 'theme' | 'headingLevel';
    events: {
      'nam-dose-change': NamDoseChangeEvent;
    };
  };
  'nam-monitor': {
    element: NamMonitor;
    attributes: {
      'config': 'config';
      'mmt-max': 'mmtMax';
      'today': 'today';
      'taper-start': 'taperStart';
      'weight': 'weight';
      'weight-unit': 'weightUnit';
      'weight-confirmed': 'weightConfirmed';
      'height-cm': 'heightCm';
      'theme': 'theme';
      'heading-level': 'headingLevel';
    };
    properties: 'visits' | 'drugs' | 'fhir' | 'config' | 'mmtMax' | 'today' | 'taperStart' | 'weight' | 'weightUnit' | 'weightConfirmed' | 'heightCm' | 'theme' | 'headingLevel';
    events: {
      'nam-monitor-change': NamMonitorChangeEvent;
    };
  };
  'nam-pathway': {
    element: NamPathway;
    attributes: {
      'antibody': 'antibody';
      'statin': 'statin';
      'checkpoint-inhibitor': 'checkpointInhibitor';
      'severity': 'severity';
      'red-flags': 'redFlags';
      'phase': 'phase';
      'age': 'age';
      'ck-times-uln': 'ckTimesUln';
      'weight': 'weight';
      'weight-unit': 'weightUnit';
      'weight-confirmed': 'weightConfirmed';
      'config': 'config';
      'mode': 'mode';
      'theme': 'theme';
      'heading-level': 'headingLevel';
    };
    properties: 'antibody' | 'statin' | 'checkpointInhibitor' | 'severity' | 'redFlags' | 'phase' | 'age' | 'ckTimesUln' | 'weight' | 'weightUnit' | 'weightConfirmed' | 'config' | 'fhir' | 'mode' | 'theme' | 'headingLevel';
    events: {
      'nam-pathway-change': NamPathwayChangeEvent;
    };
  };
}

declare global {
  interface HTMLElementTagNameMap extends NamCdsElementTagNameMap {}
  interface HTMLElementEventMap extends NamCdsEventMap {}
}
