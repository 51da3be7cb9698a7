// Makes the README's screenshots from the real page: `npm run screenshots`.
import { launchChromium, newContext, startDevServer } from '../tests/e2e/browser';

const { server, url } = await startDevServer();
const browser = await launchChromium();
try {
  const context = await newContext(browser);
  const page = await context.newPage();
  // Tall enough for the widget's whole frame (it asks for up to 700 px) below HubSpot's bar.
  await page.setViewportSize({ width: 1280, height: 1060 });
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

  // The widget alone in two of its languages, switched in its own Settings as an agent does.
  const frame = '#hubspot-calling-extension-iframe';
  const french = await newContext(browser);
  const frenchPage = await french.newPage();
  await frenchPage.goto(url);
  await frenchPage.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
  const fr = frenchPage.frameLocator(frame);
  await fr.getByRole('button', { name: 'Settings', exact: true }).click();
  await fr.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await fr.getByRole('button', { name: 'Terminé' }).click();
  await frenchPage.getByRole('button', { name: 'Camille Durand' }).click();
  await frenchPage.getByRole('button', { name: 'Call +33 1 23 45 67 89' }).click();
  await fr.getByRole('button', { name: 'Pas de réponse' }).click();
  await fr.getByRole('textbox', { name: 'Notes' }).fill('Rappeler jeudi matin.');
  await frenchPage.locator(frame).screenshot({ path: 'docs/screenshot-fr-wrap-up.png' });
  await french.close();

  const japanese = await newContext(browser);
  const japanesePage = await japanese.newPage();
  await japanesePage.goto(url);
  await japanesePage
    .locator('[data-testid=widget-connection][data-connection=connected]')
    .waitFor();
  const ja = japanesePage.frameLocator(frame);
  await ja.getByRole('button', { name: 'Settings', exact: true }).click();
  await ja.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await ja.getByRole('button', { name: '完了' }).click();
  await japanesePage.getByRole('button', { name: '佐藤 陽翔 (Haruto Sato)' }).click();
  await japanesePage.getByRole('button', { name: 'Call +81 3-1234-5678' }).click();
  await ja.getByRole('link', { name: 'ここで開く' }).waitFor();
  await japanesePage.locator(frame).screenshot({ path: 'docs/screenshot-ja-handoff.png' });
  await japanese.close();
  console.log(
    'Wrote docs/screenshot-handoff.png, docs/screenshot-wrap-up.png, docs/screenshot-fr-wrap-up.png and docs/screenshot-ja-handoff.png',
  );
} finally {
  await browser.close();
  await server.close();
}
