// Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated) against the release build, served on
// loopback with brotli compression and long-lived caching for the hashed files, as a static host would serve it.
// Runs it three times (performance varies with the machine's load, so the median is the figure) and prints the four
// category scores; exits non-zero if accessibility, best practices or SEO is below 100 in any run (these do not
// vary), and reports performance without failing on it.
//   node scripts/lighthouse.mjs [dist]

import { resolve } from 'node:path';
import { serveDist } from './local-page.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const dist = resolve(process.argv[2] ?? 'dist');
const served = await serveDist(dist, { compress: true });
const url = `${served.origin}/`;

let failed = false;
const RUNS = Number(process.env.LH_RUNS ?? 3);
const performance = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, {
        extends: 'lighthouse:default',
        settings: { formFactor: 'mobile', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      });
      const lhr = result.lhr;
      const scores = Object.entries(lhr.categories).map(([id, c]) => [id, c.title, Math.round(c.score * 100)]);
      const m = (id) => lhr.audits[id]?.displayValue ?? '?';
      if (process.env.LH_DEBUG) console.log('benchmarkIndex', lhr.environment.benchmarkIndex, JSON.stringify(lhr.configSettings.throttling));
      console.log(`run ${run}: ${scores.map(([, title, score]) => `${title} ${score}`).join(', ')}; first contentful paint ${m('first-contentful-paint')}, largest contentful paint ${m('largest-contentful-paint')}, total blocking time ${m('total-blocking-time')}, cumulative layout shift ${m('cumulative-layout-shift')}`);
      for (const [id, , score] of scores) {
        if (id === 'performance') performance.push(score);
        else if (score < 100) {
          failed = true;
          for (const ref of lhr.categories[id].auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  - ${audit.id}: ${audit.title}`);
          }
        }
      }
      if (process.env.LH_DEBUG) {
        for (const id of ['mainthread-work-breakdown', 'bootup-time', 'long-tasks', 'largest-contentful-paint-element']) {
          console.log(id, String(JSON.stringify(lhr.audits[id]?.details?.items ?? lhr.audits[id]?.displayValue)).slice(0, 1500));
        }
      }
    } finally {
      await chrome.kill();
    }
    // Let the last browser finish exiting before the next run, so that runs do not share the machine with it.
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  performance.sort((a, b) => a - b);
  console.log(`lighthouse (mobile): performance ${performance[Math.floor(performance.length / 2)]} (median of ${performance.length}: ${performance.join(', ')}), accessibility, best practices and SEO ${failed ? 'NOT all 100' : '100'}`);
} finally {
  served.close();
}
process.exit(failed ? 1 : 0);
