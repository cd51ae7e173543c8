/**
 * Where an element's institution configuration comes from: the `config` property, else the
 * `config` attribute (JSON), else a `<script type="application/json">` child. The core's
 * resolveConfig validates it; this only picks the raw value.
 */
export function rawConfig(host: HTMLElement, property: unknown, attribute: string | null): unknown {
  if (property !== undefined && property !== null) return property;
  if (attribute !== null && attribute.trim() !== '') return attribute;
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script?.textContent?.trim() ? script.textContent : undefined;
}
