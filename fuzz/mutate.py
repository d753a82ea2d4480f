"""Mutators for the fuzz campaign: lab files (bytes and JSON structure) and CSV files.

Every function takes a random.Random and returns bytes, so a campaign is reproducible from
its seed. Python 3 standard library only.
"""

import copy
import json

# values that have broken readers before: sizes past int and long, negative and zero counts,
# non-finite and huge doubles, text with line breaks and control characters
EXTREME_NUMBERS = [0, -1, 1, 2, 3, 46341, 65536, 16384, 1_000_000, 2**31 - 1, 2**31, 2**32, 2**53, 2**63 - 1,
                   2**63, 2**64 + 1, 10**30, -(2**31), 1e9, 1e18, 1e308, -1e308, 1e-320, 0.5, -0.0, 3.7]
NASTY_TEXT = ["", " ", "bce\n", "bce\u2028", "sig\u2029moid", "\x00", "\x1b[31mred", "tab\there", "\r\n", "\ufeffbce",
              "\ud83d\ude00", "x" * 5000, "../../../etc/passwd", "/dev/zero", "/tmp", "datasets/iris.csv\n", "\u0085next"]
WRONG_TYPES = [None, True, False, "text", [], {}, [[]], [1, "a"], {"a": 1}, 1.5, -7]
INVALID_UTF8 = [b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"\xf0\x28\x8c\xbc", b"\xf0\x90\x28\xbc",
                b"\xf8\xa1\xa1\xa1\xa1", b"\xc0\xaf", b"\xed\xa0\x80", b"\xff", b"\xfe\xff", b"\xc3"]
CONTROL = [b"\x00", b"\x01", b"\x07", b"\x1b", b"\x7f", b"\r", b"\n", b"\t", b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xef\xbb\xbf"]


def paths(node, prefix=()):
    """Every (path, value) in a JSON tree, the root included."""
    yield prefix, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, prefix + (i,))


def get_parent(root, path):
    node = root
    for p in path[:-1]:
        node = node[p]
    return node


def mutate_json(rng, doc):
    """One structural mutation of a parsed lab."""
    doc = copy.deepcopy(doc)
    all_paths = [p for p, _ in paths(doc) if p]
    if not all_paths:
        return doc
    path = rng.choice(all_paths)
    parent = get_parent(doc, path)
    key = path[-1]
    value = parent[key]
    kind = rng.randrange(10)
    if kind == 0 and isinstance(parent, dict):
        del parent[key]                                   # deleted key
    elif kind == 1:
        parent[key] = copy.deepcopy(rng.choice(WRONG_TYPES))  # wrong type
    elif kind in (2, 3) and isinstance(value, (int, float)) and not isinstance(value, bool):
        parent[key] = rng.choice(EXTREME_NUMBERS)         # extreme number
    elif kind == 4 and isinstance(value, str):
        parent[key] = rng.choice(NASTY_TEXT) if rng.random() < 0.7 else value + rng.choice(NASTY_TEXT)
    elif kind == 5 and isinstance(value, list) and value:
        if rng.random() < 0.5:
            parent[key] = value[:rng.randrange(len(value))]   # shorter array
        else:
            parent[key] = value + [copy.deepcopy(rng.choice(value))] * rng.choice([1, 2, 100])
    elif kind == 6 and isinstance(parent, dict):
        parent[rng.choice(["extra", "notes", "graph", key + "X"])] = rng.choice(WRONG_TYPES)
    elif kind == 7:
        # sizes: a layer, a batch, points or epochs far too large
        net = doc.get("network") if isinstance(doc, dict) else None
        target = rng.randrange(4)
        if target == 0 and isinstance(net, dict) and isinstance(net.get("layers"), list) and net["layers"]:
            i = rng.randrange(len(net["layers"]))
            net["layers"][i] = rng.choice([46341, 16384, 4097, 2**31 - 1, 1000, 2**40])
            doc.pop("parameters", None)
        elif target == 1 and isinstance(doc.get("training"), dict):
            doc["training"][rng.choice(["batchSize", "epochs"])] = rng.choice([10**6, 2**31, 10**9, 10**5, 0])
        elif target == 2 and isinstance(doc.get("data"), dict):
            doc["data"] = {"generator": "spiral", "points": rng.choice([10**18, 10**9, 10**6, 10**5, 0]), "noise": 0.1}
        else:
            n = rng.choice([10**5, 10**5 + 1, 3 * 10**5])
            doc["data"] = {"inputs": [[0.5, 1.0]] * n, "targets": [[1.0]] * n}
    elif kind == 8 and isinstance(parent, dict):
        parent[key] = {"csv": rng.choice(["/tmp", "/dev/zero", "/dev/null", "missing.csv", "datasets/iris.csv\n"]),
                       "features": ["a", "b"], "target": "t"}
    else:
        parent[key] = rng.choice(EXTREME_NUMBERS + NASTY_TEXT[:8])
    return doc


def mutate_bytes(rng, data):
    """One byte-level mutation: flips, truncation, insertions of control bytes or invalid UTF-8."""
    b = bytearray(data)
    kind = rng.randrange(7)
    if not b:
        return bytes(rng.choice(INVALID_UTF8))
    if kind == 0:
        for _ in range(rng.choice([1, 1, 2, 5, 20])):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == 1:
        b = b[:rng.randrange(len(b))]
    elif kind == 2:
        i = rng.randrange(len(b) + 1)
        b[i:i] = rng.choice(INVALID_UTF8)
    elif kind == 3:
        i = rng.randrange(len(b) + 1)
        b[i:i] = rng.choice(CONTROL)
    elif kind == 4:
        i = rng.randrange(len(b))
        j = min(len(b), i + rng.randrange(1, 50))
        del b[i:j]
    elif kind == 5:
        i = rng.randrange(len(b) + 1)
        b[i:i] = rng.choice([b"[" * 5000, b"{\"a\":" * 3000, b"\"" , b",", b"}", b"]", b"NaN", b"1e999", b"-"])
    else:
        i = rng.randrange(len(b))
        j = min(len(b), i + rng.randrange(1, 200))
        b[i:i] = b[i:j] * rng.choice([2, 10])
    return bytes(b)


def mutate_lab(rng, doc, raw):
    """A mutated lab file: structural, byte-level, or both."""
    r = rng.random()
    if r < 0.55:
        d = doc
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            d = mutate_json(rng, d)
        text = json.dumps(d, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1]))
        out = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.15:
            out = mutate_bytes(rng, out)
        return out
    out = raw
    for _ in range(rng.choice([1, 1, 2, 3])):
        out = mutate_bytes(rng, out)
    return out


def mutate_csv(rng, raw):
    """A mutated CSV file (bytes)."""
    lines = raw.split(b"\n")
    kind = rng.randrange(12)
    if kind == 0:
        return mutate_bytes(rng, raw)
    if kind == 1:
        i = rng.randrange(len(lines))
        cells = lines[i].split(b",")
        if cells:
            cells[rng.randrange(len(cells))] = rng.choice([b"", b"NaN", b"inf", b"-Infinity", b"1e400", b"0x1F", b"1,5",
                                                            b"\"", b"\"a\"b", b"\"open", b"1" * 2000, b"9" * 100000,
                                                            b"\xc3\x28", b"\x00", b"x\r", b"\xe2\x80\xa8"])
        lines[i] = b",".join(cells)
    elif kind == 2:
        i = rng.randrange(len(lines))
        cells = lines[i].split(b",")
        lines[i] = b",".join(cells[:-1] if rng.random() < 0.5 else cells + [b"extra"])
    elif kind == 3:
        lines = lines[:rng.randrange(len(lines))]
    elif kind == 4:
        lines[0] = lines[0].replace(rng.choice(lines[0].split(b",") or [b"x"]), rng.choice([b"", b"renamed", b"a\nb", b"\"q"]), 1)
    elif kind == 5:
        return b"\xef\xbb\xbf" + raw.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b"\n \n"]))
    elif kind == 6:
        return rng.choice([b"", b"\n", b"\xef\xbb\xbf", lines[0], lines[0] + b"\n", b"\"", b",,,\n,,,"])
    elif kind == 7:
        i = rng.randrange(1, max(2, len(lines)))
        lines.insert(i, b"\"" + lines[min(i, len(lines) - 1)] + b"\n" + b"x\"")
    elif kind == 8:
        i = rng.randrange(len(lines))
        lines[i] = lines[i].replace(rng.choice([b"setosa", b"versicolor", b"virginica", b"0", b"1"]), rng.choice(
            [b"Setosa", b"set\x00osa", b"\"setosa\"", b" setosa ", b"virgin\xc3ca"]))
    elif kind == 9:
        lines = lines[:1] + lines[1:] * rng.choice([2, 20, 200])
    elif kind == 10:
        i = rng.randrange(len(raw) + 1)
        return raw[:i] + rng.choice(INVALID_UTF8) + raw[i:]
    else:
        return mutate_bytes(rng, mutate_bytes(rng, raw))
    return b"\n".join(lines)
