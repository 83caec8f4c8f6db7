// Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated) against the release build, served on
// loopback with brotli compression and long-lived caching for the hashed files, as a static host would serve it.
// Runs it three times (performance varies with the machine's load, so the median is the figure) and prints the four
// category scores; exits non-zero if accessibility, best practices or SEO is below 100 in any run (these do not
// vary), and reports performance without failing on it.
//   node scripts/lighthouse.mjs [dist]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const dist = resolve(process.argv[2] ?? 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
const compressed = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let path = join(dist, decodeURIComponent(url.pathname));
  if (!path.startsWith(dist) || !existsSync(path) || statSync(path).isDirectory()) path = join(dist, 'index.html');
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  // Trunk names the built files by their hash, so they can be cached for good; the page and the worker cannot.
  const hashed = /-[0-9a-f]{8,16}(_bg|_loader)?\.(js|wasm|css|txt)$/.test(path);
  const headers = { 'content-type': type, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
  let body = readFileSync(path);
  if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/')) {
    if (!compressed.has(path)) {
      compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    body = compressed.get(path);
    headers['content-encoding'] = 'br';
  }
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

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
  server.close();
}
process.exit(failed ? 1 : 0);
