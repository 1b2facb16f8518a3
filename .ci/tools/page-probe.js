#!/usr/bin/env node
// Opens one HTML file in Debian's Chromium at a given viewport width and reports what a reader gets:
// the page's scroll width (does anything push the page sideways?) and every visible text run with its
// computed font size (in points), style and word count.
// Usage: node page-probe.js FILE.html [--width 320]
// Prints JSON on stdout; exit 0, or 2 when the probe itself could not run.
'use strict';

const fs = require('fs');
const { launchChromium, openSelfContained, runCheck } = require('./chromium');


async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) {
    console.error(`usage: node page-probe.js FILE.html [--width N] (file not found: ${file})`);
    return 2;
  }
  const widthAt = process.argv.indexOf('--width');
  const width = widthAt > 0 ? Number(process.argv[widthAt + 1]) : 1024;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await openSelfContained(page, file);
    await page.evaluate(() => document.fonts.ready);
    const report = await page.evaluate(() => {
      const runs = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        const element = node.parentElement;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue;
        runs.push({
          text: text.slice(0, 80),
          element: element.tagName.toLowerCase(),
          points: parseFloat(style.fontSize) * 0.75,
          italic: style.fontStyle !== 'normal',
          words: text.split(' ').length,
          family: style.fontFamily,
        });
      }
      const fontsLoaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        fontsLoaded,
        runs,
      };
    });
    process.stdout.write(JSON.stringify({ width, ...report }, null, 2) + '\n');
    return 0;
  } finally {
    await browser.close();
  }
}

runCheck('page-probe', main);
