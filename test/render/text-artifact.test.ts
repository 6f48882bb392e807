import { describe, expect, it } from 'vitest';
import { textArtifact, utf8 } from '../../src/render/artifact.js';

const PIECE = 1 << 20;
const decoder = new TextDecoder('utf-8', { fatal: true });

describe('textArtifact', () => {
  it('keeps a short text as its bytes', () => {
    const artifact = textArtifact('a.md', 'Đã triển khai 11/21 nhiệm vụ');
    expect(artifact.chunks).toBeUndefined();
    expect(decoder.decode(artifact.bytes)).toBe('Đã triển khai 11/21 nhiệm vụ');
  });

  it('writes a long text in pieces that join to its exact bytes, never splitting a surrogate pair', () => {
    // "😀" (two UTF-16 units) straddles the first piece's end; Vietnamese letters around it.
    const text = `${'ệ'.repeat(PIECE - 1)}😀${'ư'.repeat(PIECE)}kết thúc`;
    const artifact = textArtifact('big.md', text);
    const chunks = [...artifact.chunks!()];
    expect(chunks.length).toBe(3);
    // Each piece is valid UTF-8 on its own (fatal decoding throws on half a pair).
    expect(chunks.map((chunk) => decoder.decode(chunk)).join('')).toBe(text);
    expect(Buffer.concat(chunks).equals(Buffer.from(utf8(text)))).toBe(true);
    expect(Buffer.from(artifact.bytes).equals(Buffer.from(utf8(text)))).toBe(true);
  });
});
