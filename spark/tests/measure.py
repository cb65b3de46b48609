"""Documents/s of spark/annotate.py (local[1], local[2]) against the binary
alone (--jobs 1, --jobs 2) on one corpus made from seeds/; each run 3 times,
medians printed as the table in spark/README.md. Run after spark/tests/run
(which makes the venv and the release binary):

    .build/spark-venv/bin/python spark/tests/measure.py [--documents 20000]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import corpus  # noqa: E402

VENV = os.path.join(REPO, ".build", "spark-venv")
BIN = os.path.join(REPO, ".build", "release", "pipeline")
JOB_SECONDS = re.compile(r"error records, \d+ partitions, ([\d.]+) s,")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--documents", type=int, default=20000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    env = dict(os.environ, PATH=os.path.join(VENV, "bin") + os.pathsep + os.environ["PATH"],
               PYSPARK_PYTHON=os.path.join(VENV, "bin", "python"),
               PYSPARK_DRIVER_PYTHON=os.path.join(VENV, "bin", "python"))
    work = tempfile.mkdtemp(prefix="measure-")
    try:
        data = os.path.join(work, "corpus.jsonl")
        with open(data, "w", encoding="utf-8") as f:
            for line in corpus.documents(args.documents):
                f.write(line + "\n")
        out = os.path.join(work, "out")
        runs = [
            ("`pipeline --jobs 1`", [BIN, "--jobs", "1", data]),
            ("`pipeline --jobs 2`", [BIN, "--jobs", "2", data]),
            ("`spark-submit --master 'local[1]'`", ["spark-submit", "--master", "local[1]",
                                                   os.path.join(REPO, "spark", "annotate.py"), data, out]),
            ("`spark-submit --master 'local[2]'`", ["spark-submit", "--master", "local[2]",
                                                   os.path.join(REPO, "spark", "annotate.py"), data, out]),
        ]
        print("corpus: %d documents, %.1f MB; load average before: %s"
              % (args.documents, os.path.getsize(data) / 1e6, open("/proc/loadavg").read().split()[:3]))
        print("| run | wall s | documents/s (wall) | job s | documents/s (job) |")
        print("|---|---|---|---|---|")
        for label, command in runs:
            walls, jobs = [], []
            for _ in range(args.repeat):
                shutil.rmtree(out, ignore_errors=True)
                t0 = time.monotonic()
                done = subprocess.run(command, env=env, capture_output=True, text=True)
                walls.append(time.monotonic() - t0)
                if done.returncode not in (0, 2):
                    sys.exit("%s failed:\n%s" % (label, (done.stdout + done.stderr)[-3000:]))
                m = JOB_SECONDS.search(done.stdout)
                jobs.append(float(m.group(1)) if m else walls[-1])
            wall, job = statistics.median(walls), statistics.median(jobs)
            print("| %s | %.1f | %.0f | %.1f | %.0f |" % (label, wall, args.documents / wall, job, args.documents / job),
                  flush=True)
        print("load average after: %s" % open("/proc/loadavg").read().split()[:3])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
