// The joint calendar in a real browser: a chair in Geneva creates a weekly series; a
// focal point in New York reading Arabic on a phone sees it at her own hours in the
// week and month views, answers, and subscribes with her private feed. Every calendar
// page fits a phone and passes axe in English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend } from './harness.js';

let server;
let browser;
const PW = 'the calendar says whose ten o clock';

before(async () => {
  server = await startServer();
  browser = await launch();
  await activate(inviteWithCli(server, '--email', 'chair@unodc.org', '--name', 'Claire Dubois', '--org', 'UNODC'), PW);
  await activate(inviteWithCli(server, '--email', 'layla@mofa.gov.jo', '--name', 'ليلى حداد', '--org', 'JOR'), PW);
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

async function profile(page, { lang, zone }) {
  await page.goto(`${server.base}/profile`);
  if (zone) {
    await page.selectOption('#time_zone', zone);
    await Promise.all([page.waitForLoadState('load'), page.locator('form:has(#time_zone) button[type=submit]').click()]);
  }
  if (lang) {
    await page.selectOption('#lang-select', lang);
    await page.click('.lang-switch button');
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
}

async function checkPage(page, label) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 1, `${label}: ${wide}px of horizontal scroll`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${label}: ${JSON.stringify(violations, null, 2)}`);
  await shot(page, label);
}

test(`[${backend}] a weekly Geneva meeting, seen from New York in Arabic, answered and subscribed`, async () => {
  const claire = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(claire, 'chair@unodc.org');
  await profile(claire, { zone: 'Europe/Zurich' });

  // Claire creates the series: Tuesdays 10:00–11:30 Geneva time, March to November.
  await claire.goto(`${server.base}/calendar/new`);
  await checkPage(claire, '80-calendar-new-en');
  await claire.fill('#title', 'Border data working session');
  await claire.fill('#start_date', '2027-03-02');
  await claire.fill('#start_time', '10:00');
  await claire.fill('#end_date', '2027-03-02');
  await claire.fill('#end_time', '11:30');
  assert.equal(await claire.inputValue('#time_zone'), 'Europe/Zurich');
  await claire.selectOption('#repeat', 'weekly');
  await claire.check('input[name=weekdays][value=TU]');
  await claire.check('input[name=ends][value=until]');
  await claire.fill('#until', '2027-11-30');
  await claire.fill('#location', 'Palais des Nations, Room XII');
  await claire.fill('#capacity', '20');
  await Promise.all([claire.waitForURL(/\/calendar\/events\/\d+$/), claire.click('form.panel button[type=submit]')]);
  const event = claire.url();
  assert.match(await claire.locator('main').textContent(), /Every week on Tuesday, until Tuesday 30 November 2027/);
  await checkPage(claire, '81-calendar-event-en');

  // In Geneva: 10:00 before and after the change of 28 March.
  await claire.goto(`${server.base}/calendar/week?d=2027-03-16`);
  assert.match(await claire.locator('#day-2027-03-16').locator('..').textContent(), /10:00–11:30/);
  await checkPage(claire, '82-calendar-week-en');
  await claire.goto(`${server.base}/calendar/month?d=2027-03-01`);
  assert.equal(await claire.locator('table.month td:not(.outside) li.event').count(), 5);
  await checkPage(claire, '83-calendar-month-en');
  await claire.goto(`${server.base}/calendar?d=2027-03-01`);
  await checkPage(claire, '84-calendar-agenda-en');
  await claire.goto(`${event.replace(/\/calendar\/events\/(\d+)$/, '/calendar/events/$1/edit')}?scope=following&at=2027-06-01T10:00`);
  await checkPage(claire, '85-calendar-edit-en');

  // Layla, in New York, reads Arabic on her phone: the same meetings at her hours.
  const phone = await browser.newContext({ locale: 'ar', viewport: { width: 390, height: 844 }, isMobile: true });
  const layla = await phone.newPage();
  await signIn(layla, 'layla@mofa.gov.jo');
  await profile(layla, { zone: 'America/New_York', lang: 'ar' });
  await layla.goto(`${server.base}/calendar/week?d=2027-03-16`);
  assert.equal(await layla.getAttribute('html', 'dir'), 'rtl');
  const day16 = await layla.locator('section.cal-day').filter({ has: layla.locator('#day-2027-03-16') }).textContent();
  assert.match(day16, /05:00–06:30/, 'New York has changed, Geneva not yet');
  assert.match(day16, /10:00–11:30 جنيف/, "the Geneva time, Geneva named in Arabic");
  assert.match(day16, /الثلاثاء/);
  await checkPage(layla, '86-calendar-week-ar-phone');
  await layla.goto(`${server.base}/calendar/week?d=2027-03-30`);
  assert.match(await layla.locator('section.cal-day').filter({ has: layla.locator('#day-2027-03-30') }).textContent(), /04:00–05:30/);
  await layla.goto(`${server.base}/calendar/month?d=2027-03-01`);
  assert.equal(await layla.locator('table.month td:not(.outside) li.event').count(), 5);
  await checkPage(layla, '87-calendar-month-ar-phone');
  await layla.goto(`${server.base}/calendar?d=2027-03-01`);
  await checkPage(layla, '88-calendar-agenda-ar-phone');

  // She answers for the series.
  await layla.goto(`${event}?at=2027-03-16T10:00`);
  await checkPage(layla, '89-calendar-event-ar-phone');
  await Promise.all([layla.waitForURL(/answered=attending/), layla.locator('button[name=answer][value=attending]').click()]);
  assert.equal(await layla.locator('button[name=answer][value=attending]').getAttribute('aria-pressed'), 'true');
  assert.match(await layla.locator('.attendees').textContent(), /JOR/);
  // Printed: the event and its attendees, without the header, the answer buttons or forms.
  await layla.emulateMedia({ media: 'print' });
  assert.equal(await layla.locator('.attendees').isVisible(), true);
  assert.equal(await layla.locator('.site-header').isVisible(), false);
  assert.equal(await layla.locator('button[name=answer]').first().isVisible(), false);
  await layla.emulateMedia({ media: 'screen' });
  await layla.goto(`${server.base}/calendar/new`);
  await checkPage(layla, '8a-calendar-new-ar-phone');

  // …and subscribes: the feed answers a calendar client with the series.
  await layla.goto(`${server.base}/calendar/subscribe`);
  await checkPage(layla, '8b-calendar-subscribe-ar-phone');
  await Promise.all([layla.waitForLoadState('load'), layla.locator('form[action="/calendar/subscribe"] button[type=submit]').click()]);
  const url = await layla.locator('input[readonly]').inputValue();
  assert.match(url, /\/calendar\/feed\/[^/]+\.ics$/);
  await checkPage(layla, '8c-calendar-subscribed-ar-phone');
  const feed = await layla.request.get(`${server.base}${new URL(url).pathname}`);
  assert.equal(feed.status(), 200);
  assert.match(feed.headers()['content-type'], /^text\/calendar/);
  const body = await feed.text();
  assert.match(body, /SUMMARY:Border data working session/);
  assert.match(body, /RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20271130T225959Z/);
  assert.match(body, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Zurich/);

  // The fair-time finder for the two organizations, on her phone.
  await layla.goto(`${server.base}/calendar/fair-time?orgs=UNODC,JOR`);
  assert.equal(await layla.locator('table.heat tbody tr').count(), 24);
  await checkPage(layla, '8e-calendar-fair-time-ar-phone');
  await claire.goto(`${server.base}/calendar/fair-time?orgs=UNODC,JOR`);
  await checkPage(claire, '8f-calendar-fair-time-en');

  // In English, the subscribe page too.
  await claire.goto(`${server.base}/calendar/subscribe`);
  await checkPage(claire, '8d-calendar-subscribe-en');

  // The header's search box finds the series (its next meeting, at her hours), from
  // Layla's phone in Arabic; and, in English, a page of events only.
  await layla.goto(`${server.base}/`);
  await layla.fill('#global-q', 'BORDER data');
  await Promise.all([layla.waitForURL(/\/search\?q=BORDER/), layla.press('#global-q', 'Enter')]);
  const events = layla.locator('section.search-group').filter({ has: layla.locator('#group-events') });
  assert.match(await events.textContent(), /Border data working session/);
  assert.match(await events.textContent(), /جنيف/);
  await checkPage(layla, '8g-search-ar-phone');
  await claire.goto(`${server.base}/search?q=border&kind=events`);
  assert.equal(await claire.locator('section.search-group').count(), 1);
  await Promise.all([claire.waitForURL(/\/calendar\/events\/\d+/), claire.locator('#group-events ~ ul a').first().click()]);
  assert.match(await claire.locator('h1').textContent(), /Border data working session/);
  await claire.goto(`${server.base}/search?q=border`);
  await checkPage(claire, '8h-search-en');
});
