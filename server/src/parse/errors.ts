/** Thrown for input the parser refuses to guess about (broken front matter). */
export class ParseError extends Error {
  /** Offset in the source where the problem was found, when known. */
  readonly offset: number | null;

  constructor(message: string, offset: number | null = null) {
    super(message);
    this.name = 'ParseError';
    this.offset = offset;
  }
}
