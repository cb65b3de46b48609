"""Runs the `pipeline` binary on Apache Spark: JSON Lines in, JSON Lines out.

    spark-submit --master 'local[2]' spark/annotate.py [--pipeline PATH]
        [--gazetteer DIR] [--partitions N] INPUT OUTPUT_DIR

The output (OUTPUT_DIR/part-*, in input order) holds exactly the lines that one
`pipeline` process run over the same files writes, error records included.
How, and why this way: spark/README.md ("How it works").
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time

# Exit statuses, the binary's: 0 all good, 2 error records written,
# 64 usage or set-up error (nothing ran).
EXIT_OK, EXIT_ERROR_RECORDS, EXIT_USAGE = 0, 2, 64

BUNDLE_NAME = "pipeline-bundle.tar.gz"
# A folder's files that are JSON Lines, optionally compressed (Hadoop picks
# the codec from the suffix): the binary's folder rule, plus compression, less
# its text files (.txt: one document per file), which this job does not read.
JSONL_NAME = re.compile(r"\.(jsonl|ndjson|json)(\.(gz|bz2|zst|lz4|snappy|deflate))?$", re.IGNORECASE)
GLOB_CHARS = re.compile(r"[*?\[{\\]")
PROBE_DOCUMENT = b'{"id":"annotate.py-probe","text":"Bamako, le 3 mars 2024."}\n'


class SetupError(Exception):
    """A problem found before any partition runs: the job stops with a message."""


# ---------------------------------------------------------------------------
# The binary's JSON writer, ported, so that a record can be rewritten byte for
# byte (see `Relabeler`). Numbers keep their lexeme, members their order.

class _Number(str):
    pass


class _Object(list):
    pass


def parse_output_line(line):
    return json.loads(line, object_pairs_hook=_Object, parse_int=_Number,
                      parse_float=_Number, parse_constant=_Number)


def _write_string(s, out):
    out.append(b'"')
    for ch in s:
        c = ord(ch)
        if c == 0x22:
            out.append(b'\\"')
        elif c == 0x5C:
            out.append(b'\\\\')
        elif c == 0x0A:
            out.append(b'\\n')
        elif c == 0x0D:
            out.append(b'\\r')
        elif c == 0x09:
            out.append(b'\\t')
        elif c < 0x20:
            out.append(b'\\u%04x' % c)
        else:
            out.append(ch.encode("utf-8"))
    out.append(b'"')


def _write(value, out):
    if value is None:
        out.append(b"null")
    elif value is True:
        out.append(b"true")
    elif value is False:
        out.append(b"false")
    elif isinstance(value, _Number):
        out.append(value.encode("ascii"))
    elif isinstance(value, str):
        _write_string(value, out)
    elif isinstance(value, _Object):
        out.append(b"{")
        for k, (key, member) in enumerate(value):
            if k:
                out.append(b",")
            _write_string(key, out)
            out.append(b":")
            _write(member, out)
        out.append(b"}")
    elif isinstance(value, list):
        out.append(b"[")
        for k, item in enumerate(value):
            if k:
                out.append(b",")
            _write(item, out)
        out.append(b"]")
    else:
        raise TypeError("unexpected JSON value %r" % (value,))


def serialize(value):
    out = []
    _write(value, out)
    return b"".join(out)


def _member(obj, key):
    for k, v in obj:
        if k == key:
            return v
    return None


def _set_member(obj, key, value):
    for k, (name, _) in enumerate(obj):
        if name == key:
            obj[k] = (name, value)
            return


class Relabeler:
    """Gives an error record the input name and line number a single-process
    run would have written.

    The binary reads a partition on standard input, so an error record names
    the input `-` and numbers the partition's lines 1, 2, … (line k of the
    partition is the k-th non-blank line fed). A single-process run says
    `news.jsonl` and the line's place in that file. That is the only
    difference (a document without id gets the hash of its text as id, the
    same in both): an error record's `error.input` and `error.line` are
    rewritten; every other line passes through untouched. A rewritten line is
    re-serialized with the binary's writer, which must first reproduce the
    line exactly.
    """

    ERROR_MARK = b'"error":{'

    @staticmethod
    def relabel(out_line, k, name, line, raw):
        """(the line as a single-process run writes it, whether it is an error record)"""
        if Relabeler.ERROR_MARK not in out_line:
            return out_line, False
        obj = parse_output_line(out_line.decode("utf-8"))
        if serialize(obj) != out_line:
            raise RuntimeError("cannot rewrite output line %d of the partition byte for byte: %r"
                               % (k, out_line[:200]))
        error = _member(obj, "error")
        if isinstance(error, _Object) and _member(obj, "entities") is None:
            if _member(error, "input") != "-" or _member(error, "line") != str(k):
                raise RuntimeError("error record %r is not for partition line %d" % (out_line[:200], k))
            _set_member(error, "input", name)
            _set_member(error, "line", _Number(str(line)))
            return serialize(obj), True
        return out_line, False


# ---------------------------------------------------------------------------
# Executor side: one `pipeline` process per partition, as a filter.

def is_blank(raw):
    # The binary skips a line of spaces, tabs and CRs (it still counts it).
    return not raw.strip(b" \t\r")


def bundle_paths(bundle_dir):
    binary = os.path.join(bundle_dir, "pipeline")
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    return binary, os.path.join(bundle_dir, "gazetteer")


def run_pipeline(records, bundle_dir, partition, stats, fail_after=None):
    """Streams (name, line, raw bytes) records through the binary; yields the
    output lines (bytes, relabelled). Raises when the binary fails, so Spark
    retries the task; the attempt's part file is then discarded."""
    binary, gazetteer = bundle_paths(bundle_dir)
    env = dict(os.environ, PIPELINE_GAZETTEER=gazetteer)
    proc = subprocess.Popen([binary, "annotate", "--jobs", "1", "--gazetteer", gazetteer],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, bufsize=1 << 20)
    origins = collections.deque()  # fed, not yet answered: (name, line, raw)
    stderr_tail = collections.deque(maxlen=40)
    writer_error = []

    def feed():
        # A thread of its own: the binary answers while it reads, so writing
        # all input before reading any output would deadlock on a large partition.
        try:
            for name, line, raw in records:
                if is_blank(raw):
                    continue
                origins.append((name, line, raw))
                proc.stdin.write(raw)
                proc.stdin.write(b"\n")
        except BrokenPipeError:
            pass  # the binary stopped reading; its exit status says why
        except BaseException as error:  # noqa: BLE001 - re-raised in the task below
            writer_error.append(error)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    def drain_stderr():
        for err_line in proc.stderr:
            stderr_tail.append(err_line.decode("utf-8", "replace").rstrip("\n"))

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain_stderr, daemon=True)]
    for t in threads:
        t.start()
    documents = errors = k = 0
    finished = False
    try:
        for out_line in proc.stdout:
            k += 1
            if not origins:
                raise RuntimeError("pipeline wrote more lines than it was given on partition %d" % partition)
            name, line, raw = origins.popleft()
            relabelled, is_error = Relabeler.relabel(out_line.rstrip(b"\n"), k, name, line, raw)
            if is_error:
                errors += 1
            else:
                documents += 1
            if fail_after is not None and k >= fail_after:
                raise RuntimeError("test failure injected into partition %d, attempt 0" % partition)
            yield relabelled
        finished = True
    finally:
        if not finished:
            proc.kill()
        for t in threads:
            t.join()
        status = proc.wait()
    if writer_error:
        raise RuntimeError("reading partition %d failed: %r" % (partition, writer_error[0]))
    if status not in (EXIT_OK, EXIT_ERROR_RECORDS):
        raise RuntimeError("pipeline exited with status %d on partition %d:\n%s"
                           % (status, partition, "\n".join(stderr_tail)))
    if origins:
        raise RuntimeError("pipeline wrote %d lines for %d input lines on partition %d"
                           % (k, k + len(origins), partition))
    stats[0].add(documents)
    stats[1].add(errors)


# ---------------------------------------------------------------------------
# Driver side.

def parse_args(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    p = argparse.ArgumentParser(prog="annotate.py", description=__doc__.split("\n\n")[0])
    p.add_argument("input", metavar="INPUT",
                   help="JSON Lines (plain or compressed): a file, a folder or a glob; any path Spark reads")
    p.add_argument("output", metavar="OUTPUT_DIR", help="folder to create: part-* JSON Lines files")
    p.add_argument("--pipeline", default=os.path.join(repo, ".build", "release", "pipeline"),
                   help="the pipeline binary, beside its pipeline_*.resources bundles "
                        "(default: the repo's release build)")
    p.add_argument("--gazetteer", default=None,
                   help="gazetteer folder (default: gazetteer/ beside the binary, else the repo's gazetteer/)")
    p.add_argument("--partitions", type=int, default=None,
                   help="partitions, one pipeline process each (default: the input's splits, "
                        "at least spark.default.parallelism)")
    p.add_argument("--fail-first-attempt", type=int, default=None, metavar="PARTITION",
                   help=argparse.SUPPRESS)  # tests: attempt 0 of PARTITION raises midway
    args = p.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    if args.gazetteer is None:
        beside = os.path.join(os.path.dirname(os.path.abspath(args.pipeline)), "gazetteer")
        args.gazetteer = beside if os.path.isdir(beside) else os.path.join(repo, "gazetteer")
    return args


def build_bundle(binary, gazetteer, workdir):
    """binary + its resource bundles + gazetteer/, as one archive for the executors."""
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        raise SetupError("no pipeline binary at %s: build it with "
                         "`swift build -c release --product pipeline` or pass --pipeline PATH" % binary)
    bin_dir = os.path.dirname(os.path.abspath(binary))
    resources = sorted(n for n in os.listdir(bin_dir)
                       if n.startswith("pipeline_") and n.endswith(".resources"))
    if not resources:
        raise SetupError("no pipeline_*.resources bundles beside %s: the binary reads them at run time; "
                         "copy them with it" % binary)
    if not os.path.isdir(gazetteer) or not any(n.endswith(".tsv") for n in os.listdir(gazetteer)):
        raise SetupError("no gazetteer (*.tsv files) in %s: pass --gazetteer DIR" % gazetteer)
    path = os.path.join(workdir, BUNDLE_NAME)
    # Level 1: the binary is some 80 MB; level 9 takes ten times as long for 7% less.
    with tarfile.open(path, "w:gz", compresslevel=1) as tar:
        tar.add(binary, arcname="pipeline")
        for name in resources:
            tar.add(os.path.join(bin_dir, name), arcname=name)
        tar.add(gazetteer, arcname="gazetteer")
    return path


class InputFiles:
    """INPUT expanded to files, in the order a single-process run reads them,
    each with the name a single-process run gives it (the path as written)."""

    def __init__(self, sc, spec):
        jvm = sc._jvm
        conf = sc._jsc.hadoopConfiguration()
        self.Path = jvm.org.apache.hadoop.fs.Path
        self.URI = jvm.java.net.URI
        path = self.Path(spec)
        fs = path.getFileSystem(conf)
        self.files = []  # (qualified URI string, name)
        if GLOB_CHARS.search(spec):
            statuses = fs.globStatus(path) or []
            matches = sorted(str(s.getPath().toString()) for s in statuses if s.isFile())
            if not matches:
                raise SetupError("no file matches %s" % spec)
            prefix = self._literal_prefix(spec)
            qualified_prefix = str(fs.makeQualified(self.Path(prefix or ".")).toString()).rstrip("/")
            for match in matches:
                if match.startswith(qualified_prefix + "/"):
                    name = (prefix.rstrip("/") + "/" if prefix else "") + match[len(qualified_prefix) + 1:]
                else:
                    name = match
                self.files.append((match, name))
        else:
            if not fs.exists(path):
                raise SetupError("no such file or folder: %s" % spec)
            status = fs.getFileStatus(path)
            if status.isDirectory():
                children = sorted(str(s.getPath().getName()) for s in fs.listStatus(path) if s.isFile())
                names = [c for c in children if JSONL_NAME.search(c)]
                if not names:
                    raise SetupError("no JSON Lines files (.jsonl, .ndjson, .json, optionally compressed) in %s"
                                     % spec)
                for child in names:
                    q = str(fs.makeQualified(self.Path(path, child)).toString())
                    self.files.append((q, spec.rstrip("/") + "/" + child))
            else:
                self.files.append((str(fs.makeQualified(path).toString()), spec))
        self.index = {q: i for i, (q, _) in enumerate(self.files)}
        self.names = [name for _, name in self.files]

    @staticmethod
    def _literal_prefix(spec):
        parts = spec.split("/")
        for k, part in enumerate(parts):
            if GLOB_CHARS.search(part):
                return "/".join(parts[:k])
        return spec

    def lookup(self, input_file_name):
        """The file index of a row's input_file_name(), a URI string whose
        characters are %-escaped where the qualified path has them raw."""
        if input_file_name not in self.index:
            path = self.Path(self.URI(input_file_name))
            qualified = str(path.toString())
            if qualified not in self.index:
                raise RuntimeError("Spark read a file that INPUT does not name: %s" % input_file_name)
            self.index[input_file_name] = self.index[qualified]
        return self.index[input_file_name]

    def read_paths(self):
        """The files for spark.read, which takes each path as a glob pattern."""
        return [re.sub(r"([\\*?\[\]{}])", r"\\\1", q) for q, _ in self.files]


def output_exists(sc, path):
    p = sc._jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(sc._jsc.hadoopConfiguration()).exists(p)


def numbered_lines(spark, inputs):
    """An RDD of (global index, (file index, line number, raw bytes)) and the
    line count. Lines are split on \\n only, as the binary does, and kept as
    bytes (invalid UTF-8 included). Line numbers are 1-based physical lines of
    each file: a first pass counts the lines of each split of each file."""
    from pyspark.sql import functions as F

    frame = (spark.read.option("lineSep", "\n").text(inputs.read_paths())
             .select(F.input_file_name().alias("file"), F.input_file_block_start().alias("block"),
                     F.col("value").cast("binary").alias("raw")))
    counts = frame.groupBy("file", "block").count().collect()
    blocks = sorted((inputs.lookup(r["file"]), r["block"], r["count"], r["file"]) for r in counts)
    starts = {}  # (input_file_name, block) -> (global index of its first line, its first line number)
    total, line_of_file, current = 0, 0, None
    for index, block, count, file_uri in blocks:
        if index != current:
            current, line_of_file = index, 0
        starts[(file_uri, block)] = (total, line_of_file + 1, index)
        total += count
        line_of_file += count
    starts_b = spark.sparkContext.broadcast(starts)

    def number(rows):
        seen = collections.Counter()
        table = starts_b.value
        for file_uri, block, raw in rows:
            first, first_line, index = table[(file_uri, block)]
            k = seen[(file_uri, block)]
            seen[(file_uri, block)] = k + 1
            yield first + k, (index, first_line + k, bytes(raw))

    return frame.rdd.mapPartitions(number), total, frame.rdd.getNumPartitions()


def probe(sc, bundle_name):
    """Runs the shipped binary once on an executor on a one-line document, so
    that a binary that cannot start there (a missing Swift runtime or ICU)
    fails the job with its own message before any partition of the input."""
    from pyspark import SparkFiles

    def run(_):
        binary, gazetteer = bundle_paths(SparkFiles.get(bundle_name))
        try:
            done = subprocess.run([binary, "annotate", "--jobs", "1", "--gazetteer", gazetteer],
                                  input=PROBE_DOCUMENT, capture_output=True, timeout=600,
                                  env=dict(os.environ, PIPELINE_GAZETTEER=gazetteer))
        except (OSError, subprocess.TimeoutExpired) as error:
            return [(-1, "cannot run %s: %s" % (binary, error))]
        ok = done.returncode == 0 and b'"entities":' in done.stdout
        return [(done.returncode, "" if ok else (done.stderr.decode("utf-8", "replace")[-2000:]
                                                 or done.stdout.decode("utf-8", "replace")[-2000:]))]

    status, message = sc.parallelize([0], 1).mapPartitions(run).collect()[0]
    if message:
        raise SetupError("the pipeline binary does not run on the executors (status %d):\n%s" % (status, message))


def main(argv=None):
    started = time.time()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    workdir = tempfile.mkdtemp(prefix="annotate-")
    spark = None
    try:
        bundle = build_bundle(args.pipeline, args.gazetteer, workdir)
        spark = SparkSession.builder.appName("pipeline annotate").getOrCreate()
        spark.sparkContext.setLogLevel(os.environ.get("ANNOTATE_LOG_LEVEL", "WARN"))
        return annotate_job(spark, args, bundle, started)
    except SetupError as error:
        print("annotate.py: error: %s" % error, file=sys.stderr)
        return EXIT_USAGE
    finally:
        if spark is not None:
            spark.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def annotate_job(spark, args, bundle, started):
    from pyspark import SparkFiles, TaskContext

    sc = spark.sparkContext
    if output_exists(sc, args.output):
        raise SetupError("%s exists: remove it or name another OUTPUT_DIR" % args.output)
    inputs = InputFiles(sc, args.input)
    sc.addArchive(bundle)
    probe(sc, BUNDLE_NAME)
    set_up = time.time()

    lines, total, splits = numbered_lines(spark, inputs)
    numbered = time.time()
    partitions = args.partitions or max(splits, sc.defaultParallelism)
    partitions = max(1, min(partitions, total)) if total else 1
    names = sc.broadcast(inputs.names)
    stats = (sc.accumulator(0), sc.accumulator(0))
    fail_partition = args.fail_first_attempt

    def annotate(partition, rows):
        fail_after = None
        if fail_partition == partition and TaskContext.get().attemptNumber() == 0:
            fail_after = max(1, total // partitions // 2)
        table = names.value
        records = ((table[index], line, raw) for _, (index, line, raw) in rows)
        return run_pipeline(records, SparkFiles.get(BUNDLE_NAME), partition, stats, fail_after)

    # Contiguous ranges of the global line index, sorted within each range:
    # part-0000k holds the k-th slice of the input, in order.
    ordered = lines.repartitionAndSortWithinPartitions(
        numPartitions=partitions, partitionFunc=lambda g: g * partitions // max(total, 1))
    ordered.mapPartitionsWithIndex(annotate).saveAsTextFile(args.output)
    finished = time.time()
    seconds = finished - started
    documents, errors = stats[0].value, stats[1].value
    print("annotate.py: %d documents, %d error records, %d partitions, %.1f s, %.1f documents/s -> %s"
          % (documents, errors, partitions, seconds, documents / seconds if seconds else 0.0, args.output))
    print("annotate.py: set-up %.1f s (archive, Spark context, probe), numbering %.1f s, "
          "shuffle + annotation + commit %.1f s" % (set_up - started, numbered - set_up, finished - numbered))
    return EXIT_ERROR_RECORDS if errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
