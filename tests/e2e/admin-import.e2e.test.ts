/**
 * The Newsroom admin page end to end, in a real browser against a real
 * `strapi start`: paste → preview → import → edit in the Content Manager →
 * re-import with the CLI → the editor's change survives and the history shows
 * the conflict. Plus: a role without plugin::newsroom.import neither sees the
 * menu entry nor may call the admin import route; and markup in a source
 * document (<script>, <img onerror>) is shown as text in the preview, the
 * import result, the history and the Content Manager, and never runs.
 * Then, on the same server, the editorial review suite (./review.ts).
 */
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ARTIFACTS,
  SAMPLE_FILE,
  adminFetch,
  apiLogin,
  createEditor,
  createSuperAdmin,
  dismissOverlays,
  ensureBuilt,
  launchBrowser,
  loginInBrowser,
  makeEnv,
  removeDatabase,
  runCli,
  startStrapi,
  stepper,
  type RunningStrapi,
  type StrapiEnv,
} from './helpers';
import { registerReviewSuite } from './review';

jest.setTimeout(600_000);

const ADMIN = { email: 'e2e-admin@example.com', password: 'E2e-Admin-Passw0rd', firstname: 'Ada', lastname: 'Admin' };
const EDITOR = { email: 'e2e-editor@example.com', password: 'E2e-Editor-Passw0rd' };
const SAMPLE_NAME = path.basename(SAMPLE_FILE);
const SAMPLE_TEXT = fs.readFileSync(SAMPLE_FILE, 'utf8');
const CLI_INPUT = path.relative(path.resolve(__dirname, '..', '..'), SAMPLE_FILE);
const SPEAKER = 'Isaac Herzog';

const log = (message: string) => process.stderr.write(`[e2e] ${message}\n`);

let env: StrapiEnv;
let strapi: RunningStrapi | null = null;
let browser: Browser | null = null;
let context: BrowserContext;
let page: Page;
const step = stepper('admin');

/** Shared across the ordered tests below. */
const state: {
  articleId?: string;
  articleTitle?: string;
  quote?: { documentId: string; text: string };
  edited?: string;
  speakerQuoteCount?: number;
  /** Every quote's text, as parsed. */
  quoteTexts?: string[];
  /** The first quote attributed to SPEAKER. */
  speakerQuote?: string;
} = {};

beforeAll(async () => {
  const started = Date.now();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  ensureBuilt(log);
  env = await makeEnv();
  log(`database ${env.DATABASE_FILENAME}, port ${env.PORT}`);
  createSuperAdmin(env, ADMIN);
  strapi = await startStrapi(env, path.join(ARTIFACTS, 'strapi.log'));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await strapi?.stop();
  if (env) removeDatabase(env);
});

const openNewsroom = async () => {
  await page.goto(`${strapi!.url}/admin/plugins/newsroom`);
  await page.getByTestId('newsroom-tab-import').waitFor();
  await dismissOverlays(page);
};

test('the admin logs in and finds Newsroom in the menu', async () => {
  await step(page, 'login', () => loginInBrowser(page, strapi!.url, ADMIN.email, ADMIN.password));
  await step(page, 'menu', async () => {
    const link = page.locator('nav a[href="/admin/plugins/newsroom"]');
    await expect(link.count()).resolves.toBe(1);
    await link.click();
    await page.getByTestId('newsroom-tab-import').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toContain('Newsroom');
  });
});

test('bad files get a clear error and do not lose the pasted text', async () => {
  await openNewsroom();
  await step(page, 'bad-files', async () => {
    await page.getByTestId('newsroom-paste-input').fill('Kept text\n\nStill here.');
    await page.getByTestId('newsroom-file-input').setInputFiles([
      { name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'blob.md', mimeType: 'text/markdown', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) },
    ]);
    const errors = page.getByTestId('newsroom-file-error');
    await errors.first().waitFor();
    const problems = await errors.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-problem')));
    expect(problems.sort()).toEqual(['binary', 'empty', 'extension']);
    await expect(page.getByTestId('newsroom-file-errors').textContent()).resolves.toContain('photo.pdf');
    await expect(page.getByTestId('newsroom-paste-input').inputValue()).resolves.toBe('Kept text\n\nStill here.');
    expect(await page.getByTestId('newsroom-file-item').count()).toBe(0);

    // A good file is listed next to the paste, and can be removed again.
    await page.getByTestId('newsroom-file-input').setInputFiles(SAMPLE_FILE);
    await page.getByTestId('newsroom-file-item').first().waitFor();
    await expect(page.getByTestId('newsroom-file-item').textContent()).resolves.toContain(SAMPLE_NAME);
    await page.getByTestId('newsroom-file-item').getByRole('button').click();
    expect(await page.getByTestId('newsroom-file-item').count()).toBe(0);
  });

  await step(page, 'server-400', async () => {
    // A name the server's validation refuses (over 255 characters): its 400 message is shown, the paste stays.
    await page.getByTestId('newsroom-paste-name').fill('x'.repeat(300));
    const answer = page.waitForResponse((r) => r.url().endsWith('/newsroom/preview'));
    await page.getByTestId('newsroom-preview-button').click();
    expect((await answer).status()).toBe(400);
    const alert = page.getByTestId('newsroom-request-error');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/name/i);
    await expect(page.getByTestId('newsroom-paste-input').inputValue()).resolves.toBe('Kept text\n\nStill here.');
  });
});

test('pasting the sample shows its preview and dry-run diff', async () => {
  await openNewsroom();
  const preview = await step(page, 'paste-and-preview', async () => {
    // The article key includes the file's name: the same name as the CLI's file makes them one article.
    await page.getByTestId('newsroom-paste-name').fill(SAMPLE_NAME);
    await page.getByTestId('newsroom-paste-input').fill(SAMPLE_TEXT);
    const answer = page.waitForResponse((r) => r.url().endsWith('/newsroom/preview') && r.request().method() === 'POST');
    await page.getByTestId('newsroom-preview-button').click();
    const response = await answer;
    expect(response.status()).toBe(200);
    await page.getByTestId('newsroom-preview-document').first().waitFor();
    return (await response.json()).data[0];
  });

  await step(page, 'preview-speaker', async () => {
    expect(preview.error).toBeNull();
    const quotes = preview.parsed.quotes.filter((q: { speaker: string }) => q.speaker === SPEAKER);
    expect(quotes.length).toBeGreaterThan(0);
    state.speakerQuoteCount = quotes.length;
    state.quoteTexts = preview.parsed.quotes.map((q: { text: string }) => q.text);
    state.speakerQuote = quotes[0].text;

    const group = page.locator(`[data-testid="newsroom-speaker-group"][data-speaker="${SPEAKER}"]`);
    await group.waitFor();
    await expect(group.getByTestId('newsroom-speaker-name').textContent()).resolves.toBe(SPEAKER);
    const count = group.getByTestId('newsroom-speaker-quote-count');
    await expect(count.textContent()).resolves.toBe(`${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`);
    expect(await group.getByTestId('newsroom-quote').count()).toBe(quotes.length);
    log(`${SPEAKER}: ${quotes.length} quotes in the preview`);

    // His role is shown with the people.
    await expect(page.locator(`[data-testid="newsroom-person"][data-name="${SPEAKER}"]`).textContent()).resolves.toContain(SPEAKER);

    // Choosing a quote highlights exactly its span of the source text.
    await group.getByTestId('newsroom-quote').first().click();
    const selected = page.getByTestId('newsroom-quote-highlight-selected');
    await expect(selected.textContent()).resolves.toBe(SAMPLE_TEXT.slice(quotes[0].start, quotes[0].end));
    await group.scrollIntoViewIfNeeded();
  });

  await step(page, 'preview-diff', async () => {
    const rows = page.getByTestId('newsroom-change-row');
    await rows.first().waitFor();
    const actions = await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-action')));
    expect(actions.length).toBe(preview.diff.changes.length);
    // Nothing is in the database yet: everything would be created.
    expect(new Set(actions)).toEqual(new Set(['create']));
    expect(await page.locator('[data-testid="newsroom-change-row"][data-type="article"]').count()).toBe(1);
    await page.getByTestId('newsroom-preview-diff').first().scrollIntoViewIfNeeded();
  });
});

test('importing creates the records and links to them', async () => {
  const report = await step(page, 'import', async () => {
    await expect(page.getByTestId('newsroom-publish-toggle').isChecked()).resolves.toBe(false);
    const answer = page.waitForResponse((r) => r.url().endsWith('/newsroom/imports') && r.request().method() === 'POST');
    await page.getByTestId('newsroom-import-button').click();
    const response = await answer;
    expect(response.status()).toBe(200);
    await page.getByTestId('newsroom-result').waitFor();
    return (await response.json()).data;
  });

  await step(page, 'import-result', async () => {
    expect(report.totals.failed).toBe(0);
    expect(report.options.publish).toBe(false);
    const file = report.files[0];
    state.articleId = file.article.documentId;
    state.articleTitle = file.article.title;
    expect(file.changes.filter((c: { type: string }) => c.type === 'quote').length).toBe(state.quoteTexts!.length);

    const articleLink = page
      .locator(`[data-testid="newsroom-result"] a[data-type="article"][data-document-id="${state.articleId}"]`)
      .first();
    await expect(articleLink.getAttribute('href')).resolves.toBe(
      `/admin/content-manager/collection-types/plugin::newsroom.article/${state.articleId}`
    );
    const created = await page
      .locator('[data-testid="newsroom-result"] [data-testid="newsroom-change-row"][data-action="create"]')
      .count();
    expect(created).toBe(file.changes.length);
    // Every created record is a link to its Content Manager page.
    const withIds = file.changes.filter((c: { documentId: string | null }) => c.documentId).length;
    if (withIds < file.changes.length) log(`the report gives no documentId for ${file.changes.length - withIds} created records`);
    expect(withIds).toBe(file.changes.length);
    const links = await page.locator('[data-testid="newsroom-result-changes"] a[data-testid="newsroom-record-link"]').count();
    expect(links).toBe(file.changes.length);

    state.quote = { documentId: await quoteIdByText(state.speakerQuote!), text: state.speakerQuote! };
    await page.getByTestId('newsroom-result').scrollIntoViewIfNeeded();
  });
});

/** The items a Content Manager relation field lists (their main field), in the edit view. */
const relationItems = (field: string) =>
  page
    .locator(`xpath=//input[@name="${field}"]/ancestor::div[.//ol][1]//ol/li`)
    .evaluateAll((items) => items.map((item) => item.querySelector('button span')?.textContent?.trim() ?? ''));

const relationLabel = (field: string) =>
  page.locator(`xpath=//input[@name="${field}"]/ancestor::div[.//label][1]//label`).first().textContent();

test('the article opens in the Content Manager with its quotes and people', async () => {
  await step(page, 'open-article', async () => {
    await page.locator(`[data-testid="newsroom-result"] a[data-type="article"]`).first().click();
    await page.waitForURL(/plugin::newsroom\.article\//);
    await page.locator('input[name="title"]').waitFor();
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe(state.articleTitle);
  });

  await step(page, 'article-people', async () => {
    const people = page.locator('input[name="people"]');
    await people.waitFor();
    await people.scrollIntoViewIfNeeded();
    await page.locator(`xpath=//input[@name="people"]/ancestor::div[.//ol][1]//ol/li`).first().waitFor();
    expect(await relationItems('people')).toContain(SPEAKER);
  });

  await step(page, 'article-quotes', async () => {
    // Quotes are listed by their text (the Content Manager main field set by the plugin), not by ids or verbs.
    const quotes = page.locator('input[name="quotes"]');
    await quotes.scrollIntoViewIfNeeded();
    await expect(relationLabel('quotes')).resolves.toMatch(new RegExp(`\\(${state.quoteTexts!.length}\\)`));
    await page.locator(`xpath=//input[@name="quotes"]/ancestor::div[.//ol][1]//ol/li`).first().waitFor();
    const shown = await relationItems('quotes');
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) {
      const prefix = text.replace(/(…|\.\.\.)$/, '');
      expect(state.quoteTexts!.some((quote) => quote.startsWith(prefix))).toBe(true);
    }
  });

  await step(page, 'quote-list-view', async () => {
    // The Quote list view's columns: text and speaker (names, not ids).
    await page.goto(`${strapi!.url}/admin/content-manager/collection-types/plugin::newsroom.quote`);
    await page.locator('table tbody tr').first().waitFor();
    const headers = (await page.locator('table thead th').allTextContents()).map((h) => h.trim().toLowerCase());
    expect(headers.some((h) => h.startsWith('text'))).toBe(true);
    expect(headers.some((h) => h.startsWith('speaker'))).toBe(true);
    expect(headers.some((h) => h === 'kind' || h === 'id')).toBe(false);
    await expect(page.locator('table tbody').textContent()).resolves.toContain(SPEAKER);
  });
});

/** A quote's documentId, looked up through the Content Manager's admin API. */
async function quoteIdByText(text: string): Promise<string> {
  const token = await apiLogin(strapi!.url, ADMIN.email, ADMIN.password);
  const query = new URLSearchParams({ 'filters[text][$eq]': text, pageSize: '10' });
  const { status, body } = await adminFetch(
    strapi!.url,
    token,
    'GET',
    `/content-manager/collection-types/plugin::newsroom.quote?${query}`
  );
  expect(status).toBe(200);
  expect(body.results.length).toBe(1);
  return body.results[0].documentId as string;
}

/** A quote's text as stored, through the Content Manager's admin API. */
async function quoteTextOf(documentId: string): Promise<string> {
  const token = await apiLogin(strapi!.url, ADMIN.email, ADMIN.password);
  const { status, body } = await adminFetch(
    strapi!.url,
    token,
    'GET',
    `/content-manager/collection-types/plugin::newsroom.quote/${documentId}`
  );
  expect(status).toBe(200);
  return body.data.text as string;
}

test("an editor's change to a quote survives a CLI re-import and shows as a conflict", async () => {
  const quoteUrl = `${strapi!.url}/admin/content-manager/collection-types/plugin::newsroom.quote/${state.quote!.documentId}`;
  expect(await quoteTextOf(state.quote!.documentId)).toBe(state.quote!.text);
  state.edited = `EDITED IN E2E: ${state.quote!.text}`;

  await step(page, 'edit-quote', async () => {
    await page.goto(quoteUrl);
    const textarea = page.locator('textarea[name="text"]');
    await textarea.waitFor();
    await expect(textarea.inputValue()).resolves.toBe(state.quote!.text);
    await textarea.fill(state.edited!);
    const saved = page.waitForResponse(
      (r) => r.url().includes(`/plugin::newsroom.quote/${state.quote!.documentId}`) && r.request().method() === 'PUT'
    );
    await page.getByRole('button', { name: /^save$/i }).click();
    expect((await saved).status()).toBe(200);
  });

  await step(page, 'cli-reimport', async () => {
    const result = runCli(env, ['import', CLI_INPUT, '--app', 'playground']);
    fs.writeFileSync(path.join(ARTIFACTS, 'cli-reimport.log'), `${result.stdout}\n--- stderr ---\n${result.stderr}`);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(`${result.stdout}`).toMatch(/conflict/i);
  });

  await step(page, 'edit-kept', async () => {
    await page.goto(quoteUrl);
    const textarea = page.locator('textarea[name="text"]');
    await textarea.waitFor();
    await expect(textarea.inputValue()).resolves.toBe(state.edited);
  });

  await step(page, 'history-conflict', async () => {
    await openNewsroom();
    await page.getByTestId('newsroom-tab-history').click();
    const runs = page.getByTestId('newsroom-history-run');
    await runs.first().waitFor();
    // Newest first: the CLI run, then the admin import.
    expect(await runs.count()).toBe(2);
    const latest = runs.first();
    await expect(latest.getAttribute('data-actor-type')).resolves.toBe('cli');
    expect(Number(await latest.getAttribute('data-conflicts'))).toBeGreaterThanOrEqual(1);
    await expect(runs.nth(1).getAttribute('data-actor-type')).resolves.toBe('admin');

    await latest.getByTestId('newsroom-history-conflicts-toggle').click();
    const conflict = latest
      .getByTestId('newsroom-history-conflict')
      .filter({ has: page.getByTestId('newsroom-conflict-current').getByText(state.edited!.slice(0, 60)) });
    await conflict.first().waitFor();
    await conflict.first().scrollIntoViewIfNeeded();
    await expect(conflict.first().getByTestId('newsroom-conflict-field').textContent()).resolves.toBe('text');
    await expect(conflict.first().getByTestId('newsroom-conflict-incoming').textContent()).resolves.toContain(
      state.quote!.text.slice(0, 40)
    );
  });
});

test('a role without the import permission sees no menu entry and gets 403', async () => {
  const superToken = await apiLogin(strapi!.url, ADMIN.email, ADMIN.password);
  await createEditor(strapi!.url, superToken, EDITOR);

  const editorContext = await browser!.newContext({ viewport: { width: 1440, height: 1000 } });
  const editorPage = await editorContext.newPage();
  try {
    await step(editorPage, 'editor-menu', async () => {
      await loginInBrowser(editorPage, strapi!.url, EDITOR.email, EDITOR.password);
      expect(await editorPage.locator('nav a[href="/admin/plugins/newsroom"]').count()).toBe(0);
      expect(await editorPage.locator('nav').getByText('Newsroom', { exact: true }).count()).toBe(0);
    });
    await step(editorPage, 'editor-direct-url', async () => {
      // Typing the page's address does not get around the menu: Strapi's "no permissions" page instead.
      await editorPage.goto(`${strapi!.url}/admin/plugins/newsroom`);
      await editorPage.getByText(/permissions/i).first().waitFor();
      expect(await editorPage.getByTestId('newsroom-tab-import').count()).toBe(0);
    });
  } finally {
    await editorContext.close();
  }

  const editorToken = await apiLogin(strapi!.url, EDITOR.email, EDITOR.password);
  const refused = await adminFetch(strapi!.url, editorToken, 'POST', '/newsroom/imports', {
    documents: [{ name: SAMPLE_NAME, text: SAMPLE_TEXT }],
  });
  expect(refused.status).toBe(403);
  const history = await adminFetch(strapi!.url, editorToken, 'GET', '/newsroom/imports');
  expect(history.status).toBe(403);

  // The super admin may.
  const allowed = await adminFetch(strapi!.url, superToken, 'GET', '/newsroom/imports');
  expect(allowed.status).toBe(200);
});

/* ------------------------------------------------------------------ XSS */

// Markup in a source document is text: the admin must show it literally and never run it.
const XSS_NAME = 'xss-<img src=x onerror=window.__xss=4>.txt';
const XSS_TITLE = 'Harbour <img src=x onerror="window.__xss=3"> plans approved';
const XSS_QUOTE = `<script>window.__xss = 1</script> We will open <img src=x onerror='window.__xss=2'> in May,`;
const XSS_TEXT = [
  XSS_TITLE,
  '',
  'The council approved the harbour plans on Monday.',
  '',
  `"${XSS_QUOTE}" said Mayor Ada Quill.`,
  '',
  'The work starts next week.',
  '',
].join('\n');

/** Nothing from the stored text ran or became an element: no flag, no injected <img>, no injected <script>. */
async function expectInert(target: Page, where: string) {
  // A string, evaluated in the page: this file is compiled without the DOM's types.
  const found: Record<string, unknown> = await target.evaluate(`({
    flag: window.__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: Array.from(document.scripts).filter((s) => (s.textContent || '').includes('__xss')).length,
    handlers: document.querySelectorAll('[onerror*="__xss"]').length,
  })`);
  expect({ where, ...found }).toEqual({ where, flag: undefined, images: 0, scripts: 0, handlers: 0 });
}

test('stored markup is shown as text in the preview, the result, the history and the Content Manager', async () => {
  await openNewsroom();
  await step(page, 'xss-preview', async () => {
    await page.getByTestId('newsroom-paste-name').fill(XSS_NAME);
    await page.getByTestId('newsroom-paste-input').fill(XSS_TEXT);
    const answer = page.waitForResponse((r) => r.url().endsWith('/newsroom/preview') && r.request().method() === 'POST');
    await page.getByTestId('newsroom-preview-button').click();
    const preview = (await (await answer).json()).data[0];
    expect(preview.parsed.title).toBe(XSS_TITLE);
    expect(preview.parsed.quotes.map((q: { text: string }) => q.text)).toEqual([XSS_QUOTE]);
    await page.getByTestId('newsroom-preview-document').first().waitFor();
    const quote = page.getByTestId('newsroom-quote').filter({ hasText: '<script>window.__xss = 1</script>' });
    await quote.first().waitFor();
    await expect(quote.first().textContent()).resolves.toContain(XSS_QUOTE);
    await expect(page.getByTestId('newsroom-preview-document').first().textContent()).resolves.toContain(XSS_TITLE);
    await expectInert(page, 'preview');
  });

  const report = await step(page, 'xss-import', async () => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/newsroom/imports') && r.request().method() === 'POST');
    await page.getByTestId('newsroom-import-button').click();
    const response = await answer;
    expect(response.status()).toBe(200);
    await page.getByTestId('newsroom-result').waitFor();
    await expect(page.getByTestId('newsroom-result').textContent()).resolves.toContain(XSS_TITLE);
    await expectInert(page, 'import result');
    return (await response.json()).data;
  });
  expect(report.totals.failed).toBe(0);
  const quoteId = report.files[0].changes.find((c: { type: string }) => c.type === 'quote').documentId as string;
  const articleId = report.files[0].article.documentId as string;

  await step(page, 'xss-cm-quote', async () => {
    await page.goto(`${strapi!.url}/admin/content-manager/collection-types/plugin::newsroom.quote/${quoteId}`);
    const textarea = page.locator('textarea[name="text"]');
    await textarea.waitFor();
    await expect(textarea.inputValue()).resolves.toBe(XSS_QUOTE);
    await expectInert(page, 'Content Manager quote');
  });

  await step(page, 'xss-cm-article', async () => {
    await page.goto(`${strapi!.url}/admin/content-manager/collection-types/plugin::newsroom.article/${articleId}`);
    const title = page.locator('input[name="title"]');
    await title.waitFor();
    await expect(title.inputValue()).resolves.toBe(XSS_TITLE);
    // The quotes relation lists the quote by its text.
    await page.locator('xpath=//input[@name="quotes"]/ancestor::div[.//ol][1]//ol/li').first().waitFor();
    expect((await relationItems('quotes')).some((text) => text.startsWith('<script>window.__xss'))).toBe(true);
    await expectInert(page, 'Content Manager article');
  });

  await step(page, 'xss-cm-lists', async () => {
    for (const [uid, shown] of [
      ['plugin::newsroom.quote', '<script>window.__xss = 1</script>'],
      ['plugin::newsroom.article', 'Harbour <img src=x'],
    ]) {
      await page.goto(`${strapi!.url}/admin/content-manager/collection-types/${uid}`);
      await page.locator('table tbody tr').first().waitFor();
      await expect(page.locator('table tbody').textContent()).resolves.toContain(shown);
      await expectInert(page, `Content Manager list ${uid}`);
    }
  });

  // History shows stored text in its conflicts: an editor's markup against the source's.
  const edited = `EDITED <img src=x onerror='window.__xss=5'> ${XSS_QUOTE}`;
  const token = await apiLogin(strapi!.url, ADMIN.email, ADMIN.password);
  const saved = await adminFetch(strapi!.url, token, 'PUT', `/content-manager/collection-types/plugin::newsroom.quote/${quoteId}`, { text: edited });
  expect(saved.status).toBe(200);

  await step(page, 'xss-reimport', async () => {
    await openNewsroom();
    await page.getByTestId('newsroom-paste-name').fill(XSS_NAME);
    await page.getByTestId('newsroom-paste-input').fill(XSS_TEXT);
    const previewed = page.waitForResponse((r) => r.url().endsWith('/newsroom/preview') && r.request().method() === 'POST');
    await page.getByTestId('newsroom-preview-button').click();
    expect((await previewed).status()).toBe(200);
    const answer = page.waitForResponse((r) => r.url().endsWith('/newsroom/imports') && r.request().method() === 'POST');
    await page.getByTestId('newsroom-import-button').click();
    const again = (await (await answer).json()).data;
    expect(again.totals.conflicts).toBeGreaterThanOrEqual(1);
    await page.getByTestId('newsroom-result').waitFor();
    await expectInert(page, 'second import result');
  });

  await step(page, 'xss-history', async () => {
    await page.getByTestId('newsroom-tab-history').click();
    const latest = page.getByTestId('newsroom-history-run').first();
    await latest.waitFor();
    expect(Number(await latest.getAttribute('data-conflicts'))).toBeGreaterThanOrEqual(1);
    await latest.getByTestId('newsroom-history-conflicts-toggle').click();
    const conflict = latest.getByTestId('newsroom-history-conflict').filter({ hasText: 'EDITED <img src=x' });
    await conflict.first().waitFor();
    await expect(conflict.first().getByTestId('newsroom-conflict-current').textContent()).resolves.toContain(edited);
    await expect(conflict.first().getByTestId('newsroom-conflict-incoming').textContent()).resolves.toContain(XSS_QUOTE);
    await expectInert(page, 'history conflicts');
  });
});

/* --------------------------------------------------------------- review */

registerReviewSuite(() => ({ strapi: strapi!, page, step, admin: ADMIN }));
