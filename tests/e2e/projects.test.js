// The project compendium in a real browser: an entity's focal point adds projects, a
// Member State's focal point explores them by region and theme (a bookmarkable view with
// its totals), reads a chart and the table of its numbers, and opens the country page;
// axe-core finds nothing serious, in English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend } from './harness.js';

let server;
let browser;
const PW = 'money where the needs are';

before(async () => {
  server = await startServer();
  browser = await launch();
  await activate(inviteWithCli(server, '--email', 'ana@unodc.org', '--name', 'Ana Lima', '--org', 'UNODC'), PW);
  await activate(inviteWithCli(server, '--email', 'n.wanjiku@mfa.go.ke', '--name', 'Njeri Wanjiku', '--org', 'KEN'), PW);
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

async function addProject(page, { code, title, countries, theme, requested, donor, amount }) {
  await page.goto(`${server.base}/projects/new`);
  await page.fill('#code', code);
  await page.fill('#title', title);
  await page.selectOption('#status', 'active');
  await page.fill('#countries', countries);
  await page.check(`input[name=themes] >> nth=${theme}`);
  await page.check('input[name=pillars][value="2"]');
  await page.fill('#requested', requested);
  await page.fill('#donor-name-1', donor);
  await page.fill('#donor-amount-1', amount);
  await Promise.all([page.waitForURL(/\/projects\/\d+\?saved=1/), page.click('form.panel button[type=submit]')]);
  return page.url().match(/\/projects\/(\d+)/)[1];
}

test(`[${backend}] projects are explored by region and theme, charted, and shown on the country page`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, 'ana@unodc.org');
  // Three projects: two in Africa (on different themes), one in Asia.
  const kenya = await addProject(page, { code: 'UNODC-KEN-01', title: 'Prison staff training', countries: 'KEN', theme: 1, requested: '1,000,000', donor: 'European Union', amount: '400,000' });
  await addProject(page, { code: 'UNODC-NGA-01', title: 'Border posts in the north-east', countries: 'Nigeria', theme: 3, requested: '2,000,000', donor: 'Norway', amount: '2,000,000' });
  await addProject(page, { code: 'UNODC-IND-01', title: 'Financial intelligence training', countries: 'IND', theme: 1, requested: '500,000', donor: 'European Union', amount: '100,000' });
  await ctx.close();

  for (const lang of ['en', 'ar']) {
    const c = await browser.newContext({ locale: lang === 'en' ? 'en-GB' : 'ar', viewport: { width: 1280, height: 900 } });
    const p = await c.newPage();
    await signIn(p, 'n.wanjiku@mfa.go.ke');
    assert.equal(await p.getAttribute('html', 'lang'), lang);
    // The Kenyan project's page links its theme to the explorer.
    await p.goto(`${server.base}/projects/${kenya}`);
    const theme = new URL(await p.locator('a.tag[href^="/projects?theme="]').first().getAttribute('href'), server.base).searchParams.get('theme');
    await p.goto(`${server.base}/`);
    await p.click('nav a[href="/projects"]');
    await p.waitForURL(`${server.base}/projects`);
    // A Member State's focal point explores but does not add.
    assert.equal(await p.locator('a[href="/projects/new"]').count(), 0);
    assert.equal(await p.locator('li.project').count(), 3);

    // Region: Africa leaves the two African projects.
    await p.selectOption('#f-region', 'Africa');
    await Promise.all([p.waitForURL(/region=Africa/), p.click('form.dir-filters button[type=submit]')]);
    const titles = await p.locator('li.project .resource-title').allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()).sort(), ['Border posts in the north-east', 'Prison staff training']);
    // Then the theme of the Kenyan project: one left, and the totals are its own.
    await p.selectOption('#f-theme', theme);
    await Promise.all([p.waitForURL(/theme=/), p.click('form.dir-filters button[type=submit]')]);
    assert.equal(await p.locator('li.project').count(), 1);
    const totals = await p.locator('dl.totals').innerText();
    if (lang === 'en') {
      assert.match(totals, /US\$1,000,000/);
      assert.match(totals, /US\$400,000/);
      assert.match(totals, /US\$600,000/);
    }
    // The view is a link: opening it again shows the same.
    const view = p.url();
    await p.goto(view);
    assert.equal(await p.locator('li.project').count(), 1);
    assert.equal(await p.locator('#f-region').inputValue(), 'Africa');
    assert.deepEqual((await axe(p)), [], `explorer (${lang})`);
    await shot(p, `projects-explorer-${lang}`);

    // The charts of the same view: an image with a title, and its numbers in a table.
    await p.click('nav.subnav a[href^="/projects/charts"]');
    await p.waitForURL(/\/projects\/charts\?/);
    const chart = p.locator('svg#chart-theme');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.ok((await p.locator('#chart-theme-title').textContent()).trim().length > 0);
    assert.equal(await p.locator('svg#chart-theme rect.gap').count(), 1);
    const panel = p.locator('section.chart-panel').first();
    await panel.locator('details.chart-table summary').click();
    const row = panel.locator('details.chart-table tbody tr');
    assert.equal(await row.count(), 1);
    if (lang === 'en') assert.match(await row.innerText(), /US\$600,000/);
    assert.deepEqual((await axe(p)), [], `charts (${lang})`);
    await shot(p, `projects-charts-${lang}`);

    // The country page: Kenya's projects and who implements them.
    await p.goto(`${server.base}/organizations/KEN`);
    const section = p.locator('section.org-projects');
    assert.match(await section.innerText(), /Prison staff training/);
    assert.doesNotMatch(await section.innerText(), /Border posts/);
    assert.equal(await section.locator('a[href*="entity=UNODC"]').count(), 1);
    assert.deepEqual((await axe(p)), [], `country page (${lang})`);
    await shot(p, `projects-country-${lang}`);
    await c.close();
  }
});
