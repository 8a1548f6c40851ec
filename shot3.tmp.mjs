import { chromium } from '@playwright/test';
const [,, path, prefix, sel, scenario, n = '3', h = '1100'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4176' + path);
await page.waitForFunction(() => document.title.includes('–'));
if (scenario !== '-') await page.locator(`[data-scenario-id="${scenario}"]`).getByRole('button').first().click();
await page.waitForTimeout(800);
const box = await page.locator(sel).first().evaluate((el) => { const r = el.getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; });
console.log(box);
for (let i = 0; i < Number(n); i++) {
  await page.screenshot({ path: `${prefix}_${i}.png`, fullPage: true, clip: { x: 0, y: box.y + i * Number(h), width: 1280, height: Number(h) } });
}
await browser.close();
