/**
 * A minimal OLE2 compound file (the container of .xls files and of
 * password-protected .xlsx files), for tests of what the importer makes of
 * one: version 3, 512-byte sectors, one FAT sector, one directory sector,
 * each stream padded to 4 KB so that none goes in the mini stream. Streams
 * hold what the test gives; `encryptedWorkbook()` is the shape Excel gives a
 * workbook saved with a password to open (an `EncryptionInfo` and an
 * `EncryptedPackage` stream), its contents made up.
 */
const SECTOR = 512;
const STREAM_MIN = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function oleFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const entries = Object.entries(streams);
  if (entries.length > 3) throw new Error('at most three streams in one directory sector');
  const padded = entries.map(([name, bytes]) => {
    const size = Math.max(STREAM_MIN, Math.ceil(bytes.length / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(bytes);
    return { name, data, length: bytes.length };
  });
  const sectors = 2 + padded.reduce((sum, stream) => sum + stream.data.length / SECTOR, 0);
  if (sectors > SECTOR / 4) throw new Error('streams too large for one FAT sector');
  const file = Buffer.alloc(SECTOR * (sectors + 1));
  // Header.
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // the directory in sector 1
  file.writeUInt32LE(0x1000, 0x38);
  file.writeUInt32LE(END, 0x3c);
  file.writeUInt32LE(END, 0x44);
  for (let index = 0; index < 109; index++) file.writeUInt32LE(FREE, 0x4c + index * 4);
  file.writeUInt32LE(0, 0x4c); // the FAT in sector 0
  // FAT: sector 0 the FAT, sector 1 the directory, then each stream's sectors in a chain.
  const fat = (sector: number, next: number) => file.writeUInt32LE(next, SECTOR + sector * 4);
  for (let sector = 0; sector < SECTOR / 4; sector++) fat(sector, FREE);
  fat(0, FAT_SECTOR);
  fat(1, END);
  let next = 2;
  const starts = padded.map((stream) => {
    const start = next;
    const count = stream.data.length / SECTOR;
    for (let index = 0; index < count; index++)
      fat(start + index, index === count - 1 ? END : start + index + 1);
    Buffer.from(stream.data).copy(file, SECTOR * (start + 1));
    next += count;
    return start;
  });
  // Directory: the root, whose child is the first stream; each stream's right sibling the next.
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = SECTOR * 2 + index * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(file, at);
    file.writeUInt16LE(utf16.length, at + 0x40);
    file.writeUInt8(type, at + 0x42);
    file.writeUInt8(1, at + 0x43); // black
    file.writeUInt32LE(FREE, at + 0x44);
    file.writeUInt32LE(right, at + 0x48);
    file.writeUInt32LE(child, at + 0x4c);
    file.writeUInt32LE(start, at + 0x74);
    file.writeUInt32LE(size, at + 0x78);
  };
  // Siblings must be in the tree's order: shorter names first, then by upper-case name.
  const order = padded
    .map((stream, index) => ({ stream, index }))
    .sort(
      (a, b) =>
        a.stream.name.length - b.stream.name.length ||
        (a.stream.name.toUpperCase() < b.stream.name.toUpperCase() ? -1 : 1),
    );
  entry(0, 'Root Entry', 5, order.length > 0 ? order[0]!.index + 1 : FREE, FREE, END, 0);
  order.forEach(({ stream, index }, position) => {
    const right = position + 1 < order.length ? order[position + 1]!.index + 1 : FREE;
    entry(index + 1, stream.name, 2, FREE, right, starts[index]!, stream.length);
  });
  for (let index = padded.length + 1; index < 4; index++) {
    const at = SECTOR * 2 + index * 128;
    file.writeUInt32LE(FREE, at + 0x44);
    file.writeUInt32LE(FREE, at + 0x48);
    file.writeUInt32LE(FREE, at + 0x4c);
  }
  return new Uint8Array(file);
}

/** Bytes that look random but are always the same. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[index] = state >>> 24;
  }
  return out;
}

/** What Excel writes for a workbook with a password to open (agile encryption), made up inside. */
export function encryptedWorkbook(): Uint8Array {
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>',
    ),
  ]);
  const packageSize = 6000;
  const encrypted = Buffer.alloc(8 + packageSize);
  encrypted.writeUInt32LE(packageSize, 0);
  Buffer.from(noise(packageSize, 7)).copy(encrypted, 8);
  return oleFile({ EncryptionInfo: info, EncryptedPackage: encrypted });
}

/** An OLE2 file as an old .xls is one (a `Workbook` stream), its contents made up. */
export function oleWorkbook(): Uint8Array {
  return oleFile({ Workbook: noise(5000, 11) });
}
