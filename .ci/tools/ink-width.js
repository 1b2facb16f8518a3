// Ink widths of words drawn by Chromium: opens a self-contained page whose script measures each word (canvas text,
// shaped by Chromium's HarfBuzz with the page's @font-face fonts) and sets window.inkWidths; prints that as JSON.
// Usage: node ink-width.js page.html
'use strict';

const { launchChromium, openSelfContained, runCheck } = require('./chromium');

runCheck('ink-width', async () => {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node ink-width.js page.html');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await openSelfContained(page, file);
    await page.waitForFunction('window.inkWidths !== undefined', { timeout: 60000 });
    console.log(JSON.stringify(await page.evaluate('window.inkWidths')));
    return 0;
  } finally {
    await browser.close();
  }
});
