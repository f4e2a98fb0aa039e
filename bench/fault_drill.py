"""Fault drill: the production stack under steady traffic while its parts fail, one after another.

    .venv/bin/python bench/fault_drill.py                       # about 5 minutes
    .venv/bin/python bench/fault_drill.py --phase-seconds 20 --outage-seconds 6 --keep

Starts, in a temporary directory and on ports of its own, everything production runs: its own
PostgreSQL cluster (initdb + pg_ctl), its own redis-server, two gunicorn app servers (production
settings, two workers each) behind nginx (the micro-cache of docs/deploy.md; nginx listens on
plain http and stands for the TLS terminator, so it sends X-Forwarded-Proto https), the task
worker (`manage.py db_worker`, restarted when it exits, as systemd's Restart=always would) and an
SMTP sink in this process that records every mail and can be made to accept connections and never
answer. Nothing of the machine's own PostgreSQL, Redis or nginx is touched.

Threads drive traffic through nginx the whole time: searches (/suche/?q=...), opportunity pages,
and inquiries sent as a visitor does (the form page, its CSRF and start-time fields, the guard's
minimum fill time, the post), each from its own loopback address so that per-IP limits count
visitors, retried with the same form like a visitor who presses "send" again until it is
acknowledged. Phases of --phase-seconds each: a baseline, then the SMTP server hangs, Redis stops,
one app server is killed (SIGKILL) and started again, PostgreSQL is stopped and started again; each
fault lasts --outage-seconds. Per phase it reports the requests sent, errors (5xx, no answer), the
longest answer, the inquiries acknowledged, stored and mailed (both mails of each, counted by the
sink) and doubled, the time from the repair until both app servers' /healthz say "ok" again,
and until the last mail of the phase's inquiries arrived. Results go to --json and are printed
as a Markdown table.
"""

import argparse
import asyncio
import collections
import contextlib
import datetime
import email
import json
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.client import HTTPConnection, HTTPException
from http.cookies import SimpleCookie
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehrenamt.publicforms.guard import MINIMUM_FILL_SECONDS  # noqa: E402

PYTHON = sys.executable
PG_BIN = Path("/usr/lib/postgresql/15/bin")
FAULTS = ("baseline", "smtp_hang", "redis_down", "app_killed", "postgres_restart")
WORDS = ("Kinder", "Sommerfest", "Fotos", "Vorlesen", "Garten", "Training", "Kuchen", "Tiere")
REQUEST_TIMEOUT = 30
NGINX_CONF = """
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/nginx/body;
    proxy_temp_path {tmp}/nginx/proxy;
    fastcgi_temp_path {tmp}/nginx/fastcgi;
    uwsgi_temp_path {tmp}/nginx/uwsgi;
    scgi_temp_path {tmp}/nginx/scgi;
    proxy_cache_path {tmp}/nginx/cache levels=1:2 keys_zone=ehrenamt:20m max_size=1g inactive=10m;
    upstream ehrenamt_app {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 12m;
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
        }}
    }}
}}
"""


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


class SmtpSink:
    """A mail server in an asyncio loop of its own thread: records mails, or hangs on demand."""

    def __init__(self, port):
        self.port = port
        self.hanging = False
        self.mails = []  # (monotonic time received, envelope recipients, parsed message)
        self.lock = threading.Lock()
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.thread.start()
        if not self.ready.wait(10):
            raise SystemExit("SMTP sink did not start")

    def _run(self):
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(
            asyncio.start_server(self._session, "127.0.0.1", self.port)
        )
        self.ready.set()
        self.loop.run_forever()
        server.close()

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)

    async def _session(self, reader, writer):
        if self.hanging:
            # Accept and never say a word: the client waits until its own timeout closes it.
            await reader.read()
            writer.close()
            return
        writer.write(b"220 drill-sink ESMTP\r\n")
        recipients = []
        while line := await reader.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250 drill-sink\r\n")
            elif verb == b"MAIL":
                recipients = []
                writer.write(b"250 OK\r\n")
            elif verb == b"RCPT":
                recipients.append(line.decode().split(":", 1)[1].strip().strip("<>").lower())
                writer.write(b"250 OK\r\n")
            elif verb == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                body = []
                while (data_line := await reader.readline()) not in (b".\r\n", b""):
                    body.append(data_line[1:] if data_line.startswith(b"..") else data_line)
                with self.lock:
                    self.mails.append(
                        (time.monotonic(), recipients, email.message_from_bytes(b"".join(body)))
                    )
                writer.write(b"250 OK queued\r\n")
            elif verb in (b"RSET", b"NOOP"):
                writer.write(b"250 OK\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 Bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"502 Command not implemented\r\n")
            await writer.drain()
        writer.close()

    def received(self):
        with self.lock:
            return list(self.mails)


@dataclass
class Phase:
    name: str
    started: float = 0.0
    fault_at: float | None = None
    repaired_at: float | None = None
    ended: float = 0.0
    healthy_at: float | None = None
    health_seen: set = field(default_factory=set)


@dataclass
class Inquiry:
    phase: str
    email: str
    started: float
    attempts: int = 0
    acknowledged: bool = False
    acknowledged_at: float | None = None
    refused: str = ""


class Stack:
    """The processes of the production set-up, each on its own port in one temporary directory."""

    def __init__(self, args):
        self.args = args
        self.tmp = Path(tempfile.mkdtemp(prefix="ehrenamt-drill-"))
        # nginx's workers and PostgreSQL run unprivileged and must reach their own directories.
        self.tmp.chmod(0o755)
        self.processes = {}
        self.worker_restarts = []
        self.supervising = threading.Event()
        self.as_postgres = {"user": "postgres"} if os.geteuid() == 0 else {}
        self.database_url = (
            f"postgres://postgres@127.0.0.1:{args.pg_port}/{urllib.parse.quote(args.database)}"
        )

    def env(self, settings="ehrenamt.settings.production"):
        return dict(
            os.environ,
            DJANGO_SETTINGS_MODULE=settings,
            SECRET_KEY=self.args.secret_key,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            BASE_URL="https://127.0.0.1",
            DATABASE_URL=self.database_url,
            REDIS_URL=f"redis://127.0.0.1:{self.args.redis_port}/0",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.args.smtp_port),
            EMAIL_TIMEOUT=str(self.args.email_timeout),
            STATIC_ROOT=str(self.tmp / "static"),
            MEDIA_ROOT=str(self.tmp / "media"),
            LOG_LEVEL="WARNING",
        )

    def logfile(self, name):
        return (self.tmp / f"{name}.log").open("ab")

    def run(self, command, settings="ehrenamt.settings.production", **kwargs):
        # Fixed programs with arguments built here, never from outside input.
        return subprocess.run(  # noqa: S603
            command,
            cwd=ROOT,
            env=self.env(settings),
            check=True,
            stdout=self.logfile("setup"),
            stderr=subprocess.STDOUT,
            **kwargs,
        )

    def manage(self, *command, settings="ehrenamt.settings.production"):
        self.run([PYTHON, "manage.py", *command], settings=settings)

    def pg_ctl(self, *command):
        self.run(
            [str(PG_BIN / "pg_ctl"), "-D", str(self.tmp / "pgdata"), *command], **self.as_postgres
        )

    def start_postgres(self):
        options = f"-p {self.args.pg_port} -c listen_addresses=127.0.0.1 -k {self.tmp / 'pgsock'}"
        self.pg_ctl("-w", "-l", str(self.tmp / "pg" / "postgres.log"), "-o", options, "start")

    def stop_postgres(self):
        self.pg_ctl("-w", "-m", "fast", "stop")

    def create_database(self):
        for directory in ("pgdata", "pgsock", "pg"):
            (self.tmp / directory).mkdir(mode=0o700)
            if self.as_postgres:
                shutil.chown(self.tmp / directory, "postgres", "postgres")
        self.run(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(self.tmp / "pgdata"),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            ],
            **self.as_postgres,
        )
        self.start_postgres()
        self.run(
            [
                str(PG_BIN / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.args.pg_port),
                "-U",
                "postgres",
                self.args.database,
            ]
        )

    def spawn(self, name, command):
        self.processes[name] = subprocess.Popen(  # noqa: S603
            command,
            cwd=ROOT,
            env=self.env(),
            stdout=self.logfile(name),
            stderr=subprocess.STDOUT,
            # Its own process group: killing an app server takes its workers with it.
            start_new_session=True,
        )

    def start_redis(self):
        self.spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.args.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.tmp),
            ],
        )
        wait_for(lambda: port_answers(self.args.redis_port), 10, "redis-server")

    def start_app(self, number):
        port = self.args.app_ports[number]
        self.spawn(
            f"app{number}",
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
        )

    def start_worker(self):
        self.spawn("worker", [PYTHON, "manage.py", "db_worker", "--queue-name", "*"])

    def start_nginx(self):
        for directory in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"):
            (self.tmp / "nginx" / directory).mkdir(parents=True, exist_ok=True)
            (self.tmp / "nginx" / directory).chmod(0o777)
        servers = "\n".join(f"        server 127.0.0.1:{port};" for port in self.args.app_ports)
        conf = self.tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=self.tmp, servers=servers, port=self.args.port))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.spawn("nginx", [nginx, "-c", str(conf), "-p", str(self.tmp), "-g", "daemon off;"])
        wait_for(lambda: port_answers(self.args.port), 10, "nginx")

    def kill(self, name, sig=signal.SIGKILL):
        process = self.processes.get(name)
        if process and process.poll() is None:
            os.killpg(process.pid, sig)
            process.wait(timeout=30)

    def supervise_worker(self):
        """Start the task worker again when it exits, after the pause of its systemd unit."""
        while self.supervising.is_set():
            process = self.processes.get("worker")
            if process and process.poll() is not None:
                self.worker_restarts.append((time.monotonic(), process.returncode))
                # RestartSec=5 in docs/deploy.md.
                time.sleep(self.args.worker_restart_seconds)
                self.start_worker()
            time.sleep(0.2)

    def stop_all(self):
        self.supervising.clear()
        for name in ("nginx", "worker", "app0", "app1", "redis"):
            self.kill(name, signal.SIGTERM)
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("-w", "-m", "immediate", "stop")
        if not self.args.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)


def port_answers(port):
    try:
        connection = HTTPConnection("127.0.0.1", port, timeout=1)
        connection.connect()
        connection.close()
        return True
    except OSError:
        return False


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise SystemExit(f"{what} did not come up within {seconds} s")


def health(port, timeout=2.0):
    """The /healthz status of one app server, asked directly as the load balancer would."""
    try:
        connection = HTTPConnection("127.0.0.1", port, timeout=timeout)
        connection.request(
            "GET", "/healthz", headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
        )
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return json.loads(body).get("status", f"http {response.status}")
    except (OSError, ValueError):
        return "no answer"


def kind(method, path):
    if method == "POST":
        return "inquiry post"
    if path.startswith("/mitmachen/anfrage/"):
        return "inquiry form"
    return "search" if path.startswith("/suche/") else "opportunity page"


class Traffic:
    """Browsing and inquiring visitors, all through nginx; every request is written down."""

    def __init__(self, args, opportunities):
        self.args = args
        self.opportunities = opportunities
        self.phase = "setup"
        self.requests = []  # (phase, started, seconds, status or error, kind of request)
        self.inquiries = []
        self.stop = threading.Event()
        self.serial = 0
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self.browse, args=(number,), daemon=True)
            for number in range(args.clients)
        ] + [
            threading.Thread(target=self.inquire_loop, daemon=True)
            for _ in range(args.inquiry_clients)
        ]

    def start(self):
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.stop.set()
        # Inquiries still being retried get their whole retry time.
        for thread in self.threads:
            thread.join(timeout=self.args.retry_seconds + REQUEST_TIMEOUT)

    def request(self, connection, method, path, body=None, headers=None):
        # Counted in the phase it is sent in; a retried inquiry can outlive the phase it began in.
        started = time.monotonic()
        phase = self.phase
        try:
            connection.request(
                method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})}
            )
            response = connection.getresponse()
            content = response.read()
        except (OSError, HTTPException) as error:
            connection.close()
            self.requests.append(
                (
                    phase,
                    started,
                    time.monotonic() - started,
                    type(error).__name__,
                    kind(method, path),
                )
            )
            return None, b""
        self.requests.append(
            (phase, started, time.monotonic() - started, response.status, kind(method, path))
        )
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
        return response, content

    def browse(self, number):
        rng = random.Random(number)
        connection = HTTPConnection("127.0.0.1", self.args.port, timeout=REQUEST_TIMEOUT)
        while not self.stop.is_set():
            if rng.random() < 0.5:
                # One or two words and a result page: a few hundred different searches, so that
                # some find no cached copy and reach the database.
                words = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
                query = {"q": words, "page": rng.randint(1, 3)}
                path = "/suche/?" + urllib.parse.urlencode(query)
            else:
                path = rng.choice(self.opportunities)["url"]
            self.request(connection, "GET", path)
            self.stop.wait(self.args.think_ms / 1000)

    def next_visitor(self):
        with self.lock:
            self.serial += 1
            serial = self.serial
        # Each visitor its own loopback address, so that the per-IP limit counts visitors.
        address = f"127.10.{serial // 250 % 250}.{serial % 250 + 1}"
        return serial, address

    def inquire_loop(self):
        while not self.stop.is_set():
            self.inquire()

    def inquire(self):
        serial, address = self.next_visitor()
        phase = self.phase
        opportunity = random.choice(self.opportunities)
        inquiry = Inquiry(phase, f"drill-{phase}-{serial}@drill.example", time.monotonic())
        self.inquiries.append(inquiry)
        form_path = f"/mitmachen/anfrage/{opportunity['id']}/"
        fields = cookie = None
        while fields is None:
            connection = HTTPConnection(
                "127.0.0.1", self.args.port, timeout=REQUEST_TIMEOUT, source_address=(address, 0)
            )
            response, content = self.request(connection, "GET", form_path)
            connection.close()
            if response is not None and response.status == 200:
                fields = dict(
                    re.findall(rb'name="(csrfmiddlewaretoken|started)" value="([^"]+)"', content)
                )
                cookie = SimpleCookie(response.getheader("Set-Cookie", ""))
            elif time.monotonic() - inquiry.started > self.args.retry_seconds:
                inquiry.refused = "form page unreachable"
                return
            else:
                time.sleep(1)
        # A person needs longer than the guard's minimum time to fill in the form.
        time.sleep(MINIMUM_FILL_SECONDS + 0.5)
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": fields[b"csrfmiddlewaretoken"].decode(),
                "started": fields[b"started"].decode(),
                "name": f"Drill Besucherin {serial}",
                "email": inquiry.email,
                "phone": "",
                "availability": "abends",
                "message": "Ich möchte gern mithelfen, wann darf ich vorbeikommen?",
                "consent": "on",
                "homepage": "",
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(f"{key}={morsel.value}" for key, morsel in cookie.items()),
            "Origin": "https://127.0.0.1",
            "Referer": f"https://127.0.0.1{form_path}",
        }
        # Like a visitor who sees an error page: send the same form again until it is taken.
        while True:
            inquiry.attempts += 1
            connection = HTTPConnection(
                "127.0.0.1", self.args.port, timeout=REQUEST_TIMEOUT, source_address=(address, 0)
            )
            response, content = self.request(
                connection, "POST", form_path, body=body, headers=headers
            )
            connection.close()
            if response is not None and response.status == 302:
                inquiry.acknowledged = "/gesendet/" in response.getheader("Location", "")
                inquiry.acknowledged_at = time.monotonic()
                return
            if response is not None and response.status < 500:
                # The form came back with an error message: not accepted.
                message = re.search(rb'class="form-errors[^>]*>(.*?)</', content, re.S)
                inquiry.refused = f"{response.status} " + (
                    message.group(1).decode().strip()[:80] if message else ""
                )
                return
            if time.monotonic() - inquiry.started > self.args.retry_seconds:
                inquiry.refused = "no answer within the retry time"
                return
            time.sleep(1)


def opportunities_of(stack, count):
    code = (
        "import json;from ehrenamt.opportunities.models import OpportunityPage as O;"
        f"print(json.dumps([{{'id': o.pk, 'url': o.url}} for o in O.objects.current().order_by('?')[:{count}]]))"
    )
    output = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=stack.env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def watch_health(stack, phases, stop):
    """Both app servers' /healthz every half second; a phase is healthy again when both say ok."""
    while not stop.is_set():
        now = time.monotonic()
        states = [health(port, timeout=1.0) for port in stack.args.app_ports]
        phase = phases[-1] if phases else None
        if phase is not None:
            phase.health_seen.update(states)
            repaired = phase.repaired_at is not None and now >= phase.repaired_at
            if repaired and phase.healthy_at is None and all(s == "ok" for s in states):
                phase.healthy_at = now
        stop.wait(0.5)


def inject(stack, sink, fault):
    """Break one part; returns the function that repairs it."""
    if fault == "smtp_hang":
        sink.hanging = True
        return lambda: setattr(sink, "hanging", False)
    if fault == "redis_down":
        stack.kill("redis", signal.SIGTERM)
        return stack.start_redis
    if fault == "app_killed":
        stack.kill("app1")
        return lambda: stack.start_app(1)
    if fault == "postgres_restart":
        stack.stop_postgres()
        return stack.start_postgres
    return None


def run_phases(args, stack, sink, traffic):
    phases = []
    stop_watch = threading.Event()
    watcher = threading.Thread(target=watch_health, args=(stack, phases, stop_watch), daemon=True)
    watcher.start()
    try:
        for fault in FAULTS:
            phase = Phase(fault, started=time.monotonic())
            phases.append(phase)
            traffic.phase = fault
            log(f"phase {fault}")
            time.sleep(args.lead_seconds)
            phase.fault_at = time.monotonic()
            repair = inject(stack, sink, fault)
            if repair:
                time.sleep(args.outage_seconds)
                repair()
            phase.repaired_at = time.monotonic()
            remaining = phase.started + args.phase_seconds - time.monotonic()
            time.sleep(max(0.0, remaining))
            phase.ended = time.monotonic()
        traffic.phase = "after"
        log("traffic ends; waiting for retried inquiries and queued mails")
        traffic.finish()
        settle(args, stack, sink, traffic)
    finally:
        stop_watch.set()
        watcher.join(timeout=5)
    return phases


def stored_inquiries(stack):
    try:
        with psycopg.connect(stack.database_url.replace("postgres://", "postgresql://")) as db:
            rows = db.execute(
                "SELECT email FROM inquiries_inquiry WHERE email LIKE 'drill-%%'"
            ).fetchall()
    except psycopg.OperationalError:
        return None
    return [email_address for (email_address,) in rows]


def mails_by_inquiry(sink):
    """For each drill address: when its club mail and its confirmation arrived."""
    club, confirmation = {}, {}
    for received, recipients, message in sink.received():
        reply_to = (message.get("Reply-To") or "").strip().lower()
        for address in recipients:
            if address.startswith("drill-"):
                confirmation.setdefault(address, []).append(received)
        if reply_to.startswith("drill-"):
            club.setdefault(reply_to, []).append(received)
    return club, confirmation


def settle(args, stack, sink, traffic):
    """Wait until every acknowledged inquiry is stored and mailed, or --settle-seconds pass."""
    deadline = time.monotonic() + args.settle_seconds
    while time.monotonic() < deadline:
        acknowledged = {i.email for i in traffic.inquiries if i.acknowledged}
        club, confirmation = mails_by_inquiry(sink)
        if acknowledged <= set(club) & set(confirmation):
            return
        time.sleep(2)


def summarise(stack, sink, traffic, phases):
    stored = stored_inquiries(stack) or []
    club, confirmation = mails_by_inquiry(sink)
    rows = []
    for phase in phases:
        faulty = phase.name != "baseline"
        requests = [r for r in traffic.requests if r[0] == phase.name]
        errors = [r for r in requests if not isinstance(r[3], int) or r[3] >= 400]
        inquiries = [i for i in traffic.inquiries if i.phase == phase.name]
        addresses = {i.email for i in inquiries}
        stored_here = [address for address in stored if address in addresses]
        mailed = [i for i in inquiries if i.email in club and i.email in confirmation]
        doubled = (len(stored_here) - len(set(stored_here))) + sum(
            len(times) - 1
            for source in (club, confirmation)
            for address, times in source.items()
            if address in addresses
        )
        # From the visitor's "sent" page until both mails of the inquiry reached the server.
        mail_waits = [
            max(club[i.email] + confirmation[i.email]) - i.acknowledged_at
            for i in mailed
            if i.acknowledged_at is not None
        ]
        after_repair = [r[1] + r[2] - phase.repaired_at for r in errors]
        rows.append(
            {
                "fault": phase.name,
                "fault_s": round(phase.repaired_at - phase.fault_at, 1) if faulty else 0,
                "requests": len(requests),
                "errors": len(errors),
                "errors_by_request": dict(
                    collections.Counter(f"{r[4]} {r[3]}" for r in errors).most_common()
                ),
                "longest_answer_s": round(max((r[2] for r in requests), default=0), 2),
                "health_seen": sorted(phase.health_seen),
                "inquiries_started": len(inquiries),
                "acknowledged": sum(i.acknowledged for i in inquiries),
                "stored": len(stored_here),
                "mailed": len(mailed),
                "doubled": doubled,
                "refused": [i.refused for i in inquiries if i.refused],
                "post_attempts": sum(i.attempts for i in inquiries),
                "healthy_after_repair_s": (
                    round(phase.healthy_at - phase.repaired_at, 1)
                    if faulty and phase.healthy_at
                    else None
                ),
                "errors_until_after_repair_s": (
                    round(max(0.0, *after_repair), 1) if faulty and errors else None
                ),
                "longest_mail_wait_s": round(max(mail_waits), 1) if mail_waits else None,
                "worker_restarts": sum(
                    1
                    for when, _code in stack.worker_restarts
                    if phase.started <= when < phase.ended
                ),
            }
        )
    return rows


def markdown(rows):
    def figure(value):
        return "-" if value is None else f"{value}"

    lines = [
        "| fault | requests | errors | longest answer s | /healthz seen | inquiries acknowledged | stored | mailed | doubled | healthy again after s | errors until s | longest mail wait s | worker restarts |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['fault']} | {row['requests']} | {row['errors']} | {row['longest_answer_s']:.2f} "
            f"| {', '.join(row['health_seen'])} | {row['acknowledged']} | {row['stored']} "
            f"| {row['mailed']} | {row['doubled']} | {figure(row['healthy_after_repair_s'])} "
            f"| {figure(row['errors_until_after_repair_s'])} | {figure(row['longest_mail_wait_s'])} "
            f"| {row['worker_restarts']} |"
        )
    return "\n".join(lines)


def commit():
    def git(*command):
        return subprocess.run(  # noqa: S603
            ["git", *command],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + (
        "-dirty" if git("status", "--porcelain", "--untracked-files=no") else ""
    )


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=58080, help="nginx")
    parser.add_argument("--app-ports", type=int, nargs=2, default=[58001, 58002])
    parser.add_argument("--pg-port", type=int, default=55432)
    parser.add_argument("--redis-port", type=int, default=56379)
    parser.add_argument("--smtp-port", type=int, default=58025)
    parser.add_argument("--database", default="ehrenamt_drill")
    parser.add_argument("--clubs", type=int, default=40)
    parser.add_argument("--opportunities", type=int, default=200)
    parser.add_argument("--phase-seconds", type=float, default=25)
    parser.add_argument("--lead-seconds", type=float, default=3, help="before the fault")
    parser.add_argument("--outage-seconds", type=float, default=8)
    parser.add_argument("--settle-seconds", type=float, default=150)
    parser.add_argument("--retry-seconds", type=float, default=60, help="a visitor's patience")
    parser.add_argument("--clients", type=int, default=4, help="browsing threads")
    parser.add_argument("--inquiry-clients", type=int, default=2)
    parser.add_argument("--think-ms", type=float, default=100)
    parser.add_argument(
        "--worker-restart-seconds", type=float, default=5, help="pause before restarting it"
    )
    parser.add_argument("--email-timeout", type=int, default=10, help="EMAIL_TIMEOUT")
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench" / "results" / "fault_drill.json"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    args.secret_key = secrets.token_urlsafe(50)
    return args


def main():
    args = parse_args()
    stack = Stack(args)
    sink = SmtpSink(args.smtp_port)
    log(f"working directory {stack.tmp}")
    try:
        sink.start()
        log("PostgreSQL cluster, database, migrations, demo data")
        stack.create_database()
        stack.start_redis()
        stack.manage("migrate", "--noinput")
        stack.manage("setup_portal")
        # The demo app exists only in development settings; its mails would go to the console.
        stack.manage(
            "seed_demo",
            "--clubs",
            str(args.clubs),
            "--opportunities",
            str(args.opportunities),
            settings="ehrenamt.settings.dev",
        )
        stack.manage("collectstatic", "--noinput", "-v0")
        opportunities = opportunities_of(stack, 50)
        log("app servers, nginx, task worker")
        stack.start_app(0)
        stack.start_app(1)
        for port in args.app_ports:
            wait_for(lambda port=port: health(port) == "ok", 60, f"app server on {port}")
        stack.start_nginx()
        stack.start_worker()
        stack.supervising.set()
        threading.Thread(target=stack.supervise_worker, daemon=True).start()
        traffic = Traffic(args, opportunities)
        traffic.start()
        phases = run_phases(args, stack, sink, traffic)
        rows = summarise(stack, sink, traffic, phases)
    except subprocess.CalledProcessError as error:
        log(f"failed: {error}; logs in {stack.tmp} (kept)")
        args.keep = True
        raise
    finally:
        sink.stop()
        stack.stop_all()
    result = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": commit(),
        "options": {
            key: value for key, value in vars(args).items() if key not in ("secret_key", "json")
        },
        "phases": rows,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, default=str))
    print()
    print(markdown(rows))
    print(f"\n{result['date']}, commit {result['commit']}; details in {args.json}")


if __name__ == "__main__":
    main()
