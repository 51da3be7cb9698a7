import { setupServer } from 'msw/node';
import { demoLookupHandlers } from './handlers';

/**
 * The fake services for tests in Node. Each test file listens and closes; tests add their
 * own answers with `server.use(...)`, undone by `server.resetHandlers()`.
 */
export const server = setupServer(...demoLookupHandlers);
