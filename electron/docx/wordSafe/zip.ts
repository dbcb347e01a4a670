import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A ZIP package written with Node's own zlib (native DEFLATE), the parts in the order given, each
 * compressed. Dated 1980-01-01 (the ZIP epoch), so the same parts always give the same bytes. The
 * `docx` package compresses in JavaScript, which at a command's start, before the JIT warms up, cost
 * most of an export's time.
 */
export function zipParts(parts: Iterable<readonly [string, Uint8Array]>): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of parts) {
    const name = Buffer.from(path, 'utf8');
    const packed = deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, crc, packed.length, data.length, name.length);
    chunks.push(local, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: version 2.0
    writeCommon(entry, 6, crc, packed.length, data.length, name.length);
    entry.writeUInt32LE(offset, 42); // the local header's offset (comment, disk, attributes stay 0)
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
    count += 1;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function writeCommon(buf: Buffer, at: number, crc: number, packed: number, size: number, nameLength: number): void {
  buf.writeUInt16LE(20, at); // version needed: 2.0 (DEFLATE)
  buf.writeUInt16LE(0x0800, at + 2); // names in UTF-8
  buf.writeUInt16LE(8, at + 4); // DEFLATE
  buf.writeUInt16LE(0, at + 6); // time 00:00
  buf.writeUInt16LE(0x21, at + 8); // date 1980-01-01
  buf.writeUInt32LE(crc, at + 10);
  buf.writeUInt32LE(packed, at + 14);
  buf.writeUInt32LE(size, at + 18);
  buf.writeUInt16LE(nameLength, at + 22);
  buf.writeUInt16LE(0, at + 24); // no extra field
}
