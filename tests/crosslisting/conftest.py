"""A real HTTP server on 127.0.0.1 that serves fixture feeds, including slow and broken ones."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ehrenamt.crosslisting.models import FeedSource
from ehrenamt.regions.models import State


class FeedServer:
    def __init__(self):
        self.routes = {}
        handler = self.handler_class()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path):
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def serve(self, path, body, status=200, delay=0.0, content_type="application/octet-stream"):
        if isinstance(body, str):
            body = body.encode()
        self.routes[path] = (status, body, delay, content_type)
        return self.url(path)

    def handler_class(self):
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                status, body, delay, content_type = routes.get(
                    self.path, (404, b"not found", 0, "text/plain")
                )
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def feed_server():
    server = FeedServer()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def make_source(home_page):
    def make(url, format, name="Partnerportal Mannheim", state="BW", **extra):
        return FeedSource.objects.create(
            name=name,
            state=State.objects.get(code=state),
            format=format,
            url=url,
            website="https://partner.example/",
            contact_email="redaktion@partner.example",
            licence="CC BY 4.0",
            attribution=f"Angebote: {name}",
            **extra,
        )

    return make
