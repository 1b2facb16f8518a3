// What the browser checks share: Debian's Chromium started the same way, a local handout opened with every
// request beyond the file itself blocked (a handout is self-contained, so any other request is a bug), and one
// way for a check to end (exit 2 when the check itself could not run).
'use strict';

const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.ACNEBOTOX_CHROMIUM || '/usr/bin/chromium';

function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
}

async function openSelfContained(page, file) {
  const fileUrl = pathToFileURL(path.resolve(file)).href;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url === fileUrl || url.startsWith('data:')) request.continue();
    else request.abort();
  });
  await page.goto(fileUrl, { waitUntil: 'load', timeout: 60000 });
}

function runCheck(name, main) {
  main().then(
    (code) => { process.exitCode = code; },
    (error) => { console.error(`${name}: ${error && error.stack ? error.stack : error}`); process.exitCode = 2; },
  );
}

module.exports = { launchChromium, openSelfContained, runCheck };
