const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "5MB", "512KB", "1048576" → bytes. */
export const parseSize = (input: string): number => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(input);
  if (!match) throw new Error(`--max-size: cannot read "${input}" (use bytes, or a number with KB/MB/GB)`);
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]);
};
