// What every Node bundle of Verbatim's main code needs besides bundling (build.config.mjs,
// the tests' bundles, the Insight benchmark). Vega's Node build of vega-canvas looks for the
// optional native "canvas" package with a top-level await, which a CommonJS bundle cannot
// hold; the charts need no canvas (text is measured by estimate), so the browser build,
// which finds none, is bundled instead.
export const NODE_BUNDLE_ALIAS = { 'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js' };
