"""Load test: every page as a static file, uncached, page-cached and micro-cached, side by side.

    python bench/load_test.py --database bench_load --seed --clubs 500 --opportunities 10000
    python bench/load_test.py --database bench_load --redis-url redis://127.0.0.1:6379/5

--seed drops and creates the PostgreSQL database named by --database, migrates it and seeds it
with seed_demo; without --seed the data already there is measured. For each page and each number
of connections (--connections, default 1 and 16) one row measures, for --duration seconds each:
  static        nginx serving the page's HTML, saved as a file: the physical limit
  uncached      gunicorn (--workers, production settings), PAGE_CACHE_SECONDS=0
  cached        gunicorn with the portal's page cache (Redis with --redis-url, else a file cache)
  microcached   nginx with the micro-cache of docs/deploy.md in front of the cached gunicorn
with the machine's load average before and after the row. Then the uncached opportunity page one
request at a time: p50/p95 of the server time gunicorn logs. Results go to --json (default
bench/results/load-<UTC time>.json, ignored by git) and are printed as a Markdown table.

Needs wrk and nginx (apt-get install wrk nginx). Binds only 127.0.0.1 on the ports given by the
--*-port options and starts nginx with a configuration in a temporary folder: no system service
is touched. The page cache in Redis is not emptied: give the test a Redis database of its own.
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from runinfo import (
    DEFAULT_POSTGRES_ADMIN,
    ROOT,
    database_url,
    default_json_path,
    describe,
    load_average,
    own_database,
    recreate_database,
    run_facts,
    write_json,
)

PYTHON = sys.executable
# The opportunity page's address depends on the data; it is looked up after seeding.
PAGES = {
    "home": "/",
    "landing": "/orte/bensheim/",
    "search text": "/suche/?q=Kinder",
    "category filter": "/suche/?category=soziales",
    "API text": "/api/v1/opportunities/?q=Kinder",
    "opportunity": None,
}
SETUPS = ("static", "uncached", "cached", "microcached")
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.3f %.3f\\n", summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
"""
# The micro-cache server is the location block of docs/deploy.md without TLS.
NGINX_CONF = """
worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    proxy_cache_path {tmp}/cache levels=1:2 keys_zone=ehrenamt:20m max_size=1g inactive=10m;
    upstream ehrenamt_app {{ server 127.0.0.1:{cached_port}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{static_port};
        root {tmp}/html;
        default_type text/html;
    }}
    server {{
        listen 127.0.0.1:{microcached_port};
        location / {{
            proxy_pass http://ehrenamt_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
            proxy_cache ehrenamt;
            proxy_cache_key $scheme$host$request_uri;
            proxy_cache_use_stale updating error timeout http_502 http_503;
            proxy_cache_background_update on;
            proxy_cache_bypass $cookie_sessionid $cookie_messages;
            proxy_no_cache $cookie_sessionid $cookie_messages;
            add_header X-Micro-Cache $upstream_cache_status always;
        }}
    }}
}}
"""
# gunicorn's access log line for the one-at-a-time run: the path, then microseconds.
ACCESS_LOG_FORMAT = "%(U)s %(D)s"


def parse_arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    data = parser.add_argument_group("data")
    data.add_argument("--database", default="bench_load", help="PostgreSQL database name")
    data.add_argument(
        "--postgres-admin",
        default=DEFAULT_POSTGRES_ADMIN,
        help="PostgreSQL server URL without a database (default: $BENCH_POSTGRES or %(default)s)",
    )
    data.add_argument("--redis-url", default="", help="page cache in Redis (default: files)")
    data.add_argument("--seed", action="store_true", help="drop, create, migrate and seed")
    data.add_argument("--clubs", type=int, default=500, help="clubs to seed")
    data.add_argument("--opportunities", type=int, default=10_000, help="roles to seed")
    load = parser.add_argument_group("load")
    load.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    load.add_argument("--connections", type=int, nargs="+", default=[1, 16])
    load.add_argument("--single-duration", type=int, default=10, help="one-at-a-time seconds")
    load.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per row")
    load.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    load.add_argument("--wrk-threads", type=int, default=2, help="at most one per connection")
    load.add_argument("--pages", nargs="+", choices=list(PAGES), default=list(PAGES))
    ports = parser.add_argument_group("ports (127.0.0.1)")
    ports.add_argument("--uncached-port", type=int, default=8611, help="gunicorn, no page cache")
    ports.add_argument("--cached-port", type=int, default=8612, help="gunicorn with page cache")
    ports.add_argument("--static-port", type=int, default=8613, help="nginx, static files")
    ports.add_argument("--microcached-port", type=int, default=8614, help="nginx micro-cache")
    parser.add_argument("--json", type=Path, help="result file (default bench/results/...)")
    args = parser.parse_args()
    own_database(args.database)
    args.database_url = database_url(args.postgres_admin, args.database)
    args.json = args.json or default_json_path("load")
    return args


def check_ports_free(args):
    """Fails before anything starts when a port is taken, naming the option to change."""
    for setup in ("uncached", "cached", "static", "microcached"):
        port = getattr(args, f"{setup}_port")
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                raise SystemExit(
                    f"Port {port} is in use: choose another with --{setup}-port."
                ) from None


def check_tools():
    missing = [tool for tool in ("wrk", "nginx") if not find_tool(tool)]
    if missing:
        raise SystemExit(f"Missing {' and '.join(missing)}: apt-get install -y wrk nginx")


def find_tool(name):
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")


def environment(args, cached):
    # Both servers keep the portal's other caches (fragments, rate limits) as in production:
    # "uncached" means without the whole-page cache only.
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="ehrenamt.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=args.database_url,
        STATIC_ROOT=str(args.tmp / "static"),
        CACHE_DIR=str(args.tmp / f"cache-{int(cached)}"),
        PAGE_CACHE_SECONDS="300" if cached else "0",
        LOG_LEVEL="WARNING",
        TRUSTED_PROXIES="",
        ELASTICSEARCH_URL="",
        REDIS_URL=args.redis_url,
    )


def manage(args, *command, settings_module="ehrenamt.settings.production", capture=False):
    env = dict(environment(args, False), DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(  # noqa: S603 (manage.py with this script's own arguments)
        [PYTHON, "manage.py", *command],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    ).stdout


def seed(args):
    recreate_database(args.postgres_admin, args.database)
    manage(args, "migrate", "--noinput", "-v0")
    # The demo app is installed only in the development and test settings.
    manage(
        args,
        "seed_demo",
        "--clubs",
        str(args.clubs),
        "--opportunities",
        str(args.opportunities),
        settings_module="ehrenamt.settings.dev",
    )
    # What autovacuum does soon after a bulk load: statistics for the planner.
    subprocess.run(["psql", args.database_url, "-q", "-c", "VACUUM ANALYZE"], check=True)  # noqa: S603, S607


def opportunity_path(args):
    """A current role from the middle of the data, so neither the first nor the last written."""
    code = (
        "from ehrenamt.opportunities.models import OpportunityPage as O\n"
        "pks = list(O.objects.current().order_by('pk').values_list('pk', flat=True))\n"
        "print('PATH', O.objects.get(pk=pks[len(pks) // 2]).url)\n"
    )
    output = manage(args, "shell", "-c", code, capture=True)
    return re.search(r"^PATH (\S+)$", output, re.MULTILINE).group(1)


def start_gunicorn(args, port, cached):
    command = [PYTHON, "-m", "gunicorn", "ehrenamt.wsgi", "--workers", str(args.workers)]
    command += ["--bind", f"127.0.0.1:{port}"]
    if not cached:
        command += ["--access-logfile", str(args.access_log)]
        command += ["--access-logformat", ACCESS_LOG_FORMAT]
    process = subprocess.Popen(command, cwd=ROOT, env=environment(args, cached))  # noqa: S603
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"gunicorn did not start on port {port}")


def fetch(url):
    """The body and headers of a page, as a visitor behind the TLS proxy gets it."""
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read(), response.headers


def start_nginx(args):
    (args.tmp / "nginx.conf").write_text(
        NGINX_CONF.format(
            tmp=args.tmp,
            cached_port=args.cached_port,
            static_port=args.static_port,
            microcached_port=args.microcached_port,
        )
    )
    subprocess.run(nginx_command(args), check=True)  # noqa: S603


def stop_nginx(args):
    if (args.tmp / "nginx.pid").exists():
        subprocess.run([*nginx_command(args), "-s", "quit"], check=False)  # noqa: S603


def nginx_command(args):
    # -e: nginx would otherwise open the system's error log before reading this configuration.
    tmp = args.tmp
    return [
        find_tool("nginx"),
        "-c",
        str(tmp / "nginx.conf"),
        "-p",
        str(tmp),
        "-e",
        str(tmp / "error.log"),
    ]


def wrk(args, url, connections, duration):
    script = args.tmp / "report.lua"
    script.write_text(WRK_REPORT)
    result = subprocess.run(  # noqa: S603
        [  # noqa: S607
            "wrk",
            "-t",
            str(min(connections, args.wrk_threads)),
            "-c",
            str(connections),
            "-d",
            f"{duration}s",
            "-s",
            str(script),
            # Queued requests are slow, not failed: count only what the server got wrong.
            "--timeout",
            "30s",
            "-H",
            "X-Forwarded-Proto: https",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    match = re.search(r"RESULT (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)", result.stdout)
    requests, errors, micros, p50, p95 = match.groups()
    return {
        "rps": round(int(requests) / (int(micros) / 1e6), 1),
        "p50_ms": float(p50),
        "p95_ms": float(p95),
        "errors": int(errors),
        "requests": int(requests),
    }


def setup_urls(args, name, path):
    return {
        "static": f"http://127.0.0.1:{args.static_port}/{file_name(name)}",
        "uncached": f"http://127.0.0.1:{args.uncached_port}{path}",
        "cached": f"http://127.0.0.1:{args.cached_port}{path}",
        "microcached": f"http://127.0.0.1:{args.microcached_port}{path}",
    }


def file_name(name):
    return name.replace(" ", "-") + ".html"


def save_static_pages(args, pages):
    """The pages as the uncached server renders them, for nginx to serve as plain files."""
    folder = args.tmp / "html"
    folder.mkdir()
    for name, path in pages.items():
        body, _headers = fetch(f"http://127.0.0.1:{args.uncached_port}{path}")
        (folder / file_name(name)).write_bytes(body)


def warm_up(args, urls):
    """Every worker renders the page once uncached; the page cache and the micro-cache fill.

    Returns what each cache answered on the last visit and the size of the page.
    """
    wrk(args, urls["uncached"], args.workers, args.warmup)
    status = {}
    for setup, header in (("cached", "X-Page-Cache"), ("microcached", "X-Micro-Cache")):
        # nginx stores a page from the second response on, once the page cache holds it.
        for _visit in range(3):
            body, headers = fetch(urls[setup])
        status[setup] = headers.get(header)
    status["bytes"] = len(body)
    return status


def measure_row(args, name, path, connections):
    urls = setup_urls(args, name, path)
    cache_status = warm_up(args, urls)
    row = {"page": name, "path": path, "connections": connections, "load_before": load_average()}
    row["setups"] = {setup: wrk(args, urls[setup], connections, args.duration) for setup in SETUPS}
    row["load_after"] = load_average()
    row["cache_status"] = cache_status
    print(row_line(row), flush=True)
    return row


def one_at_a_time(args, path):
    """The uncached page one request at a time: server time from gunicorn's access log."""
    start = args.access_log.stat().st_size
    client = wrk(args, f"http://127.0.0.1:{args.uncached_port}{path}", 1, args.single_duration)
    with args.access_log.open() as log:
        log.seek(start)
        micros = [int(line.split()[1]) for line in log if line.split()[0] == path]
    quantiles = statistics.quantiles(micros, n=100, method="inclusive")
    return {
        "path": path,
        "requests": len(micros),
        "server_p50_ms": round(statistics.median(micros) / 1000, 1),
        "server_p95_ms": round(quantiles[94] / 1000, 1),
        "client": client,
    }


def milliseconds(value):
    # Files from nginx take microseconds: two decimals keep them from reading as zero.
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def row_line(row):
    setups = row["setups"]
    static = setups["static"]["rps"]
    rates = " | ".join(f"{setups[setup]['rps']:,.0f}" for setup in SETUPS)
    p95 = " / ".join(milliseconds(setups[setup]["p95_ms"]) for setup in SETUPS)
    errors = sum(setups[setup]["errors"] for setup in SETUPS)
    share = setups["microcached"]["rps"] / static if static else 0
    return (
        f"| {row['page']} | {row['connections']} | {rates} | {share:.0%} | {p95} | {errors} "
        f"| {row['load_before'][0]:.2f} → {row['load_after'][0]:.2f} |"
    )


def print_table(result):
    options = result["options"]
    print(
        f"\n{describe(result)}; {result['listings']:,} listings, {options['workers']} gunicorn "
        f"workers, {options['duration']} s per cell\n"
    )
    print(
        "| page | conns | static rps | uncached rps | cached rps | micro-cached rps "
        "| micro / static | p95 ms static / uncached / cached / micro | errors | load 1 min before → after |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|---:|---|")
    for row in result["rows"]:
        print(row_line(row))
    single = result["one_at_a_time"]
    print(
        f"\nUncached opportunity page one request at a time ({single['requests']} requests): "
        f"server time p50 {single['server_p50_ms']} ms, p95 {single['server_p95_ms']} ms; "
        f"at the client p95 {single['client']['p95_ms']:.1f} ms."
    )


def count_listings(args):
    code = "from search.models import SearchEntry\nprint('COUNT', SearchEntry.objects.count())\n"
    output = manage(args, "shell", "-c", code, capture=True)
    return int(re.search(r"^COUNT (\d+)$", output, re.MULTILINE).group(1))


def options_for_record(args):
    """The options as run, without server URLs (they may hold passwords)."""
    hidden = {"tmp", "access_log", "json", "database_url", "postgres_admin", "redis_url"}
    options = {key: value for key, value in vars(args).items() if key not in hidden}
    options["page_cache"] = "redis" if args.redis_url else "files"
    return options


def run(args, pages):
    servers = [
        start_gunicorn(args, args.uncached_port, cached=False),
        start_gunicorn(args, args.cached_port, cached=True),
    ]
    try:
        save_static_pages(args, pages)
        start_nginx(args)
        rows = [
            measure_row(args, name, path, connections)
            for name, path in pages.items()
            for connections in args.connections
        ]
        single = one_at_a_time(args, pages.get("opportunity") or opportunity_path(args))
    finally:
        stop_nginx(args)
        for process in servers:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    return rows, single


def main():
    args = parse_arguments()
    check_tools()
    check_ports_free(args)
    facts = run_facts()
    args.tmp = Path(tempfile.mkdtemp(prefix="ehrenamt-load-"))
    # nginx's workers run unprivileged: they must read the static pages and write the cache.
    args.tmp.chmod(0o755)
    args.access_log = args.tmp / "uncached-access.log"
    try:
        if args.seed:
            seed(args)
        manage(args, "collectstatic", "--noinput", "-v0")
        pages = {name: PAGES[name] for name in args.pages}
        if "opportunity" in pages:
            pages["opportunity"] = opportunity_path(args)
        print(f"Pages: {pages}", flush=True)
        rows, single = run(args, pages)
        result = {
            "benchmark": "load_test",
            **facts,
            "load_average_end": load_average(),
            "listings": count_listings(args),
            "options": options_for_record(args),
            "pages": pages,
            "rows": rows,
            "one_at_a_time": single,
        }
        write_json(args.json, result)
        print_table(result)
    finally:
        shutil.rmtree(args.tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
