// Trunk post-build hook, on the page as built (Trunk's staging folder):
// 1. minifies the JavaScript that Trunk could not (its minifier stops at wasm-bindgen's `export default`), with
//    terser, and updates the page's integrity hashes to match: about 1.5 KB of the first load;
// 2. has the WebAssembly fetched once the page's shell is painted (see below);
// 3. gives the page a strict Content-Security-Policy (last, since it hashes the inline script as finally written).
//
// The policy: the page needs no network but its own origin, no third party, no eval. The one inline script is Trunk's loader,
// whose text names the hashed file names, so its hash changes with every build: this hook computes it from the page
// as built and writes the policy into a <meta> at the top of <head>, so the policy travels with the page to any
// static host. (A meta policy cannot set frame-ancestors; a host that can send headers should add
// "frame-ancestors 'none'" too.)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8").replace(/<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, "");

const release = !process.env.TRUNK_PROFILE || process.env.TRUNK_PROFILE === "release";
for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") && release)) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  const { code } = await minify(source, { module: name !== "sw.js" && !name.startsWith("offline"), compress: { passes: 2 }, mangle: true });
  if (!code || code.length >= source.length) continue;
  writeFileSync(path, code);
  const digest = (algorithm) => `${algorithm}-${createHash(algorithm).update(code, "utf8").digest("base64")}`;
  // The tags that name the file carry its integrity hash: replace it with the minified file's.
  html = html.replace(/<[^>]*>/g, (tag) => (new RegExp(`(?:href|src)=["']?/?${name.replace(/[.]/g, "\\.")}\\b`).test(tag)
    ? tag.replace(/integrity=["']?(sha(?:256|384|512))-[A-Za-z0-9+/=]+/, (_, algorithm) => `integrity=${digest(algorithm)}`)
    : tag));
  console.log(`post-build: ${name}: ${source.length} → ${code.length} bytes`);
}

// 2. The shell in index.html is what the page first shows; the WebAssembly is what makes it work. So the
//    WebAssembly is fetched once the shell has been painted, not preloaded beside the styles: on a slow phone the
//    first paint does not wait for bandwidth the 190 KB download would take, and the checker follows a frame later.
html = html.replace(/<link[^>]*\brel=["']?preload\b[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*\brel=["']?preload\b[^>]*>/g, "");
html = html.replace(/(const wasm = await init\()/, "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n$1");
if (!html.includes("requestAnimationFrame")) {
  console.error("post-build: Trunk's loader has changed: cannot defer the WebAssembly until the shell is painted");
  process.exit(1);
}

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
