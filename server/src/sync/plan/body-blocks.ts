import type { ParsedSection } from '../../parse/types';

/** Strapi's `blocks` JSON, the subset the importer writes. */
export type Block =
  | { type: 'paragraph'; children: [{ type: 'text'; text: string }] }
  | { type: 'heading'; level: 2; children: [{ type: 'text'; text: string }] };

const text = (value: string) => [{ type: 'text' as const, text: value }] as [{ type: 'text'; text: string }];

/**
 * Sections become a level-2 heading followed by their paragraphs. The lead is
 * its own field, so its paragraph is not repeated in the body.
 */
export const sectionsToBlocks = (sections: ParsedSection[], lead: string): Block[] => {
  const blocks: Block[] = [];
  let leadSkipped = false;
  for (const section of sections) {
    if (section.heading) blocks.push({ type: 'heading', level: 2, children: text(section.heading) });
    for (const paragraph of section.paragraphs) {
      if (!leadSkipped && paragraph.text === lead) {
        leadSkipped = true;
        continue;
      }
      blocks.push({ type: 'paragraph', children: text(paragraph.text) });
    }
  }
  return blocks;
};
