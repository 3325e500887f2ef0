// The foundation, walked in a real browser as its users would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inviteWithCli, launch, shot, axe, backend } from './harness.js';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  const code = await server?.stop();
  // Graceful shutdown on SIGTERM: the process exits by itself, with success.
  assert.equal(code, 0, `gctcp should exit cleanly on SIGTERM (got ${code})`);
});

const ADMIN_PW = 'the secretariat keeps the registry current';
const FP_PW = 'long rains over lake victoria in april';

test(`[${backend}] first start prints a one-time setup link for the first administrator`, async () => {
  const out = server.output();
  assert.match(out, /No administrator exists yet/);
  const url = out.split('\n').find((l) => l.startsWith(`${server.base}/setup/`));
  assert.ok(url, out);
  const page = await browser.newPage();
  await page.goto(url.trim());
  assert.equal(await page.locator('h1').textContent(), 'Set up the first administrator');
  await page.close();
});

test(`[${backend}] invitation → password → dashboard → Arabic → sign out → protected page asks to sign in`, async () => {
  const url = inviteWithCli(server, '--email', 'admin@un.org', '--name', 'Amina Haddad', '--org', 'UNOCT', '--admin');
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(url);
  await assert.doesNotReject(page.getByText('Amina Haddad').first().waitFor());
  await shot(page, '01-invitation');
  await page.fill('#password', 'short');
  await page.fill('#password_confirm', 'short');
  await page.click('button[type=submit]:has-text("Activate")');
  // The browser's own check (minlength) or the server's: either way no activation.
  assert.match(page.url(), /\/invite\//);
  await page.fill('#password', ADMIN_PW);
  await page.fill('#password_confirm', ADMIN_PW);
  await Promise.all([page.waitForURL(`${server.base}/?welcome=1`), page.click('button:has-text("Activate my account")')]);
  assert.match(await page.locator('h1').textContent(), /Welcome, Amina Haddad/);
  await shot(page, '02-dashboard-en');

  // Switch to Arabic: the whole page turns right-to-left, and the choice is remembered.
  await page.selectOption('#lang-select', 'ar');
  await page.click('.lang-switch button');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.locator('h1').textContent(), /Amina Haddad/);
  await shot(page, '03-dashboard-ar');
  await page.goto(`${server.base}/admin/accounts`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await shot(page, '04-admin-accounts-ar');
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  // Sign out: the server-side session is gone, protected pages send to sign-in.
  await Promise.all([page.waitForURL(/\/login/), page.click('.me button[type=submit]')]);
  await shot(page, '05-signed-out-ar');
  await page.goto(`${server.base}/admin/accounts`);
  assert.match(page.url(), /\/login\?next=%2Fadmin%2Faccounts/);
  await context.close();
});

test(`[${backend}] admin provisions a focal point, who signs in elsewhere and is cut off at the next click after deactivation`, async () => {
  const adminCtx = await browser.newContext({ locale: 'en-GB' });
  const admin = await adminCtx.newPage();
  await admin.goto(`${server.base}/login`);
  await admin.fill('#email', 'admin@un.org');
  await admin.fill('#password', ADMIN_PW);
  await Promise.all([admin.waitForURL(`${server.base}/`), admin.press('#password', 'Enter')]);
  // The admin chose Arabic earlier; switch back to English for this walk.
  await admin.selectOption('#lang-select', 'en');
  await admin.click('.lang-switch button');
  await admin.waitForFunction(() => document.documentElement.lang === 'en');

  await admin.goto(`${server.base}/admin/accounts/new`);
  await admin.fill('#name', 'Wanjiru Kamau');
  await admin.fill('#email', 'wanjiru.kamau@mfa.go.ke');
  await admin.selectOption('#org', 'KEN');
  await admin.fill('#title', 'Counsellor, Counter-Terrorism');
  await admin.click('button:has-text("Create and get the invitation link")');
  const link = await admin.inputValue('#invite-url');
  assert.match(link, new RegExp(`^${server.base}/invite/[A-Za-z0-9_-]{43}$`));
  await shot(admin, '06-invitation-link');

  const fpCtx = await browser.newContext({ locale: 'fr-FR' });
  const fp = await fpCtx.newPage();
  await fp.goto(link);
  assert.equal(await fp.getAttribute('html', 'lang'), 'fr', 'Accept-Language picks French for a signed-out visitor');
  await fp.fill('#password', FP_PW);
  await fp.fill('#password_confirm', FP_PW);
  await Promise.all([fp.waitForURL(/\/\?welcome=1$/), fp.click('button[type=submit]:not(.small)')]);
  assert.match(await fp.locator('main').textContent(), /Kenya|Kenia/);
  await shot(fp, '07-focal-point-dashboard-fr');
  const a11y = await axe(fp);
  assert.deepEqual(a11y, [], JSON.stringify(a11y, null, 2));

  // The admin deactivates the account…
  await admin.goto(`${server.base}/admin/accounts?q=wanjiru`);
  await admin.click('a:has-text("Wanjiru Kamau")');
  await admin.click('button:has-text("Deactivate account")');
  await admin.getByText('The account has been deactivated').waitFor();
  await shot(admin, '08-deactivated');

  // …and the focal point's open session is refused at the next click.
  await fp.click('a[href="/profile"]');
  assert.match(fp.url(), /\/login\?next=%2Fprofile&ended=1/);
  await fp.locator('.notice').waitFor();
  await shot(fp, '09-session-ended-fr');
  // Signing in again fails with the single, neutral message.
  await fp.fill('#email', 'wanjiru.kamau@mfa.go.ke');
  await fp.fill('#password', FP_PW);
  await fp.press('#password', 'Enter');
  await fp.locator('#login-error').waitFor();
  await adminCtx.close();
  await fpCtx.close();
});

test(`[${backend}] the sign-in page works with the keyboard alone and passes axe in English and Arabic`, async () => {
  for (const locale of ['en-GB', 'ar']) {
    const ctx = await browser.newContext({ locale });
    const page = await ctx.newPage();
    await page.goto(`${server.base}/login`);
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${locale}: ${JSON.stringify(violations, null, 2)}`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.focus('#email');
    await page.keyboard.type('admin@un.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN_PW);
    await Promise.all([page.waitForURL(`${server.base}/`), page.keyboard.press('Enter')]);
    await shot(page, `10-keyboard-${locale}`);
    await ctx.close();
  }
});

test(`[${backend}] pages work without JavaScript`, async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/login`);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh');
  await page.fill('#email', 'admin@un.org');
  await page.fill('#password', ADMIN_PW);
  await Promise.all([page.waitForURL(`${server.base}/`), page.click('form.stack button[type=submit]')]);
  // The language switcher's button submits the form without script.
  await page.selectOption('#lang-select', 'ru');
  await Promise.all([page.waitForLoadState('load'), page.click('.lang-switch button')]);
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  await page.goto(`${server.base}/organizations?kind=member_state&q=ken`);
  assert.match(await page.locator('table').textContent(), /Кения/);
  await shot(page, '11-no-js-organizations-ru');
  await ctx.close();
});
