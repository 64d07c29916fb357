"""`make preview`: serve a built site/ the way a static host (GitHub Pages) does.

Unlike `mkdocs serve`, nothing is rebuilt and nothing is served from memory: what you see is
the folder that would be published. Under the site's sub-path only (SITE_URL's path, e.g.
/kys-rontgen/), and every missing address gets the root 404.html with status 404, as on Pages.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit


def _normalised(base_path: str) -> str:
    """ "kys-rontgen" or "/kys-rontgen" -> "/kys-rontgen/"; "" -> "/"."""
    inner = base_path.strip("/")
    return f"/{inner}/" if inner else "/"


class StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Files of `directory` under `base_path`; the root 404.html for anything missing."""

    def __init__(self, *args, base_path: str = "/", **kwargs):
        self.base_path = _normalised(base_path)
        super().__init__(*args, **kwargs)

    def log_message(self, *args):  # one line per request is noise in a preview and in tests
        pass

    def _answer(self, with_body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(self.base_path):
            self.path = "/" + self.path[len(self.base_path):]
            target = Path(self.translate_path(self.path))
            if target.is_dir() and not path.endswith("/") and (target / "index.html").is_file():
                self._redirect(path + "/")  # a folder without its slash, as hosts do it (under the sub-path)
                return
            if target.is_file() or (target / "index.html").is_file():
                super().do_GET() if with_body else super().do_HEAD()
                return
        self._not_found(with_body)

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self, with_body: bool) -> None:
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self):
        self._answer(with_body=True)

    def do_HEAD(self):
        self._answer(with_body=False)


def server(site: Path, host: str = "127.0.0.1", port: int = 8000, base_path: str = "/") -> http.server.ThreadingHTTPServer:
    """A server bound to host:port (port 0: a free one), not yet serving."""
    handler = functools.partial(StaticHostHandler, directory=str(site), base_path=base_path)
    return http.server.ThreadingHTTPServer((host, port), handler)


def port_problem(port: int, host: str = "127.0.0.1") -> str | None:
    """Why a preview cannot listen on `port` (one line for the editor), or None when it can."""
    try:
        with socket.socket() as probe:
            probe.bind((host, port))
    except OSError:
        return (f"Port {port} is in use (is another preview still running?): stop it, or choose another port, "
                f"e.g. make serve PORT={port + 1}")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a built site as a static host would.")
    parser.add_argument("site", nargs="?", default="site", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--only-check-port", action="store_true",
                        help="only say whether the port is free (make serve asks before MkDocs starts)")
    args = parser.parse_args(argv)
    if problem := port_problem(args.port):
        print(problem, file=sys.stderr)
        return 1
    if args.only_check_port:
        return 0
    if not (args.site / "404.html").is_file():
        print(f"{args.site}/ holds no built site: run `make build` first")
        return 1
    base_path = _normalised(urlsplit(os.environ.get("SITE_URL") or "/").path)
    httpd = server(args.site, port=args.port, base_path=base_path)
    print(f"Serving {args.site}/ at http://127.0.0.1:{httpd.server_port}{base_path} (Ctrl+C stops)")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
