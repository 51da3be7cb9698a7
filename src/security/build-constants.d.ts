// Values vite.config.ts writes into the bundle when it is built (`define`).

/** Origins an admin allowed, at build time, to embed the widget and start its handshake. */
declare const __HANDOFF_EXTRA_HOST_ORIGINS__: readonly string[] | undefined;
