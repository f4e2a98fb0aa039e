"""Search alerts benchmark: sending the digests of many subscriptions (time, peak memory, mails).

Usage:
  python bench/alerts_bench.py --database i19_bench [--sizes 10000 100000] [--subscriptions 10000]
  python bench/alerts_bench.py --database i19_bench --sizes 100000 --reuse   # data already seeded
  options: --postgres-admin postgres://postgres@127.0.0.1:5432 (or BENCH_POSTGRES),
           --json bench/results/alerts-<UTC time>.json

PostgreSQL only (production's database). The database named by --database is dropped and built
again (migrate, setup_portal, seed_demo with 20 listings per club) unless --reuse is given; the
data grows from one size to the next. Each measurement runs in a fresh process: it replaces the
subscriptions with new ones (70 % weekly, 30 % daily, each last mailed one period ago, with
searches drawn like real ones: a place or a radius, one or two areas, sometimes a word or a
commitment), then times one `send_digests()` run writing to the mail outbox (delivery itself is
not part of it), and reports the process's peak resident memory. The table is printed with the
date, the commit and the load average before and after each size; the same figures go to --json.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
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

OPPORTUNITIES_PER_CLUB = 20
WORDS = ["Kinder", "Garten", "Training", "Vorlesen", "Fahrdienst", "Musik"]
PLACES = ["bensheim", "viernheim", "heppenheim", "lorsch", "lampertheim", "weinheim", "mannheim"]
POSTCODES = ["64625", "68519", "64646", "64653", "68623"]
CATEGORIES = ["sport", "soziales", "kinder-jugend", "senioren", "umwelt-naturschutz", "bildung"]


def search_for(rng):
    """A query string as people build them on /suche/ or in the finder."""
    from django.http import QueryDict

    params = QueryDict(mutable=True)
    if rng.random() < 0.5:
        params["near"] = rng.choice(POSTCODES)
        params["radius"] = str(rng.choice([5, 10, 25]))
    else:
        params["municipality"] = rng.choice(PLACES)
    params.setlist("category", sorted(rng.sample(CATEGORIES, rng.choice([1, 1, 2]))))
    if rng.random() < 0.2:
        params["q"] = rng.choice(WORDS)
    if rng.random() < 0.3:
        params["commitment"] = rng.choice(["regular", "one_off", "flexible"])
    return params


def measure(subscriptions):
    """Runs inside Django: replaces the subscriptions, then times one digest run."""
    import datetime
    import random

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.utils import timezone

    from ehrenamt.alerts.digest import send_digests
    from ehrenamt.alerts.filters import filter_params
    from ehrenamt.alerts.models import SearchSubscription
    from ehrenamt.operations.models import OutgoingMail
    from search.models import SearchEntry

    settings.DEBUG = False  # no query log growing in memory
    rng = random.Random(19)
    now = timezone.now()
    SearchSubscription.objects.all().delete()
    OutgoingMail.objects.all().delete()
    rows = []
    for number in range(subscriptions):
        weekly = rng.random() < 0.7
        since = now - datetime.timedelta(days=7 if weekly else 1)
        rows.append(
            SearchSubscription(
                email=f"person{number}@example.org",
                query=filter_params(search_for(rng)),
                frequency="weekly" if weekly else "daily",
                confirmed_at=since,
                covered_until=since,
                last_sent_at=since,
                last_opened_on=since.date(),
            )
        )
    SearchSubscription.objects.bulk_create(rows, batch_size=2000)
    distinct = SearchSubscription.objects.values("query", "covered_until").distinct().count()
    new_week = SearchEntry.objects.filter(published_at__gt=now - datetime.timedelta(days=7)).count()
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(1)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started = time.perf_counter()
        sent = send_digests(now)
        seconds = time.perf_counter() - started
    return {
        "subscriptions": subscriptions,
        "distinct_searches": distinct,
        "listings": SearchEntry.objects.count(),
        "new_in_last_week": new_week,
        "mails": sent,
        "outbox_rows": OutgoingMail.objects.count(),
        "seconds": round(seconds, 1),
        "queries": len(queries),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_before_mb": round(baseline_kb / 1024, 1),
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def psql(url, statement):
    subprocess.run(["psql", url, "-q", "-c", statement], check=True)  # noqa: S603, S607


def prepare(env, args):
    recreate_database(args.postgres_admin, args.database)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "setup_portal")


def seed(env, size):
    clubs = str(max(1, size // OPPORTUNITIES_PER_CLUB))
    manage(env, "seed_demo", "--clubs", clubs, "--opportunities", str(size))
    psql(env["DATABASE_URL"], "VACUUM ANALYZE")


def run_measure(env, subscriptions):
    return json_printed_by(
        [sys.executable, __file__, "--measure", "--subscriptions", str(subscriptions)], env
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="PostgreSQL database to (re)build")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--reuse", action="store_true", help="keep the data already seeded")
    parser.add_argument(
        "--postgres-admin",
        default=DEFAULT_POSTGRES_ADMIN,
        help="PostgreSQL server URL without a database (default: $BENCH_POSTGRES or %(default)s)",
    )
    parser.add_argument("--json", type=Path, help="result file (default bench/results/...)")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(args.subscriptions)))
        return
    if not args.database:
        parser.error("--database is required")
    own_database(args.database)
    facts = run_facts()
    print(describe(facts))

    env = dict(
        os.environ,
        # Development settings (measure() turns DEBUG's query log off); mail goes into the outbox and stays
        # there (the dummy task backend never delivers it).
        DJANGO_SETTINGS_MODULE="ehrenamt.settings.dev",
        EMAIL_BACKEND="ehrenamt.operations.outbox.OutboxBackend",
        TASKS_BACKEND="django_tasks.backends.dummy.DummyBackend",
        DATABASE_URL=database_url(args.postgres_admin, args.database),
        ELASTICSEARCH_URL="",
    )
    if not args.reuse:
        prepare(env, args)
    print(
        "| listings | subscriptions | distinct searches | new in 7 days | mails | time s | SQL "
        "| peak RSS MB | load 1 min before → after |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|", flush=True)
    results = []
    for size in sorted(args.sizes):
        before = load_average()
        if not args.reuse:
            seed(env, size)
        result = {"size": size, "load_before": before, **run_measure(env, args.subscriptions)}
        result["load_after"] = load_average()
        results.append(result)
        print(
            f"| {result['listings']:,} | {result['subscriptions']:,} | {result['distinct_searches']:,} "
            f"| {result['new_in_last_week']:,} | {result['mails']:,} | {result['seconds']} "
            f"| {result['queries']:,} | {result['peak_rss_mb']} "
            f"| {before[0]:.2f} → {result['load_after'][0]:.2f} |",
            flush=True,
        )
    payload = {"benchmark": "alerts_bench", **facts, "load_average_end": load_average()}
    write_json(args.json or default_json_path("alerts"), {**payload, "results": results})


if __name__ == "__main__":
    main()
