"""Serve a directory on 127.0.0.1 for the benchmarks, in its own process, until stdin closes.

    python bench/serve.py DIRECTORY [--server http.server|nginx] [--port 0]

prints the base URL ("http://127.0.0.1:PORT/") on its first stdout line once
it is listening. It stops when its stdin reaches end of file, so a benchmark
that dies never leaves a server behind, or on SIGTERM.

`http.server` is Python's ThreadingHTTPServer (Last-Modified from the files'
mtimes, one connection per request, no request log). `nginx` runs the nginx
binary, if one is installed, with a throwaway config in a temporary directory:
a server that costs the crawl machine almost nothing, to see how much of a
crawl's time the Python server takes.

`Server` starts one from another script and stops it again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SERVERS = ("http.server", "nginx")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # a log line per request would cost the server more than the request


def serve_python(directory: Path, port: int) -> None:
    """Serve with ThreadingHTTPServer until stdin closes."""
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_QuietHandler, directory=str(directory)))
    server.daemon_threads = True
    host, bound = server.server_address[:2]
    print(f"http://{host}:{bound}/", flush=True)
    threading.Thread(target=_stop_on_eof, args=(server.shutdown,), daemon=True).start()
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    server.serve_forever()
    server.server_close()


def serve_nginx(directory: Path, port: int) -> None:
    """Serve with nginx until stdin closes."""
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if binary is None:
        sys.exit("serve.py: nginx is not installed (apt-get install nginx-light); use --server http.server")
    if port == 0:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    work = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    conf = work / "nginx.conf"
    conf.write_text(f"""daemon off;
worker_processes 1;
error_log {work}/error.log warn;
pid {work}/nginx.pid;
events {{ worker_connections 256; }}
http {{
  access_log off;
  types {{ text/html html; text/css css; application/javascript js; image/svg+xml svg; text/plain txt; }}
  default_type application/octet-stream;
  charset utf-8;
  client_body_temp_path {work};
  proxy_temp_path {work};
  fastcgi_temp_path {work};
  uwsgi_temp_path {work};
  scgi_temp_path {work};
  server {{
    listen 127.0.0.1:{port};
    root {directory};
    index index.html;
  }}
}}
""", encoding="utf-8")
    child = subprocess.Popen([binary, "-c", str(conf), "-p", str(work)])
    _wait_for_port(port, child)
    print(f"http://127.0.0.1:{port}/", flush=True)
    try:
        _stop_on_eof(lambda: None)
    finally:
        child.terminate()
        child.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def _wait_for_port(port: int, child: subprocess.Popen, limit: float = 10.0) -> None:
    """Return once 127.0.0.1:port accepts connections; exit if the server died or never listened."""
    import socket
    import time

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if child.poll() is not None:
            sys.exit(f"serve.py: nginx exited with status {child.returncode} before listening on port {port}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    child.terminate()
    sys.exit(f"serve.py: nginx did not listen on 127.0.0.1:{port} within {limit:g} s")


def _stop_on_eof(stop) -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    stop()


@dataclass
class Server:
    """A serve.py process started by a benchmark: `with Server(dir) as url: ...`."""

    directory: Path
    kind: str = "http.server"
    process: subprocess.Popen | None = None
    url: str = ""

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(self.directory), "--server", self.kind],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        line = self.process.stdout.readline().strip()
        if not line.startswith("http://127.0.0.1:"):
            self.__exit__()
            raise RuntimeError(f"bench/serve.py did not start a {self.kind} server for {self.directory}")
        self.url = line
        return line

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


def main() -> int:
    parser = argparse.ArgumentParser(description="Serve a directory on 127.0.0.1 until stdin closes.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--server", choices=SERVERS, default="http.server")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    directory = args.directory.resolve()
    if not directory.is_dir():
        sys.exit(f"serve.py: {directory} is not a directory")
    if args.server == "nginx":
        serve_nginx(directory, args.port)
    else:
        serve_python(directory, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
