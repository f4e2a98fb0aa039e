"""Load test: gunicorn (2 workers, PostgreSQL) driven by wrk, against nginx serving the same HTML.

    createdb -h 127.0.0.1 -U postgres bench_load
    python bench/load_test.py --seed            # migrate + seed_demo 500 clubs / 10,000 roles
    python bench/load_test.py --duration 60 --connections 50

Per page it measures, each for --duration seconds with --connections connections:
  uncached   gunicorn, PAGE_CACHE_SECONDS=0
  cached     gunicorn, whole-page cache (Redis when --redis-url, else the file cache)
  microcache nginx with the micro-cache of docs/deploy.md in front of the cached gunicorn
  static     nginx serving the page's HTML as a file: the physical limit
and one connection at a time for the uncached opportunity page (server time p95).
Prints a Markdown table: rps, p50, p95 (ms), errors, and the ratio to the static rate.
Needs wrk and nginx (apt-get install wrk nginx); touches no system service.
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.3f %.3f\\n", summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
"""
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
    upstream ehrenamt_app {{ server 127.0.0.1:{app_port}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{static_port};
        root {tmp}/html;
        default_type text/html;
    }}
    server {{
        listen 127.0.0.1:{cache_port};
        location / {{
            proxy_pass http://ehrenamt_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto https;
            proxy_cache ehrenamt;
            proxy_cache_key $scheme$host$request_uri;
            proxy_cache_use_stale updating;
            proxy_cache_background_update on;
            proxy_cache_bypass $cookie_sessionid $cookie_messages;
            proxy_no_cache $cookie_sessionid $cookie_messages;
        }}
    }}
}}
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(args, cached):
    env = dict(
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
    )
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    return env


def manage(args, *command, settings_module="ehrenamt.settings.production"):
    env = dict(environment(args, False), DJANGO_SETTINGS_MODULE=settings_module)
    subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603


def start_gunicorn(args, port, cached):
    process = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "-m",
            "gunicorn",
            "ehrenamt.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=environment(args, cached),
    )
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def fetch(url):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read()


def wrk(args, url, connections, duration):
    script = args.tmp / "report.lua"
    script.write_text(WRK_REPORT)
    threads = str(min(connections, 4))
    result = subprocess.run(  # noqa: S603
        [  # noqa: S607
            "wrk",
            "-t",
            threads,
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
        "rps": int(requests) / (int(micros) / 1e6),
        "p50": float(p50),
        "p95": float(p95),
        "errors": int(errors),
    }


def sample_pages(args):
    code = (
        "from ehrenamt.opportunities.models import OpportunityPage as O;"
        "o = O.objects.current().order_by('pk')[len(O.objects.current().values_list('pk')) // 2];"
        "print(o.url); print(o.get_parent().url)"
    )
    out = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment(args, False),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        "home": "/",
        "search": "/suche/?category=soziales",
        "opportunity": out[-2],
        "club": out[-1],
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/bench_load")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    args.tmp = Path(tempfile.mkdtemp(prefix="ehrenamt-load-"))
    # nginx's workers run unprivileged: they must read the static pages and write the cache.
    args.tmp.chmod(0o755)
    if args.seed:
        manage(args, "migrate", "--noinput")
        # The demo app is installed only in development and test settings.
        manage(
            args,
            "seed_demo",
            "--clubs",
            "500",
            "--opportunities",
            "10000",
            settings_module="ehrenamt.settings.dev",
        )
    manage(args, "collectstatic", "--noinput", "-v0")
    pages = sample_pages(args)
    ports = {
        "uncached": free_port(),
        "cached": free_port(),
        "static": free_port(),
        "micro": free_port(),
    }
    uncached = start_gunicorn(args, ports["uncached"], cached=False)
    cached = start_gunicorn(args, ports["cached"], cached=True)
    (args.tmp / "html").mkdir()
    for name, path in pages.items():
        (args.tmp / "html" / f"{name}.html").write_bytes(
            fetch(f"http://127.0.0.1:{ports['uncached']}{path}")
        )
    conf = args.tmp / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(
            tmp=args.tmp,
            app_port=ports["cached"],
            static_port=ports["static"],
            cache_port=ports["micro"],
        )
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    subprocess.run([nginx, "-c", str(conf), "-p", str(args.tmp)], check=True)  # noqa: S603
    rows = []
    try:
        single = wrk(args, f"http://127.0.0.1:{ports['uncached']}{pages['opportunity']}", 1, 10)
        print(
            f"uncached opportunity page, one connection: p50 {single['p50']:.1f} ms, p95 {single['p95']:.1f} ms"
        )
        for name, path in pages.items():
            static = wrk(
                args,
                f"http://127.0.0.1:{ports['static']}/{name}.html",
                args.connections,
                args.duration,
            )
            for label, port in (
                ("uncached", ports["uncached"]),
                ("cached", ports["cached"]),
                ("microcache", ports["micro"]),
            ):
                figures = wrk(
                    args, f"http://127.0.0.1:{port}{path}", args.connections, args.duration
                )
                rows.append((name, label, figures, figures["rps"] / static["rps"]))
            rows.append((name, "static", static, 1.0))
    finally:
        subprocess.run([nginx, "-c", str(conf), "-p", str(args.tmp), "-s", "quit"], check=False)  # noqa: S603
        for process in (uncached, cached):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    print(f"\n{args.connections} connections, {args.duration} s each\n")
    print("| page | setup | rps | p50 ms | p95 ms | errors | of static |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, label, f, ratio in rows:
        print(
            f"| {name} | {label} | {f['rps']:.0f} | {f['p50']:.1f} | {f['p95']:.1f} | {f['errors']} | {ratio:.1%} |"
        )
    shutil.rmtree(args.tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
