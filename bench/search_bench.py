"""Search benchmark: p50/p95 server time and SQL queries per request of the database engine.

Usage: python bench/search_bench.py [--sizes 10000 100000] [--databases sqlite postgres]
       [--postgres-db bench_search]  (or BENCH_POSTGRES_DB; a name of your own on a shared server)
       [--postgres-admin postgres://postgres@127.0.0.1:5432]  (or BENCH_POSTGRES)
       [--json bench/results/search-<UTC time>.json]
       python bench/search_bench.py --databases postgres --postgres-db bench_100k --reuse
           (measures a PostgreSQL database seeded before, e.g. by alerts_bench.py; nothing dropped)

Each database is a throwaway one (a temporary SQLite file, a PostgreSQL database `bench_search`
that is dropped and created again); the `test` database and db.sqlite3 are never touched.
The data grows from one size to the next, so 100,000 reuses the first 10,000. The table is
printed with the date, the commit and the load average before and after each size; the same
figures go to --json.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from runinfo import (
    DEFAULT_POSTGRES_ADMIN,
    ROOT,
    database_url,
    default_json_path,
    describe,
    json_printed_by,
    load_average,
    own_database,
    recreate_database,
    run_facts,
    write_json,
)

DEFAULT_POSTGRES_DB = os.environ.get("BENCH_POSTGRES_DB", "bench_search")
OPPORTUNITIES_PER_CLUB = 20
WORDS = ["Kinder", "Sommerfest", "Fotos", "Vorlesen", "Garten", "Training", "Kuchen"]
QUERY_KINDS = {
    "text": lambda word: {"q": word},
    "text + 3 filters": lambda word: {
        "q": word,
        "state": "he",
        "category": ["sport", "soziales", "kinder-jugend"],
        "commitment": "regular",
    },
    "radius": lambda word: {"near": "64625", "radius": "25", "sort": "distance"},
    "place name, no words": lambda word: {"near": "Heppenheim", "radius": "25"},
    "new filters": lambda word: {
        "accessibility": "step_free",
        "age": "30",
        "weekday": ["sat", "sun"],
        "daytime": "evening",
    },
    "text + new filters": lambda word: {
        "q": word,
        "accessibility": ["step_free", "accessible_wc"],
        "weekday": ["mon", "tue", "wed"],
    },
    "misspelt word": lambda word: {"q": word[:-1] + "x" + word[-1]},
    "empty, all facets": lambda word: {},
}


def measure(repeat):
    """Runs inside Django: times each query kind through the API view."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    report = {}
    for kind, build in QUERY_KINDS.items():
        timings, queries, count = [], set(), None
        for number in range(repeat + 2):
            params = build(WORDS[number % len(WORDS)])
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/api/v1/opportunities/", params)
                elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise SystemExit(f"{kind} {params}: HTTP {response.status_code}")
            count = response.json()["count"]
            if number >= 2:  # the first two warm the caches
                timings.append(elapsed * 1000)
                queries.add(len(captured.captured_queries))
        timings.sort()
        report[kind] = {
            "p50": statistics.median(timings),
            "p95": timings[int(0.95 * (len(timings) - 1))],
            "queries": sorted(queries),
            "last_count": count,
        }
    from search.models import SearchEntry

    return {"listings": SearchEntry.objects.count(), "kinds": report}


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def run_one(env, size, repeat, reuse=False):
    if not reuse:
        seed(env, size)
    return json_printed_by([sys.executable, __file__, "--measure", "--repeat", str(repeat)], env)


def seed(env, size):
    manage(
        env,
        "seed_demo",
        "--clubs",
        str(max(1, size // OPPORTUNITIES_PER_CLUB)),
        "--opportunities",
        str(size),
    )
    if env["DATABASE_URL"].startswith("postgres"):
        # What autovacuum does soon after a bulk load in production: statistics for the planner
        # and the visibility map that lets counting read the covering index alone.
        subprocess.run(["psql", env["DATABASE_URL"], "-q", "-c", "VACUUM ANALYZE"], check=True)  # noqa: S603, S607


def database_env(database, workdir, args):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="ehrenamt.settings.test", ELASTICSEARCH_URL="")
    if database == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    else:
        env["DATABASE_URL"] = recreate_database(args.postgres_admin, args.postgres_db)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "setup_portal")
    return env


def print_table(rows, facts):
    print()
    print(describe(facts))
    print("| database | opportunities | query | p50 ms | p95 ms | SQL queries | hits |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for database, size, kind, result in rows:
        queries = "/".join(str(q) for q in result["queries"])
        print(
            f"| {database} | {size:,} | {kind} | {result['p50']:.1f} | {result['p95']:.1f} "
            f"| {queries} | {result['last_count']:,} |"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--postgres-db", default=DEFAULT_POSTGRES_DB)
    parser.add_argument(
        "--postgres-admin",
        default=DEFAULT_POSTGRES_ADMIN,
        help="PostgreSQL server URL without a database (default: $BENCH_POSTGRES or %(default)s)",
    )
    parser.add_argument("--json", type=Path, help="result file (default bench/results/...)")
    parser.add_argument("--reuse", action="store_true", help="measure the data already seeded")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(args.repeat)))
        return
    own_database(args.postgres_db)
    facts = run_facts()
    if args.reuse:
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="ehrenamt.settings.test",
            ELASTICSEARCH_URL="",
            DATABASE_URL=database_url(args.postgres_admin, args.postgres_db),
        )
        runs = [measured("postgres", None, env, args.repeat)]
    else:
        runs = []
        for database in args.databases:
            with tempfile.TemporaryDirectory() as workdir:
                env = database_env(database, Path(workdir), args)
                runs.extend(
                    measured(database, size, env, args.repeat) for size in sorted(args.sizes)
                )
    rows = [
        (run["database"], run["listings"] if args.reuse else run["size"], kind, value)
        for run in runs
        for kind, value in run["kinds"].items()
    ]
    print_table(rows, facts)
    payload = {"benchmark": "search_bench", **facts, "load_average_end": load_average()}
    write_json(args.json or default_json_path("search"), {**payload, "runs": runs})


def measured(database, size, env, repeat):
    """One size of one database, with the load around it: seeded and measured, or with size None
    the data already there measured."""
    started = time.perf_counter()
    before = load_average()
    result = run_one(env, size, repeat, reuse=size is None)
    seconds = time.perf_counter() - started
    done = "measured" if size is None else "seeded and measured"
    print(f"{database} {size or result['listings']}: {done} in {seconds:.0f} s")
    return {
        "database": database,
        "size": size,
        "seconds": round(seconds, 1),
        "load_before": before,
        "load_after": load_average(),
        **result,
    }


if __name__ == "__main__":
    main()
