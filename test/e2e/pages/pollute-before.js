// Runs before the bundle: a host page that pollutes Object.prototype, as old libraries did
// (json.js's enumerable toJSONString) and as an attack would (a javascript: protocol link, a
// reviewer, pounds as the weight unit, a vial step, a prednisone cap).
for (const [key, value] of Object.entries({
  toJSONString: function () {
    return '{}';
  },
  protocolUrl: 'javascript:alert(1)',
  protocolLabel: 'Polluted protocol',
  reviewedBy: 'Polluted reviewer',
  reviewedOn: '2020-01-01',
  weightUnit: 'lb',
  vialStepG: 50,
  maxDailyMg: 10,
  antibody: 'anti-srp',
  redFlags: ['myocarditis'],
})) {
  Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
}
