import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each browser file took in `npm test` (2-core machine, 5 Dec, load average 2-7),
 * tests and setup together. Vitest orders files by their last run's duration, which a fresh
 * clone (CI) does not have: it then runs the largest files first, and a short file with a
 * long wait in each test (accessibility, 91 lines, 33 s) started last and ran alone at the
 * end while the other worker sat idle.
 */
const measuredSeconds: Readonly<Record<string, number>> = {
  'tests/e2e/security.test.ts': 50,
  'tests/e2e/several-instances.test.ts': 43,
  'tests/e2e/simulator-demo-lookup.test.ts': 36,
  'tests/e2e/accessibility.test.ts': 33,
  'tests/e2e/keyboard.test.ts': 30,
  'tests/e2e/outbound.test.ts': 23,
  'tests/e2e/cross-site.test.ts': 21,
  'tests/e2e/simulator-page.test.ts': 19,
  'tests/e2e/simulator-calling-window.test.ts': 18,
  'tests/e2e/phone-sync.test.ts': 15,
  'tests/e2e/lookup-and-caresoft.test.ts': 15,
  'tests/e2e/recalled-call.test.ts': 14,
  'tests/e2e/sidebar-fit.test.ts': 14,
  'tests/e2e/host-origins.test.ts': 13,
  'tests/e2e/first-call.test.ts': 11,
  'tests/e2e/follow-up-text.test.ts': 6,
  'tests/e2e/inbound.test.ts': 4,
  'tests/e2e/build-scan.test.ts': 2,
};

/** A file not in the table yet runs first, as Vitest runs a file it has no record of. */
const unknown = Number.POSITIVE_INFINITY;

/**
 * Vitest's order (projects by `sequence.groupOrder`, the last run's durations), except that
 * browser files always come first in their group, longest first by the table above: with
 * two files at a time, a long file started last is what the whole run waits for.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const seconds = (file: TestSpecification) => {
      const path = file.moduleId.startsWith(`${root}/`)
        ? file.moduleId.slice(root.length + 1)
        : file.moduleId;
      return path.startsWith('tests/e2e/') ? (measuredSeconds[path] ?? unknown) : undefined;
    };
    const ranked = sorted.map((file, index) => ({
      file,
      index,
      group: file.project.config.sequence.groupOrder,
      seconds: seconds(file),
    }));
    // Vitest sorted by group first, so within a group only browser files move.
    return ranked
      .sort((a, b) => {
        if (a.group !== b.group) return a.index - b.index;
        if (a.seconds === undefined && b.seconds === undefined) return a.index - b.index;
        if (a.seconds === undefined) return 1;
        if (b.seconds === undefined) return -1;
        return b.seconds - a.seconds || a.index - b.index;
      })
      .map(({ file }) => file);
  }
}
