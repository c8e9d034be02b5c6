export type LinkKind = 'read-also' | 'read-more' | 'related' | 'see-also' | 'other';

const LABELS: Array<[RegExp, LinkKind]> = [
  [/^\s*read\s+also\b/i, 'read-also'],
  [/^\s*read\s+more\b/i, 'read-more'],
  [/^\s*related\b/i, 'related'],
  [/^\s*see\s+also\b/i, 'see-also'],
];

/** The label of the source line a related link came from ("Read also", "See also"...). */
export const linkKind = (source: string, title: string): LinkKind => {
  const at = source.indexOf(title);
  if (at < 0) return 'other';
  const lineStart = source.lastIndexOf('\n', at) + 1;
  const prefix = source.slice(lineStart, at);
  return LABELS.find(([pattern]) => pattern.test(prefix))?.[1] ?? 'other';
};
