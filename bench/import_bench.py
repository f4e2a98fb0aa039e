"""Import benchmark: time and memory to import a large partner CSV, and duplicates found.

Usage: python bench/import_bench.py [--rows 50000] [--database sqlite|postgres]
           [--postgres-db bench_import] [--postgres-admin postgres://postgres@127.0.0.1:5432]
           [--json bench/results/import-<UTC time>.json]

Generates a CSV in the agency exchange shape (Latin-1, semicolons) with a known number of
duplicates and broken rows into a temporary folder (never committed), imports it into a throwaway
database (a temporary SQLite file or the PostgreSQL database --postgres-db, dropped and created
again) and prints seconds, CPU seconds, the process's peak resident memory and the import
report's counts, with the date, the commit and the load average before and after; the same goes
to --json.

Figures are in bench/README.md ("Partner import"): 50,000 rows on PostgreSQL in 48.9 s (parse
3.3 s, write 45.6 s), peak RSS 300 MiB, 750 of 750 duplicates found.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from runinfo import (
    DEFAULT_POSTGRES_ADMIN,
    ROOT,
    default_json_path,
    json_printed_by,
    load_average,
    own_database,
    recreate_database,
    run_facts,
    write_json,
)

PLACES = [("68159", "Mannheim"), ("69117", "Heidelberg"), ("69469", "Weinheim"), ("", "Speyer")]
CATEGORIES = ["Soziales", "Sport", "Kultur und Musik", "Umwelt", "Jugendarbeit", "Pflege"]
HEADER = "ID;Organisation;Titel;Beschreibung;Adresse;PLZ;Ort;Kategorie;Kontakt;E-Mail;Telefon;Beginn;Ende"


def write_csv(path, rows, duplicate_every=50, broken_every=200):
    """Every 50th row repeats an earlier role under a new id; every 200th row is broken."""
    duplicates = broken = 0
    with open(path, "w", encoding="latin-1", newline="") as handle:
        handle.write(HEADER + "\r\n")
        for number in range(1, rows + 1):
            if number % broken_every == 0:
                handle.write(f"b{number};Verein;Kaputte Zeile\r\n")
                broken += 1
                continue
            role = number - 1 if number % duplicate_every == 0 else number
            duplicates += role != number
            postcode, town = PLACES[role % len(PLACES)]
            handle.write(
                f"r{number};Förderverein Nummer {role % 997};Ehrenamtliche Hilfe Nr. {role};"
                f"Wir suchen Unterstützung für Aufgabe {role}.;Hauptstraße {role % 90 + 1};"
                f"{postcode};{town};{CATEGORIES[role % len(CATEGORIES)]};Kim Berg;"
                f"kontakt{role % 997}@verein.example;06201 {role:06d};;\r\n"
            )
    return {"duplicates": duplicates, "broken": broken}


def run_import(csv_path, write_limit):
    """Runs inside Django against the freshly migrated database."""
    import django

    django.setup()
    from ehrenamt.crosslisting.importers import CsvImporter, Rejection
    from ehrenamt.crosslisting.models import FeedSource
    from ehrenamt.regions.models import State
    from home.site_tree import ensure_site_tree

    ensure_site_tree()
    source = FeedSource.objects.create(
        name="Bench",
        state=State.objects.get(code="BW"),
        format="csv",
        url="http://127.0.0.1/unused",
        contact_email="bench@example.org",
        licence="CC0",
        attribution="Bench",
    )
    payload = Path(csv_path).read_bytes()

    started = time.perf_counter()
    entries = list(CsvImporter().read(lambda url=None: payload))
    parse_seconds = time.perf_counter() - started
    parse_rss = peak_rss_mib()

    from ehrenamt.crosslisting.mapping import Matcher
    from ehrenamt.crosslisting.sync import ImportReport, Sync

    report = ImportReport(source.name)
    report.rejected = [entry for entry in entries if isinstance(entry, Rejection)]
    started = time.perf_counter()
    started_cpu = time.process_time()
    from django.db import transaction

    with transaction.atomic():
        good = [entry for entry in entries if not isinstance(entry, Rejection)]
        Sync(source, report, Matcher()).run(good[:write_limit], report.rejected)
    write_seconds = time.perf_counter() - started
    write_cpu_seconds = time.process_time() - started_cpu
    return {
        "bytes": len(payload),
        "parse_seconds": round(parse_seconds, 1),
        "peak_rss_after_parse_mib": parse_rss,
        "write_seconds": round(write_seconds, 1),
        # This process's own CPU time: on a busy machine wall time also counts other processes.
        "write_cpu_seconds": round(write_cpu_seconds, 1),
        "peak_rss_mib": peak_rss_mib(),
        "written_records": min(write_limit, len(entries) - len(report.rejected)),
        "created": report.created,
        "duplicates_detected": report.duplicates,
        "rejected": len(report.rejected),
    }


def peak_rss_mib():
    """The process's peak resident memory: Django, the interpreter and every row it held.

    (tracemalloc is not used: it made the import three times slower than it is.)"""
    # ru_maxrss is in KiB on Linux.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10, 1)


def database_url(args, folder):
    if args.database == "sqlite":
        return f"sqlite:///{folder}/bench.sqlite3"
    return recreate_database(args.postgres_admin, args.postgres_db)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument(
        "--write-limit",
        type=int,
        default=10**9,
        help="write only the first N good records",
    )
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--postgres-db", default="bench_import", help="PostgreSQL database, dropped and created"
    )
    parser.add_argument(
        "--postgres-admin",
        default=DEFAULT_POSTGRES_ADMIN,
        help="PostgreSQL server URL without a database (default: $BENCH_POSTGRES or %(default)s)",
    )
    parser.add_argument("--json", type=Path, help="result file (default bench/results/...)")
    args = parser.parse_args()
    own_database(args.postgres_db)
    facts = run_facts()
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "feed.csv"
        known = write_csv(csv_path, args.rows)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "ehrenamt.settings.dev",
            "DATABASE_URL": database_url(args, folder),
        }
        python = sys.executable
        subprocess.run(  # noqa: S603
            [python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
        )
        started = time.perf_counter()
        figures = json_printed_by(
            [python, __file__, "--inside", str(csv_path), str(args.write_limit)], env
        )
        figures.update(
            rows=args.rows,
            database=args.database,
            known_duplicates=known["duplicates"],
            known_broken=known["broken"],
            total_seconds=round(time.perf_counter() - started, 1),
        )
    result = {"benchmark": "import_bench", **facts, "load_average_end": load_average(), **figures}
    print(json.dumps(result, indent=2))
    write_json(args.json or default_json_path("import"), result)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--inside":
        sys.path.insert(0, str(ROOT))
        print(json.dumps(run_import(sys.argv[2], int(sys.argv[3]))))
    else:
        main()
