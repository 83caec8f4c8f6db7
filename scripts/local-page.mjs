// The built page served from this machine, and the headless Chromium that opens it: shared by the size report,
// Lighthouse and the end-to-end test, so that all three serve and open the page the same way.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

// Files named by their content, cached for good (Trunk writes its hashes without leading zeros, so they are not
// always 16 digits long). The post-build step and deploy/nginx/stv-check.conf name the same files.
export const HASHED = /-[0-9a-f]{8,16}(_bg|_part2)?\.(js|wasm|css|txt)$/;

// The name (without extension) of the page's script and WebAssembly, from Trunk's loader in the built page's HTML;
// `null` if the loader is not as Trunk writes it.
export function pageScript(html) {
  return html.match(/import init, \* as bindings from '\/(stv-check-web-[0-9a-f]+)\.js'/)?.[1] ?? null;
}

// The built page's HTML with `<meta name=... content=...>` right after its `<meta charset>`, where the page and the
// service worker look for the files the build named.
export function withMeta(html, name, content) {
  return html.replace(/(<meta charset=["']?utf-8["']?\s*\/?>)/i, `$1<meta name="${name}" content="${content}">`);
}

// A case typed into the form as a person types it (the end-to-end test, and the split's recording of the form).
export async function fillCase(page, c) {
  if (c.host) await page.fill('#host', c.host);
  if (c.sector) await page.selectOption('#sector', c.sector);
  if (c.nationality) await page.fill('#nationality', c.nationality);
  if (c.residence) await page.selectOption('#residence', c.residence);
  if (c.activity) await page.fill('#activity', c.activity);
  if (c.role) await page.fill('#role', c.role);
  for (const [t, trip] of c.trips.entries()) {
    if (t > 0) await page.click('#add-trip');
    await page.fill(`#trip-${t}-arrival`, trip.arrival);
    if (trip.departure) await page.fill(`#trip-${t}-departure`, trip.departure);
    for (const [s, span] of trip.activity_days.entries()) {
      if (s > 0) await page.locator(`fieldset.trip >> nth=${t}`).locator('button.add-span').click();
      const [from, to] = typeof span === 'string' ? [span, ''] : [span.from, span.to];
      await page.fill(`#trip-${t}-span-${s}-from`, from);
      if (to) await page.fill(`#trip-${t}-span-${s}-to`, to);
    }
  }
}

// Serves `dist` on a free port of the loopback interface; an unknown path gets the page. With `compress`, as a static
// host would: brotli when the browser takes it, and hashed files cached for good.
export async function serveDist(dist, { compress = false, port = 0 } = {}) {
  const compressed = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = join(dist, decodeURIComponent(url.pathname));
    if (!path.startsWith(dist) || !existsSync(path) || statSync(path).isDirectory()) path = join(dist, 'index.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type };
    let body = readFileSync(path);
    if (compress) {
      headers['cache-control'] = HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/')) {
        if (!compressed.has(path)) compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = compressed.get(path);
        headers['content-encoding'] = 'br';
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// Debian's Chromium, headless; without the networking flags it tries hosts this machine cannot reach.
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// Run as a command, it serves a built page until stopped, as a static host would (scripts/serve.sh --release, where
// nginx is not installed):  node scripts/local-page.mjs dist 8080
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [dist = 'dist', port = '8080'] = process.argv.slice(2);
  const served = await serveDist(join(process.cwd(), dist), { compress: true, port: Number(port) });
  console.log(`serving ${dist} at ${served.origin}`);
}
