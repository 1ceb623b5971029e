import { SeedError } from "./errors.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** 1-based line and column of a byte offset, counting lines by LF. */
function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, so the error can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

/**
 * Bytes to text. Rejects what is not an article's text with a located error: NUL bytes (binary
 * files) and invalid UTF-8 (often Latin-1 saved by an old editor). A UTF-8 byte-order mark is
 * dropped; everything else is kept as it is, so offsets point into the text readers see.
 */
export function readSeed(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SeedError("seed:binary", { file, ...byteLocation(bytes, nul) }, `a NUL byte at byte ${nul}; this looks like a binary file, not an article.`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    throw new SeedError("seed:not-utf8", { file, ...byteLocation(bytes, at) }, `byte 0x${byte} at byte ${at} does not begin a valid UTF-8 character.`);
  }
  if (text.trim() === "") {
    throw new SeedError("seed:empty", { file, line: 1, column: 1 }, "the file is empty or holds only white space.");
  }
  return text;
}
