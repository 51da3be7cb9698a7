import { demoLookupPath } from '../mocks/demo-lookup-address';

/** Which phone app the simulated team's admin chose: what `?provider=` says in the widget URL. */
export type DemoPhoneApp = 'openphone' | 'caresoft';

export function demoPhoneAppFrom(search: string): DemoPhoneApp {
  return new URLSearchParams(search).get('provider')?.toLowerCase() === 'caresoft'
    ? 'caresoft'
    : 'openphone';
}

/**
 * The widget URL an admin would register, pointed at the embedded demo lookup service so
 * `npm start` shows caller data with nothing to set up (the demo token is public).
 */
export function demoWidgetUrl(origin: string, phoneApp: DemoPhoneApp): string {
  const query = new URLSearchParams({
    provider: phoneApp,
    lookupUrl: `${origin}${demoLookupPath}/api`,
  });
  return `${origin}/?${query}`;
}
