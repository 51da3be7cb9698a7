import { builtinEnvironments, type Environment } from 'vitest/runtime';
import { closeWorkerChromium } from '../e2e/browser';

/**
 * Node's test environment, plus: when a browser test worker ends, it closes the Chromium
 * processes its files shared (workerChromium in tests/e2e/browser.ts). With modules kept
 * between files, a worker sets its environment up once and tears it down once, when it
 * stops.
 */
export default {
  name: 'node-with-chromium',
  viteEnvironment: 'ssr',
  async setup(global, options) {
    const node = await builtinEnvironments.node.setup(global, options);
    return {
      async teardown(global) {
        await closeWorkerChromium();
        await node.teardown(global);
      },
    };
  },
} satisfies Environment;
