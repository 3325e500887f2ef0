// Shared pieces of the browser suite: start a real gctcp server on a fresh database,
// run the real CLI against it, and launch Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const bin = process.env.GCTCP_BIN || join(root, 'target', 'debug', 'gctcp');
export const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PG_ADMIN = process.env.GCTCP_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** Which database the browser suite runs on: sqlite (default) or postgres. */
export const backend = process.env.GCTCP_E2E_DATABASE || 'sqlite';

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A running gctcp on a fresh database; `stop()` ends it and removes the database. */
export async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gctcp-e2e-'));
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, GCTCP_BIND: `127.0.0.1:${port}`, GCTCP_DATA_DIR: dataDir, GCTCP_PUBLIC_URL: base, GCTCP_CONFIG: '/nonexistent/gctcp.toml', GCTCP_LOG: 'warn' };
  let dbName = null;
  if (backend === 'postgres') {
    dbName = `gctcp_e2e_${process.pid}_${port}`;
    execFileSync('psql', [PG_ADMIN, '-qc', `CREATE DATABASE ${dbName} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`]);
    env.GCTCP_DATABASE_URL = PG_ADMIN.replace(/\/[^/]*$/, `/${dbName}`);
  }
  const proc = spawn(bin, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`gctcp exited early:\n${output}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`gctcp did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const cli = (...args) => execFileSync(bin, args, { env, encoding: 'utf8' });
  return {
    base,
    env,
    cli,
    output: () => output,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
      if (dbName) execFileSync('psql', [PG_ADMIN, '-qc', `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`]);
      return proc.exitCode ?? proc.signalCode;
    },
  };
}

/** Provisions with the real CLI and returns the invitation URL it printed. */
export function inviteWithCli(server, ...args) {
  const out = server.cli('users', 'add', ...args);
  const line = out.split('\n').find((l) => l.startsWith(`${server.base}/invite/`));
  if (!line) throw new Error(`no invitation URL in:\n${out}`);
  return line.trim();
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${backend}-${name}.png`), fullPage: true });
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page; returns serious and critical violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Follows an invitation link over plain HTTP and sets the password (no browser needed). */
export async function activate(url, password) {
  const page = await fetch(url);
  const cookie = (page.headers.get('set-cookie') || '').split(';')[0];
  const html = await page.text();
  const csrf = html.match(/name="csrf" value="([^"]+)"/)[1];
  const body = new URLSearchParams({ csrf, password, password_confirm: password });
  const res = await fetch(url, { method: 'POST', body, headers: { cookie }, redirect: 'manual' });
  if (res.status !== 303) throw new Error(`activation failed: ${res.status}`);
}

/** How many pixels the page is wider than its window (0 when it fits), and if it is,
 * the innermost elements that stick out (to say where). */
export async function overflow(page) {
  return page.evaluate(() => {
    const px = Math.max(0, document.documentElement.scrollWidth - window.innerWidth);
    if (!px) return { px, culprits: [] };
    const out = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5);
    };
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => out(el) && ![...el.children].some(out))
      .slice(0, 4)
      .map((el) => `${name(el.parentElement)} > ${name(el)} (${Math.round(el.getBoundingClientRect().width)}px)`);
    return { px, culprits };
  });
}

/** The fields of one CSV line (RFC 4180 quoting). */
function csvLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The English names of the reference data (reference/i18n): States, entities, regions,
 * sub-regions, regional groups, pillars, themes and working groups. */
export const englishReferenceNames = (() => {
  const names = new Set();
  for (const file of ['member_states', 'compact_entities', 'regions', 'pillars', 'themes', 'working_groups']) {
    const [header, ...rows] = readFileSync(join(root, 'reference', 'i18n', `${file}.csv`), 'utf8').trim().split('\n');
    const col = csvLine(header).indexOf('name_en');
    for (const row of rows) names.add(csvLine(row)[col]);
  }
  return [...names].filter((n) => n && /[A-Za-z]/.test(n));
})();

/** English reference names in what the page shows (its text, not its markup), for pages
 * in a language that does not write them in Latin letters (Arabic, Chinese, Russian). */
export async function latinReferenceNames(page) {
  // "Bahasa Indonesia" is the Indonesian language's own name, not the State's.
  const text = (await page.evaluate(() => document.body.innerText)).replaceAll('Bahasa Indonesia', '');
  return englishReferenceNames.filter((n) => {
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text);
  });
}
