// React DevTools' hook, reduced to what counting renders needs. React DOM looks for it when
// it loads, so this setup file runs before any test imports React DOM. It records nothing
// until a test starts counting (`countRenders`).

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** React's fiber tags for components that run code when they render. */
const componentTags = new Set([0, 1, 11, 14, 15]);
/** React sets this flag on a fiber whose component ran in the render being committed. */
const performedWork = 1;

const nameOf = (type: unknown): string => {
  if (typeof type === 'function') {
    const named = type as { displayName?: string; name?: string };
    return named.displayName ?? named.name ?? 'Anonymous';
  }
  if (typeof type === 'object' && type !== null) {
    const wrapped = type as { displayName?: string; render?: unknown; type?: unknown };
    return wrapped.displayName ?? nameOf(wrapped.render ?? wrapped.type);
  }
  return 'Anonymous';
};

/** Components that rendered in one commit: new ones, and old ones whose code ran again. */
function rendered(next: Fiber, prev: Fiber | null, names: string[]): void {
  if (componentTags.has(next.tag) && (prev === null || (next.flags & performedWork) !== 0)) {
    names.push(nameOf(next.type));
  }
  // An untouched subtree keeps the very same child fibers: nothing in it rendered.
  if (prev !== null && next.child === prev.child) return;
  for (let child = next.child; child !== null; child = child.sibling) {
    rendered(child, prev === null ? null : child.alternate, names);
  }
}

interface CountingHook {
  supportsFiber: true;
  isDisabled: false;
  renderers: Map<number, unknown>;
  /** Commits recorded since `countRenders`, or null when not counting. */
  recording: string[][] | null;
  inject(): number;
  checkDCE(): void;
  onScheduleFiberRoot(): void;
  onCommitFiberUnmount(): void;
  onPostCommitFiberRoot(): void;
  onCommitFiberRoot(renderer: number, root: { current: Fiber }): void;
}

function countingHook(): CountingHook {
  const hook: CountingHook = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    recording: null,
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot(_renderer, root) {
      if (hook.recording === null) return;
      const names: string[] = [];
      rendered(root.current, root.current.alternate, names);
      hook.recording.push(names);
    },
  };
  return hook;
}

// Test files share a worker's modules (`isolate: false`), and this file runs again before
// each of them: React DOM keeps the hook it found when it first loaded, so the first hook
// stays, and the count lives on it rather than in this module.
const global = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: CountingHook };
const hook = global.__REACT_DEVTOOLS_GLOBAL_HOOK__ ?? countingHook();
global.__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

/** Starts recording which components render in each commit; `stop` returns them. */
export function countRenders(): { stop: () => string[][] } {
  hook.recording = [];
  return {
    stop() {
      const recorded = hook.recording ?? [];
      hook.recording = null;
      return recorded;
    },
  };
}
