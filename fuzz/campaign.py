#!/usr/bin/env python3
"""Fuzz campaign through the image launcher: mutates every lesson (assets/lessons/*.lab.json),
the reference lab and the CSV data sets, runs trace/train/gradcheck on each mutant with a
timeout, and classifies the outcome against the command-line contract:

  ok          exit 0, or gradcheck's exit 1 with FAIL on stdout (a result, not an error)
  bad_input   exit 2 with exactly one stderr line naming the file (the contract)
  diverged    exit 1 with the one-line "LAB: training diverged ..." message (a training result)
  stack_trace a Java exception or "at org./java." frame on stderr
  oom         OutOfMemoryError
  timeout     killed after --timeout seconds
  bad_message any other non-zero exit: not exactly one stderr line, or a line that does not
              name the file (the lab or its CSV)

Findings (everything but ok/bad_input/diverged) are copied to OUT/findings/<class>/ with the
command and stderr. Python 3 standard library only.

  python3 fuzz/campaign.py --labs 10000 --csvs 2000 --workers 2
  python3 fuzz/campaign.py --seconds 60          # a time-boxed slice (CI)
"""

import argparse
import concurrent.futures
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import mutate  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parent.parent
FAILURES = ("stack_trace", "oom", "timeout", "bad_message")


def seeds():
    labs = sorted((REPO / "assets" / "lessons").glob("*.lab.json"))
    reference = REPO / "src" / "test" / "resources" / "reference" / "lecture-2-3-1-sigmoid.lab.json"
    if reference.exists():
        labs.append(reference)
    return [(p.name, p.read_bytes()) for p in labs]


def csv_seeds():
    iris = (REPO / "datasets" / "iris.csv").read_bytes()
    digits_lines = (REPO / "datasets" / "digits8x8.csv").read_bytes().split(b"\n")
    # a slice of the digits keeps each run short; the full file is in the lab seeds
    digits = b"\n".join(digits_lines[:300]) + b"\n"
    iris_lab = json.loads((REPO / "assets" / "lessons" / "iris-softmax-mlp.lab.json").read_text("utf-8"))
    perceptron_lab = json.loads((REPO / "assets" / "lessons" / "iris-perceptron.lab.json").read_text("utf-8"))
    digits_lab = json.loads((REPO / "assets" / "lessons" / "digits-8x8-mlp.lab.json").read_text("utf-8"))
    return [("iris", iris, iris_lab), ("iris", iris, perceptron_lab), ("digits", digits, digits_lab)]


def classify(cmd, code, out, err, elapsed, timed_out, names):
    lines = [l for l in err.decode("utf-8", "replace").split("\n")
             if l and not l.startswith("NOTE: Picked up JDK_JAVA_OPTIONS")]
    text = "\n".join(lines)
    if timed_out:
        return "timeout"
    if "OutOfMemoryError" in text:
        return "oom"
    if "Exception" in text or "\tat " in text or "\n\tat" in text or "Error:" in text and "java." in text:
        return "stack_trace"
    if code == 0:
        return "ok"
    if code == 1 and cmd == "gradcheck" and b"FAIL" in out:
        return "ok"
    progress = [l for l in lines if l.startswith("gradcheck: ")]
    rest = [l for l in lines if not l.startswith("gradcheck: ")]
    if code == 1 and len(rest) == 1 and ": training diverged at iteration " in rest[0]:
        return "diverged" if any(n in rest[0] for n in names) else "bad_message"
    if len(rest) != 1 or progress and code != 1:
        return "bad_message"
    if not any(n in rest[0] for n in names):
        return "bad_message"
    return "bad_input" if code == 2 else "bad_message"


class Campaign:
    def __init__(self, args):
        self.args = args
        self.work = pathlib.Path(tempfile.mkdtemp(prefix="backprop-fuzz-"))
        self.out = pathlib.Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.counts = {}
        self.lock = threading.Lock()
        self.slowest = 0.0
        self.env = dict(os.environ)
        if args.jvm_options:
            self.env["JDK_JAVA_OPTIONS"] = args.jvm_options
        self.deadline = time.monotonic() + args.seconds if args.seconds else None

    def run_one(self, kind, i, lab_bytes, csv_bytes, csv_name, lab_name):
        d = self.work / f"{kind}-{i}"
        d.mkdir()
        lab = d / "mutant.lab.json"
        lab.write_bytes(lab_bytes)
        names = [str(lab)]
        if csv_bytes is not None:
            (d / csv_name).write_bytes(csv_bytes)
            names.append(str(d / csv_name))
        # a CSV a lab names is also reported by its built-in name or as written
        names += ["(built-in)", "data.csv"]
        try:
            named = json.loads(lab_bytes.decode("utf-8"))["data"]["csv"]
            if isinstance(named, str) and named:
                names += [named, json.dumps(named)[1:-1]]
        except (ValueError, KeyError, TypeError, IndexError, RecursionError):
            pass  # not JSON (or nested too deeply for Python's parser): only the file names count
        rng = random.Random(self.args.seed * 1_000_003 + i * 7 + (kind == "csv"))
        cmd = rng.choice(["trace", "train", "gradcheck"])
        argv = [self.args.launcher, cmd, str(lab)]
        if rng.random() < 0.5:
            argv += {"trace": ["--steps", "2"], "train": ["--epochs", "2"], "gradcheck": []}[cmd]
        start = time.monotonic()
        timed_out = False
        try:
            p = subprocess.run(argv, cwd=d, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=self.args.timeout)
            code, out, err = p.returncode, p.stdout[:4096], p.stderr[:65536]
        except subprocess.TimeoutExpired as e:
            timed_out = True
            code, out, err = -9, (e.stdout or b"")[:4096], (e.stderr or b"")[:65536]
        elapsed = time.monotonic() - start
        verdict = classify(cmd, code, out, err, elapsed, timed_out, names)
        with self.lock:
            self.counts.setdefault(kind, {}).setdefault(verdict, 0)
            self.counts[kind][verdict] += 1
            self.slowest = max(self.slowest, elapsed)
        if verdict in FAILURES:
            f = self.out / "findings" / verdict / f"{kind}-{i}"
            f.mkdir(parents=True, exist_ok=True)
            shutil.copytree(d, f, dirs_exist_ok=True)
            (f / "command.txt").write_text(" ".join(argv[1:]) + f"\nexit {code} after {elapsed:.1f} s (from {lab_name})\n")
            (f / "stderr.txt").write_bytes(err)
        shutil.rmtree(d, ignore_errors=True)

    def jobs(self):
        labs = seeds()
        csvs = csv_seeds()
        parsed = {}
        for name, raw in labs:
            parsed[name] = json.loads(raw.decode("utf-8"))
        total = self.args.labs + self.args.csvs
        for n in range(total):
            # interleave: one CSV mutant for every labs/csvs lab mutants
            is_csv = self.args.csvs and (n * self.args.csvs) // total != ((n + 1) * self.args.csvs) // total
            rng = random.Random(self.args.seed * 1_000_003 + n)
            if is_csv:
                base, raw, lab = rng.choice(csvs)
                lab = json.loads(json.dumps(lab))
                lab["data"]["csv"] = base + ".csv"
                if rng.random() < 0.2:
                    lab = mutate.mutate_json(rng, lab)
                yield ("csv", n, json.dumps(lab).encode("utf-8", "surrogatepass"), mutate.mutate_csv(rng, raw),
                       base + ".csv", base)
            else:
                name, raw = rng.choice(labs)
                yield ("lab", n, mutate.mutate_lab(rng, parsed[name], raw), None, None, name)

    def run(self):
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(self.args.workers) as pool:
            pending = set()
            for job in self.jobs():
                if self.deadline and time.monotonic() > self.deadline:
                    break
                pending.add(pool.submit(self.run_one, *job))
                if len(pending) >= 2 * self.args.workers:
                    done, pending = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                    for f in done:
                        f.result()
                    self.report(started, final=False)
            for f in concurrent.futures.as_completed(pending):
                f.result()
        shutil.rmtree(self.work, ignore_errors=True)
        return self.report(started, final=True)

    def report(self, started, final):
        with self.lock:
            runs = sum(sum(v.values()) for v in self.counts.values())
            if not final and runs % 50:
                return 0
            summary = {"runs": runs, "seconds": round(time.monotonic() - started, 1), "slowest_run_s": round(self.slowest, 1),
                       "counts": self.counts, "seed": self.args.seed}
            (self.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
            print(json.dumps(summary), flush=True)
            return sum(v.get(f, 0) for v in self.counts.values() for f in FAILURES)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--launcher", default=str(REPO / "target" / "image" / "bin" / "backprop-lab"))
    ap.add_argument("--labs", type=int, default=10000, help="mutated lab files")
    ap.add_argument("--csvs", type=int, default=2000, help="mutated CSV files")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--seconds", type=float, default=0, help="stop starting runs after this many seconds (0: no limit)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=str(REPO / "target" / "fuzz"))
    ap.add_argument("--jvm-options", default="", help="JDK_JAVA_OPTIONS for the launcher's JVM, e.g. -XX:TieredStopAtLevel=1"
                    " (its NOTE line on stderr is ignored)")
    args = ap.parse_args()
    failures = Campaign(args).run()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
