// Renders the letters named in tests/files/pdf-letters.json to PDF with Chromium, as a host's office would print
// them: usage `node scripts/letters-to-pdf.mjs OUT_DIR [MANIFEST]`. Layouts:
// - letterhead: the letter's lines in a serif font, its first lines (up to the first blank one) centred as a letterhead;
// - table: lines whose columns are aligned with spaces or tabs become an HTML table (a programme, particulars);
// - two-columns: the letter flows in two columns, as newsletters and bilingual letters are set;
// - scan: the letter drawn on a canvas, so that the PDF holds a picture of it and no text (a scanned letter).
// Chromium embeds the fonts it used with their ToUnicode maps, CJK ones included (Debian's fonts-wqy-microhei, which
// scripts/setup.sh installs).
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './local-page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'tests/files/pdf'));
mkdirSync(out, { recursive: true });
const { letters } = JSON.parse(readFileSync(resolve(process.argv[3] ?? join(root, 'tests/files/pdf-letters.json')), 'utf8'));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cells = (line) => line.trim().split(/\t+| {2,}/);
const tabular = (line) => cells(line).length >= 2;

function body(text, layout) {
  const lines = text.replace(/\r/g, '').split('\n');
  const html = [];
  const letterhead = Math.min(3, lines.findIndex((l) => !l.trim()));
  for (let i = 0; i < lines.length; i++) {
    if (layout === 'table' && tabular(lines[i]) && i + 1 < lines.length && tabular(lines[i + 1])) {
      const rows = [];
      while (i < lines.length && tabular(lines[i])) rows.push(cells(lines[i++]));
      i--;
      html.push('<table>' + rows.map((r) => '<tr>' + r.map((c) => `<td>${escape(c)}</td>`).join('') + '</tr>').join('') + '</table>');
    } else {
      const head = layout === 'letterhead' && i < letterhead;
      html.push(lines[i].trim() ? `<p${head ? ' class="head"' : ''}>${escape(lines[i])}</p>` : '<p class="gap"></p>');
    }
  }
  return html.join('\n');
}

const style = `
  @page { size: A4; margin: 20mm; }
  body { font: 11pt/1.45 "DejaVu Serif", "WenQuanYi Micro Hei", serif; }
  p { margin: 0; white-space: pre-wrap; } p.gap { height: 0.8em; } p.head { text-align: center; font-weight: bold; }
  table { border-collapse: collapse; margin: 0.5em 0; font-size: 10pt; } td { border: 1px solid #999; padding: 2pt 6pt; }
  td:first-child { white-space: nowrap; }
  .two-columns { column-count: 2; column-gap: 12mm; }`;

const browser = await launchChromium();
const page = await browser.newPage();
for (const { letter, layout } of letters) {
  const text = readFileSync(join(root, 'tests/letters', `${letter}.txt`), 'utf8');
  if (layout === 'scan') {
    // A picture of the letter, as a scanner makes one: drawn text, no text layer.
    await page.setContent(`<style>${style} body{margin:0}</style><img id="scan" style="width:170mm">`);
    await page.evaluate((text) => {
      const c = document.createElement('canvas');
      const lines = text.split('\n');
      c.width = 1240; c.height = 60 + lines.length * 34;
      const g = c.getContext('2d');
      g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
      g.fillStyle = '#111'; g.font = '22px serif';
      lines.forEach((l, i) => g.fillText(l, 40, 50 + i * 34, 1160));
      document.getElementById('scan').src = c.toDataURL('image/png');
    }, text);
    await page.waitForFunction(() => document.getElementById('scan').complete);
  } else {
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>${style}</style><div class="${layout}">${body(text, layout)}</div>`);
  }
  await page.pdf({ path: join(out, `${letter}.pdf`), format: 'A4', printBackground: true });
  console.log(`${letter}.pdf (${layout})`);
}
await browser.close();
