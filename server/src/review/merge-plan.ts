/** A person as a merge reads it. */
export interface MergeSide {
  documentId: string;
  name: string;
  aliases: string[];
  importKey: string | null;
  mergedKeys: string[];
  quotes: string[];
  articles: string[];
}

export interface MergePlan {
  /**
   * The survivor's import key afterwards: its own, or, for a person an editor
   * made by hand, the first absorbed person's (so the importer finds it).
   */
  importKey: string | null;
  /** The survivor's aliases afterwards: its own, the absorbed people's names and aliases. */
  aliases: string[];
  /** Import keys that reach the survivor afterwards besides its own. */
  mergedKeys: string[];
  /** Quotes to move to the survivor. */
  quotes: string[];
  /** Articles to link to the survivor (the ones it is not linked to already). */
  articles: string[];
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();

/** What merging `absorbed` into `survivor` moves and keeps. Pure. */
export function planMerge(survivor: MergeSide, absorbed: MergeSide[]): MergePlan {
  const own = new Set(survivor.articles);
  const absorbedKeys = absorbed.flatMap((p) => [...(p.importKey ? [p.importKey] : []), ...p.mergedKeys]);
  const importKey = survivor.importKey ?? absorbed.find((p) => p.importKey)?.importKey ?? null;
  return {
    importKey,
    aliases: sortedUnique([...survivor.aliases, ...absorbed.flatMap((p) => [p.name, ...p.aliases])]),
    mergedKeys: sortedUnique([...survivor.mergedKeys, ...absorbedKeys]).filter((key) => key !== importKey),
    quotes: sortedUnique(absorbed.flatMap((p) => p.quotes)),
    articles: sortedUnique(absorbed.flatMap((p) => p.articles)).filter((a) => !own.has(a)),
  };
}
