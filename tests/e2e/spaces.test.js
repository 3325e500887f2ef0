// Working-group spaces in a real browser: a focal point reading Arabic asks to join, the
// chair (in English) sees the notification and approves; both pages fit a phone and pass
// axe in English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend } from './harness.js';

let server;
let browser;
const PW = 'working groups meet on tuesdays';

before(async () => {
  server = await startServer();
  browser = await launch();
  await activate(inviteWithCli(server, '--email', 'admin@un.org', '--name', 'Amina Haddad', '--org', 'UNOCT', '--admin'), PW);
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

async function setLanguage(page, lang) {
  await page.goto(`${server.base}/profile`);
  await page.selectOption('#lang-select', lang);
  await page.click('.lang-switch button');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Fits the viewport: nothing scrolls sideways, and axe finds no serious violation. */
async function checkPage(page, label) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 1, `${label}: ${wide}px of horizontal scroll`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${label}: ${JSON.stringify(violations, null, 2)}`);
  await shot(page, label);
}

test(`[${backend}] a focal point asks to join a working group and its chair approves`, async () => {
  // The administrator makes Claire chair of working group 2.
  const admin = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signIn(admin, 'admin@un.org');
  await admin.goto(`${server.base}/spaces`);
  const wg2 = await admin.locator('a[href^="/spaces/"]').filter({ hasText: 'Working group 2' }).first().getAttribute('href');
  await admin.goto(`${server.base}${wg2}`);
  await admin.fill('#email', 'chair@unodc.org');
  await admin.selectOption('#role', 'chair');
  await Promise.all([admin.waitForURL(/done=added/), admin.click('button:has-text("Save membership")')]);

  // Layla, in Arabic on a phone, finds the space and asks to join.
  const phone = await browser.newContext({ locale: 'ar', viewport: { width: 390, height: 844 }, isMobile: true });
  const layla = await phone.newPage();
  await signIn(layla, 'layla@mofa.gov.jo');
  await setLanguage(layla, 'ar');
  await layla.goto(`${server.base}/spaces`);
  assert.equal(await layla.getAttribute('html', 'dir'), 'rtl');
  await checkPage(layla, '60-spaces-list-ar-phone');
  await layla.goto(`${server.base}${wg2}`);
  await layla.fill('#message', 'أعمل على أمن الحدود في عمّان.');
  await checkPage(layla, '61-space-join-ar-phone');
  await Promise.all([layla.waitForURL(/done=requested/), layla.locator('form[action$="/join"] button[type=submit]').click()]);
  await checkPage(layla, '62-space-requested-ar-phone');

  // Claire sees it in the header, reads it, and approves on the space's page.
  const desk = await browser.newContext({ locale: 'en-GB' });
  const claire = await desk.newPage();
  await signIn(claire, 'chair@unodc.org');
  assert.match(await claire.locator("a.notices").textContent(), /2 new/); // made chair, then the request
  await claire.click('a.notices');
  await checkPage(claire, '63-notifications-en');
  assert.match(await claire.locator('ul.notices').textContent(), /\u2068ليلى حداد\u2069 asks to join/);
  await Promise.all([claire.waitForURL(/\/spaces\/\d+/), claire.locator('ul.notices button').first().click()]);
  await claire.fill('input[name=note]', 'Welcome to the working group.');
  await checkPage(claire, '64-space-requests-en');
  await Promise.all([claire.waitForURL(/done=approved/), claire.click('button:has-text("Approve")')]);
  assert.match(await claire.locator('#members').textContent(), /ليلى حداد/);
  await checkPage(claire, '65-space-members-en');

  // Layla is told, in Arabic, and is a member.
  await layla.goto(`${server.base}/notifications`);
  await checkPage(layla, '66-notifications-ar-phone');
  await layla.goto(`${server.base}${wg2}`);
  assert.ok(await layla.locator('form[action$="/leave"]').count(), 'a member can leave');
  await checkPage(layla, '67-space-member-ar-phone');

  // Claire starts a discussion and mentions Layla with the completion (keyboard only).
  await claire.goto(`${server.base}${wg2}/discussions`);
  await claire.fill('#title', 'Border data exchange: next steps');
  await claire.locator('#body').pressSequentially('Could you share your experience, @ليل');
  await claire.waitForSelector('.mention-list li[role=option]');
  assert.match(await claire.locator('.mention-list').textContent(), /ليلى حداد \(JOR\)/);
  await checkPage(claire, '70-discussion-mention-en');
  await claire.keyboard.press('Enter');
  assert.match(await claire.inputValue('#body'), /@\[ليلى حداد\]\(\/people\/\d+\) $/);
  await claire.locator('#body').pressSequentially('? **Thanks**');
  await Promise.all([claire.waitForURL(/\/discussions\/\d+$/), claire.click('button:has-text("Post")')]);
  assert.equal(await claire.locator('.post-body strong').textContent(), 'Thanks');
  await checkPage(claire, '71-discussion-en');
  const thread = claire.url();

  // Layla is told she was mentioned, opens the thread in Arabic on her phone and replies.
  await layla.goto(`${server.base}/notifications`);
  assert.match(await layla.locator('ul.notices').textContent(), /Claire Dubois/);
  await layla.goto(thread);
  await layla.fill('#body', 'بالتأكيد، سأرسل ملاحظاتنا هذا الأسبوع.');
  // She attaches her notes: the file goes into the library, listed under her reply.
  await layla.setInputFiles('#files', {
    name: 'ملاحظات-الأردن.txt', mimeType: 'text/plain',
    buffer: Buffer.from('Jordan border data exchange notes: API/PNR pilot.\n'),
  });
  await Promise.all([layla.waitForURL(/#post-\d+$/), layla.locator('form[action*="/replies"] button[type=submit]').click()]);
  assert.equal(await layla.locator('ol.posts li.post').count(), 2);
  const attached = layla.locator('ol.posts li.post').nth(1).locator('ul.attachments a[download]');
  assert.equal((await attached.textContent()).trim(), 'ملاحظات-الأردن.txt');
  const download = await layla.request.get(`${server.base}${await attached.getAttribute('href')}`);
  assert.equal(download.status(), 200);
  assert.match(await download.text(), /API\/PNR pilot/);
  await checkPage(layla, '72-discussion-ar-phone');

  // Claire proposes two work-plan items and ranks them with the keyboard alone.
  for (const title of ['Mapping of border data systems', 'Regional workshop on API/PNR']) {
    await claire.goto(`${server.base}${wg2}/plan`);
    await claire.fill('#title', title);
    await Promise.all([claire.waitForURL(/#item-\d+$/), claire.click('button:has-text("Propose")')]);
  }
  const titles = () => claire.locator('table.plan tbody th[scope=row]').allTextContents();
  assert.deepEqual((await titles()).map((t) => t.trim()), ['Mapping of border data systems', 'Regional workshop on API/PNR']);
  await claire.locator('button[value=up]').first().focus();
  await claire.keyboard.press('Enter');
  await claire.waitForFunction(() => document.querySelector('table.plan tbody th[scope=row]')?.textContent.includes('Regional'));
  assert.deepEqual((await titles()).map((t) => t.trim()), ['Regional workshop on API/PNR', 'Mapping of border data systems']);
  // …and by dragging a row to its new place.
  await claire.locator('table.plan tbody tr', { hasText: 'Mapping' }).dragTo(claire.locator('table.plan tbody tr', { hasText: 'Regional' }));
  await claire.waitForFunction(() => document.querySelector('table.plan tbody th[scope=row]')?.textContent.includes('Mapping'));
  assert.deepEqual((await titles()).map((t) => t.trim()), ['Mapping of border data systems', 'Regional workshop on API/PNR']);
  await checkPage(claire, '73-plan-en');
  // Printed, the work programme is the table alone, its header repeated on every sheet.
  await claire.emulateMedia({ media: 'print' });
  assert.equal(await claire.locator('.site-header').isVisible(), false);
  assert.equal(await claire.locator('table.plan').isVisible(), true);
  assert.equal(await claire.evaluate(() => getComputedStyle(document.querySelector('table.plan thead')).display), 'table-header-group');
  assert.equal(await claire.locator('form').first().isVisible(), false);
  const pdf = await claire.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await claire.emulateMedia({ media: 'screen' });

  // Layla reads the Compact's structure and the joint programme, in Arabic on her phone.
  await layla.goto(`${server.base}/compact`);
  assert.match(await layla.locator('main').textContent(), /Claire Dubois/);
  await checkPage(layla, '74-compact-ar-phone');
  await layla.goto(`${server.base}/programme`);
  await checkPage(layla, '75-programme-ar-phone');

  // The same pages in Arabic at desktop width, and the outbox for the administrator.
  await setLanguage(claire, 'ar');
  await claire.goto(`${server.base}${wg2}`);
  await checkPage(claire, '68-space-chair-ar');
  await admin.goto(`${server.base}/admin/outbox`);
  assert.match(await admin.locator('table').textContent(), /chair@unodc.org/);
  await checkPage(admin, '69-outbox-en');
  await phone.close();
  await desk.close();
});
