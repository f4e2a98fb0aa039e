"""What every bench result records about its run, and the throwaway PostgreSQL databases it uses.

A figure without its date, commit and the machine's load is not comparable with another one: the
development machine is shared, so each script stores these facts next to its measurements.
"""

import datetime
import json
import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
# The server without a database name; each script appends its own database.
DEFAULT_POSTGRES_ADMIN = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
# Databases other people and the test suite need: a bench script never drops them.
PROTECTED_DATABASES = {"postgres", "test", "template0", "template1"}


def json_printed_by(command, env):
    """Runs one of our commands in the checkout and reads the JSON it prints last.

    The scripts measure inside a child process of their own (Django set up against the bench
    database); Django's logging may print before the figures.
    """
    output = subprocess.run(  # noqa: S603 (our own scripts, fixed arguments)
        command, cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def load_average():
    """The 1, 5 and 15 minute load averages of the machine, rounded for reading."""
    return [round(value, 2) for value in os.getloadavg()]


def commit():
    """The short commit of the checkout, and whether it had uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {"commit": "unknown", "dirty": None}
    return {"commit": head, "dirty": bool(status.strip())}


def run_facts():
    """Date (UTC), commit, CPUs and load average at the start of a run."""
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        **commit(),
        "cpus": os.cpu_count(),
        "load_average": load_average(),
    }


def describe(facts):
    """One line for the top of a printed table: when, which code, how busy the machine was."""
    changes = " with local changes" if facts["dirty"] else ""
    return (
        f"{facts['date']}, commit {facts['commit']}{changes}, {facts['cpus']} CPUs, "
        f"load average {facts['load_average']} at the start, {load_average()} now"
    )


def default_json_path(name):
    """bench/results/<name>-<UTC date and time>.json: one file per run, never overwritten."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
    return RESULTS / f"{name}-{stamp}.json"


def write_json(path, payload):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"Results written to {path}")


def own_database(name):
    """The name, if it is one a bench script may drop; exits otherwise."""
    if name in PROTECTED_DATABASES or not re.fullmatch(r"[a-z_][a-z0-9_]*", name or ""):
        raise SystemExit(
            f"Choose a database name of your own (lowercase letters, digits, _), not {name!r}."
        )
    return name


def recreate_database(admin_url, name):
    """Drops and creates the database `name` on the server of `admin_url`."""
    server = f"{admin_url.rstrip('/')}/postgres"
    for statement in (
        f"DROP DATABASE IF EXISTS {own_database(name)}",
        f"CREATE DATABASE {name}",
    ):
        subprocess.run(["psql", server, "-q", "-c", statement], check=True)  # noqa: S603, S607
    return database_url(admin_url, name)


def database_url(admin_url, name):
    return f"{admin_url.rstrip('/')}/{name}"
