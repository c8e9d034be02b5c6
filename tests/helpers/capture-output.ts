/**
 * What a command run in-process writes to stdout and stderr, captured afresh
 * for each test of the describe block that calls this.
 */
export function captureOutput(): { out: () => string; err: () => string; clear: () => void } {
  let out = '';
  let err = '';
  const clear = () => {
    out = '';
    err = '';
  };
  beforeEach(() => {
    clear();
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  });
  afterEach(() => jest.restoreAllMocks());
  return { out: () => out, err: () => err, clear };
}
