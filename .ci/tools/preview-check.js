#!/usr/bin/env node
// Drives `acnebotox preview` in Debian's Chromium for the conformance test (tests/AcneBotox.Conformance.Tests/Preview).
// Usage: node preview-check.js URL
//  1. Opens URL, runs axe-core on the preview page itself and prints one JSON line:
//     {"phase":"ready","title","source","findings":[...],"marks":[...],"violations":[...]}
//  2. Waits for a line "go MARKER" on stdin (the test has saved the article by then), then waits until the page's
//     source view shows MARKER without being reloaded, and prints
//     {"phase":"updated","elapsedMs","reloaded","violations","title","source","findings","marks"} or {"phase":"timeout",...}.
// Exit 0 when it ran to the end (the test judges the results), 2 when the check itself could not run.
'use strict';

const fs = require('fs');
const readline = require('readline');
const { launchChromium, openSelfContained, runCheck } = require('./chromium');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const UPDATE_LIMIT_MS = 15000;

function state() {
  const source = document.querySelector('#source');
  return {
    title: document.querySelector('h1') ? document.querySelector('h1').innerText : '',
    source: source ? source.innerText : '',
    findings: Array.from(document.querySelectorAll('#findings li')).map((li) => li.innerText),
    marks: Array.from(document.querySelectorAll('#source mark')).map((m) => `${m.className}: ${m.innerText}`),
  };
}

// axe-core on the preview page. The handout inside its frame is judged on its own by the HTML conformance tests.
async function axe(page) {
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false }),
    TAGS,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
}

async function main() {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node preview-check.js URL');
    return 2;
  }
  const input = readline.createInterface({ input: process.stdin });
  const lines = input[Symbol.asyncIterator]();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    // Marks the document: a full reload would lose it, so the test can tell a live update from a reload.
    await page.evaluate(() => { window.__notReloaded = true; });
    await page.evaluate(axeSource);
    const violations = await axe(page);
    console.log(JSON.stringify({ phase: 'ready', violations, ...(await page.evaluate(state)) }));

    const next = await lines.next();
    // Nothing more is read; an open standard input would keep node running.
    input.close();
    const marker = next.done ? '' : next.value.replace(/^go /, '').trim();
    const started = Date.now();
    let phase = 'updated';
    try {
      await page.waitForFunction(
        (text) => document.querySelector('#source') && document.querySelector('#source').innerText.includes(text),
        { polling: 20, timeout: UPDATE_LIMIT_MS },
        marker,
      );
    } catch (error) {
      phase = 'timeout';
    }
    const elapsedMs = Date.now() - started;
    const reloaded = !(await page.evaluate(() => window.__notReloaded === true));
    const after = await page.evaluate(state);
    // The updated page must pass too: swapped parts could bring duplicate ids or broken labels.
    if (reloaded) await page.evaluate(axeSource);
    console.log(JSON.stringify({ phase, elapsedMs, reloaded, violations: await axe(page), ...after }));
    return 0;
  } finally {
    await browser.close();
  }
}

runCheck('preview-check', main);
