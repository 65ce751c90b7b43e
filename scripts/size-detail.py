#!/usr/bin/env python3
"""Where the bytes of the wasm go (docs/size.md). Python 3 standard library only.

Usage: scripts/size-detail.py NAMED_OPT_WASM [PRE_OPT_WASM]

NAMED_OPT_WASM: the bindgen output optimised exactly like dist/ but with names kept
(`wasm-opt -Oz -g`); `scripts/bench --size-detail` makes it. Its code and data are the shipped
ones byte for byte, plus a name section. PRE_OPT_WASM (optional): the bindgen output before
wasm-opt (target/wasm-bindgen/release/qingshan_bg.wasm), where most component bodies are still
separate functions, for the per-component table.

Gzip per function is measured in context: the code section is deflated (level 9) one function
at a time with a sync flush after each, and a function's cost is the compressed bytes its body
added. The flushes add ~5 bytes per function, so the column sums to a little more than the
section's real gzip size; use it to rank, not to add up exactly.
"""
import collections
import glob
import gzip
import os
import re
import sys
import zlib


def uleb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sleb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            break
    if x & 0x40:
        r -= 1 << s
    return r, i


SECTION = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
           6: "global", 7: "export", 8: "start", 9: "elem", 10: "code", 11: "data", 12: "datacount"}


def parse(path):
    """Sections, function bodies (with names), data segments."""
    b = open(path, "rb").read()
    i, imports, bodies, names, segs, sections = 8, 0, [], {}, [], []
    while i < len(b):
        sid = b[i]
        i += 1
        size, i = uleb(b, i)
        end = i + size
        sections.append((SECTION.get(sid, str(sid)), b[i:end]))
        if sid == 2:
            n, j = uleb(b, i)
            for _ in range(n):
                for _ in range(2):
                    ln, j = uleb(b, j)
                    j += ln
                kind = b[j]
                j += 1
                if kind == 0:
                    _, j = uleb(b, j)
                    imports += 1
                elif kind == 1:
                    j += 1
                    flags, j = uleb(b, j)
                    _, j = uleb(b, j)
                    if flags & 1:
                        _, j = uleb(b, j)
                elif kind == 2:
                    flags, j = uleb(b, j)
                    _, j = uleb(b, j)
                    if flags & 1:
                        _, j = uleb(b, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            n, j = uleb(b, i)
            for _ in range(n):
                ln, j = uleb(b, j)
                bodies.append(b[j:j + ln])
                j += ln
        elif sid == 11:
            n, j = uleb(b, i)
            for _ in range(n):
                flag, j = uleb(b, j)
                if flag == 0:
                    j += 1  # i32.const
                    off, j = sleb(b, j)
                    j += 1  # end
                else:
                    off = None
                ln, j = uleb(b, j)
                segs.append((off, b[j:j + ln]))
                j += ln
        elif sid == 0:
            ln, j = uleb(b, i)
            if b[j:j + ln] == b"name":
                j += ln
                while j < end:
                    sub = b[j]
                    j += 1
                    ssize, j = uleb(b, j)
                    send = j + ssize
                    if sub == 1:
                        n, k = uleb(b, j)
                        for _ in range(n):
                            idx, k = uleb(b, k)
                            ln2, k = uleb(b, k)
                            names[idx] = b[k:k + ln2].decode("utf8", "replace")
                            k += ln2
                    j = send
        i = end
    funcs = [(names.get(imports + k, f"func[{imports + k}]"), body) for k, body in enumerate(bodies)]
    return sections, funcs, segs, imports


def clean(name):
    return re.sub(r"\[[0-9a-f]+\]", "", name)


def first_path(name):
    s = clean(name).lstrip("<&").replace("mut ", "").replace("dyn ", "")
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)((::[A-Za-z_][A-Za-z0-9_]*)*)", s)
    return [m.group(1)] + [p for p in m.group(2).split("::") if p] if m else ["?"]


def group(name):
    """The crate/module a function belongs to, for the by-crate table."""
    n = clean(name)
    p = first_path(n)
    c = p[0]
    if "CompStateInner<COMP>" in n and "::view" in n:
        return "app components: bodies inlined into yew's CompStateInner::view"
    if c == "qingshan":
        if len(p) > 2 and p[1] == "components":
            return "app components: " + p[2] + " (not inlined)"
        return "app: " + (p[1] if len(p) > 1 else "")
    if c == "qingshan_core":
        return "qingshan_core: " + (p[1] if len(p) > 1 else "")
    if c == "yew":
        if "<COMP>" in n or "PropsWrapper" in n:
            return "yew: per-component generics"
        return "yew: runtime"
    if c in ("core", "alloc", "std", "f64", "f32", "str", "char", "u8", "u16", "u32", "u64",
             "usize", "i32", "i64", "compiler_builtins", "__rustc", "dlmalloc", "hashbrown"):
        if re.search(r"fmt|flt2dec|dec2flt|float|bignum|Display|Debug|from_str", n):
            return "std: fmt, float printing/parsing"
        if c in ("dlmalloc", "__rustc"):
            return "std: allocator (dlmalloc)"
        if c == "hashbrown" or "hash::" in n:
            return "std: HashMap (hashbrown)"
        if "btree" in n:
            return "std: BTreeMap/BTreeSet"
        if "call_once{{vtable.shim}}" in n:
            return "std: closure vtable shims (Callbacks)"
        return "std: other generics (iterators, Vec, Rc, sort, str)"
    if c in ("wasm_bindgen", "js_sys", "web_sys", "gloo", "gloo_utils", "gloo_events",
             "gloo_console", "wasm_bindgen_futures", "console_error_panic_hook"):
        return "bindings: wasm-bindgen/js-sys/web-sys/gloo"
    if c == "qrcodegen":
        return "qrcodegen"
    if c in ("T", "A", "I", "F"):
        return "generic impls <T as …> (mixed)"
    return "other"


def gzip_per_function(funcs):
    c = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return [len(c.compress(body)) + len(c.flush(zlib.Z_SYNC_FLUSH)) for _, body in funcs]


def table(rows, title, limit=None):
    print(f"\n{title}")
    print(f"{'raw B':>9} {'raw %':>6} {'gzip~ B':>9} {'gz %':>6} {'fns':>5}  group")
    tr = sum(r[1] for r in rows) or 1
    tg = sum(r[2] for r in rows) or 1
    for name, raw, gz, n in (rows[:limit] if limit else rows):
        print(f"{raw:9d} {100 * raw / tr:6.1f} {gz:9d} {100 * gz / tg:6.1f} {n:5d}  {name}")
    print(f"{tr:9d}        {tg:9d}              total")


def literal_sets(root):
    """String literals of the sources, by area (for the data-text table)."""
    areas = [
        ("UI catalog (src/i18n)", "src/i18n/**/*.rs"),
        ("factor data (core/src/factors)", "crates/core/src/factors/**/*.rs"),
        ("report figures (core/src/figures*)", "crates/core/src/figures*"),
        ("report figures (core/src/figures*)", "crates/core/src/figures/**/*.rs"),
        ("rest of core", "crates/core/src/**/*.rs"),
        ("rest of the app (src/)", "src/**/*.rs"),
    ]
    seen_files, out = set(), collections.OrderedDict()
    for area, pat in areas:
        lits = out.setdefault(area, set())
        for f in sorted(glob.glob(os.path.join(root, pat), recursive=True)):
            if f in seen_files or not f.endswith(".rs") or "/tests" in f:
                continue
            seen_files.add(f)
            txt = open(f, encoding="utf8").read().split("#[cfg(test)]")[0]
            for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', txt, re.S):
                v = re.sub(r"\\\n\s*", "", m.group(1)).replace('\\"', '"').replace("\\n", "\n")
                if len(v) >= 2:
                    lits.add(v.encode())
    return out


def data_report(segs, root):
    allb = b"".join(s for _, s in segs)
    text_pat = re.compile(rb"(?:[\x20-\x7e\n\t]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                          rb"|[\xf0-\xf4][\x80-\xbf]{3}){4,}")
    runs = [m.group() for m in text_pat.finditer(allb)]
    text = b"".join(runs)
    print("\nData (static memory: string literals and static tables)")
    print(f"  all data       raw {len(allb):8d}  gzip(alone) {len(gzip.compress(allb, 9)):7d}")
    print(f"  UTF-8 text     raw {len(text):8d}  gzip(alone) {len(gzip.compress(text, 9)):7d}")
    print(f"  tables/other   raw {len(allb) - len(text):8d}  (pointers and lengths of &str, "
          f"f64s, enum tags, padding; {allb.count(0)} zero bytes)")
    print("  text by source area (literals of the area found in the data, each counted once):")
    claimed = set()
    for area, lits in literal_sets(root).items():
        found = [x for x in lits if x not in claimed and x in allb]
        claimed.update(found)
        blob = b"".join(sorted(found))
        print(f"    {area:38s} {len(found):5d} literals  raw {len(blob):7d}  "
              f"gzip(alone) {len(gzip.compress(blob, 9)):6d}")


def per_component(pre_opt):
    """Per component, in the module before wasm-opt (LLVM kept most `run` bodies separate)."""
    _, funcs, _, imports = parse(pre_opt)
    index = {name: imports + k for k, (name, _) in enumerate(funcs)}
    sizes = collections.Counter()
    counts = collections.Counter()
    run_owner = {}
    for name, body in funcs:
        m = re.search(r"qingshan::components::([a-z_:]+?)::([A-Z][A-Za-z]+)", clean(name))
        if m:
            key = f"{m.group(1)}::{re.sub(r'Props(Builder)?$', '', m.group(2))}"
            sizes[key] += len(body)
            counts[key] += 1
            if "FunctionProvider" in name and "::run" in name:
                run_owner[index[name]] = key
    unattributed = 0
    for name, body in funcs:
        if "CompStateInner<COMP>" in name and "::view" in name:
            owner = None
            for m in re.finditer(rb"\x10", body):
                try:
                    idx, _ = uleb(body, m.end())
                except IndexError:
                    continue
                if idx in run_owner:
                    owner = run_owner[idx]
                    break
            if owner:
                sizes[owner] += len(body)
            else:
                unattributed += len(body)
    print("\nPer component, before wasm-opt (raw bytes of its functions; wasm-opt later shrinks"
          " the whole by ~1/3)")
    for k, v in sizes.most_common():
        print(f"  {v:8d}  {counts[k]:3d} fns  {k}")
    print(f"  {unattributed:8d}       component bodies LLVM inlined into CompStateInner::view "
          "(not attributable by name)")


def main():
    named = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sections, funcs, segs, _ = parse(named)
    print("Sections of the shipped wasm (names section excluded)")
    for name, body in sections:
        if name == "custom" and body[1:5] == b"name":
            continue
        print(f"  {name:10s} raw {len(body):8d}  gzip(alone) {len(gzip.compress(body, 9)):7d}")
    gz = gzip_per_function(funcs)
    groups = collections.defaultdict(lambda: [0, 0, 0])
    for (name, body), g in zip(funcs, gz):
        acc = groups[group(name)]
        acc[0] += len(body)
        acc[1] += g
        acc[2] += 1
    rows = sorted(((k, *v) for k, v in groups.items()), key=lambda r: -r[2])
    table(rows, "Code by crate/module (gzip~ = in-context deflate cost, see the docstring)")
    top = sorted(zip(funcs, gz), key=lambda x: -x[1])[:25]
    print("\nTop 25 functions by gzip~ cost")
    for (name, body), g in top:
        print(f"  {len(body):7d} raw {g:6d} gzip~  {clean(name)[:150]}")
    data_report(segs, root)
    if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
        per_component(sys.argv[2])
    split_dir = os.path.join(root, "target", "split")
    if os.path.exists(os.path.join(split_dir, "profile.txt")):
        split_report(split_dir)


def split_report(split_dir):
    """Code by crate/module in the primary (first-load) and the split-out part, from the last
    release build's named whole module and its profile (scripts/split.mjs writes both), with
    the same in-context gzip~ cost as the table above. Sizes are before the parts are optimised
    again: read them as shares."""
    def unescape(n):
        return re.sub(r"\\([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), n)
    kept = set()
    for line in open(os.path.join(split_dir, "profile.txt"), encoding="utf8"):
        if line.startswith("+ "):
            kept.add(unescape(line[2:].rstrip("\n")))
    _, funcs, _, _ = parse(os.path.join(split_dir, "whole.wasm"))
    groups = collections.defaultdict(lambda: [0, 0, 0, 0])
    for (name, body), z in zip(funcs, gzip_per_function(funcs)):
        acc = groups[group(name)]
        side = 0 if name in kept else 2
        acc[side] += len(body)
        acc[side + 1] += z
    print("\nCode splitting (docs/size.md): code by crate/module in the primary part (first load)")
    print("and in the split-out part; raw and gzip~ bytes, before re-optimising")
    print(f"  {'group':72s} {'primary':>9s} {'gzip~':>7s} {'split':>9s} {'gzip~':>7s}")
    rows = sorted(groups.items(), key=lambda kv: -kv[1][1])
    for k, (a, b, c, d) in rows:
        print(f"  {k[:72]:72s} {a:9d} {b:7d} {c:9d} {d:7d}")
    t = [sum(v[i] for v in groups.values()) for i in range(4)]
    print(f"  {'total':72s} {t[0]:9d} {t[1]:7d} {t[2]:9d} {t[3]:7d}")


if __name__ == "__main__":
    main()
