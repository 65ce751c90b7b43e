// scripts/data-split.mjs, the move of static data that only split-out code reads into the split
// module (docs/size.md, "Data that waits for the split module"). Pure functions on synthetic
// maps, memory and modules: no build needed. The expected values are worked out by hand from
// the inputs written here. The release build checks the real move at run time (scripts/split.mjs,
// memoryCheck), and every browser test runs on its output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMap, immediates, kept, runs, zeroed, withData, dataSegments, image, sections } from '../../scripts/data-split.mjs';

// A linker map in wasm-ld's format: output sections at one space, input sections (file:(name))
// and their symbols deeper. Four .rodata sections, a padding gap before the last one, and .data.
const MAP = `    Addr      Off     Size Out     In      Symbol
       -        8      31c TYPE
  100000   173497       40 .rodata
  100000   1734a1       10         /x/a.o:(.rodata..Lanon.1)
  100000   1734a1       10                 .Lanon.1
  100010   1734b1       10         /x/a.o:(.rodata..Lanon.2)
  100010   1734b1       10                 .Lanon.2
  100020   1734c1        8         <internal>:(.rodata)
  100030   1734d1       10         /x/b.o:(.rodata.TABLE)
  100030   1734d1       10                 TABLE
  100040   173500        8 .data
  100040   173500        8         /x/c.o:(.data.PTR)
  100040   173500        8                 PTR
  100048   173508      400 .bss
`;

test('the map gives the .rodata input sections, the range of .rodata and where .data ends', () => {
  const map = readMap(MAP);
  assert.deepEqual(map.rodata, [[0x100000, 0x10], [0x100010, 0x10], [0x100020, 8], [0x100030, 0x10]]);
  assert.equal(map.lo, 0x100000);
  assert.equal(map.hi, 0x100040);
  assert.equal(map.end, 0x100048);
  assert.throws(() => readMap('  100000   1 10 .text\n'), /no .rodata/);
});

test('immediates: i32.const, both halves of an i64.const and memory offsets, not data segment offsets', () => {
  const lo = 0x100000;
  const hi = 0x100048;
  const wat = [
    ' (global $g (mut i32) (i32.const 1048592))', // 0x100010
    '  (i32.load offset=1048624', // 0x100030
    '   (i32.const 0))',
    '  (i64.store (local.get 0) (i64.const 17179869184 ))'.replace('17179869184 ', String((4n << 32n) | 0x100020n)),
    '  (drop (i32.const -1))', // 0xffffffff: outside
    '  (drop (i32.const 7))',
    ' (data $0 (i32.const 1048576) "abc")', // a segment's offset: not a root
  ].join('\n');
  assert.deepEqual([...immediates(wat, lo, hi)].sort(), [0x100010, 0x100020, 0x100030].sort());
});

/** Memory for MAP: the four sections, then .data; `set(addr, u32)` writes a pointer. */
function memory() {
  const mem = new Uint8Array(0x48);
  for (let i = 0; i < 0x40; i++) mem[i] = 0x11;
  const set = (at, value) => new DataView(mem.buffer).setUint32(at - 0x100000, value, true);
  return { mem, set };
}

const flags = (marked) => Array.from(marked);

test('a section stays when the code names it; an address inside one but not at its start keeps the next too', () => {
  const map = readMap(MAP);
  const { mem } = memory();
  // At the start of section 1: it alone.
  assert.deepEqual(flags(kept(map, mem, new Set([0x100010]))), [0, 1, 0, 0]);
  // Inside section 1 (a field, or TABLE[i - 1] of the next): sections 1 and 2.
  assert.deepEqual(flags(kept(map, mem, new Set([0x100018]))), [0, 1, 1, 0]);
  // In the padding after the <internal> section (0x100028..0x100030): the next one.
  assert.deepEqual(flags(kept(map, mem, new Set([0x10002c]))), [0, 0, 0, 1]);
  // Nothing named: everything moves.
  assert.deepEqual(flags(kept(map, mem, new Set())), [0, 0, 0, 0]);
  // The run-time check's addresses count like the code's.
  assert.deepEqual(flags(kept(map, mem, new Set(), [0x100000])), [1, 0, 0, 0]);
});

test('a kept section keeps what it points to, and so does .data', () => {
  const map = readMap(MAP);
  const { mem, set } = memory();
  set(0x100030, 0x100000); // TABLE points to section 0,
  set(0x100000, 0x100020); // which points to the <internal> section.
  assert.deepEqual(flags(kept(map, mem, new Set([0x100030]))), [1, 0, 1, 1]);
  // .data's pointer (at 0x100040) keeps section 1 with nothing in the code naming it.
  set(0x100040, 0x100010);
  assert.deepEqual(flags(kept(map, mem, new Set())), [0, 1, 0, 0]);
});

test('runs: moved sections without their edge zeros, merged across short kept stretches', () => {
  const map = readMap(MAP);
  const mem = new Uint8Array(0x48);
  mem.fill(5, 0x02, 0x0e); // section 0: bytes 2..14 non-zero
  mem.fill(6, 0x10, 0x20); // section 1 (kept below)
  mem.fill(7, 0x20, 0x28); // section 2
  mem.fill(8, 0x34, 0x38); // section 3: 4 bytes inside
  // Section 1 kept: 0's run ends at 0x10000e; 2's starts 18 bytes later (> 16): two runs; 3 is
  // 0x0c after 2's end (<= 16): merged with it across the padding.
  assert.deepEqual(runs(map, [0, 1, 0, 0], mem), [[0x100002, 12], [0x100020, 0x18]]);
  // With a gap of 20 allowed, all three merge.
  assert.deepEqual(runs(map, [0, 1, 0, 0], mem, 20), [[0x100002, 0x36]]);
  // An all-zero moved section is no run at all.
  assert.deepEqual(runs(map, [1, 1, 1, 0], new Uint8Array(0x48)), []);
});

// Two hand-assembled modules: a primary that defines and exports its memory, with one data
// segment at 0x10 ("ABCDEFGH"), and a split module that imports that memory and has no data.
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const section = (id, body) => [id, body.length, ...body];
const name = (s) => [s.length, ...Buffer.from(s)];
const PRIMARY = Buffer.from([
  ...HEADER,
  ...section(5, [1, 0x00, 1]), // memory: one, min 1 page
  ...section(7, [1, ...name('memory'), 2, 0]), // export it
  ...section(11, [1, 0, 0x41, 0x10, 0x0b, 8, ...Buffer.from('ABCDEFGH')]), // data at 16
]);
const SECONDARY = Buffer.from([
  ...HEADER,
  ...section(2, [1, ...name('primary'), ...name('memory'), 2, 0x00, 1]), // import the memory
]);

test('the primary keeps its layout with moved bytes zeroed; the split module writes them back', async () => {
  assert.deepEqual(dataSegments(PRIMARY), [{ addr: 16, start: PRIMARY.length - 8, length: 8 }]);
  // A map whose .rodata is 16..24 in two sections of 4: the second one moves.
  const map = { rodata: [[16, 4], [20, 4]], lo: 16, hi: 24, end: 24 };
  const mem = image(PRIMARY, map.lo, map.end);
  assert.equal(Buffer.from(mem).toString(), 'ABCDEFGH');
  const primary = zeroed(PRIMARY, [map.rodata[1]]);
  assert.equal(primary.length, PRIMARY.length);
  assert.equal(Buffer.from(image(primary, 16, 24)).toString('latin1'), 'ABCD\0\0\0\0');
  const secondary = withData(SECONDARY, runs(map, [1, 0], mem), mem, map.lo);
  assert.deepEqual(sections(secondary).map((s) => s.id), [2, 11]);
  // In the engine: the primary alone has zeros there; instantiating the split module against
  // its memory writes the moved bytes back.
  const { instance } = await WebAssembly.instantiate(primary);
  const memoryBytes = () => Buffer.from(new Uint8Array(instance.exports.memory.buffer, 16, 8)).toString('latin1');
  assert.equal(memoryBytes(), 'ABCD\0\0\0\0');
  await WebAssembly.instantiate(secondary, { primary: { memory: instance.exports.memory } });
  assert.equal(memoryBytes(), 'ABCDEFGH');
  // A split module that already has data is refused.
  assert.throws(() => withData(secondary, [[20, 4]], mem, 16), /already has data/);
});
