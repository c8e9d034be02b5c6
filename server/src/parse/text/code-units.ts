/**
 * A text's UTF-16 code units as a typed array. Hot scanning loops read these
 * instead of calling charCodeAt: an element load, where charCodeAt has to
 * tell the string's representations apart on every call.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function codeUnits(text: string): Uint16Array {
  if (LITTLE_ENDIAN) {
    // One native copy; Buffer's UTF-16 is little-endian, as the typed array reads it here.
    const bytes = Buffer.from(text, 'utf16le');
    return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
