// The resource library in a real browser: upload a PDF, find it by a word inside it,
// preview it, add a second language version, filter by pillar; English and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, inviteWithCli, activate, launch, shot, axe, backend, root } from './harness.js';

let server;
let browser;
const PW = 'papers in six languages for everyone';
const PDF = join(root, 'tests', 'fixtures', 'library', 'report.pdf');

before(async () => {
  server = await startServer();
  browser = await launch();
  await activate(inviteWithCli(server, '--email', 'n.wanjiku@mfa.go.ke', '--name', 'Njeri Wanjiku', '--org', 'KEN'), PW);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page) {
  await page.goto(`${server.base}/login`);
  await page.fill('#email', 'n.wanjiku@mfa.go.ke');
  await page.fill('#password', PW);
  await Promise.all([page.waitForURL(`${server.base}/`), page.press('#password', 'Enter')]);
}

/** Fills the "add a resource" form and submits it; resolves on the new resource's page. */
async function addResource(page, { title, pillar, file }) {
  await page.goto(`${server.base}/library/new`);
  await page.fill('#title', title);
  await page.selectOption('#doc_type', 'guidance');
  await page.check(`input[name=pillars][value="${pillar}"]`);
  await page.setInputFiles('#file', file);
  await Promise.all([page.waitForURL(/\/library\/\d+\?uploaded=1/), page.click('button:has-text("Add to the library")')]);
}

test(`[${backend}] upload a PDF, find it by a word inside, preview it, add a French version, filter by pillar`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page);
  await page.click('nav a[href="/library"]');
  await page.click('a:has-text("Add a resource")');
  await shot(page, '30-library-add-en');
  let violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await addResource(page, { title: 'Border security handbook', pillar: 2, file: PDF });
  assert.equal(await page.locator('h1').textContent(), 'Border security handbook');
  const id = page.url().match(/\/library\/(\d+)/)[1];

  // The upload returned at once; the text is indexed in the background.
  let status = '';
  for (let i = 0; i < 60 && status !== 'indexed'; i++) {
    await page.goto(`${server.base}/library/${id}`);
    status = await page.locator('[data-text-status]').first().getAttribute('data-text-status');
    if (status !== 'indexed') await page.waitForTimeout(250);
  }
  assert.equal(status, 'indexed');

  // The preview: the PDF itself, inline, served to the frame with a sandbox policy.
  const frame = page.locator('iframe.pdf-preview');
  const src = await frame.getAttribute('src');
  assert.match(src, /^\/library\/files\/\d+\/preview$/);
  const preview = await page.request.get(`${server.base}${src}`);
  assert.equal(preview.status(), 200);
  assert.equal(preview.headers()['content-type'], 'application/pdf');
  assert.match(preview.headers()['content-security-policy'], /sandbox/);
  assert.deepEqual(Buffer.from(await preview.body()), readFileSync(PDF));
  await shot(page, '31-resource-en');
  violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  // Found by a word that appears only inside the PDF.
  await page.goto(`${server.base}/library`);
  await page.fill('#q', 'interoperability');
  await Promise.all([page.waitForURL(/q=interoperability/), page.press('#q', 'Enter')]);
  assert.deepEqual(await page.locator('.resource-title').allTextContents(), ['Border security handbook']);
  await shot(page, '32-library-search-en');

  // A second language version of the same resource.
  await page.click('.resource-title');
  await page.selectOption('#add-lang', 'fr');
  await page.setInputFiles('#add-file', {
    name: 'manuel-securite-frontieres.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Manuel de sécurité des frontières : interopérabilité des listes de surveillance.\n'),
  });
  await Promise.all([page.waitForURL(/lang=fr&uploaded=1/), page.click('.add-file button[type=submit]')]);
  assert.ok(await page.locator('.file:has-text("manuel-securite-frontieres.txt")').isVisible());
  await page.click('.lang-picker a:has-text("English")');
  assert.ok(await page.locator('.file:has-text(".pdf")').isVisible());
  assert.equal(await page.locator('.file:has-text("manuel-securite")').count(), 0);
  await page.click('.lang-picker a:has-text("Français")');
  await shot(page, '33-resource-french-version');

  // Another resource under pillar 1; the pillar filter separates them.
  await addResource(page, {
    title: 'Victims support toolkit',
    pillar: 1,
    file: { name: 'toolkit.txt', mimeType: 'text/plain', buffer: Buffer.from('Support for victims of terrorism.') },
  });
  await page.goto(`${server.base}/library`);
  assert.equal(await page.locator('.resource-title').count(), 2);
  await page.selectOption('#f-pillar', '2');
  await Promise.all([page.waitForURL(/pillar=2/), page.click('form.dir-filters button[type=submit]')]);
  assert.deepEqual(await page.locator('.resource-title').allTextContents(), ['Border security handbook']);
  assert.match(await page.locator('#f-pillar option:checked').textContent(), /\(1\)$/);
  await shot(page, '34-library-filter-pillar');
  violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  // The same in Arabic, right to left.
  await page.selectOption('#lang-select', 'ar');
  await page.click('.lang-switch button');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await shot(page, '35-library-ar');
  await page.goto(`${server.base}/library/${id}`);
  await shot(page, '36-resource-ar');
  violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await ctx.close();
});
