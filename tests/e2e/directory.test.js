// The contact directory, walked in a real browser: search in Chinese and Arabic, filter
// by region, open a person, download a vCard, edit one's own profile; English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend } from './harness.js';

let server;
let browser;
const PW = 'a long walk along the river seine';

before(async () => {
  server = await startServer();
  browser = await launch();
  server.cli('demo', '--people', '60', '--seed', '11');
  for (const [email, name, org] of [
    ['jose.lopez@maec.es', 'José María López', 'ESP'],
    ['wang.xm@mfa.gov.cn', '王小明', 'CHN'],
    ['m.abdallah@mfa.gov.eg', 'مُحَمَّد عبد الله', 'EGY'],
  ]) {
    await activate(inviteWithCli(server, '--email', email, '--name', name, '--org', org, '--title', 'Counsellor'), PW);
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page, email) {
  await page.goto(`${server.base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', PW);
  await Promise.all([page.waitForURL(`${server.base}/`), page.press('#password', 'Enter')]);
}

const resultNames = (page) => page.locator('.dir-results .person-name').allTextContents();

test(`[${backend}] search in Chinese and Arabic, filter by region, open a person and download the vCard`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  const page = await ctx.newPage();
  await signIn(page, 'jose.lopez@maec.es');
  await page.click('nav a[href="/people"]');
  assert.match(await page.locator('#results-heading').textContent(), /\d+ people/);
  await shot(page, '20-directory-en');

  await page.fill('#q', '王');
  await Promise.all([page.waitForURL(/q=%E7%8E%8B/), page.press('#q', 'Enter')]);
  assert.ok((await resultNames(page)).includes('王小明'), 'a one-character Chinese search finds 王小明');
  await shot(page, '21-search-chinese');

  await page.fill('#q', 'محمد');
  await Promise.all([page.waitForURL(/q=/), page.press('#q', 'Enter')]);
  assert.ok((await resultNames(page)).includes('مُحَمَّد عبد الله'), 'an Arabic search without vowel marks finds the name written with them');

  // Filter by region: the select applies at once, and the URL keeps the search.
  await page.fill('#q', '');
  await Promise.all([page.waitForURL(/\/people/), page.press('#q', 'Enter')]);
  await page.selectOption('#f-region', 'Europe');
  await Promise.all([page.waitForURL(/region=Europe/), page.click('form.dir-filters button[type=submit]')]);
  const names = await resultNames(page);
  assert.ok(names.includes('José María López'));
  assert.ok(!names.includes('王小明'));
  const option = await page.locator('#f-region option:checked').textContent();
  assert.match(option, /^Europe \(\d+\)$/);
  await shot(page, '22-filter-region');
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  // Open a person and download their vCard.
  await page.goto(`${server.base}/people?q=${encodeURIComponent('王小明')}`);
  await Promise.all([page.waitForURL(/\/people\/\d+$/), page.click('.person-name:has-text("王小明")')]);
  assert.equal(await page.locator('h1').textContent(), '王小明');
  await shot(page, '23-person-en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download contact")')]);
  const card = readFileSync(await download.path(), 'utf8');
  assert.match(card, /^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  assert.match(card, /\r\nFN:王小明\r\n/);
  assert.match(card, /\r\nORG:China\r\n/);
  assert.match(card, /END:VCARD\r\n$/);
  await ctx.close();
});

test(`[${backend}] a focal point edits their own profile and sees it in the directory, in Arabic too`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, 'm.abdallah@mfa.gov.eg');
  await page.goto(`${server.base}/profile`);
  await page.fill('#title', 'Director, Counter-Terrorism Department');
  await page.fill('#phone_office', '+20 2 2574 9816');
  await page.check('input[name=languages][value=ar]');
  await page.check('input[name=languages][value=fr]');
  await page.check('input[name=themes] >> nth=0');
  await page.check('input[name=pillars][value="2"]');
  await page.selectOption('#time_zone', 'Africa/Cairo');
  await page.check('input[name=phone_visibility][value=all]');
  await Promise.all([page.waitForURL(/saved=1/), page.click('form.stack button[type=submit] >> text=Save')]);
  await page.locator('.notice').waitFor();
  await shot(page, '24-profile-saved-en');
  await page.click('text=See the profile as others see it');
  await page.getByText('Director, Counter-Terrorism Department').first().waitFor();
  assert.match(await page.locator('main').textContent(), /\+20 2 2574 9816/);

  // The same pages in Arabic, right to left.
  await page.selectOption('#lang-select', 'ar');
  await page.click('.lang-switch button');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await shot(page, '25-person-ar');
  await page.goto(`${server.base}/people?q=${encodeURIComponent('عبد الله')}`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.ok((await resultNames(page)).includes('مُحَمَّد عبد الله'));
  await shot(page, '26-directory-ar');
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await page.goto(`${server.base}/profile`);
  await shot(page, '27-profile-ar');
  await ctx.close();
});
