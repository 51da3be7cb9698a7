/**
 * Runs one event at a time, to completion: an event dispatched while another is being
 * handled (an effect that fails at once, say) waits its turn, and events dispatched before
 * the handler exists wait for it. No event ever sees a half-updated widget.
 */
export function eventLoop<E>() {
  const queue: E[] = [];
  let handler: ((event: E) => void) | null = null;
  let running = false;

  const drain = () => {
    if (running || handler === null) return;
    running = true;
    try {
      for (let event = queue.shift(); event !== undefined; event = queue.shift()) handler(event);
    } finally {
      running = false;
    }
  };

  return {
    dispatch(event: E): void {
      queue.push(event);
      drain();
    },
    start(handle: (event: E) => void): void {
      handler = handle;
      drain();
    },
  };
}
