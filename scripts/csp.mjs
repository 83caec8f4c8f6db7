// Trunk post-build hook: gives the built page a strict Content-Security-Policy.
//
// The page needs no network but its own origin, no third party, no eval. The one inline script is Trunk's loader,
// whose text names the hashed file names, so its hash changes with every build: this hook computes it from the page
// as built and writes the policy into a <meta> at the top of <head>, so the policy travels with the page to any
// static host. (A meta policy cannot set frame-ancestors; a host that can send headers should add
// "frame-ancestors 'none'" too.)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8").replace(/<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, "");

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/(<meta charset=["']?utf-8["']?\s*\/?>)/i, `$1${meta}`);
if (!html.includes(meta)) {
  console.error(`csp: no <meta charset> in ${file} to put the policy after`);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp: ${file}: ${hashes.length} inline script(s) allowed by hash`);
