"""spark/annotate.py on a local-mode Spark, against a single-process run of
the same binary over the same files. Run by spark/tests/run (which installs
PySpark and builds the binary)."""

import gzip
import json
import os
import re
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import annotate  # noqa: E402
import corpus  # noqa: E402

PIPELINE = os.path.join(REPO, ".build", "release", "pipeline")
JOB = os.path.join(REPO, "spark", "annotate.py")
SUMMARY = re.compile(r"annotate\.py: (\d+) documents, (\d+) error records, (\d+) partitions")


def write_bytes(path, lines, compress=False):
    data = b"".join(line + b"\n" for line in lines)
    with (gzip.open if compress else open)(path, "wb") as f:
        f.write(data)


@pytest.fixture(scope="session")
def news(tmp_path_factory):
    """corpus/ of 1,203 documents in three files, one gzipped, with bad and
    awkward lines; ref/corpus/ the same files uncompressed under the same
    names, and the single-process output over them."""
    root = tmp_path_factory.mktemp("news")
    docs = [d.encode("utf-8") for d in corpus.documents(1200)]
    a = docs[:500]
    a[37:37] = [b"{bad json, not a document"]                                  # invalid JSON
    a[90:90] = [b"", b"  \t"]                                                   # blank lines: no output
    idless = '{"text":"Le ministre malien a déclaré lundi à Bamako que la situation reste calme."}'.encode()
    a[120:120] = [idless]                                                       # no id: fallback id
    a[200:200] = [b'{"text":5}']                                                # no id, bad text: error
    a[300:300] = [b'{"id":"sans-texte"}']                                       # id, no text: error
    a[400] = a[400] + b"\r"                                                     # a CRLF line
    b = docs[500:900]
    b[10:10] = [b'{"id":"tronque","text":"Niamey, le']                          # truncated line
    b[250:250] = ['{"date":"2024-05","text":"Selon l’ONU, Ouagadougou a reçu mardi des renforts."}'
                  .encode("utf-8")]
    c = docs[900:]
    files = {"a.jsonl": a, "b.jsonl.gz": b, "c.jsonl": c}
    (root / "corpus").mkdir()
    (root / "ref" / "corpus").mkdir(parents=True)
    for other in ["_SUCCESS", "README.txt"]:  # not JSON Lines: the job skips them
        (root / "corpus" / other).write_text("not a document\n")
    for name, lines in files.items():
        write_bytes(root / "corpus" / name, lines, compress=name.endswith(".gz"))
        write_bytes(root / "ref" / "corpus" / name, lines)  # the binary reads no gzip
    single = subprocess.run([PIPELINE, "--jobs", "2"] + ["corpus/" + n for n in files],
                            cwd=root / "ref", capture_output=True, check=False)
    assert single.returncode == 2, single.stderr.decode()
    lines = single.stdout.splitlines()
    errors = [record for record in map(json.loads, lines) if "error" in record and "entities" not in record]
    assert len(lines) == 1200 + 6 and len(errors) == 4
    return {"root": root, "expected": single.stdout, "documents": len(lines) - len(errors), "errors": errors,
            "idless_line": a.index(idless) + 1,
            "bad_lines": [("corpus/a.jsonl", a.index(bad) + 1) for bad in (b"{bad json, not a document", b'{"text":5}',
                                                                        b'{"id":"sans-texte"}')]
                         + [("corpus/b.jsonl.gz", 11)]}


def run_job(cwd, *args, master="local[2]"):
    """spark-submit; its `log` is the Spark log and the driver's messages, which
    spark-submit sends to standard output along with the driver's."""
    job = subprocess.run(["spark-submit", "--master", master, JOB, *map(str, args)],
                         cwd=cwd, capture_output=True, text=True, check=False)
    job.log = job.stdout + job.stderr
    return job


def output_of(folder):
    parts = sorted(p for p in os.listdir(folder) if p.startswith("part-"))
    return parts, b"".join(open(os.path.join(folder, p), "rb").read() for p in parts)


# --- the job against a single-process run -----------------------------------

def test_same_lines_as_a_single_process_run(news):
    job = run_job(news["root"], "--partitions", 5, "corpus", "out-5")
    assert job.returncode == 2, job.log[-3000:]  # error records written, as the binary says
    parts, output = output_of(news["root"] / "out-5")
    assert len(parts) == 5 and all(os.path.getsize(news["root"] / "out-5" / p) > 0 for p in parts)
    assert output == news["expected"]
    # Error records name the original file and line, as the single-process ones do.
    assert [(e["error"]["input"], e["error"]["line"]) for e in news["errors"]] == news["bad_lines"]
    # A document without id gets the id of its text's hash, whatever the partition.
    idless = [json.loads(l) for l in output.splitlines() if b'"no \\"id\\" field' in l]
    assert idless and all(d["id"].startswith("text-") for d in idless)
    summary = SUMMARY.search(job.stdout)
    assert summary and (int(summary[1]), int(summary[2]), int(summary[3])) == (news["documents"], len(news["errors"]), 5)


def test_retried_task_output_is_not_duplicated(news):
    # local[2,2]: two tries per task. Attempt 0 of partition 2 fails midway,
    # after part of its lines went to its attempt file.
    job = run_job(news["root"], "--partitions", 4, "--fail-first-attempt", 2, "corpus", "out-retry",
                  master="local[2,2]")
    assert "test failure injected into partition 2, attempt 0" in job.log
    assert job.returncode == 2, job.log[-3000:]
    parts, output = output_of(news["root"] / "out-retry")
    assert len(parts) == 4 and output == news["expected"]
    summary = SUMMARY.search(job.stdout)
    assert summary and (int(summary[1]), int(summary[2])) == (news["documents"], len(news["errors"]))


def test_a_task_that_keeps_failing_fails_the_job(news):
    job = run_job(news["root"], "--partitions", 4, "--fail-first-attempt", 1, "corpus", "out-fail")
    assert job.returncode not in (0, 2)
    assert not (news["root"] / "out-fail" / "_SUCCESS").exists()


def test_awkward_bytes_paths_and_a_glob(tmp_path):
    folder = tmp_path / "in dir"
    folder.mkdir()
    docs = [d.encode("utf-8") for d in corpus.documents(30, seed=3)]
    with open(folder / "x y.jsonl", "wb") as f:
        f.write(b"\n".join(docs[:10]) + b"\n")
        f.write(b'{"id":"latin1","text":"caf\xe9"}\n')             # invalid UTF-8
        f.write(b"\xef\xbb\xbf" + docs[10] + b"\n")                # byte-order mark
        f.write(b'{"id":"cr","text":"a"}\r{"id":"apres","text":"b"}\n')  # a lone CR is not a line end
        f.write(b"\n".join(docs[11:20]))                          # no final newline
    with open(folder / "z.jsonl", "wb") as f:
        f.write(b"\n".join(docs[20:]) + b"\n")
    with open(folder / "notes.txt", "wb") as f:
        f.write(b"not matched by the glob\n")
    single = subprocess.run([PIPELINE, "in dir/x y.jsonl", "in dir/z.jsonl"], cwd=tmp_path, capture_output=True)
    job = run_job(tmp_path, "--partitions", 3, "in dir/*.jsonl", "out")
    assert job.returncode == single.returncode == 2, job.log[-3000:]
    assert output_of(tmp_path / "out")[1] == single.stdout


# --- failing fast, before any partition runs --------------------------------

def test_missing_binary_fails_fast(tmp_path, news):
    job = run_job(tmp_path, "--pipeline", tmp_path / "nowhere" / "pipeline", news["root"] / "corpus", "out")
    assert job.returncode == 64
    assert "no pipeline binary at" in job.log and not (tmp_path / "out").exists()


def test_missing_gazetteer_fails_fast(tmp_path, news):
    (tmp_path / "empty").mkdir()
    job = run_job(tmp_path, "--gazetteer", tmp_path / "empty", news["root"] / "corpus", "out")
    assert job.returncode == 64
    assert "no gazetteer (*.tsv files) in" in job.log and not (tmp_path / "out").exists()


def test_binary_that_cannot_start_on_executors_fails_fast(tmp_path, news):
    # What an executor without the Swift runtime shows.
    fake = tmp_path / "bin"
    (fake / "pipeline_Tokenizer.resources").mkdir(parents=True)
    (fake / "pipeline").write_text("#!/bin/sh\necho 'pipeline: error while loading shared libraries: "
                                   "libswiftCore.so: cannot open shared object file' >&2\nexit 127\n")
    (fake / "pipeline").chmod(0o755)
    job = run_job(tmp_path, "--pipeline", fake / "pipeline", "--gazetteer", os.path.join(REPO, "gazetteer"),
                  news["root"] / "corpus", "out")
    assert job.returncode == 64
    assert "does not run on the executors (status 127)" in job.log and "libswiftCore.so" in job.log
    assert not (tmp_path / "out").exists()


def test_existing_output_is_refused(tmp_path, news):
    (tmp_path / "out").mkdir()
    job = run_job(tmp_path, news["root"] / "corpus", "out")
    assert job.returncode == 64 and "out exists" in job.log


# --- the relabelling, without Spark -----------------------------------------

def test_writer_port_reproduces_every_line_of_the_binary(news):
    for line in news["expected"].splitlines():
        assert annotate.serialize(annotate.parse_output_line(line.decode("utf-8"))) == line


@pytest.mark.parametrize("out_line, k, raw, expected, is_error", [
    # An error record names the original file and line.
    (b'{"id":null,"error":{"input":"-","line":3,"message":"invalid JSON: expected a string key at byte 1"}}',
     3, b"{bad", b'{"id":null,"error":{"input":"corpus/a.jsonl","line":41,'
                 b'"message":"invalid JSON: expected a string key at byte 1"}}', True),
    # ...with its kind and the run's stamp kept as they are.
    (b'{"id":"t","error":{"input":"-","line":7,"kind":"field","message":"document t: \\"text\\" must be a string"},'
     b'"schema":1,"gazetteer":"079e2f5362e00c7c"}',
     7, b'{"id":"t","text":5}', b'{"id":"t","error":{"input":"corpus/a.jsonl","line":41,"kind":"field",'
                       b'"message":"document t: \\"text\\" must be a string"},"schema":1,"gazetteer":"079e2f5362e00c7c"}', True),
    # A document is never rewritten, whatever its id (ids of documents without one come from their text).
    (b'{"id":"stdin:2","text":"Bamako.","entities":[],"claims":[],"dates":[]}',
     2, b'{"id":"stdin:2","text":"Bamako."}',
     b'{"id":"stdin:2","text":"Bamako.","entities":[],"claims":[],"dates":[]}', False),
    # A document that carries its own "error" field is a document, untouched.
    (b'{"id":"d","text":"Gao.","error":{"input":"-","line":1},"entities":[],"claims":[],"dates":[]}',
     1, b'{"id":"d","text":"Gao.","error":{"input":"-","line":1}}',
     b'{"id":"d","text":"Gao.","error":{"input":"-","line":1},"entities":[],"claims":[],"dates":[]}', False),
])
def test_relabel(out_line, k, raw, expected, is_error):
    assert annotate.Relabeler.relabel(out_line, k, "corpus/a.jsonl", 41, raw) == (expected, is_error)


def test_relabel_refuses_a_record_of_another_line():
    with pytest.raises(RuntimeError, match="not for partition line 4"):
        annotate.Relabeler.relabel(b'{"id":null,"error":{"input":"-","line":3,"message":"x"}}', 4, "a", 1, b"{")


@pytest.mark.parametrize("raw, blank", [(b"", True), (b" \t\r", True), (b'{"id":"a"}', False), (b"\xc2\xa0", False)])
def test_blank_lines_are_the_binarys(raw, blank):
    assert annotate.is_blank(raw) == blank
