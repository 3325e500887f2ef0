// Every page the product has, in a real browser, in the six languages, at a desk's width
// and a phone's: axe-core finds no serious or critical violation, nothing is wider than
// the window, and Arabic, Chinese and Russian pages name no reference data in English.
// The list of pages is checked against the routes the server declares, so a new route
// without an entry here fails the suite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend, root, overflow, latinReferenceNames } from './harness.js';

let server;
let browser;
const ADMIN_PW = 'every page checked for everyone';
const FP_PW = 'the long rains came early this year';

/** Routes that are not pages a person reads, and why. */
const NOT_PAGES = {
  '/healthz': 'plain-text health check',
  '/readyz': 'plain-text readiness check',
  '/static/{*path}': 'CSS, scripts and images',
  '/favicon.ico': 'redirects to the icon',
  '/manifest.webmanifest': 'the web app manifest (JSON)',
  '/admin': 'redirects to /admin/accounts',
  '/logout': 'POST only',
  '/language': 'POST only (the language switcher)',
  '/profile/password': 'POST only; answers with the profile page',
  '/profile/photo': 'POST only; answers with the profile page',
  '/people/export.vcf': 'a vCard download',
  '/people/export.csv': 'a CSV download',
  '/people/{id}/vcard': 'a vCard download',
  '/people/{id}/photo': 'an image (GET) or an upload (POST)',
  '/admin/accounts/{id}/deactivate': 'POST only',
  '/admin/accounts/{id}/reactivate': 'POST only',
  '/admin/accounts/{id}/role': 'POST only',
  '/admin/accounts/{id}/invitation/revoke': 'POST only',
  '/admin/spaces/{id}/members': 'POST only',
  '/admin/spaces/{id}/members/{account}/remove': 'POST only',
  '/library/{id}/files': 'POST only (upload)',
  '/library/{id}/files/{file}/versions': 'POST only (upload)',
  '/library/{id}/files/{file}/remove': 'POST only',
  '/library/{id}/delete': 'POST only',
  '/library/{id}/restore': 'POST only',
  '/library/files/{version}/download': 'a file download',
  '/library/files/{version}/preview': 'the file itself, sandboxed',
  '/admin/outbox/{id}/html': "an e-mail's HTML part, sandboxed",
  '/admin/outbox/{id}/resend': 'POST only',
  '/admin/jobs/{id}/retry': 'POST only',
  '/spaces/{id}/join': 'POST only',
  '/spaces/{id}/leave': 'POST only',
  '/spaces/{id}/requests/{request}': 'POST only',
  '/spaces/{id}/members': 'POST only',
  '/spaces/{id}/members/{account}/remove': 'POST only',
  '/notifications/read': 'POST only',
  '/spaces/{id}/pins': 'POST only',
  '/spaces/{id}/mentions': 'JSON for the mention completion',
  '/plan/{id}/move': 'POST only',
  '/plan/{id}/score': 'POST only',
  '/programme.csv': 'a CSV download',
  '/discussions/{id}/replies': 'POST only',
  '/discussions/{id}/follow': 'POST only',
  '/discussions/posts/{id}/delete': 'POST only',
  '/spaces/{id}/pins/{resource}/remove': 'POST only',
  '/notifications/{id}/open': 'POST only (goes where the notice leads)',
  '/calendar/events/{id}/cancel': 'POST only',
  '/calendar/events/{id}/delete': 'POST only',
  '/calendar/events/{id}/rsvp': 'POST only',
  '/calendar/events/{id}/attendees.csv': 'a CSV download',
  '/calendar/events/{id}/event.ics': 'an iCalendar download',
  '/calendar/subscribe/revoke': 'POST only',
  '/calendar/feed/{token}': 'an iCalendar feed for calendar apps',
  '/projects.csv': 'a CSV download',
  '/projects.xlsx': 'an Excel download',
  '/projects/import/confirm': 'POST only (checked with the preview below)',
  '/activities.csv': 'a CSV download',
  '/activities/{id}/progress': 'POST only (its form is on the activity page)',
  '/recommendations.csv': 'a CSV download',
  '/recommendations/import/confirm': 'POST only (its form follows the preview: tests/it/recommendations_import.rs)',
  '/recommendations/{id}/notes': 'POST only (its form is on the assessment page)',
  '/assessments/{id}/recommendations': 'POST only (its form is on the assessment page)',
  '/assessments/{id}/consents': "POST only (the assessed State's form: recommendations.test.js)",
  '/assessments/{id}/consents/{consent}/revoke': "POST only (recommendations.test.js)",
  '/assessments/{id}/report/{version}': 'a file download',
};

/** Every route the server declares (`.route("…")` in its sources). */
function declaredRoutes() {
  const out = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.rs')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/\.route\(\s*"([^"]+)"/g)) out.add(m[1]);
      }
    }
  };
  walk(join(root, 'crates', 'server', 'src'));
  return [...out].sort();
}

let ids;

before(async () => {
  server = await startServer();
  browser = await launch();
  await activate(inviteWithCli(server, '--email', 'admin@un.org', '--name', 'Amina Haddad', '--org', 'UNOCT', '--admin'), ADMIN_PW);
  await activate(inviteWithCli(server, '--email', 'n.wanjiku@mfa.go.ke', '--name', 'Njeri Wanjiku', '--org', 'KEN'), FP_PW);
  const pendingUrl = inviteWithCli(server, '--email', 'pending@un.org', '--name', 'Pending Person', '--org', 'UNODC');
  ids = { invite: pendingUrl.slice(server.base.length) };
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page, email, password) {
  await page.goto(`${server.base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${server.base}/`), page.press('#password', 'Enter')]);
}

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };
// GCTCP_E2E_LANGS=ru,es narrows a run while working on a layout; the suite runs all six.
const LANGS = (process.env.GCTCP_E2E_LANGS || 'en,ar,fr,es,ru,zh').split(',');

/** Everything found wrong, reported together at the end (one run shows them all). */
const problems = [];

/** axe, the width, English reference names where they do not belong; a screenshot. */
async function check(page, label, lang, width = 'desk') {
  const where = `${label} (${lang}, ${width})`;
  const violations = await axe(page);
  if (violations.length) problems.push(`${where}: ${JSON.stringify(violations)}`);
  const wider = await overflow(page);
  if (wider.px) problems.push(`${where} is ${wider.px}px wider than the window: ${wider.culprits.join(', ')}`);
  // An e-mail is shown as it was sent, in its recipient's language.
  if (['ar', 'zh', 'ru'].includes(lang) && label !== '/admin/outbox/{id}') {
    const english = await latinReferenceNames(page);
    if (english.length) problems.push(`${where} names reference data in English: ${english.join('; ')}`);
  }
  // The notification settings: every choice of every kind in sight on a phone, not off
  // to the side of a box that scrolls sideways.
  if (label === '/notifications/settings' && width === 'phone') {
    const hidden = await page.$$eval('input[type=radio]', (radios) => radios
      .filter((r) => { const b = r.getBoundingClientRect(); return b.left < 0 || b.right > window.innerWidth; })
      .map((r) => `${r.name}=${r.value}`));
    if (hidden.length) problems.push(`${where}: choices out of sight: ${hidden.join(', ')}`);
  }
  if (lang === 'en' || lang === 'ar' || width === 'phone') {
    await shot(page, `90-page-${label.replace(/[^a-z0-9]+/gi, '-')}-${lang}${width === 'phone' ? '-phone' : ''}`);
  }
}

test(`[${backend}] every page in every language fits a phone and passes axe, and every route has an entry`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, 'admin@un.org', ADMIN_PW);

  // Something on every page: a resource, the focal point's ID, a working group.
  await page.goto(`${server.base}/library/new`);
  await page.fill('#title', 'Border security handbook');
  await page.selectOption('#doc_type', 'guidance');
  await page.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes on border management.') });
  await Promise.all([page.waitForURL(/\/library\/\d+\?uploaded=1/), page.click('button:has-text("Add to the library")')]);
  const rid = page.url().match(/\/library\/(\d+)/)[1];
  await page.goto(`${server.base}/people?q=wanjiku`);
  const fp = (await page.locator('a[href^="/people/"]').filter({ hasText: 'Njeri Wanjiku' }).first().getAttribute('href')).split('/')[2];
  await page.goto(`${server.base}/admin/spaces`);
  const space = (await page.locator('a[href^="/admin/spaces/"]').first().getAttribute('href')).split('/')[3];
  // A discussion in that space (the administrator may write in any space).
  await page.goto(`${server.base}/spaces/${space}/discussions`);
  await page.fill('#title', 'Agenda of the next meeting');
  await page.fill('#body', 'Proposed items: **border data**, *travel documents*.');
  await Promise.all([page.waitForURL(/\/discussions\/\d+$/), page.click('button:has-text("Post")')]);
  const thread = page.url().match(/\/discussions\/(\d+)/)[1];
  const post = (await page.locator('a[href^="/discussions/posts/"]').first().getAttribute('href')).split('/')[3];
  // A work-plan item in that space.
  await page.goto(`${server.base}/spaces/${space}/plan`);
  await page.fill('#title', 'Joint assessment of border data systems');
  await page.selectOption('#pillar', '2');
  await Promise.all([page.waitForURL(/\/plan#item-\d+$/), page.click('button:has-text("Propose")')]);
  const item = page.url().match(/#item-(\d+)/)[1];
  // A weekly event in that space.
  await page.goto(`${server.base}/calendar/new?space=${space}`);
  await page.fill('#title', 'Coordination call');
  await page.fill('#start_date', '2027-03-02');
  await page.fill('#end_date', '2027-03-02');
  await page.selectOption('#repeat', 'weekly');
  await Promise.all([page.waitForURL(/\/calendar\/events\/\d+$/), page.click('form.panel button[type=submit]')]);
  const event = page.url().match(/\/calendar\/events\/(\d+)/)[1];
  // A project of the compendium.
  await page.goto(`${server.base}/projects/new`);
  await page.fill('#code', 'UNOCT-GLO-2027-01');
  await page.fill('#title', 'Joint programme on border data');
  await page.selectOption('#lead', 'UNOCT');
  await page.fill('#countries', 'KEN, NGA');
  await page.check('input[name=themes] >> nth=0');
  await page.fill('#requested', '1,200,000');
  await page.fill('#donor-name-1', 'European Union');
  await page.fill('#donor-amount-1', '400,000');
  await Promise.all([page.waitForURL(/\/projects\/\d+\?saved=1/), page.click('form.panel button[type=submit]')]);
  const project = page.url().match(/\/projects\/(\d+)/)[1];
  // An activity of that project in Kenya, with a progress update.
  await page.goto(`${server.base}/activities/new`);
  await page.fill('#title', 'Border data workshop');
  await page.selectOption('#kind', 'workshop');
  await page.selectOption('#lead', 'UNOCT');
  await page.fill('#countries', 'KEN');
  await page.check('input[name=regions] >> nth=0');
  await page.fill('#planned_start', '2027-03-10');
  await page.fill('#project', 'UNOCT-GLO-2027-01');
  await page.fill('#women', '12');
  await page.fill('#men', '9');
  await Promise.all([page.waitForURL(/\/activities\/\d+\?saved=1/), page.click('form.panel button[type=submit]')]);
  const activity = page.url().match(/\/activities\/(\d+)/)[1];
  await page.fill('#body', 'Venue and trainers confirmed.');
  await Promise.all([page.waitForURL(/updated=1/), page.click('#progress button[type=submit]')]);
  // A CTED assessment of Kenya with a recommendation that the project addresses.
  await page.goto(`${server.base}/assessments/new`);
  await page.selectOption('#state', 'KEN');
  await page.selectOption('#kind', 'focused_visit');
  await page.fill('#held_on', '2025-06-10');
  await Promise.all([page.waitForURL(/\/assessments\/\d+\?saved=1/), page.click('form.panel button[type=submit]')]);
  const assessment = page.url().match(/\/assessments\/(\d+)/)[1];
  await page.fill('#body', 'Strengthen the collection and use of advance passenger information.');
  await page.fill('#assistance', 'Legislative drafting and training of border officers.');
  await page.selectOption('#theme', { index: 1 });
  await page.fill('#projects', 'UNOCT-GLO-2027-01');
  await Promise.all([page.waitForURL(/#r\d+$/), page.click('section[aria-labelledby=add-heading] button[type=submit]')]);
  const recommendation = page.url().match(/#r(\d+)$/)[1];
  // The header's one box finds an item of every kind (each with words of its own).
  const kinds = {
    people: 'Wanjiku',
    organizations: 'Kenya',
    spaces: 'gender-sensitive',
    resources: 'Border security handbook',
    events: 'Coordination call',
    discussions: 'Agenda of the next meeting',
    plans: 'Joint assessment of border data systems',
    activities: 'Border data workshop',
    projects: 'Joint programme on border data',
    recommendations: 'advance passenger information',
  };
  for (const [kind, words] of Object.entries(kinds)) {
    await page.goto(`${server.base}/`);
    await page.fill('#global-q', words);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#global-q', 'Enter')]);
    const group = page.locator('section.search-group').filter({ has: page.locator(`#group-${kind}`) });
    assert.equal(await group.count(), 1, `global search for "${words}" has a group of ${kind}`);
    assert.match(await group.innerText(), new RegExp(words.split(' ')[0], 'i'), `${kind}: ${words}`);
  }
  await page.goto(`${server.base}/admin/outbox`);
  const mail = (await page.locator('a[href^="/admin/outbox/"]').first().getAttribute('href')).split('/')[3];

  // GET pages, signed in as an administrator (who sees them all).
  const pages = {
    '/': '/',
    '/profile': '/profile',
    '/people': '/people',
    '/people/{id}': `/people/${fp}`,
    '/people/{id}/edit': `/people/${fp}/edit`,
    '/organizations': '/organizations',
    '/organizations/{code}': '/organizations/KEN',
    '/library': '/library?q=border',
    '/library/new': '/library/new',
    '/library/{id}': `/library/${rid}`,
    '/library/{id}/edit': `/library/${rid}/edit`,
    '/library/deleted': '/library/deleted',
    '/admin/accounts': '/admin/accounts',
    '/admin/accounts/new': '/admin/accounts/new',
    '/admin/accounts/{id}': `/admin/accounts/${fp}`,
    '/admin/accounts/import': '/admin/accounts/import',
    '/admin/audit': '/admin/audit',
    '/admin/spaces': '/admin/spaces',
    '/admin/spaces/{id}': `/admin/spaces/${space}`,
    '/admin/outbox': '/admin/outbox',
    '/admin/outbox/{id}': `/admin/outbox/${mail}`,
    '/admin/jobs': '/admin/jobs',
    '/spaces': '/spaces',
    '/spaces/new': '/spaces/new',
    '/spaces/{id}': `/spaces/${space}`,
    '/notifications': '/notifications',
    '/notifications/settings': '/notifications/settings',
    '/compact': '/compact',
    '/spaces/{id}/plan': `/spaces/${space}/plan`,
    '/plan/{id}': `/plan/${item}`,
    '/programme': '/programme',
    '/spaces/{id}/discussions': `/spaces/${space}/discussions`,
    '/discussions/{id}': `/discussions/${thread}`,
    '/discussions/posts/{id}/edit': `/discussions/posts/${post}/edit`,
    '/calendar': '/calendar?d=2027-03-01',
    '/calendar/month': '/calendar/month?d=2027-03-01',
    '/calendar/week': '/calendar/week?d=2027-03-01',
    '/calendar/new': '/calendar/new',
    '/calendar/events/{id}': `/calendar/events/${event}?at=2027-03-09T10:00`,
    '/calendar/events/{id}/edit': `/calendar/events/${event}/edit?scope=following&at=2027-03-09T10:00`,
    '/calendar/subscribe': '/calendar/subscribe',
    '/calendar/fair-time': `/calendar/fair-time?space=${space}&orgs=KEN,UNODC`,
    '/search': '/search?q=border',
    '/projects': '/projects',
    '/projects/charts': '/projects/charts',
    '/projects/new': '/projects/new',
    '/projects/import': '/projects/import',
    '/projects/{id}': `/projects/${project}`,
    '/projects/{id}/edit': `/projects/${project}/edit`,
    '/activities': '/activities',
    '/activities/timeline': '/activities/timeline',
    '/activities/where': '/activities/where',
    '/activities/new': '/activities/new',
    '/activities/{id}': `/activities/${activity}`,
    '/activities/{id}/edit': `/activities/${activity}/edit`,
    '/recommendations': '/recommendations',
    '/recommendations/coverage': '/recommendations/coverage',
    '/recommendations/import': '/recommendations/import',
    '/recommendations/{id}/edit': `/recommendations/${recommendation}/edit`,
    '/assessments': '/assessments',
    '/assessments/new': '/assessments/new',
    '/assessments/{id}': `/assessments/${assessment}`,
    '/assessments/{id}/edit': `/assessments/${assessment}/edit`,
    '/assessments/{id}/trail': `/assessments/${assessment}/trail`,
  };
  const covered = new Set(Object.keys(pages));
  for (const lang of LANGS) {
    await page.setViewportSize(DESK);
    await page.goto(`${server.base}/profile`);
    await page.selectOption('#lang-select', lang);
    await page.click('.lang-switch button');
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (const [route, path] of Object.entries(pages)) {
      const res = await page.goto(`${server.base}${path}`);
      assert.equal(res.status(), 200, `${path} (${lang})`);
      await check(page, route, lang);
    }
    await page.setViewportSize(PHONE);
    for (const [route, path] of Object.entries(pages)) {
      await page.goto(`${server.base}${path}`);
      await check(page, route, lang, 'phone');
    }
    await page.setViewportSize(DESK);
    // Pages that answer a form: the import preview, the one-time link, a 404.
    await page.goto(`${server.base}/admin/accounts/import`);
    await page.setInputFiles('#file', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`email,name,organization\nnew.${lang}@un.org,New Person,UNODC\nbad-email,No Email,KEN\n`),
    });
    await Promise.all([page.waitForURL(/\/admin\/accounts\/import/), page.locator('form[enctype="multipart/form-data"] button[type=submit]').click()]);
    await page.waitForSelector('textarea[name=csv]', { state: 'attached' });
    await check(page, 'import-preview', lang);
    await Promise.all([page.waitForLoadState('load'), page.locator('form[action$="/confirm"] button[type=submit]').first().click()]);
    await check(page, 'import-done', lang);
    covered.add('/admin/accounts/import/confirm');
    await page.goto(`${server.base}/admin/accounts/${fp}`);
    await Promise.all([page.waitForLoadState('load'), page.locator(`form[action="/admin/accounts/${fp}/reset"] button`).click()]);
    await check(page, 'one-time-link', lang);
    covered.add('/admin/accounts/{id}/reset');
    covered.add('/admin/accounts/{id}/invitation');
    // The project import's preview: one row new, one refused with its reasons.
    await page.goto(`${server.base}/projects/import`);
    await page.setInputFiles('#file', {
      name: 'projects.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`code,title,lead,countries,themes,requested\nIMP-${lang}-1,Border data,UNODC,KEN;NGA,border-security,"1,000,000"\nIMP-${lang}-2,Broken,UNODC,ATL,astrology,1.5\n`),
    });
    await Promise.all([page.waitForURL(/\/projects\/import/), page.locator('form[enctype="multipart/form-data"] button[type=submit]').click()]);
    await page.waitForSelector('table.import', { state: 'attached' });
    await check(page, 'project-import-preview', lang);
    const missing = await page.goto(`${server.base}/library/999999`);
    assert.equal(missing.status(), 404);
    await check(page, 'not-found', lang);
  }
  await ctx.close();

  // Anonymous pages: sign-in, an invitation, an invalid setup link.
  for (const lang of LANGS) {
    for (const [width, viewport] of [['desk', DESK], ['phone', PHONE]]) {
      const anon = await browser.newContext({ locale: lang === 'en' ? 'en-GB' : lang, viewport });
      const p = await anon.newPage();
      for (const [route, path] of [['/login', '/login'], ['/invite/{token}', ids.invite], ['/setup/{token}', '/setup/not-a-valid-token'], ['/unsubscribe/{token}', '/unsubscribe/not-a-valid-token']]) {
        await p.goto(`${server.base}${path}`);
        assert.equal(await p.getAttribute('html', 'lang'), lang, `${path} in ${lang}`);
        await check(p, route, lang, width);
        covered.add(route);
      }
      await anon.close();
    }
  }

  assert.deepEqual(problems, [], 'pages with problems');
  const missingEntries = declaredRoutes().filter((r) => !covered.has(r) && !(r in NOT_PAGES));
  assert.deepEqual(missingEntries, [], 'routes with no entry in the page list (add them to pages or NOT_PAGES)');
});
