import { InvalidArgumentError } from 'commander';

/** A commander parser for a whole number of at least `min`: a typo is refused by name, not read as NaN. */
export const wholeNumber =
  (min = 0) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}, got "${value}"`);
    return n;
  };

/** A commander parser for "a,b,c", each item checked by `item`. */
export const commaList =
  <T>(item: (value: string) => T) =>
  (value: string): T[] =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map(item);

/** A commander parser accepting one of `choices`, typed as that union. */
export const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${choices.join(', ')}, not "${value}"`);
    return value as T;
  };
