/**
 * The pathway map's styles: nodes off the route are dashed, thin and muted (the muted text colour,
 * at least 3:1 against the background, WCAG 1.4.11); on the route they get a thick solid border
 * and a bold label; the current node is filled and ringed (never colour alone). The drawing never
 * renders narrower than MAP_MIN_WIDTH, so its words stay at least MAP_MIN_TEXT_PX; a narrower
 * figure scrolls it sideways.
 */
import { css } from 'lit';
import { MAP_FONT, MAP_MIN_WIDTH } from './render-map.js';

export const mapStyles = css`
  /* Pathway map */
  .map {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 8px 10px 10px;
    min-width: 0;
  }
  .map h3 {
    margin-top: 0;
  }
  .map-desc {
    font-size: 0.9em;
  }
  .map-scroll {
    overflow-x: auto;
    margin-top: 8px;
  }
  .map-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .map-svg {
    display: block;
    width: 100%;
    min-width: ${MAP_MIN_WIDTH}px;
    max-width: var(--nam-map-max-width, 440px);
    height: auto;
    margin: 0 auto;
    overflow: visible;
  }
  .map-svg text {
    font-family: inherit;
    font-size: ${MAP_FONT.label}px;
    fill: var(--_fg);
  }
  .map-svg text.caption {
    font-size: ${MAP_FONT.caption}px;
    font-weight: 700;
    fill: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .node .box {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .node.inactive text {
    fill: var(--_muted);
  }
  .node.active .box {
    fill: var(--_info-bg);
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .node.active text {
    font-weight: 700;
  }
  .node.active.critical .box {
    fill: var(--_critical-bg);
    stroke: var(--_critical);
  }
  .node.current .box {
    fill: var(--_accent);
  }
  .map-svg .node.current text {
    fill: var(--_bg);
  }
  .node .ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .edge polyline {
    fill: none;
  }
  .edge line,
  .edge polyline {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 3;
  }
  .edge polygon {
    fill: var(--_muted);
  }
  .edge.active line,
  .edge.active polyline {
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .edge.active polygon {
    fill: var(--_accent);
  }
  .map-key {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .map-key li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    display: inline-block;
    width: 22px;
    height: 14px;
    border-radius: 3px;
  }
  .swatch-current {
    background: var(--_accent);
    border: 3px solid var(--_accent);
    outline: 1px solid var(--_accent);
    outline-offset: 1px;
  }
  .swatch-route {
    background: var(--_info-bg);
    border: 3px solid var(--_accent);
  }
  .swatch-off {
    background: var(--_surface);
    border: 1px dashed var(--_muted);
  }
  @media print {
    .map {
      position: static;
      break-inside: avoid;
      margin-top: 12px;
    }
    .map-scroll {
      overflow: visible;
    }
    .map-svg {
      max-width: ${MAP_MIN_WIDTH}px;
    }
  }
`;
