import * as zlib from 'node:zlib';

/**
 * A zip archive written from scratch (PKWARE APPNOTE: local headers, central directory, end
 * record), stored or deflated per entry: test input for the build's zip reader that does not
 * come from the code under test.
 */
export function writeZip(entries: ReadonlyArray<{ name: string; data: Buffer; deflate?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate ? zlib.deflateRawSync(e.data) : e.data;
    const crc = zlib.crc32(e.data);
    // the fields local header and central directory entry share, from the compression method on
    const shared = (header: Buffer, at: number): Buffer => {
      header.writeUInt16LE(e.deflate ? 8 : 0, at);
      header.writeUInt32LE(crc, at + 6);
      header.writeUInt32LE(body.length, at + 10);
      header.writeUInt32LE(e.data.length, at + 14);
      header.writeUInt16LE(name.length, at + 18);
      return header;
    };
    const local = shared(Buffer.alloc(30), 8);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const central = shared(Buffer.alloc(46), 10);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
