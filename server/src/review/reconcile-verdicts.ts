import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { needsReview, reviewFilter } from './needs-review';
import { guardedQuoteRow, parseRows } from './rows';

const VERDICT_FIELDS = ['id', 'text', 'confidence', 'speakerConfirmed', 'diverged', 'divergenceAcceptedAt', 'needsReview'];
const SPEAKER_ID = { speaker: { select: ['id'] } };
const notTrue = { $or: [{ needsReview: false }, { needsReview: { $null: true } }] };

/**
 * Set the stored `needsReview` right wherever it disagrees with the rule:
 * quotes written before the field existed hold false (or null) whatever
 * they are. The rule's own filters find the candidates, the rule itself
 * decides, so a filter's SQL null logic can never flag a quote wrongly.
 * Returns how many quotes changed.
 */
export async function reconcileStoredVerdicts(strapi: Core.Strapi): Promise<number> {
  const quotes = strapi.db.query(UID.quote);
  const candidates = [
    ...(await quotes.findMany({ where: { $and: [reviewFilter('all'), notTrue] }, select: VERDICT_FIELDS, populate: SPEAKER_ID })),
    ...(await quotes.findMany({ where: { needsReview: true }, select: VERDICT_FIELDS, populate: SPEAKER_ID })),
  ];
  const wrong = new Map<boolean, number[]>([
    [true, []],
    [false, []],
  ]);
  for (const quote of parseRows(guardedQuoteRow, candidates, 'quote verdict')) {
    const verdict = needsReview(quote);
    if (verdict !== (quote.needsReview === true)) wrong.get(verdict)!.push(quote.id);
  }
  let changed = 0;
  for (const [verdict, ids] of wrong) {
    for (let at = 0; at < ids.length; at += 500) {
      const { count } = await quotes.updateMany({ where: { id: { $in: ids.slice(at, at + 500) } }, data: { needsReview: verdict } });
      changed += count;
    }
  }
  return changed;
}
