// Not a test: a screenshot tour of every page, in English and Arabic, for a human to look
// at (`node tour.mjs`; files land in screenshots/tour-*.png).
import { startServer, inviteWithCli, launch } from './harness.js';
import { join } from 'node:path';
import { shots } from './harness.js';

const server = await startServer();
const browser = await launch();
try {
  const url = inviteWithCli(server, '--email', 'admin@un.org', '--name', 'Amina Haddad', '--org', 'UNOCT', '--admin', '--title', 'Coordination Officer');
  inviteWithCli(server, '--email', 'li.wei@mfa.gov.cn', '--name', '李伟', '--org', 'CHN');
  inviteWithCli(server, '--email', 'ivan@mid.ru', '--name', 'Иван Петров', '--org', 'RUS');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  const pw = 'the secretariat keeps the registry current';
  await page.fill('#password', pw);
  await page.fill('#password_confirm', pw);
  await Promise.all([page.waitForURL(/welcome/), page.click('form.stack button[type=submit]')]);
  // Put someone in a working group so the space pages have content.
  await page.goto(`${server.base}/admin/spaces`);
  await page.click('a:has-text("Working group 2")');
  await page.fill('#email', 'li.wei@mfa.gov.cn');
  await page.selectOption('#role', 'vice_chair');
  await page.click('form.stack button[type=submit]');
  await page.fill('#email', 'admin@un.org');
  await page.selectOption('#role', 'chair');
  await page.click('form.stack button[type=submit]');
  server.cli('demo', '--people', '40', '--seed', '5');
  // A bulk-import preview with good and bad rows.
  await page.goto(`${server.base}/admin/accounts/import`);
  const csv = join(shots, 'tour-import.csv');
  (await import('node:fs')).writeFileSync(csv, 'email,name,organization,title\nnew@mfa.go.ke,Wanjiru Kamau,KEN,Counsellor\nbad-email,No Email,KEN,\nx@un.org,Unknown,ZZZ,\nli.wei@mfa.gov.cn,李伟,CHN,\n');
  await page.setInputFiles('#file', csv);
  await page.click('form.stack button[type=submit]');
  await page.screenshot({ path: join(shots, 'tour-en-import-preview.png'), fullPage: true });
  const paths = ['/people', '/people/2', '/organizations/UNODC', '/organizations/KEN', '/', '/profile', '/organizations', '/admin/accounts', '/admin/accounts/new', '/admin/accounts/2', '/admin/spaces', '/admin/spaces/2', '/admin/audit', '/library', '/library?q=terrorism&sort=newest', '/library/1', '/library/7', '/library/new', '/library/1/edit', '/library/deleted', '/nowhere'];
  for (const lang of ['en', 'ar']) {
    await page.goto(`${server.base}/`);
    await page.selectOption('#lang-select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (const p of paths) {
      await page.goto(`${server.base}${p}`);
      const name = p === '/' ? 'dashboard' : p.slice(1).replaceAll('/', '-');
      await page.screenshot({ path: join(shots, `tour-${lang}-${name}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.base}/admin/accounts`);
  await page.screenshot({ path: join(shots, 'tour-ar-mobile-accounts.png'), fullPage: true });
  await page.goto(`${server.base}/library`);
  await page.screenshot({ path: join(shots, 'tour-ar-mobile-library.png'), fullPage: true });
} finally {
  await browser.close();
  await server.stop();
}
