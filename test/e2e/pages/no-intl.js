// Runs before the bundle: a page without Intl whose number and date formatting is forced into
// another locale (a kiosk browser, a page script that "localises" everything).
delete globalThis.Intl;
Number.prototype.toLocaleString = function () {
  return String(this).replace('.', ',') + ' (de)';
};
Date.prototype.toLocaleDateString = function () {
  return '31.12.1999';
};
Date.prototype.toLocaleString = function () {
  return '31.12.1999 00:00';
};
