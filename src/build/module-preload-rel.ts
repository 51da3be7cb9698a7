// Read by vite.config.ts, never part of the browser bundle.
import type { Plugin } from 'vite';

/** The module Vite writes to preload a lazy chunk's imports alongside it. */
const preloadHelperId = '\0vite/preload-helper.js';

/** Its feature test, run at load: a `<link>` made to ask whether it takes `modulepreload`. */
const relQuestion = /\/\*\s*@__PURE__\s*\*\/\s*\(function detectScriptRel\(\) \{[\s\S]*?\n\}\)\(\)/;

/**
 * Writes the helper's answer in at build time: every browser HubSpot supports takes
 * `<link rel="modulepreload">` (the reason `build.modulePreload.polyfill` is off), and a
 * browser that did not would ignore the link and load each chunk when it is imported, as
 * it does with the polyfill off. Asked at run time, the question is part of the entry's top
 * level, which runs before the frame's load event and so before HubSpot's SYNC.
 */
export function answeredModulePreloadRel(): Plugin {
  return {
    name: 'handoff-answered-module-preload-rel',
    apply: 'build',
    transform(code, id) {
      if (id !== preloadHelperId) return null;
      if (!relQuestion.test(code)) {
        // A Vite that words its helper differently: say so rather than ship the question.
        this.error("Vite's preload helper no longer asks detectScriptRel(); update this plugin");
      }
      return { code: code.replace(relQuestion, "'modulepreload'"), map: null };
    },
  };
}
