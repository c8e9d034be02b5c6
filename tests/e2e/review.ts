/**
 * Editorial review end to end (issue #15), registered into the admin suite so
 * it shares its Strapi and Chromium: a quote edited in the Content Manager is
 * shown against its source and queued until accepted; an unattributed quote
 * gets its speaker from the queue and keeps it through a re-import; two
 * people are merged and a re-import of both sources creates no new person.
 * Two small sources of its own (fixtures/harbour-*.txt) keep it independent of
 * what the import tests did to the sample.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import {
  adminImport,
  browserAdminToken,
  createFullAccessToken,
  dismissOverlays,
  docsScreenshot,
  restGet,
  type RunningStrapi,
} from './helpers';

type Step = <T>(page: Page, name: string, fn: () => Promise<T>) => Promise<T>;

export interface ReviewSuiteContext {
  strapi: RunningStrapi;
  page: Page;
  step: Step;
  admin: { email: string; password: string; firstname: string; lastname: string };
}

const fixture = (name: string) => ({ name, text: fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8') });
const SOURCE_A = fixture('harbour-a.txt');
const SOURCE_B = fixture('harbour-b.txt');
const EDITED_QUOTE = 'We will keep the costs under control.';
const UNATTRIBUTED_QUOTE = 'Nobody asked the fishermen what they think of any of this.';

interface ImportedChange {
  type: string;
  action: string;
  label: string;
  documentId: string | null;
}

/** The quotes' documentIds of an import report, by text. */
const quoteIds = (report: { files: Array<{ changes: ImportedChange[] }> }) =>
  new Map(
    report.files
      .flatMap((file) => file.changes)
      .filter((change) => change.type === 'quote' && change.documentId)
      .map((change) => [change.label.replace(/…$/, ''), change.documentId as string])
  );

const idOf = (ids: Map<string, string>, text: string) => {
  const found = [...ids].find(([label]) => text.startsWith(label));
  if (!found) throw new Error(`no imported quote for "${text}" among ${JSON.stringify([...ids.keys()])}`);
  return found[1];
};

const personCreates = (report: { files: Array<{ changes: ImportedChange[] }> }) =>
  report.files.flatMap((file) => file.changes).filter((change) => change.type === 'person' && change.action === 'create');

export function registerReviewSuite(context: () => ReviewSuiteContext) {
  const state: { token?: string; apiToken?: string; quotes?: Map<string, string>; articleA?: string } = {};
  const url = () => context().strapi.url;

  const quoteViaRest = async (documentId: string) =>
    (await restGet(url(), state.apiToken!, `/api/newsroom/quotes/${documentId}?populate=speaker`)).data;

  const peopleNamed = async (name: string) =>
    (await restGet(url(), state.apiToken!, `/api/newsroom/people?filters[name][$eq]=${encodeURIComponent(name)}`)).data as Array<{
      documentId: string;
      name: string;
    }>;

  const peopleTotal = async () => (await restGet(url(), state.apiToken!, '/api/newsroom/people?pagination[pageSize]=1')).meta.pagination.total as number;

  const openTab = async (tab: 'review' | 'merge') => {
    const { page } = context();
    await page.goto(`${url()}/admin/plugins/newsroom/${tab}`);
    await page.getByTestId(`newsroom-tab-${tab}`).waitFor();
    await dismissOverlays(page);
  };

  /** The queue, filtered by one reason, once it has answered. */
  const openQueue = async (reason: 'all' | 'unattributed' | 'low-confidence' | 'diverged') => {
    const { page } = context();
    await openTab('review');
    await page.locator('[data-testid="newsroom-review"][data-loading="false"]').waitFor();
    const answered = page.waitForResponse((r) => r.url().includes('/newsroom/review/quotes?') && r.url().includes(`reason=${reason}`));
    await page.locator(`[data-testid="newsroom-review-filter"][data-reason="${reason}"]`).click();
    expect((await answered).status()).toBe(200);
    await page.locator('[data-testid="newsroom-review"][data-loading="false"]').waitFor();
  };

  const queueItem = (documentId: string) =>
    context().page.locator(`[data-testid="newsroom-review-item"][data-document-id="${documentId}"]`);

  test('review: two sources of its own are imported', async () => {
    state.token = await browserAdminToken(context().page, url());
    state.apiToken = await createFullAccessToken(url(), state.token);
    const report = await adminImport(url(), state.token, [SOURCE_A, SOURCE_B]);
    expect(report.totals.failed).toBe(0);
    state.quotes = quoteIds(report);
    state.articleA = report.files.find((file: { name: string }) => file.name === SOURCE_A.name).article.documentId;
    expect((await peopleNamed('L. Ortiz')).length).toBe(1);
    expect((await peopleNamed('Lena Ortiz')).length).toBe(1);
  });

  test('review: a quote edited in the Content Manager shows its diff, is queued, and leaves the queue once accepted', async () => {
    const { page, step, admin } = context();
    const quoteId = idOf(state.quotes!, EDITED_QUOTE);
    const edited = EDITED_QUOTE.replace('keep the costs', 'keep all costs');
    const panel = page.locator('aside').filter({ has: page.getByTestId('newsroom-provenance') });

    await step(page, 'review-panel-before', async () => {
      await page.goto(`${url()}/admin/content-manager/collection-types/plugin::newsroom.quote/${quoteId}`);
      await page.locator('textarea[name="text"]').waitFor();
      await dismissOverlays(page);
      await page.locator('[data-testid="newsroom-provenance"][data-diverged="false"]').waitFor();
      await expect(panel.getByTestId('newsroom-source-highlight').textContent()).resolves.toBe(EDITED_QUOTE);
      await expect(panel.getByTestId('newsroom-source-paragraph').textContent()).resolves.toContain('Council member Tom Baker said');
      await expect(panel.getByTestId('newsroom-attribution-speaker').textContent()).resolves.toContain('Tom Baker');
      await expect(panel.getByTestId('newsroom-attribution').getAttribute('data-attribution')).resolves.toBe('speech-verb');
      expect(await panel.locator('a[data-type="article"]').count()).toBe(1);
      expect(await panel.getByTestId('newsroom-quote-diff').count()).toBe(0);
    });

    await step(page, 'review-panel-diverged', async () => {
      await page.locator('textarea[name="text"]').fill(edited);
      const saved = page.waitForResponse((r) => r.url().includes(`/plugin::newsroom.quote/${quoteId}`) && r.request().method() === 'PUT');
      await page.getByRole('button', { name: /^save$/i }).click();
      expect((await saved).status()).toBe(200);
      // The panel reads the server's verdict again once the saved document comes back.
      await page.locator('[data-testid="newsroom-provenance"][data-diverged="true"]').waitFor();
      await expect(panel.getByTestId('newsroom-diff-delete').allTextContents()).resolves.toEqual([expect.stringContaining('the')]);
      await expect(panel.getByTestId('newsroom-diff-insert').allTextContents()).resolves.toEqual([expect.stringContaining('all')]);
      await expect(panel.getByTestId('newsroom-review-reason').getAttribute('data-reason')).resolves.toBe('diverged');
      await panel.getByTestId('newsroom-accept-divergence').waitFor();
      await panel.scrollIntoViewIfNeeded();
      await docsScreenshot(panel, 'provenance-panel');
    });

    await step(page, 'review-queue-diverged', async () => {
      await openQueue('diverged');
      const item = queueItem(quoteId);
      await item.waitFor();
      await expect(item.getAttribute('data-reasons')).resolves.toContain('diverged');
      await expect(item.getByTestId('newsroom-review-text').textContent()).resolves.toContain(edited);
      const count = Number(await page.locator('[data-testid="newsroom-review-filter"][data-reason="diverged"]').getAttribute('data-count'));
      expect(count).toBeGreaterThanOrEqual(1);
    });

    await step(page, 'review-article-panel', async () => {
      // The article's edit view lists its quotes that wait for an editor: the edited one and the unattributed one.
      await page.goto(`${url()}/admin/content-manager/collection-types/plugin::newsroom.article/${state.articleA}`);
      const listed = page.getByTestId('newsroom-article-review-item');
      await listed.first().waitFor();
      const ids = await listed.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-document-id')));
      expect(ids.sort()).toEqual([quoteId, idOf(state.quotes!, UNATTRIBUTED_QUOTE)].sort());
      await expect(
        page.locator(`[data-testid="newsroom-article-review-item"][data-document-id="${quoteId}"] a`).getAttribute('href')
      ).resolves.toBe(`/admin/content-manager/collection-types/plugin::newsroom.quote/${quoteId}`);
      await openQueue('diverged');
    });

    await step(page, 'review-queue-accept', async () => {
      const accepted = page.waitForResponse((r) => r.url().endsWith(`/newsroom/review/quotes/${quoteId}/accept`));
      await queueItem(quoteId).getByTestId('newsroom-accept-divergence').click();
      expect((await accepted).status()).toBe(200);
      await queueItem(quoteId).waitFor({ state: 'detached' });
    });

    await step(page, 'review-panel-accepted', async () => {
      await page.goto(`${url()}/admin/content-manager/collection-types/plugin::newsroom.quote/${quoteId}`);
      await page.locator('[data-testid="newsroom-provenance"][data-accepted="true"]').waitFor();
      await expect(panel.getByTestId('newsroom-divergence-accepted').textContent()).resolves.toContain(`${admin.firstname} ${admin.lastname}`);
      expect(await panel.getByTestId('newsroom-accept-divergence').count()).toBe(0);
    });
  });

  test('review: an unattributed quote gets its speaker from the queue, and a re-import keeps it', async () => {
    const { page, step } = context();
    const quoteId = idOf(state.quotes!, UNATTRIBUTED_QUOTE);
    const [baker] = await peopleNamed('Tom Baker');
    const [initial] = await peopleNamed('L. Ortiz');
    expect((await quoteViaRest(quoteId)).speaker).toBeNull();

    await step(page, 'review-queue-unattributed', async () => {
      await openQueue('unattributed');
      const item = queueItem(quoteId);
      await item.waitFor();
      await expect(item.getAttribute('data-reasons')).resolves.toContain('unattributed');
      expect(await item.getByTestId('newsroom-attribution-confidence').count()).toBe(0);
    });

    await step(page, 'review-pick-speaker', async () => {
      const item = queueItem(quoteId);
      await item.getByTestId('newsroom-pick-speaker').click();
      const picker = item.locator('input[data-testid="newsroom-speaker-picker"], [data-testid="newsroom-speaker-picker"] input').first();
      await picker.click();
      // Anyone else is found by name (/newsroom/people/search): L. Ortiz is not one of this article's people.
      await picker.fill('Ortiz');
      const searched = page.locator(`[data-testid="newsroom-person-option"][data-document-id="${initial.documentId}"]`);
      await searched.waitFor();
      await expect(searched.getAttribute('data-preset')).resolves.toBe('false');
      await picker.fill('');
      // The article's own people are offered without typing.
      const option = page.locator(`[data-testid="newsroom-person-option"][data-document-id="${baker.documentId}"]`);
      await option.waitFor();
      await expect(option.getAttribute('data-preset')).resolves.toBe('true');
      await docsScreenshot(page.getByTestId('newsroom-review'), 'review-queue', { below: 120 });
      const saved = page.waitForResponse((r) => r.url().endsWith(`/newsroom/review/quotes/${quoteId}/speaker`));
      await option.click();
      expect((await saved).status()).toBe(200);
      await queueItem(quoteId).waitFor({ state: 'detached' });
    });

    const viaRest = await quoteViaRest(quoteId);
    expect(viaRest.speaker?.documentId).toBe(baker.documentId);
    expect(viaRest.speakerConfirmed).toBe(true);

    const again = await adminImport(url(), state.token!, [SOURCE_A]);
    expect(again.totals.failed).toBe(0);
    expect((await quoteViaRest(quoteId)).speaker?.documentId).toBe(baker.documentId);
  });

  test('review: two people merged; their quotes point to the survivor and re-imports create no new person', async () => {
    const { page, step } = context();
    const [lena] = await peopleNamed('Lena Ortiz');
    const [initial] = await peopleNamed('L. Ortiz');
    const movedQuote = idOf(state.quotes!, 'The first ships will dock in June.');
    const keptQuote = idOf(state.quotes!, 'The harbour will open in May.');
    expect((await quoteViaRest(movedQuote)).speaker?.documentId).toBe(initial.documentId);

    await step(page, 'merge-suggestion', async () => {
      await openTab('merge');
      const suggestion = page
        .getByTestId('newsroom-merge-suggestion')
        .filter({ has: page.getByText('L. Ortiz') })
        .filter({ has: page.getByText('Lena Ortiz') });
      await suggestion.first().waitFor();
      await suggestion.first().getByTestId('newsroom-merge-suggestion-choose').click();
      await page.locator(`[data-testid="newsroom-merge-person"][data-document-id="${initial.documentId}"]`).waitFor();
      await page.locator(`[data-testid="newsroom-merge-person"][data-document-id="${lena.documentId}"]`).waitFor();
      expect(await page.getByTestId('newsroom-merge-person').count()).toBe(2);
      await page.locator(`[data-testid="newsroom-merge-person"][data-document-id="${lena.documentId}"] [role="radio"]`).click();
      await page.locator(`[data-testid="newsroom-merge-person"][data-document-id="${lena.documentId}"][data-survivor="true"]`).waitFor();
    });

    await step(page, 'merge-preview', async () => {
      const answered = page.waitForResponse((r) => r.url().endsWith('/newsroom/people/merge/preview'));
      await page.getByTestId('newsroom-merge-preview-button').click();
      expect((await answered).status()).toBe(200);
      const preview = page.getByTestId('newsroom-merge-preview');
      await preview.waitFor();
      const value = (key: string) => preview.locator(`[data-testid="newsroom-merge-preview-row"][data-key="${key}"]`).getAttribute('data-value');
      await expect(value('survivor')).resolves.toBe('Lena Ortiz');
      await expect(value('absorbed')).resolves.toBe('L. Ortiz');
      await expect(value('quotes')).resolves.toBe('1');
      await page.setViewportSize({ width: 1280, height: 900 });
      await docsScreenshot(page.getByTestId('newsroom-merge'), 'merge-preview');
      await page.setViewportSize({ width: 1440, height: 1000 });
      // A preview writes nothing.
      expect((await peopleNamed('L. Ortiz')).length).toBe(1);
    });

    await step(page, 'merge-confirm', async () => {
      await page.getByTestId('newsroom-merge-button').click();
      const dialog = page.getByTestId('newsroom-merge-confirm');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain('L. Ortiz');
      const merged = page.waitForResponse((r) => r.url().endsWith('/newsroom/people/merge') && r.request().method() === 'POST');
      await page.getByTestId('newsroom-merge-confirm-button').click();
      expect((await merged).status()).toBe(200);
      await page.getByTestId('newsroom-merge-done').waitFor();
    });

    expect(await peopleNamed('L. Ortiz')).toEqual([]);
    expect((await quoteViaRest(movedQuote)).speaker?.documentId).toBe(lena.documentId);
    expect((await quoteViaRest(keptQuote)).speaker?.documentId).toBe(lena.documentId);

    const before = await peopleTotal();
    const again = await adminImport(url(), state.token!, [SOURCE_A, SOURCE_B]);
    expect(again.totals.failed).toBe(0);
    expect(personCreates(again)).toEqual([]);
    expect(await peopleTotal()).toBe(before);
    expect(await peopleNamed('L. Ortiz')).toEqual([]);
    expect((await quoteViaRest(movedQuote)).speaker?.documentId).toBe(lena.documentId);
  });
}
