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

test(`[${backend}] uploads: several files dropped or chosen, each in its language, with progress, cancel, a refusal that keeps them; and the plain form without JavaScript`, async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page);
  // The test before left this account in Arabic.
  await page.selectOption('#lang-select', 'en');
  await Promise.all([page.waitForLoadState('load'), page.click('.lang-switch button')]);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const resources = async () => Number((await (await page.request.get(`${server.base}/library`)).text()).match(/<li class="resource"/g)?.length ?? 0);
  const before = await resources();
  await page.goto(`${server.base}/library/new`);
  // The file field comes first; choosing files proposes the title from the first name,
  // and each file's language is guessed from its suffix.
  const firstField = await page.evaluate(() => document.querySelector('form[data-upload] input:not([type=hidden]), form[data-upload] select, form[data-upload] textarea').id);
  assert.equal(firstField, 'file');
  await page.setInputFiles('#file', [
    { name: 'Counter-terrorism_handbook_fr.txt', mimeType: 'text/plain', buffer: Buffer.from('Manuel de lutte contre le terrorisme : coopération judiciaire.\n') },
    { name: 'Counter-terrorism_handbook_EN.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) },
  ]);
  assert.equal(await page.inputValue('#title'), 'Counter terrorism handbook');
  assert.equal(await page.locator('.upload-item').count(), 2);
  assert.equal(await page.inputValue('#file-lang-0'), 'fr');
  assert.equal(await page.inputValue('#file-lang-1'), 'en');
  // A third, dropped on the form.
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['دليل مكافحة الإرهاب'], 'Counter-terrorism_handbook_ar.txt', { type: 'text/plain' }));
    dt.items.add(new File(['draft'], 'notes.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('fieldset.upload', 'drop', { dataTransfer: dropped });
  assert.equal(await page.locator('.upload-item').count(), 4);
  assert.equal(await page.inputValue('#file-lang-2'), 'ar');
  // One taken back out.
  await page.click('button[aria-label="Remove notes.txt"]');
  assert.deepEqual(await page.locator('.upload-item .upload-name').allTextContents(), [
    'Counter-terrorism_handbook_fr.txt', 'Counter-terrorism_handbook_EN.pdf', 'Counter-terrorism_handbook_ar.txt',
  ]);
  await shot(page, '37-upload-chosen-en');
  let violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  // Refused by the server (no space chosen for a space-only resource): the message is
  // shown, the files stay chosen and nothing asks to choose them again.
  await page.check('input[name=visibility][value=spaces]');
  await page.click('button:has-text("Add to the library")');
  await page.waitForSelector('#form-errors');
  assert.match(await page.textContent('#form-errors'), /Choose at least one space/);
  assert.doesNotMatch(await page.textContent('#form-errors'), /choose it again/);
  assert.equal(await page.locator('.upload-item').count(), 3);
  assert.equal(new URL(page.url()).pathname, '/library/new');
  await page.check('input[name=visibility][value=all]');

  // On a slow link: the progress moves, and the upload can be cancelled (nothing added).
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 64 * 1024 });
  await page.setInputFiles('#file', { name: 'annex-big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2 * 1024 * 1024, 'terrorism financing annex ') });
  await page.click('button:has-text("Add to the library")');
  await page.waitForFunction(() => {
    const bar = document.getElementById('upload-bar');
    return bar && bar.value > 0 && bar.value < bar.max;
  });
  assert.match(await page.textContent('.upload-progress'), /of .* sent/);
  await shot(page, '38-upload-progress-en');
  await page.click('.upload-progress button:has-text("Cancel the upload")');
  await page.waitForFunction(() => document.querySelector('.upload-status').textContent.includes('cancelled'));
  assert.equal(await page.isDisabled('button:has-text("Add to the library")'), false);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  assert.equal(await resources(), before);
  await page.click('button[aria-label="Remove annex-big.txt"]');

  // Sent: one resource with its three language versions; the page follows the text
  // extraction by itself and says when the text is indexed.
  await Promise.all([page.waitForURL(/\/library\/\d+\?uploaded=1/), page.click('button:has-text("Add to the library")')]);
  assert.equal(await page.locator('h1').textContent(), 'Counter terrorism handbook');
  const langs = await page.locator('.lang-picker a').allTextContents();
  assert.deepEqual([...langs].sort(), ['English', 'Français', 'العربية'].sort());
  await page.waitForFunction(() => /indexed/.test(document.getElementById('indexing')?.textContent ?? ''), null, { timeout: 30000 }).catch(() => {});
  const notice = await page.locator('#indexing').count() ? await page.textContent('#indexing') : 'indexed before the page was shown';
  assert.match(notice, /indexed/);
  assert.equal(await page.locator('[data-text-status="indexed"]').count() >= 1, true);
  assert.equal(await resources(), before + 1);
  await ctx.close();

  // The plain form, without JavaScript: one file and its language.
  const plain = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
  const p = await plain.newPage();
  await signIn(p);
  await p.goto(`${server.base}/library/new`);
  assert.equal(await p.isVisible('#file_lang'), true);
  // A refused file: the form comes back with what was typed and the reason by the field.
  await p.fill('#title', 'Manual de cooperación');
  await p.selectOption('#file_lang', 'es');
  await p.setInputFiles('#file', { name: 'manual.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await Promise.all([p.waitForLoadState('load'), p.click('button:has-text("Add to the library")')]);
  assert.match(await p.textContent('#file-error'), /This file type is not accepted/);
  assert.equal(await p.inputValue('#title'), 'Manual de cooperación');
  assert.equal(await p.getAttribute('#file', 'aria-invalid'), 'true');
  await p.setInputFiles('#file', { name: 'manual.txt', mimeType: 'text/plain', buffer: Buffer.from('Manual de cooperación judicial.') });
  await Promise.all([p.waitForURL(/\/library\/\d+\?uploaded=1/), p.click('button:has-text("Add to the library")')]);
  assert.equal(await p.locator('h1').textContent(), 'Manual de cooperación');
  assert.ok(await p.locator('.file:has-text("manual.txt") .tag:has-text("Español")').isVisible());
  await plain.close();
});
