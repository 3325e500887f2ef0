// CTED's recommendations and the State's consent in a real browser: CTED enters an
// assessment of Kenya and a recommendation; another entity sees nothing of it; Kenya's
// focal point gives UNODC consent; UNODC's focal point finds the recommendation in the
// list and through the header's search box, with why it may read it; Kenya sees that read
// in the access trail, then withdraws the consent, and UNODC no longer sees it. axe-core
// finds nothing serious, in English and Arabic, and the pages fit a 390 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, inviteWithCli, activate, launch, shot, axe, overflow, backend } from './harness.js';

let server;
let browser;
const PW = 'consent is the state own';

before(async () => {
  server = await startServer();
  browser = await launch();
  await activate(inviteWithCli(server, '--email', 'rita@un.org', '--name', 'Rita Mensah', '--org', 'CTED'), PW);
  await activate(inviteWithCli(server, '--email', 'n.wanjiku@mfa.go.ke', '--name', 'Njeri Wanjiku', '--org', 'KEN'), PW);
  await activate(inviteWithCli(server, '--email', 'ana@unodc.org', '--name', 'Ana Lima', '--org', 'UNODC'), PW);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email, lang = 'en', viewport = { width: 1280, height: 900 }) {
  const ctx = await browser.newContext({ locale: lang === 'en' ? 'en-GB' : lang, viewport });
  const page = await ctx.newPage();
  await page.goto(`${server.base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', PW);
  await Promise.all([page.waitForURL(`${server.base}/`), page.press('#password', 'Enter')]);
  return { ctx, page };
}

test(`[${backend}] a State gives consent, the entity reads with why, the State sees it and withdraws`, async () => {
  // CTED enters the assessment and a recommendation.
  const cted = await signedIn('rita@un.org');
  let page = cted.page;
  await page.click('nav a[href="/recommendations"]');
  await page.click('a[href="/assessments/new"]');
  await page.selectOption('#state', 'KEN');
  await page.selectOption('#kind', 'comprehensive_visit');
  await page.fill('#held_on', '2025-06-10');
  await Promise.all([page.waitForURL(/\/assessments\/\d+\?saved=1/), page.click('form.panel button[type=submit]')]);
  const assessment = page.url().match(/\/assessments\/(\d+)/)[1];
  assert.match(await page.locator('#why').innerText(), /CTED's staff/);
  await page.fill('#body', 'Establish a passenger information unit for the collection of API/PNR data.');
  await page.fill('#assistance', 'Technical advice and training for border officers.');
  await page.selectOption('#priority', 'high');
  await Promise.all([page.waitForURL(/#r\d+$/), page.click('section[aria-labelledby=add-heading] button[type=submit]')]);
  assert.equal(await page.locator('li.recommendation').count(), 1);
  await cted.ctx.close();

  // Before any consent, UNODC sees nothing of it, and its page is not there.
  const unodc = await signedIn('ana@unodc.org');
  page = unodc.page;
  await page.goto(`${server.base}/recommendations`);
  assert.match(await page.locator('.empty-state').innerText(), /No assessment is shared with you/);
  const hidden = await page.goto(`${server.base}/assessments/${assessment}`);
  assert.equal(hidden.status(), 404);

  // Kenya's focal point gives UNODC consent, with no end date.
  const kenya = await signedIn('n.wanjiku@mfa.go.ke');
  const k = kenya.page;
  await k.goto(`${server.base}/recommendations`);
  assert.equal(await k.locator('li.recommendation').count(), 1);
  await k.click('li.recommendation a[href*="#r"]');
  await k.waitForURL(new RegExp(`/assessments/${assessment}#r\\d+$`));
  assert.match(await k.locator('#why').innerText(), /You are a focal point of Kenya/);
  assert.match(await k.locator('#consent').innerText(), /has not shared this assessment/);
  await k.selectOption('#grantee', 'UNODC');
  await Promise.all([k.waitForURL(/saved=granted/), k.click('#consent form:not(.inline) button[type=submit]')]);
  assert.match(await k.locator('[role=status]').first().innerText(), /consent was given/);
  assert.match(await k.locator('#consent li.consent').innerText(), /United Nations Office on Drugs and Crime[\s\S]*In force/);
  assert.deepEqual(await axe(k), [], 'assessment page, the State (en)');
  await shot(k, 'assessment-state-en');

  // UNODC's focal point now finds it in the list and through the header's search box,
  // and reads why.
  await page.goto(`${server.base}/recommendations`);
  assert.equal(await page.locator('li.recommendation').count(), 1);
  assert.match(await page.locator('li.recommendation .why').innerText(), /Kenya consented to share this assessment with your entity/);
  await page.fill('#global-q', 'passenger information unit');
  await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#global-q', 'Enter')]);
  const hit = page.locator(`a[href^="/assessments/${assessment}#r"]`);
  assert.equal(await hit.count(), 1);
  await Promise.all([page.waitForURL(new RegExp(`/assessments/${assessment}#r`)), hit.click()]);
  assert.match(await page.locator('#why').innerText(), /Kenya consented to share this assessment with your entity/);
  assert.match(await page.locator('#why').innerText(), /recorded/);
  // No consent form and no trail for an entity.
  assert.equal(await page.locator('#consent').count(), 0);
  assert.equal(await page.locator(`a[href="/assessments/${assessment}/trail"]`).count(), 0);
  assert.deepEqual(await axe(page), [], 'assessment page, the entity (en)');
  await shot(page, 'assessment-entity-en');

  // Kenya sees who read it.
  await k.goto(`${server.base}/assessments/${assessment}`);
  await k.click(`a[href="/assessments/${assessment}/trail"]`);
  await k.waitForURL(/\/trail$/);
  const trail = await k.locator('table.trail tbody').innerText();
  assert.match(trail, /Ana Lima[\s\S]*United Nations Office on Drugs and Crime[\s\S]*Opened the assessment/);
  assert.match(trail, /Found it by search/);
  assert.deepEqual(await axe(k), [], 'trail (en)');
  await shot(k, 'assessment-trail-en');

  // Kenya withdraws; UNODC's next request no longer sees it.
  await k.goto(`${server.base}/assessments/${assessment}#consent`);
  await Promise.all([k.waitForURL(/saved=revoked/), k.click('#consent form.inline button[type=submit]')]);
  assert.match(await k.locator('#consent li.consent').innerText(), /Withdrawn/);
  const gone = await page.reload();
  assert.equal(gone.status(), 404);
  await page.goto(`${server.base}/recommendations`);
  assert.match(await page.locator('.empty-state').innerText(), /No assessment is shared with you/);
  await page.goto(`${server.base}/search?q=passenger+information+unit`);
  assert.equal(await page.locator(`a[href^="/assessments/${assessment}#r"]`).count(), 0);
  await unodc.ctx.close();
  await kenya.ctx.close();

  // In Arabic, on a desk and on a phone: right to left, nothing serious for axe, no
  // sideways scroll.
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const ar = await signedIn('n.wanjiku@mfa.go.ke', 'ar', viewport);
    const p = ar.page;
    for (const path of ['/recommendations', `/assessments/${assessment}`, `/assessments/${assessment}/trail`, '/recommendations/coverage']) {
      await p.goto(`${server.base}${path}`);
      assert.equal(await p.getAttribute('html', 'dir'), 'rtl');
      assert.deepEqual(await axe(p), [], `${path} (ar, ${viewport.width})`);
      const o = await overflow(p);
      assert.equal(o.px, 0, `${path} (ar, ${viewport.width}) scrolls sideways: ${o.culprits.join('; ')}`);
    }
    await p.goto(`${server.base}/assessments/${assessment}`);
    await shot(p, `assessment-state-ar-${viewport.width}`);
    await ar.ctx.close();
  }
});
