// The page's WebAssembly in two parts, by when the page first needs each function (called from post-build.mjs on
// the release build). One module serves the page and its reader worker (src/bin/stv-check-web.rs). Whole, it is
// about 265 KB brotli, which a visitor would wait for before the form works; the form and a visitor's check run on
// about half of it. So binaryen's wasm-split cuts it in two:
//
// 1. Which functions go first is measured, not guessed. An instrumented copy of the module, which records each
//    function it runs, is opened in headless Chromium: in each of the page's languages, the form is drawn and used
//    (every field typed into, the languages switched, the delegation view opened, a letter pasted) with the
//    catalogue held back and then failing; and each of the specification's examples is typed in and checked to its
//    verdict, on a wide screen and a phone's. The records are read out and merged.
// 2. What ran stays in the first part, under the module's own name. Every other function (the delegation view's,
//    and all that only the worker runs: the letter reader, the file and spreadsheet readers) goes to the second
//    part, `<name>_part2.wasm`, which shares the first part's memory, table and globals.
// 3. In the first part, each moved function's slot in the table holds a stand-in until the second part is here.
//    wasm-bindgen's script is given those stand-ins and `globalThis.stvSecondPart()`, which fetches and instantiates
//    the second part once. The page asks for it as soon as its form is drawn; the delegation view and the worker wait
//    for it (src/ui/app.rs). So a stand-in runs only if something the record did not see is used first. It then
//    loads the second part at once (a synchronous request, from the service worker's cache after a first visit) and
//    calls on: a missed function costs a pause, never a wrong answer. Only if the second part cannot be had at all
//    then (offline before a first visit) does the page stop, until it is reloaded. The worker runs the same script:
//    its first call into the second part loads it that way, which a worker may do.
// While recording, the page is given a loader of the second part that never delivers, so that it runs the code it
// will run before the second part is here.
//
// wasm-split comes from Debian's binaryen 108 (scripts/setup.sh unpacks it into target/tools): it cannot read
// reference types, so the release build turns them off (scripts/build-release.sh).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fillCase, launchChromium, pageScript, serveDist, withMeta } from "./local-page.mjs";

const EXAMPLES = resolve("tests/examples");
const FEATURES = ["--enable-bulk-memory", "--enable-sign-ext", "--enable-mutable-globals",
  "--enable-nontrapping-float-to-int", "--enable-multivalue"];

export function wasmSplitTool() {
  const tool = process.env.WASM_SPLIT ?? resolve("target/tools/binaryen/usr/bin/wasm-split");
  return existsSync(tool) ? tool : null;
}

// What the page does with its form before the second part is here: what the record should see.
async function useTheForm(page) {
  const fill = async (selector, text) => {
    if (await page.locator(selector).count()) await page.fill(selector, text);
  };
  await fill("#host", "Hong Kong Academy for Performing Arts");
  await fill("#nationality", "United Kingdom");
  await fill("#activity", "masterclasses and a recital");
  await fill("#role", "violinist");
  await fill("#trip-0-arrival", "2027-03-01");
  await fill("#trip-0-departure", "2027-03-12");
  await fill("#trip-0-span-0-from", "2027-03-02");
  await fill("#trip-0-span-0-to", "2027-03-10");
  await fill("#letter", "Dear Ms Lee,\nWe are pleased to invite you to give a masterclass on 2 March 2027.\nYours sincerely,\nJohn Chan");
  for (const language of ["繁體中文", "简体中文", "English"]) {
    await page.getByRole("button", { name: language }).click();
    await page.waitForTimeout(300);
  }
  // The delegation view before its code is here: it says it is getting ready.
  await page.getByRole("button", { name: "A delegation (organisers)" }).click();
  await page.waitForSelector(".layout-batch [role=status]");
  await page.getByRole("button", { name: "One visitor" }).click();
}

// What a visitor does with a check once it is made: a link to it copied and opened, and a host's name mistyped and
// the suggestion taken. (The opened link's page is recorded as a page of its own.)
async function useTheResult(page, context, served, profiles, viewport) {
  await page.getByRole("button", { name: "Copy a link to this check" }).click();
  const link = await page.inputValue("#shared-link");
  const other = await context.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, served.origin));
  await other.waitForSelector("[data-verdict]:not([data-verdict=none])");
  await other.waitForTimeout(500);
  profiles.push(join(dirname(profiles[0]), `link-${viewport.width}.profile`));
  writeFileSync(profiles.at(-1), await readRecord(other));
  await other.close();
  await page.fill("#host", "Hong Kong Acadmy for Performing Art");
  await page.locator(".match button").first().click();
  // (Not "Clear everything": a visitor clears a check long after the second part is here, and should they not, its
  // stand-in loads the second part at once. Its code is not worth its bytes in the first load.)
}

// In each page recorded: keep the module's exports, to read the record from; and stand in for the loader of the
// second part that the split build's script has (the module is whole here), so that the page runs the code it
// will run split before the second part is here: it asks for the second part, which never comes (each time, as
// over a dropped connection), so that what the page says then (the reader could not be loaded, the delegation view
// getting ready, trying again) is recorded too.
const RECORDING = () => {
  addEventListener("TrunkApplicationStarted", (event) => { window.__module = event.detail.wasm; });
  const load = () => Promise.reject(new Error("offline"));
  globalThis.stvSecondPart = Object.assign(load, { here: () => false, now: () => {} });
};

// What the instrumented module in `page` recorded: which of its functions ran, as wasm-split reads it.
async function readRecord(page) {
  return Buffer.from(await page.evaluate(() => {
    const module = window.__module;
    const size = 1 << 20;
    const at = module.__wbindgen_malloc(size, 8);
    const written = module.__write_profile(at, size);
    return Array.from(new Uint8Array(module.memory.buffer, at, written));
  }));
}

// The instrumented module's record of which functions ran, as wasm-split reads it.
async function record(dir, html, wasmName, tool) {
  const copy = mkdtempSync(join(tmpdir(), "stv-split-"));
  try {
    cpSync(dir, copy, { recursive: true });
    // With its reader worker, which the page starts once idle: the page's side of it is the first part's.
    const old = wasmName.replace(/_bg\.wasm$/, "");
    writeFileSync(join(copy, "reader-worker.js"), workerLoader(old));
    writeFileSync(join(copy, "index.html"), withMeta(html, "stv-worker", "/reader-worker.js"));
    execFileSync(tool, [...FEATURES, join(dir, wasmName), "--instrument", "-o", join(copy, wasmName)]);
    const served = await serveDist(copy);
    const browser = await launchChromium();
    try {
      // A browser in each language the page opens in: each draws the form by a path of its own.
      const profiles = [];
      for (const locale of ["en-GB", "zh-HK", "zh-CN"]) {
        const context = await browser.newContext({ locale, serviceWorkers: "block" });
        await context.addInitScript(RECORDING);
        // The catalogue is held back, as a slow connection would, then fails, as a dropped one would: what runs
        // meanwhile (the form, and the page saying it waits and tries again) is what the first part needs.
        const held = [];
        let failing = false;
        await context.route(/\/catalogue-[0-9a-f]+\.txt$/, (route) => (failing ? route.abort() : held.push(route)));
        const page = await context.newPage();
        await page.goto(served.origin + "/");
        await page.waitForSelector("#host");
        await useTheForm(page);
        failing = true;
        for (const route of held.splice(0)) await route.abort();
        await page.waitForTimeout(2500);
        profiles.push(join(copy, `${locale}.profile`));
        writeFileSync(profiles.at(-1), await readRecord(page));
        await context.close();
      }
      // Then checks as a visitor makes them: each of the specification's examples typed into a fresh page, up to
      // its verdict, so that checking and drawing the result are in the first part too.
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block", viewport });
      await context.addInitScript(RECORDING);
      const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")).sort();
      for (const name of examples) {
        const example = JSON.parse(readFileSync(join(EXAMPLES, name), "utf8"));
        const page = await context.newPage();
        await page.goto(served.origin + "/");
        await page.waitForSelector("#host");
        await fillCase(page, example.case);
        await page.waitForSelector(`[data-verdict="${example.expect.verdict}"]`);
        // And what the page does when idle after its first check, before the rest of its code is here.
        await page.waitForTimeout(1500);
        if (name === examples[0]) await useTheResult(page, context, served, profiles, viewport);
        profiles.push(join(copy, `${name}-${viewport.width}.profile`));
        writeFileSync(profiles.at(-1), await readRecord(page));
        await page.close();
      }
      await context.close();
      }
      const merged = join(copy, "form.profile");
      execFileSync(tool, ["--merge-profiles", ...profiles, "-o", merged]);
      return readFileSync(merged);
    } finally {
      await browser.close();
      served.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// What wasm-bindgen's script gains: the stand-ins it gives the first part, and the loader of the second.
const LOADER = (part2) => `
const SECOND_PART = (() => {
  const url = new URL("./${part2}", import.meta.url);
  let here = false, loading, arrived;
  const ready = new Promise((resolve) => { arrived = resolve; });
  const settle = (instance) => {
    here = true;
    arrived();
    return instance;
  };
  const instantiate = (module) => here || settle(new WebAssembly.Instance(module, { p: wasm }));
  // The page cannot go on without the second part (offline before a first visit is over): say so, in the page's
  // language, rather than stop without a word. What was typed stays in the form until the page is reloaded.
  const stopped = () => {
    if (typeof document === "undefined" || document.getElementById("stopped-banner")) return;
    const lang = document.documentElement.lang;
    const banner = document.createElement("div");
    banner.id = "stopped-banner";
    banner.className = "update-banner";
    banner.setAttribute("role", "alert");
    banner.textContent = lang.startsWith("zh-Hant")
      ? "檢查器未能下載其餘部分，所以停了下來。請先複製您輸入的內容，連線後重新載入本頁。"
      : lang.startsWith("zh")
      ? "检查器未能下载其余部分，所以停了下来。请先复制您输入的内容，联网后重新加载本页。"
      : "The checker could not download the rest of itself, so it has stopped. Copy anything you typed, then reload the page once you are online.";
    document.body.append(banner);
  };
  // A stand-in was called before the second part arrived: load it now, synchronously (a page may not ask for an
  // ArrayBuffer synchronously, so it reads the bytes as text, one character each).
  const loadNow = () => {
    try {
      const request = new XMLHttpRequest();
      request.open("GET", url, false);
      const page = typeof document !== "undefined";
      if (page) request.overrideMimeType("text/plain; charset=x-user-defined"); else request.responseType = "arraybuffer";
      request.send();
      if (request.status !== 200) throw new Error("the page's second part could not be loaded: " + request.status);
      const bytes = page ? Uint8Array.from(request.responseText, (c) => c.charCodeAt(0) & 0xff) : new Uint8Array(request.response);
      instantiate(new WebAssembly.Module(bytes));
    } catch (error) {
      // (Whatever failed: the request, or what came back, which may not be the module: a host's page for a file it
      // no longer has.)
      stopped();
      throw error;
    }
  };
  // Loads the second part once; settles when it is here, by either way.
  globalThis.stvSecondPart = () => {
    if (here) return Promise.resolve();
    // (Instantiated asynchronously: a browser may refuse a large module synchronously on the page's thread. Should
    // either step fail, the next call starts again.)
    loading ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error("the page's second part could not be loaded: " + response.status);
        // (A host that does not serve .wasm as application/wasm cannot stream it: compile it from its bytes.)
        return (response.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase() === "application/wasm"
          ? WebAssembly.compileStreaming(response)
          : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
      })
      .then((module) => here || WebAssembly.instantiate(module, { p: wasm }).then((instance) => here || settle(instance)))
      .catch((error) => { loading = undefined; throw error; });
    return Promise.race([loading, ready]);
  };
  globalThis.stvSecondPart.here = () => here;
  // For the end-to-end test of the way a stand-in loads it.
  globalThis.stvSecondPart.now = () => here || loadNow();
  return new Proxy({}, {
    get: (_, slot) => (...args) => {
      if (!here) loadNow();
      return wasm.table.get(Number(slot))(...args);
    },
  });
})();
`;

// The reader worker's script: a module worker that starts the page's own script and WebAssembly (named `base`).
// (A failed start is thrown again outside the promise, so that the page's Worker hears of it as an error.)
export const workerLoader = (base) =>
  `import init from "./${base}.js";init({ module_or_path: "./${base}_bg.wasm" }).catch((e) => setTimeout(() => { throw e; }));`;

// Splits the page's WebAssembly in `dir` (Trunk's staging folder) and returns the page's HTML with its new names.
export async function splitWasm(dir, html) {
  const tool = wasmSplitTool();
  if (!tool) {
    console.error("split-wasm: no wasm-split (binaryen): run scripts/setup.sh serve first");
    process.exit(1);
  }
  const old = pageScript(html);
  if (!old) {
    console.error("split-wasm: Trunk's loader has changed: cannot find the page's script");
    process.exit(1);
  }
  const wasmName = `${old}_bg.wasm`;
  const profile = join(dir, ".form.profile");
  writeFileSync(profile, await record(dir, html, wasmName, tool));
  const first = join(dir, ".part1.wasm"), second = join(dir, ".part2.wasm");
  // (One-letter namespaces for the stand-ins and for what the second part takes from the first: they are named once
  // for each of several hundred functions.)
  execFileSync(tool, [...FEATURES, join(dir, wasmName), `--profile=${profile}`, "--placeholder-namespace=s", "--import-namespace=p",
    "-o1", first, "-o2", second]);
  rmSync(profile);
  // wasm-split leaves each part as it cut it: npm's newer wasm-opt takes about 3 KB (brotli) more off the two.
  // (Names of imports and exports, which tie the parts together, are kept by it.) Flattening each function and
  // rebuilding its control flow first (--flatten --rereloop), then optimising twice, takes 2.2 KB more (measured on
  // 2026-12-01: 307.7 → 305.6 KB for the two parts), for about 25 seconds of build.
  for (const part of [first, second]) execFileSync("wasm-opt", [...FEATURES, "--flatten", "--rereloop", "-Oz", "-Oz", part, "-o", part]);

  // The stand-ins go in beside wasm-bindgen's own imports.
  const script = readFileSync(join(dir, `${old}.js`), "utf8");
  const imports = /(return \{\s*__proto__: null,\s*"\.\/[\w-]+_bg\.js": import0,)/;
  if (!imports.test(script) || !/\nexport \{/.test(script)) {
    console.error("split-wasm: wasm-bindgen's script has changed: cannot give it the second part");
    process.exit(1);
  }
  const hash = createHash("sha256").update(readFileSync(first)).update(readFileSync(second)).update(script)
    .update(LOADER("")).digest("hex").slice(0, 16);
  const base = `stv-check-web-${hash}`;
  writeFileSync(join(dir, `${base}.js`), script.replace(imports, "$1\n        s: SECOND_PART,")
    .replace(/\nexport \{/, `${LOADER(`${base}_part2.wasm`)}\nexport {`));
  rmSync(join(dir, `${old}.js`));
  rmSync(join(dir, wasmName));
  renameSync(first, join(dir, `${base}_bg.wasm`));
  renameSync(second, join(dir, `${base}_part2.wasm`));
  console.log(`split-wasm: ${base}_bg.wasm and ${base}_part2.wasm`);
  // Named in the page too, so that the service worker keeps it from the first visit.
  return withMeta(html.replaceAll(old, base), "stv-second-part", `/${base}_part2.wasm`);
}
