import type { ParsedDocument } from './types';

/** Exactly the documented JSON shape: key order fixed, `metadata` left out. */
export function toContractJson(doc: ParsedDocument) {
  return {
    title: doc.title,
    titleSource: doc.titleSource,
    lead: doc.lead,
    published: doc.published,
    outlet: doc.outlet,
    sourceUrl: doc.sourceUrl,
    sections: doc.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ text: p.text, start: p.start })),
    })),
    people: doc.people.map((p) => ({ name: p.name, role: p.role, aliases: [...p.aliases] })),
    quotes: doc.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      kind: q.kind,
      start: q.start,
      end: q.end,
      paragraph: q.paragraph,
      verb: q.verb,
      attribution: q.attribution,
      confidence: q.confidence,
      review: q.review,
    })),
    relatedLinks: doc.relatedLinks.map((l) => ({ title: l.title, url: l.url })),
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message, start: w.start })),
  };
}

export type ContractJson = ReturnType<typeof toContractJson>;
