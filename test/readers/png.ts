/**
 * Just enough PNG to tell a screenshot from a blank page: the image's size and
 * the share of its pixels that are not near white (8-bit RGB or RGBA, as
 * Chromium writes them).
 */
import { inflateSync } from 'node:zlib';

export function inkShare(png: Buffer): { width: number; height: number; ink: number } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const depth = png[24];
  const colour = png[25];
  if (depth !== 8 || (colour !== 2 && colour !== 6))
    throw new Error(`PNG of depth ${depth}, colour ${colour}`);
  const channels = colour === 6 ? 4 : 3;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  let inked = 0;
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    const line = Buffer.from(raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1)));
    for (let index = 0; index < stride; index += 1) {
      const left = index >= channels ? line[index - channels]! : 0;
      const up = previous[index]!;
      const upLeft = index >= channels ? previous[index - channels]! : 0;
      let add = 0;
      if (filter === 1) add = left;
      else if (filter === 2) add = up;
      else if (filter === 3) add = (left + up) >> 1;
      else if (filter === 4) {
        const guess = left + up - upLeft;
        const [a, b, c] = [Math.abs(guess - left), Math.abs(guess - up), Math.abs(guess - upLeft)];
        add = a <= b && a <= c ? left : b <= c ? up : upLeft;
      }
      line[index] = (line[index]! + add) & 0xff;
    }
    for (let pixel = 0; pixel < width; pixel += 1) {
      const at = pixel * channels;
      if (line[at]! < 200 || line[at + 1]! < 200 || line[at + 2]! < 200) inked += 1;
    }
    previous = line;
  }
  return { width, height, ink: inked / (width * height) };
}
