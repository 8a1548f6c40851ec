import { chromium } from '@playwright/test';
const [,, path, out, action] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console.error', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4176' + path);
await page.waitForFunction(() => document.title.includes('–'));
await page.waitForTimeout(500);
if (action === 'open') {
  await page.locator('[data-scenario-id="durham-16-first-nations-in-care"]').getByRole('button').first().click();
  await page.waitForTimeout(800);
}
console.log('scrollWidth', await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, scrollY]));
await page.screenshot({ path: out, fullPage: action === 'full' });
await browser.close();
