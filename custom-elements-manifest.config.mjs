// Custom Elements Manifest analyzer config: `npm run analyze` writes custom-elements.json from
// the JSDoc on the element classes (`@tagname`, `@summary`, `@fires`, `@csspart`, `@cssprop`, …).
//
// The elements are registered through the guarded `defineElement(TAG, Class)`, which the analyzer
// does not recognise as `customElements.define`. The plugin below adds the missing
// "custom-element-definition" exports to each define.ts module (from the class's `@tagname`),
// so tools that look tags up through the define modules (IDE plugins, Storybook) find them.

/** Adds `custom-element-definition` exports for classes registered with defineElement(). */
function defineElementPlugin() {
  return {
    name: 'nam-cds-define-element',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const elements = new Map();
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind === 'class' && decl.customElement && decl.tagName) {
            elements.set(decl.name, { tagName: decl.tagName, module: mod.path });
          }
        }
      }
      for (const mod of modules) {
        if (!/\/define\.(ts|js)$/.test(mod.path)) continue;
        const imported = (mod.exports ?? []).map((e) => e.declaration?.name);
        for (const [name, { tagName, module }] of elements) {
          const folder = module.replace(/\/[^/]+$/, '');
          if (!mod.path.startsWith(`${folder}/`) && !imported.includes(name)) continue;
          mod.exports ??= [];
          if (mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)) continue;
          mod.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module } });
        }
      }
      // The manifest documents the public API: the element modules and their define modules.
      // (Every element file is analysed, so members inherited from helpers and base classes are
      // resolved, but internal helper modules are not listed.)
      // Sorted by path: the analyzer lists files in the order the file system returns them,
      // which differs between machines, and the manifest must be the same on every clone.
      customElementsManifest.modules = modules
        .filter(
          (m) =>
            (m.declarations ?? []).some((d) => d.customElement) ||
            (m.exports ?? []).some((e) => e.kind === 'custom-element-definition'),
        )
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        mod.exports?.sort((a, b) => (a.kind === b.kind ? 0 : a.kind < b.kind ? -1 : 1));
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  packagejson: false,
  plugins: [defineElementPlugin()],
};
