// Makes the README's screenshots from the real page: `npm run screenshots`.
import { launchChromium, newContext, startDevServer } from '../tests/e2e/browser';

const { server, url } = await startDevServer();
const browser = await launchChromium();
try {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(url);
  await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
  await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
  const widget = page.frameLocator('#hubspot-calling-extension-iframe');
  await widget.getByRole('link', { name: 'Open here' }).waitFor();
  await page.screenshot({ path: 'docs/screenshot-handoff.png' });

  await widget.getByRole('button', { name: 'Connected' }).click();
  await widget.getByRole('button', { name: 'End call' }).click();
  await widget
    .getByRole('textbox', { name: 'Notes' })
    .fill('Wants a quote for 40 pallets.\nCall back Tuesday.');
  await page.screenshot({ path: 'docs/screenshot-wrap-up.png' });
  await context.close();
  console.log('Wrote docs/screenshot-handoff.png and docs/screenshot-wrap-up.png');
} finally {
  await browser.close();
  await server.close();
}
