#!/usr/bin/env node
// Opens one HTML file in Debian's Chromium and runs axe-core on it.
// Usage: node axe-check.js FILE.html [--scheme light|dark]
// --scheme emulates prefers-color-scheme (the handout has a dark theme); light by default.
// Prints {"violations":[...]} as JSON on stdout. Exit 0 when there are no violations,
// 1 when there are, 2 when the check itself could not run.
'use strict';

const fs = require('fs');
const { launchChromium, openSelfContained, runCheck } = require('./chromium');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function main() {
  const file = process.argv[2];
  const schemeAt = process.argv.indexOf('--scheme');
  const scheme = schemeAt > 0 ? process.argv[schemeAt + 1] : 'light';
  if (!file || !fs.existsSync(file)) {
    console.error(`usage: node axe-check.js FILE.html (file not found: ${file})`);
    return 2;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await openSelfContained(page, file);
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    const violations = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
    process.stdout.write(JSON.stringify({ axe: results.testEngine.version, scheme, violations }, null, 2) + '\n');
    return violations.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

runCheck('axe-check', main);
