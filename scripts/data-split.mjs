// Static data that only the split-out code reads moves to the split module (issue 10;
// docs/size.md, "Data that waits for the split module"). A step of scripts/split.mjs.
//
// wasm-split moves functions, not data: every string, table, vtable and TypeId stayed in the
// primary module, although about a third of them are read only by split-out code. This step
// finds those and moves them:
//   - the unit is the linker's input section (one static or constant each, as rustc emits
//     them; the map, target/<triple>/release/qingshan.map, comes from build.rs). Only `.rodata`
//     moves: read-only, so no code writes it, and the primary never sees it change;
//   - a section stays in the primary when the primary's code can name it: any integer
//     immediate of the primary (i32.const, either half of an i64.const, a load's or store's
//     offset) that falls inside it. An immediate inside a section but not at its start may be
//     an address computed from the *next* section with a negative index (`TABLE[i - 1]`), so
//     the next section stays too; so does the next section of an immediate that falls in the
//     padding between two. Then, transitively, every section that a kept section (or the
//     writable `.data`) points to;
//   - the primary keeps the rest as zeros (wasm-opt's memory packing then drops them); the
//     split module gets them back as active data segments, which the browser writes into the
//     shared memory when it instantiates the split module, before any split-out function runs.
//     Until then, only the primary's code runs, and it cannot name what moved.
// The static rule is checked at run time too (scripts/split.mjs, `memoryCheck`): the site is
// booted with a copy of the primary whose every load and memory.copy reports a read of moved
// bytes; a section read that way stays in the primary, and the data is moved again.
import { readFileSync } from 'node:fs';

/** The linker map's input sections of `.rodata`: `{ rodata: [[addr, size], …] sorted by
 * address, lo, hi, end }` (`lo`..`hi`: `.rodata`'s range; `hi`..`end`: `.data`, the writable
 * statics, whose pointers the primary reads too). */
export function readMap(text) {
  const rodata = [];
  let section = null;
  let lo = 0;
  let hi = 0;
  let end = 0;
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)( +)(\S.*)$/);
    if (!m) continue;
    const [addr, size] = [parseInt(m[1], 16), parseInt(m[2], 16)];
    if (m[3].length === 1) {
      section = m[4];
      if (section === '.rodata') [lo, hi] = [addr, addr + size];
      if (section === '.data') end = addr + size;
      continue;
    }
    // Output section, input section (`file:(.rodata.name)` or `<internal>:(.rodata)`), symbol:
    // input sections are the units the linker placed.
    if (!m[4].includes(':(') || size === 0) continue;
    if (section === '.rodata') rodata.push([addr, size]);
  }
  if (!rodata.length) throw new Error('data-split.mjs: the linker map has no .rodata input sections');
  rodata.sort((a, b) => a[0] - b[0]);
  return { rodata, lo, hi, end: Math.max(end, hi) };
}

function uleb(b, i) {
  let r = 0;
  let s = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
    if (x < 0x80) return [r, i];
  }
}

function sleb32(b, i) {
  let r = 0;
  let s = 0;
  let x;
  do {
    x = b[i++];
    r |= (x & 0x7f) << s;
    s += 7;
  } while (x & 0x80);
  if (s < 32 && x & 0x40) r |= -1 << s;
  return [r, i];
}

const ulebBytes = (n) => {
  const out = [];
  do {
    let x = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) x |= 0x80;
    out.push(x);
  } while (n > 0);
  return out;
};

const slebBytes = (n) => {
  const out = [];
  for (;;) {
    const x = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(x & 0x40)) || (n === -1 && x & 0x40)) {
      out.push(x);
      return out;
    }
    out.push(x | 0x80);
  }
};

/** The module's sections: `[{ id, start, end }]` (payload bounds). */
export function sections(wasm) {
  const out = [];
  let i = 8;
  while (i < wasm.length) {
    const id = wasm[i++];
    const [size, j] = uleb(wasm, i);
    out.push({ id, start: j, end: j + size });
    i = j + size;
  }
  return out;
}

/** The data segments: `[{ addr, start, length }]` (`start`: the bytes' offset in `wasm`). Only
 * active segments of memory 0 at an i32.const are expected (what rustc and wasm-opt write). */
export function dataSegments(wasm) {
  const section = sections(wasm).find((s) => s.id === 11);
  if (!section) return [];
  let [count, i] = uleb(wasm, section.start);
  const out = [];
  while (count-- > 0) {
    const flags = wasm[i++];
    if (flags !== 0 || wasm[i] !== 0x41) throw new Error('data-split.mjs: a data segment that is not active at an i32.const');
    const [addr, j] = sleb32(wasm, i + 1);
    if (wasm[j] !== 0x0b) throw new Error('data-split.mjs: a data segment offset that is not a single i32.const');
    const [length, k] = uleb(wasm, j + 1);
    out.push({ addr: addr >>> 0, start: k, length });
    i = k + length;
  }
  return out;
}

/** Memory as the module's data segments initialise it, from `lo` to `hi`. */
export function image(wasm, lo, hi) {
  const mem = new Uint8Array(hi - lo);
  for (const { addr, start, length } of dataSegments(wasm)) {
    for (let k = 0; k < length; k++) {
      const a = addr + k;
      if (a >= lo && a < hi) mem[a - lo] = wasm[start + k];
    }
  }
  return mem;
}

/** Every integer immediate of the module's code that could be an address in `lo..hi`, from its
 * text (binaryen's wasm-dis): i32.const, both halves of an i64.const (rustc stores a `&str`'s
 * pointer and length with one i64), and the offsets of loads and stores (wasm-opt moves a
 * constant address into the offset), and the globals' initial values. */
export function immediates(wat, lo, hi) {
  // Not the data segments' own offsets (`(data $n (i32.const …) "…")`): where a segment starts
  // says nothing about what the code reads.
  wat = wat.replace(/^ \(data .*$/gm, '');
  const out = new Set();
  const add = (n) => { if (n >= lo && n < hi) out.add(n); };
  for (const m of wat.matchAll(/\bi32\.const (-?\d+)/g)) add(Number(m[1]) >>> 0);
  for (const m of wat.matchAll(/\bi64\.const (-?\d+)/g)) {
    const v = BigInt.asUintN(64, BigInt(m[1]));
    add(Number(v & 0xffffffffn));
    add(Number(v >> 32n));
  }
  for (const m of wat.matchAll(/\boffset=(\d+)/g)) add(Number(m[1]));
  return out;
}

/** Which `.rodata` sections stay: a flag per section of `map.rodata`. `mem` is memory from
 * `map.lo` to `map.end` (`image`), `roots` the primary's immediates, `keep` addresses that must
 * stay (found by the run-time check). Over-approximates: any aligned word of a kept section or
 * of `.data` that looks like an address counts as a pointer. */
export function kept(map, mem, roots, keep = []) {
  const secs = map.rodata;
  const starts = secs.map((s) => s[0]);
  // Index of the last section starting at or before `a`, or -1.
  const floor = (a) => {
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= a) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at;
  };
  const marked = new Uint8Array(secs.length);
  const work = [];
  const mark = (i) => { if (i >= 0 && i < secs.length && !marked[i]) { marked[i] = 1; work.push(i); } };
  const name = (a) => {
    const i = floor(a);
    const inside = i >= 0 && a < secs[i][0] + secs[i][1];
    if (inside) mark(i);
    // Not at a section's start: it may be the next section's address with a negative offset.
    if (!inside || secs[i][0] !== a) mark(i + 1);
  };
  const scan = (from, to) => {
    for (let a = Math.max(from, map.lo) & ~3; a + 4 <= Math.min(to, map.end); a += 4) {
      const o = a - map.lo;
      const p = (mem[o] | (mem[o + 1] << 8) | (mem[o + 2] << 16) | (mem[o + 3] << 24)) >>> 0;
      if (p >= map.lo && p < map.hi) name(p);
    }
  };
  for (const a of roots) name(a);
  for (const a of keep) name(a);
  // `.data` (writable statics) lies above `.rodata`; the primary reads its pointers.
  scan(map.hi, map.end);
  while (work.length) {
    const i = work.pop();
    scan(secs[i][0], secs[i][0] + secs[i][1]);
  }
  return marked;
}

/** Runs of moved bytes as `[addr, length]`, merged across kept bytes shorter than `gap` (the
 * split module writes those again with the bytes they already hold) and without leading or
 * trailing zeros (memory there is zero already). */
export function runs(map, marked, mem, gap = 16) {
  const out = [];
  for (let i = 0; i < map.rodata.length; i++) {
    if (marked[i]) continue;
    let [a, n] = map.rodata[i];
    while (n > 0 && mem[a - map.lo] === 0) { a++; n--; }
    while (n > 0 && mem[a + n - 1 - map.lo] === 0) n--;
    if (n === 0) continue;
    const last = out[out.length - 1];
    if (last && a - (last[0] + last[1]) <= gap) last[1] = a + n - last[0];
    else out.push([a, n]);
  }
  return out;
}

/** The primary with the `moved` sections (`[addr, size]`) zeroed (same layout; wasm-opt's
 * memory packing then drops them). */
export function zeroed(primary, moved) {
  const out = Buffer.from(primary);
  for (const { addr, start, length } of dataSegments(out)) {
    for (const [a, n] of moved) {
      const from = Math.max(a, addr);
      const to = Math.min(a + n, addr + length);
      if (from < to) out.fill(0, start + (from - addr), start + (to - addr));
    }
  }
  return out;
}

/** The split module with a data section holding `runs` (bytes from `mem`). */
export function withData(secondary, runs, mem, lo) {
  const secs = sections(secondary);
  // The data section comes last of the known sections, so it can be appended (custom sections
  // may go anywhere); a module with data already would need its segments merged.
  if (secs.some((s) => s.id === 11 || s.id === 12)) throw new Error('data-split.mjs: the split module already has data');
  const body = [...ulebBytes(runs.length)];
  const parts = [];
  for (const [a, n] of runs) {
    body.push(0, 0x41, ...slebBytes(a | 0), 0x0b, ...ulebBytes(n));
    parts.push(Buffer.from(body.splice(0)), Buffer.from(mem.subarray(a - lo, a - lo + n)));
  }
  const payload = Buffer.concat([Buffer.from(body), ...parts]);
  return Buffer.concat([Buffer.from(secondary), Buffer.from([11, ...ulebBytes(payload.length)]), payload]);
}

/** Reads the map and checks it belongs to the module being split: the linked module written
 * with it must hold the same `.rodata` bytes as `wasm`. */
export function mapFor(wasm, mapPath, linkedPath) {
  const map = readMap(readFileSync(mapPath, 'utf8'));
  const mem = image(wasm, map.lo, map.end);
  const linked = image(readFileSync(linkedPath), map.lo, map.end);
  if (Buffer.compare(Buffer.from(mem), Buffer.from(linked)) !== 0) {
    throw new Error(`data-split.mjs: ${mapPath} is not the map of this build's wasm (its .rodata differs from ${linkedPath}'s)`);
  }
  return { map, mem };
}
