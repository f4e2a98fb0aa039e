"""Times `manage.py seed_demo` on a fresh database: 1,000 and 100,000 opportunities.

    .venv/bin/python bench/seed_demo.py                      # SQLite in a temporary folder
    .venv/bin/python bench/seed_demo.py --postgres postgres://postgres@127.0.0.1:5432/bench_seed
    .venv/bin/python bench/seed_demo.py --sizes 1000 --update-index

Each size gets a database of its own, copied from one that was migrated once. PostgreSQL databases
(the one named in --postgres and <name>_migrated) are dropped and created with createdb/dropdb, so
never point --postgres at a database you need. Prints one line per size and writes the figures
with the date, the commit and the load average before and after each size to --json (default
bench/results/seed-<UTC time>.json).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

from runinfo import ROOT, default_json_path, load_average, own_database, run_facts, write_json

PYTHON = sys.executable


def clubs_for(opportunities):
    """About five listings per club, as in a real directory, between 120 and 2,000 clubs."""
    return min(2000, max(120, opportunities // 5))


def manage(database_url, *args):
    env = {**os.environ, "DATABASE_URL": database_url}
    started = time.perf_counter()
    # The command line is this script's own: manage.py with fixed arguments.
    completed = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if completed.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{completed.stderr}")
    return time.perf_counter() - started, completed.stdout.strip()


class SQLite:
    name = "SQLite"

    def __init__(self, folder):
        self.file = folder / "bench.sqlite3"
        self.template = folder / "bench-migrated.sqlite3"
        self.url = f"sqlite:///{self.file}"

    def prepare(self):
        manage(f"sqlite:///{self.template}", "migrate", "--noinput")

    def fresh(self):
        shutil.copyfile(self.template, self.file)
        return self.url


class PostgreSQL:
    name = "PostgreSQL"

    def __init__(self, url):
        self.url = url
        parts = urlparse(url)
        self.database = parts.path.lstrip("/")
        self.template = f"{self.database}_migrated"
        self.connection = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
        self.connection += ["-U", parts.username or "postgres"]
        own_database(self.database)

    def run(self, tool, *args):
        # createdb/dropdb with the host, port and user taken apart from --postgres.
        subprocess.run([tool, *self.connection, *args], check=True, capture_output=True)  # noqa: S603

    def prepare(self):
        self.run("dropdb", "--if-exists", self.template)
        self.run("createdb", self.template)
        manage(self.url.rsplit("/", 1)[0] + f"/{self.template}", "migrate", "--noinput")

    def fresh(self):
        self.run("dropdb", "--if-exists", self.database)
        self.run("createdb", "-T", self.template, self.database)
        return self.url


def bench(engine, sizes, update_index):
    engine.prepare()
    results = []
    for opportunities in sizes:
        url = engine.fresh()
        clubs = clubs_for(opportunities)
        result = {"database": engine.name, "clubs": clubs, "opportunities": opportunities}
        result["load_before"] = load_average()
        seconds, output = manage(
            url, "seed_demo", "--clubs", str(clubs), "--opportunities", str(opportunities)
        )
        result.update(seconds=round(seconds, 1), summary=output.splitlines()[-1])
        print(
            f"{engine.name:<10} {clubs:>6} clubs {opportunities:>8} opportunities  {seconds:7.1f} s"
        )
        print(f"{'':<10} {result['summary']}")
        if update_index:
            seconds, _output = manage(url, "update_index")
            result["update_index_seconds"] = round(seconds, 1)
            print(f"{'':<10} manage.py update_index over the same data: {seconds:.1f} s")
        result["load_after"] = load_average()
        print(f"{'':<10} load average {result['load_before']} before, {result['load_after']} after")
        results.append(result)
    return results


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument(
        "--postgres", metavar="DATABASE_URL", help="also run on this PostgreSQL database"
    )
    parser.add_argument("--no-sqlite", action="store_true", help="skip SQLite")
    parser.add_argument("--update-index", action="store_true", help="also time a full update_index")
    parser.add_argument("--json", type=Path, help="result file (default bench/results/...)")
    options = parser.parse_args()

    # A folder of this run's own: two people benchmarking at once share no file.
    folder = Path(tempfile.mkdtemp(prefix="ehrenamt-seed-bench-"))
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    engines = [] if options.no_sqlite else [SQLite(folder)]
    if options.postgres:
        engines.append(PostgreSQL(options.postgres))
    facts = run_facts()
    try:
        results = [
            row for engine in engines for row in bench(engine, options.sizes, options.update_index)
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    payload = {"benchmark": "seed_demo", **facts, "load_average_end": load_average()}
    write_json(options.json or default_json_path("seed"), {**payload, "results": results})


if __name__ == "__main__":
    main()
