"""Times `manage.py seed_demo` on a fresh database: 1,000 and 100,000 opportunities.

    .venv/bin/python bench/seed_demo.py                      # SQLite in /tmp/bench.sqlite3
    .venv/bin/python bench/seed_demo.py --postgres postgres://postgres@127.0.0.1:5432/bench_seed
    .venv/bin/python bench/seed_demo.py --sizes 1000 --update-index

Each size gets a database of its own, copied from one that was migrated once. PostgreSQL databases
are dropped and created with createdb/dropdb, so never point --postgres at a database you need.
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

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TMP = Path(tempfile.gettempdir())
SQLITE_FILE = TMP / "bench.sqlite3"
SQLITE_TEMPLATE = TMP / "bench-migrated.sqlite3"


def clubs_for(opportunities):
    """About five listings per club, as in a real directory, between 120 and 2,000 clubs."""
    return min(2000, max(120, opportunities // 5))


def manage(database_url, *args):
    env = {**os.environ, "DATABASE_URL": database_url, "MEDIA_ROOT": str(TMP / "bench-media")}
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
    url = f"sqlite:///{SQLITE_FILE}"

    def prepare(self):
        SQLITE_TEMPLATE.unlink(missing_ok=True)
        manage(f"sqlite:///{SQLITE_TEMPLATE}", "migrate", "--noinput")

    def fresh(self):
        shutil.copyfile(SQLITE_TEMPLATE, SQLITE_FILE)
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
        if self.database in {"test", "postgres"}:
            sys.exit("Choose a database of its own for the benchmark, not 'test' or 'postgres'.")

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
    for opportunities in sizes:
        url = engine.fresh()
        clubs = clubs_for(opportunities)
        seconds, output = manage(
            url, "seed_demo", "--clubs", str(clubs), "--opportunities", str(opportunities)
        )
        print(
            f"{engine.name:<10} {clubs:>6} clubs {opportunities:>8} opportunities  {seconds:7.1f} s"
        )
        print(f"{'':<10} {output.splitlines()[-1]}")
        if update_index:
            seconds, _output = manage(url, "update_index")
            print(f"{'':<10} manage.py update_index over the same data: {seconds:.1f} s")


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
    options = parser.parse_args()

    engines = [] if options.no_sqlite else [SQLite()]
    if options.postgres:
        engines.append(PostgreSQL(options.postgres))
    for engine in engines:
        bench(engine, options.sizes, options.update_index)


if __name__ == "__main__":
    main()
