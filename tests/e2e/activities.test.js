// The activity tracker in a real browser: an entity's focal point records activities and
// adds a progress update that moves one to "ongoing"; a Member State's focal point, who
// may not change them, finds them by region in the list, the timeline and the "where"
// view, and on the country page; axe-core finds nothing serious, in English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend } from './harness.js';

let server;
let browser;
const PW = 'who does what where';

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

async function addActivity(page, { title, kind, countries, start, end }) {
  await page.goto(`${server.base}/activities/new`);
  // The focal point's own entity leads by default.
  assert.equal(await page.locator('#lead').inputValue(), 'UNODC');
  await page.fill('#title', title);
  await page.selectOption('#kind', kind);
  await page.fill('#countries', countries);
  await page.check('input[name=themes] >> nth=1');
  await page.check('input[name=pillars][value="2"]');
  await page.fill('#planned_start', start);
  await page.fill('#planned_end', end);
  assert.equal(await page.locator('form.panel button[type=submit]').innerText(), 'Save the activity');
  await Promise.all([page.waitForURL(/\/activities\/\d+\?saved=1/), page.click('form.panel button[type=submit]')]);
  return page.url().match(/\/activities\/(\d+)/)[1];
}

test(`[${backend}] activities are recorded, updated, and found by region, month and country`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, 'ana@unodc.org');
  const kenya = await addActivity(page, { title: 'Training of prison officers', kind: 'training', countries: 'Kenya', start: '2027-03-08', end: '2027-03-12' });
  await addActivity(page, { title: 'Border management workshop', kind: 'workshop', countries: 'NGA', start: '2027-05-20', end: '2027-05-21' });
  await addActivity(page, { title: 'Financial intelligence course', kind: 'training', countries: 'IND', start: '2027-03-15', end: '2027-03-18' });

  // A progress update that moves the Kenyan training to "ongoing".
  await page.goto(`${server.base}/activities/${kenya}`);
  assert.match(await page.locator('h1 + p .status').innerText(), /Planned/);
  await page.fill('#body', 'Trainers confirmed; the first two days took place with 24 officers.');
  await page.selectOption('#progress-status', 'ongoing');
  await Promise.all([page.waitForURL(/updated=1/), page.click('#progress button[type=submit]')]);
  assert.match(await page.locator('[role=status]').first().innerText(), /progress update was added/);
  assert.match(await page.locator('h1 + p .status').innerText(), /Ongoing/);
  const entry = page.locator('ol.progress-timeline li').first();
  assert.match(await entry.innerText(), /24 officers/);
  assert.match(await entry.innerText(), /Ana Lima/);
  // An empty update is refused with a message, and nothing is added.
  await page.fill('#body', '   ');
  await page.evaluate(() => document.querySelector('#body').removeAttribute('required'));
  await page.click('#progress button[type=submit]');
  await page.waitForSelector('#form-errors');
  assert.match(await page.locator('#form-errors').innerText(), /Write the progress update/);
  assert.equal(await page.locator('ol.progress-timeline li').count(), 1);
  assert.deepEqual(await axe(page), [], 'activity page (en)');
  await shot(page, 'activity-show-en');
  await ctx.close();

  for (const lang of ['en', 'ar']) {
    const c = await browser.newContext({ locale: lang === 'en' ? 'en-GB' : 'ar', viewport: { width: 1280, height: 900 } });
    const p = await c.newPage();
    await signIn(p, 'n.wanjiku@mfa.go.ke');
    assert.equal(await p.getAttribute('html', 'lang'), lang);
    await p.click('nav a[href="/activities"]');
    await p.waitForURL(`${server.base}/activities`);
    // A Member State's focal point reads but does not add or change.
    assert.equal(await p.locator('a[href="/activities/new"]').count(), 0);
    assert.equal(await p.locator('li.activity').count(), 3);

    // Region: Africa leaves the Kenyan and Nigerian activities.
    await p.selectOption('#f-region', 'Africa');
    await Promise.all([p.waitForURL(/region=Africa/), p.click('form.dir-filters button[type=submit]')]);
    const titles = await p.locator('li.activity .resource-title').allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()).sort(), ['Border management workshop', 'Training of prison officers']);
    assert.deepEqual(await axe(p), [], `list (${lang})`);
    await shot(p, `activities-list-${lang}`);

    // The timeline of the same view: March and May 2027, one activity each.
    await p.click('nav.subnav a[href^="/activities/timeline"]');
    await p.waitForURL(/\/activities\/timeline\?/);
    const months = p.locator('ol.timeline > li.month');
    assert.equal(await months.count(), 2);
    assert.match(await months.first().locator('li.activity').innerText(), /Training of prison officers/);
    if (lang === 'en') assert.match(await months.first().locator('h3').innerText(), /March 2027/);
    assert.deepEqual(await axe(p), [], `timeline (${lang})`);
    await shot(p, `activities-timeline-${lang}`);
    // A month's heading lists that month's activities.
    await months.first().locator('h3 a').click();
    await p.waitForURL(/month=2027-03/);
    assert.equal(await p.locator('li.activity').count(), 1);

    // "Where": Africa with Kenya and Nigeria, each a link to its activities.
    await p.goto(`${server.base}/activities/where`);
    const africa = p.locator('section.place').filter({ has: p.locator('a[href*="region=Africa"]') });
    assert.equal(await africa.locator('a[href*="country=KEN"]').count(), 1);
    assert.equal(await africa.locator('a[href*="country=NGA"]').count(), 1);
    assert.equal(await africa.locator('a[href*="country=IND"]').count(), 0);
    assert.deepEqual(await axe(p), [], `where (${lang})`);
    await shot(p, `activities-where-${lang}`);

    // The Kenyan activity: its update is there, and no form to change it.
    await p.goto(`${server.base}/activities/${kenya}`);
    assert.match(await p.locator('ol.progress-timeline').innerText(), /24 officers/);
    assert.equal(await p.locator('#progress form').count(), 0);
    assert.equal(await p.locator(`a[href="/activities/${kenya}/edit"]`).count(), 0);
    await shot(p, `activity-show-readonly-${lang}`);

    // The country page lists Kenya's activity, not the others.
    await p.goto(`${server.base}/organizations/KEN`);
    const section = p.locator('section.org-activities');
    assert.match(await section.innerText(), /Training of prison officers/);
    assert.doesNotMatch(await section.innerText(), /Border management/);
    assert.deepEqual(await axe(p), [], `country page (${lang})`);

    // The search box in the header finds the activity among everything else.
    await p.fill('#global-q', 'prison officers');
    await Promise.all([p.waitForURL(/\/search\?q=prison/), p.press('#global-q', 'Enter')]);
    const found = p.locator('section[aria-labelledby=group-activities]');
    assert.match(await found.innerText(), /Training of prison officers/);
    await found.locator(`a[href="/activities/${kenya}"]`).click();
    await p.waitForURL(`${server.base}/activities/${kenya}`);
    await c.close();
  }
  // Posting an update anyway is refused, and nothing is written.
  const c = await browser.newContext({ locale: 'en-GB' });
  const p = await c.newPage();
  await signIn(p, 'n.wanjiku@mfa.go.ke');
  await p.goto(`${server.base}/activities/${kenya}`);
  const csrf = await p.evaluate(() => document.querySelector('input[name=csrf]')?.value || '');
  const res = await p.request.post(`${server.base}/activities/${kenya}/progress`, { form: { csrf, body: 'Not mine to write' } });
  assert.equal(res.status(), 403);
  await p.reload();
  assert.doesNotMatch(await p.locator('ol.progress-timeline').innerText(), /Not mine to write/);
  await c.close();
});
