// Trunk post-build hook, on the page as built (Trunk's staging folder):
// 1. minifies the JavaScript that Trunk could not (its minifier stops at wasm-bindgen's `export default`), with
//    terser, and updates the page's integrity hashes to match: about 1.5 KB of the first load;
// 2. has the WebAssembly fetched once the page's shell is painted (see below);
// 3. names the reader worker's files and the page's words by their content, and points the page at them;
// 4. gives the page a strict Content-Security-Policy (last, since it hashes the inline script as finally written),
//    writes the headers a <meta> cannot carry for static hosts (_headers, .nginx-headers.conf), and the
//    precompressed copies (.br, .gz).
//
// The policy: the page needs no network but its own origin, no third party, no eval. The one inline script is Trunk's loader,
// whose text names the hashed file names, so its hash changes with every build: this hook computes it from the page
// as built and writes the policy into a <meta> at the top of <head>, so the policy travels with the page to any
// static host. A meta policy cannot set frame-ancestors: the header files below add it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, existsSync, statSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { HASHED, pageScript, withMeta } from "./local-page.mjs";
import { splitWasm, workerLoader } from "./split-wasm.mjs";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";


const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8").replace(/<meta http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, "");

const release = !process.env.TRUNK_PROFILE || process.env.TRUNK_PROFILE === "release";

// The page's words, two files a language (the form's, and the findings' once the form is drawn), fetched by the
// page for its language (src/ui/language.rs), and its
// catalogue, fetched once the form is drawn (src/ui/own_files.rs): build.rs wrote them beside the build's other
// outputs, from data it had just checked; they are copied in under content-hashed names, which the page reads from
// <meta name="stv-messages-LANG"> and <meta name="stv-catalogue"> (and the service worker caches with the rest).
const profile = release ? "release" : "debug";
// The release build keeps its own target directory (scripts/build-release.sh sets CARGO_TARGET_DIR).
const buildDir = join(process.env.CARGO_TARGET_DIR ?? "target", "wasm32-unknown-unknown", profile, "build");
const fromBuild = (output, meta, named, what) => {
  const candidates = existsSync(buildDir)
    ? readdirSync(buildDir).map((d) => join(buildDir, d, "out", output)).filter((p) => existsSync(p))
    : [];
  if (candidates.length === 0) {
    console.error(`post-build: no ${output} under ${buildDir}: build.rs writes it; build again`);
    process.exit(1);
  }
  const newest = candidates.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const data = readFileSync(newest);
  const name = `${named}-${createHash("sha256").update(data).digest("hex").slice(0, 16)}.txt`;
  copyFileSync(newest, join(dir, name));
  html = withMeta(html, meta, `/${name}`);
  console.log(`post-build: ${what}: ${name} (${data.length} bytes)`);
};
for (const lang of ["en", "zh-Hant", "zh-Hans"]) {
  fromBuild(`messages-${lang}.txt`, `stv-messages-${lang}`, `messages-${lang}`, `${lang} words`);
  fromBuild(`findings-${lang}.txt`, `stv-findings-${lang}`, `findings-${lang}`, `${lang} words of the findings`);
}
fromBuild("catalogue.packed", "stv-catalogue", "catalogue", "catalogue");
// The letter reader's cue words, which the page hands to its worker (src/letter/cues.rs says why they are a file).
fromBuild("letter_cues.txt", "stv-letter-cues", "letter-cues", "letter reader's cue words");
// The page's WebAssembly in two parts: what the form needs first, and the rest (scripts/split-wasm.mjs). Only the
// release build is split; a development build loads the module whole.
if (release) html = await splitWasm(dir, html);

// Scripts that are not ES modules: the service worker and the offline banner.
const classic = (name) => name === "sw.js" || name.startsWith("offline");
for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") && release)) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  const minified = (await minify(source, { module: !classic(name), compress: { passes: 2 }, mangle: true })).code;
  const code = minified && minified.length < source.length ? minified : source;
  writeFileSync(path, code);
  const digest = (algorithm) => `${algorithm}-${createHash(algorithm).update(code, "utf8").digest("base64")}`;
  // The tags that name the file carry its integrity hash: replace it with the minified file's.
  html = html.replace(/<[^>]*>/g, (tag) => (new RegExp(`(?:href|src)=["']?/?${name.replace(/[.]/g, "\\.")}\\b`).test(tag)
    ? tag.replace(/integrity=["']?(sha(?:256|384|512))-[A-Za-z0-9+/=]+/, (_, algorithm) => `integrity=${digest(algorithm)}`)
    : tag));
  if (code !== source) console.log(`post-build: ${name}: ${source.length} → ${code.length} bytes`);
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

// The reader worker: the page's own WebAssembly, run in a module Web Worker (src/bin/stv-check-web.rs tells the two
// apart). Its loader imports the page's script and starts it; it is named by its content, and the page reads its
// address from <meta name="stv-worker">.
const page = pageScript(html);
if (!page) {
  console.error("post-build: Trunk's loader has changed: cannot find the page's script to start the worker from");
  process.exit(1);
}
{
  const loader = workerLoader(page);
  const name = `reader-worker-${createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), loader);
  html = withMeta(html, "stv-worker", `/${name}`);
  console.log(`post-build: reader worker: ${name}`);
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

// The headers a <meta> cannot carry, for a static host (deploy/README.md): the same policy with frame-ancestors,
// and the rest of the security headers. `_headers` is the file Netlify- and Cloudflare-style hosts read;
// `.nginx-headers.conf` is what deploy/nginx/stv-check.conf includes. Both are written for every build, because the
// policy names the hash of Trunk's loader script.
const security = {
  "Content-Security-Policy": `${policy}; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
const immutable = "public, max-age=31536000, immutable";
const lines = (headers) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join("\n");
writeFileSync(join(dir, "_headers"), [
  `/*\n${lines(security)}`,
  `/index.html\n  Cache-Control: no-cache`,
  `/sw.js\n  Cache-Control: no-cache`,
  `/manifest.webmanifest\n  Cache-Control: no-cache`,
  ...readdirSync(dir).filter((n) => HASHED.test(n)).map((n) => `/${n}\n  Cache-Control: ${immutable}`),
].join("\n\n") + "\n");
writeFileSync(join(dir, ".nginx-headers.conf"),
  Object.entries(security).map(([k, v]) => `add_header ${k} "${v}" always;`).join("\n") + "\n");

// Each text file also compressed, as .br and .gz beside it, for a server that sends them as they are
// (nginx's brotli_static and gzip_static): nothing is compressed per request.
if (release) {
  for (const name of readdirSync(dir).filter((n) => /\.(html|js|css|wasm|txt|webmanifest|svg)$/.test(n))) {
    const data = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(data, { level: 9 }));
  }
}
