#!/usr/bin/env python3
"""build-aux/gen-unicode-tables.py -- keel's Unicode tables (keel/unicode.h).

Reads the Unicode Character Database as Debian's unicode-data package
installs it (UnicodeData.txt, PropList.txt, DerivedCoreProperties.txt,
SpecialCasing.txt in /usr/share/unicode, or the directory given as the
first argument) and
writes one C header per property under src/internal/ (unicode_data_*.h):
static tables and a static inline lookup, included by exactly one file of
src/bare/ each, so a program links only the tables it calls.  The outputs
are committed: building keel needs no Python.

    python3 build-aux/gen-unicode-tables.py [UCD-DIR]

Table shapes.  Every property is a function of the code point over
0..0x10FFFF, stored as a multi-level table: the code point's high bits
index a top array of block numbers, the next bits (for three levels) a
deduplicated array of index blocks, the low bits a deduplicated block of
values.  The generator tries every split into two and three levels and
keeps the smallest (ties: fewer levels).  Binary properties are stored as
bitmaps (8 code points a byte) under the same scheme; a binary property
with a handful of ranges (White_Space) is a sorted list of ranges instead.
Case mappings are stored as an index into a small table of deltas
(mapping - code point), so the runs of letters that map alike
(a..z -> A..Z, the alternating Latin Extended pairs) share blocks; the
title case mapping is the upper case mapping plus a short sorted list of
the code points where the two differ.  The full (one to many) case
mappings are the simple ones plus a sorted list of the code points whose
unconditional SpecialCasing.txt mapping differs (U+00DF -> "SS"), each
with up to three code points, binary-searched.

It prints each table's size, and the digests tests/bare/unicode.c checks
(FNV-1a over every code point's value, the same function as the test's).
"""

import os
import re
import sys
import textwrap

N = 0x110000
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
OUT = os.path.join(TOP, "src", "internal")

# The order of kl_unicode_category (include/keel/unicode.h): grouped by
# major class, so each class is a range.
CATEGORIES = ["Lu", "Ll", "Lt", "Lm", "Lo",
              "Mn", "Mc", "Me",
              "Nd", "Nl", "No",
              "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
              "Sm", "Sc", "Sk", "So",
              "Zs", "Zl", "Zp",
              "Cc", "Cf", "Cs", "Co", "Cn"]
CAT_INDEX = {name: i for i, name in enumerate(CATEGORIES)}


def read_version(path):
    """The version a UCD file names in its first line (# Name-15.0.0.txt)."""
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    m = re.match(r"#\s*\S+-(\d+)\.(\d+)\.(\d+)\.txt", first)
    if not m:
        sys.exit("%s: no version in its first line: %r" % (path, first))
    return tuple(int(x) for x in m.groups())


def read_unicode_data(path):
    """General category and simple case mappings of every code point."""
    cat = [CAT_INDEX["Cn"]] * N
    upper = list(range(N))
    lower = list(range(N))
    title = list(range(N))
    first = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split(";")
            if len(fields) != 15:
                continue
            cp = int(fields[0], 16)
            name = fields[1]
            gc = CAT_INDEX[fields[2]]
            if name.endswith(", First>"):
                first = cp
                continue
            if name.endswith(", Last>"):
                for c in range(first, cp + 1):
                    cat[c] = gc
                first = None
                continue
            cat[cp] = gc
            if fields[12]:
                upper[cp] = int(fields[12], 16)
            if fields[13]:
                lower[cp] = int(fields[13], 16)
            # An empty Simple_Titlecase_Mapping is the uppercase mapping.
            title[cp] = int(fields[14], 16) if fields[14] else upper[cp]
    return cat, upper, lower, title


def read_binary(path, prop):
    """The code points a PropList-style file gives property prop."""
    have = [0] * N
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            rng, name = [x.strip() for x in line.split(";")[:2]]
            if name != prop:
                continue
            if ".." in rng:
                lo, hi = (int(x, 16) for x in rng.split(".."))
            else:
                lo = hi = int(rng, 16)
            for c in range(lo, hi + 1):
                have[c] = 1
    return have


def read_special_casing(path):
    """The unconditional full mappings of SpecialCasing.txt: a dict from
    code point to (lower, title, upper), each a tuple of code points.
    Conditional mappings (Final_Sigma, language-specific ones) are left
    out: keel applies Final_Sigma in code, and no language rule."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            if fields[4]:
                continue
            cp = int(fields[0], 16)
            out[cp] = tuple(tuple(int(x, 16) for x in fields[k].split())
                            for k in (1, 2, 3))
    return out


def ctype(maxval):
    if maxval < 1 << 8:
        return "uint8_t", 1
    if maxval < 1 << 16:
        return "uint16_t", 2
    return "uint32_t", 4


def dedup(values, shift):
    """Cut values into blocks of 1 << shift, deduplicate them: the flat
    array of unique blocks and each block's number."""
    size = 1 << shift
    seen = {}
    flat = []
    index = []
    for i in range(0, len(values), size):
        block = tuple(values[i:i + size])
        if block not in seen:
            seen[block] = len(seen)
            flat.extend(block)
        index.append(seen[block])
    return flat, index


def best_trie(values):
    """The smallest two- or three-level table for values: a dict with the
    shifts, the arrays and the total size in bytes."""
    n = len(values)
    vtype = ctype(max(values))
    best = None
    maxshift = (n & -n).bit_length() - 1  # n is a multiple of 1 << maxshift
    for s1 in range(2, maxshift + 1):
        leaf, idx = dedup(values, s1)
        two = {"levels": 2, "s1": s1, "leaf": leaf, "top": idx,
               "types": (ctype(max(idx)), None, vtype)}
        two["size"] = (len(leaf) * vtype[1] + len(idx) * two["types"][0][1])
        cands = [two]
        for s2 in range(1, maxshift - s1 + 1):
            mid, top = dedup(idx, s2)
            three = {"levels": 3, "s1": s1, "s2": s2, "leaf": leaf,
                     "mid": mid, "top": top,
                     "types": (ctype(max(top)), ctype(max(mid)), vtype)}
            three["size"] = (len(leaf) * vtype[1] + len(mid) * three["types"][1][1]
                             + len(top) * three["types"][0][1])
            cands.append(three)
        for c in cands:
            if best is None or c["size"] < best["size"] or (
                    c["size"] == best["size"] and c["levels"] < best["levels"]):
                best = c
    return best


def c_array(ctype_name, name, values):
    fmt = (lambda v: "0x%x" % v) if ctype_name == "uint32_t" else str
    lines = []
    line = "   "
    for v in values:
        item = " " + fmt(v) + ","
        if len(line) + len(item) > 79:
            lines.append(line)
            line = "   "
        line += item
    if line.strip():
        lines.append(line)
    return "static const %s %s[%d] = {\n%s\n};\n" % (
        ctype_name, name, len(values), "\n".join(lines))


def emit_trie(prefix, t):
    """C text of trie t: arrays PREFIX_top/_mid/_leaf and
    PREFIX_get(i), valid for i below the number of values."""
    out = []
    out.append(c_array(t["types"][0][0], prefix + "_top", t["top"]))
    if t["levels"] == 3:
        out.append(c_array(t["types"][1][0], prefix + "_mid", t["mid"]))
    out.append(c_array(t["types"][2][0], prefix + "_leaf", t["leaf"]))
    s1 = t["s1"]
    if t["levels"] == 2:
        body = ("    uint32_t b = %s_top[i >> %d];\n"
                "    return %s_leaf[b << %d | (i & 0x%x)];\n"
                % (prefix, s1, prefix, s1, (1 << s1) - 1))
    else:
        s2 = t["s2"]
        body = ("    uint32_t m = (uint32_t)%s_top[i >> %d] << %d | ((i >> %d) & 0x%x);\n"
                "    uint32_t b = %s_mid[m];\n"
                "    return %s_leaf[b << %d | (i & 0x%x)];\n"
                % (prefix, s1 + s2, s2, s1, (1 << s2) - 1,
                   prefix, prefix, s1, (1 << s1) - 1))
    out.append("static inline unsigned %s_get(uint32_t i)\n{\n%s}\n"
               % (prefix, body))
    return "\n".join(out)


def describe(t, what):
    if t["levels"] == 2:
        shape = "two levels: blocks of %d" % (1 << t["s1"])
    else:
        shape = "three levels: %d index entries a block, value blocks of %d" % (
            1 << t["s2"], 1 << t["s1"])
    return "%s: %s; %d bytes" % (what, shape, t["size"])


def header(name, version, comment, body):
    guard = "KEEL_INTERNAL_UNICODE_DATA_%s_H" % name.upper()
    comment = "\n * ".join(textwrap.wrap(comment, 72))
    return ("/* src/internal/unicode_data_%s.h -- generated by\n"
            " * build-aux/gen-unicode-tables.py from the Unicode Character Database\n"
            " * %d.%d.%d; do not edit.\n"
            " *\n"
            " * %s */\n"
            "#ifndef %s\n#define %s\n\n#include <stdint.h>\n\n%s\n#endif /* %s */\n"
            % (name, version[0], version[1], version[2], comment, guard, guard,
               body, guard))


def write(name, text):
    path = os.path.join(OUT, "unicode_data_%s.h" % name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def ranges_of(bits):
    out = []
    c = 0
    while c < N:
        if bits[c]:
            lo = c
            while c < N and bits[c]:
                c += 1
            out.append((lo, c - 1))
        else:
            c += 1
    return out


def emit_binary(name, prop, bits, version, sizes):
    rs = ranges_of(bits)
    prefix = "kl__unicode_%s" % name
    bitmap = [0] * (N // 8)
    for c in range(N):
        if bits[c]:
            bitmap[c >> 3] |= 1 << (c & 7)
    t = best_trie(bitmap)
    range_bytes = len(rs) * 8
    if len(rs) <= 16 and range_bytes < t["size"]:
        # A sorted list of ranges, searched linearly: few enough to beat
        # any trie and to stay fast.
        what = "%s: %d ranges; %d bytes" % (prop, len(rs), range_bytes)
        arr = []
        for lo, hi in rs:
            arr += [lo, hi]
        body = (c_array("uint32_t", prefix + "_ranges", arr) + "\n"
                "/* %s_has: whether c has the property. */\n"
                "static inline int %s_has(uint32_t c)\n{\n"
                "    for (unsigned i = 0; i < %d; i += 2) {\n"
                "        if (c < %s_ranges[i])\n"
                "            return 0;\n"
                "        if (c <= %s_ranges[i + 1])\n"
                "            return 1;\n"
                "    }\n"
                "    return 0;\n}\n" % (prefix, prefix, len(arr), prefix, prefix))
        sizes[name] = range_bytes
    else:
        what = describe(t, prop + " (a bitmap, 8 code points a byte)")
        body = (emit_trie(prefix, t) + "\n"
                "/* %s_has: whether c (at most 0x10FFFF) has the property. */\n"
                "static inline int %s_has(uint32_t c)\n{\n"
                "    return (%s_get(c >> 3) >> (c & 7)) & 1;\n}\n"
                % (prefix, prefix, prefix))
        sizes[name] = t["size"]
    print(what)
    write(name, header(name, version, "The property %s." % what, body))


def emit_mapping(name, what_name, mapping, version, sizes):
    prefix = "kl__unicode_%s" % name
    deltas = sorted({(mapping[c] - c) & 0xffffffff for c in range(N)},
                    key=lambda d: (d != 0, d))
    dindex = {d: i for i, d in enumerate(deltas)}
    vals = [dindex[(mapping[c] - c) & 0xffffffff] for c in range(N)]
    t = best_trie(vals)
    size = t["size"] + 4 * len(deltas)
    what = describe(t, "%s (indices into %d deltas)" % (what_name, len(deltas)))
    what = "%s, plus %d bytes of deltas" % (what, 4 * len(deltas))
    print(what)
    body = (emit_trie(prefix, t) + "\n"
            "/* The differences mapping - code point (mod 2^32). */\n"
            + c_array("uint32_t", prefix + "_delta", deltas) + "\n"
            "/* %s_map: the mapping of c (at most 0x10FFFF). */\n"
            "static inline uint32_t %s_map(uint32_t c)\n{\n"
            "    return c + %s_delta[%s_get(c)];\n}\n"
            % (prefix, prefix, prefix, prefix))
    sizes[name] = size
    write(name, header(name, version, what + ".", body))


def emit_full(name, what_name, simple, special, version, sizes):
    """The full mapping: the code points where it is not the one simple
    mapping, each with its (up to three) code points, sorted."""
    prefix = "kl__unicode_%s" % name
    exc = sorted((c, m) for c, m in special.items() if m != (simple[c],))
    assert all(1 <= len(m) <= 3 for c, m in exc)
    # src/internal/unicode_full.h reads uint16_t: so far every code point
    # SpecialCasing.txt names is in the BMP.
    if max(max(c, *m) for c, m in exc) >= 1 << 16:
        sys.exit("%s: a code point above U+FFFF; widen unicode_full.h" % name)
    typ = "uint16_t"
    arr = []
    for c, m in exc:
        arr += [c] + list(m) + [0] * (3 - len(m))
    size = len(arr) * 2
    what = ("%s where it is not the simple mapping (SpecialCasing.txt, "
            "unconditional): %d code point%s, four %s each (the code point, "
            "then its mapping padded with zeros); %d bytes"
            % (what_name, len(exc), "" if len(exc) == 1 else "s", typ, size))
    print(what)
    sizes[name] = size
    body = (c_array(typ, prefix + "_exceptions", arr) + "\n"
            "enum { KL__UNICODE_%s_EXCEPTIONS = %d };\n" % (name.upper(), len(exc)))
    write(name, header(name, version, what + ".", body))
    return exc


def full_digest(simple, special):
    """FNV-1a over every code point's full mapping, each code point's
    mapping as its length then its code points."""
    vals = []
    for c in range(N):
        m = special.get(c, (simple[c],))
        vals.append(len(m))
        vals.extend(m)
    return fnv(vals)


def fnv(values):
    """FNV-1a (32-bit) over each value's four bytes, little-endian."""
    h = 0x811c9dc5
    for v in values:
        for k in range(4):
            h ^= (v >> (8 * k)) & 0xff
            h = (h * 0x01000193) & 0xffffffff
    return h


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    files = {f: os.path.join(ucd, f + ".txt")
             for f in ("UnicodeData", "PropList", "DerivedCoreProperties",
                       "SpecialCasing")}
    version = read_version(files["DerivedCoreProperties"])
    if read_version(files["PropList"]) != version:
        sys.exit("PropList.txt and DerivedCoreProperties.txt differ in version")
    if read_version(files["SpecialCasing"]) != version:
        sys.exit("SpecialCasing.txt and DerivedCoreProperties.txt differ in version")
    print("Unicode %d.%d.%d" % version)
    cat, upper, lower, title = read_unicode_data(files["UnicodeData"])
    white = read_binary(files["PropList"], "White_Space")
    alpha = read_binary(files["DerivedCoreProperties"], "Alphabetic")
    upper_p = read_binary(files["DerivedCoreProperties"], "Uppercase")
    lower_p = read_binary(files["DerivedCoreProperties"], "Lowercase")
    cased = read_binary(files["DerivedCoreProperties"], "Cased")
    case_ign = read_binary(files["DerivedCoreProperties"], "Case_Ignorable")
    special = read_special_casing(files["SpecialCasing"])
    numeric = [1 if CATEGORIES[g] in ("Nd", "Nl", "No") else 0 for g in cat]

    sizes = {}
    t = best_trie(cat)
    what = describe(t, "General_Category (one byte a code point)")
    print(what)
    sizes["category"] = t["size"]
    write("category", header("category", version,
                             "%s, as kl_unicode_category values." % what,
                             emit_trie("kl__unicode_category", t)))

    emit_binary("white_space", "White_Space", white, version, sizes)
    emit_binary("alphabetic", "Alphabetic", alpha, version, sizes)
    emit_binary("numeric", "Numeric (General_Category Nd, Nl or No)", numeric, version, sizes)
    emit_binary("uppercase", "Uppercase", upper_p, version, sizes)
    emit_binary("lowercase", "Lowercase", lower_p, version, sizes)
    emit_binary("cased", "Cased", cased, version, sizes)
    emit_binary("case_ignorable", "Case_Ignorable", case_ign, version, sizes)
    emit_mapping("upper", "Simple_Uppercase_Mapping", upper, version, sizes)
    emit_mapping("lower", "Simple_Lowercase_Mapping", lower, version, sizes)

    emit_full("upper_full", "Uppercase_Mapping", upper,
              {c: m[2] for c, m in special.items()}, version, sizes)
    emit_full("lower_full", "Lowercase_Mapping", lower,
              {c: m[0] for c, m in special.items()}, version, sizes)

    # Title case: where it differs from upper case.
    exc = [(c, title[c]) for c in range(N) if title[c] != upper[c]]
    arr = []
    for c, m in exc:
        arr += [c, m]
    tsize = 8 * len(exc)
    what = ("Simple_Titlecase_Mapping where it differs from the uppercase "
            "mapping: %d code points; %d bytes" % (len(exc), tsize))
    print(what)
    sizes["title"] = tsize
    body = (c_array("uint32_t", "kl__unicode_title_exceptions", arr) + "\n"
            "enum { KL__UNICODE_TITLE_EXCEPTIONS = %d };\n" % len(exc))
    write("title", header("title", version, what + ".", body))

    # The version.
    body = ("#define KL__UNICODE_DATA_MAJOR %d\n#define KL__UNICODE_DATA_MINOR %d\n"
            "#define KL__UNICODE_DATA_UPDATE %d\n"
            "#define KL__UNICODE_DATA_VERSION \"%d.%d.%d\"\n" % (version * 2))
    write("version", header("version", version,
                            "The version of the data the tables were made from.", body))

    print("total: %d bytes" % sum(sizes.values()))
    print("digests for tests/bare/unicode.c:")
    digests = [("category", cat), ("white_space", white), ("alphabetic", alpha),
               ("numeric", numeric), ("uppercase", upper_p), ("lowercase", lower_p),
               ("to_upper", upper), ("to_lower", lower), ("to_title", title),
               ("cased", cased), ("case_ignorable", case_ign)]
    for name, vals in digests:
        print("    %-14s 0x%08xu" % (name, fnv(vals)))
    print("    %-14s 0x%08xu" % ("to_upper_full", full_digest(
        upper, {c: m[2] for c, m in special.items()})))
    print("    %-14s 0x%08xu" % ("to_lower_full", full_digest(
        lower, {c: m[0] for c, m in special.items()})))


if __name__ == "__main__":
    main()
