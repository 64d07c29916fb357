"""Shared fixtures: the real site built once per test run, served by a real HTTP server."""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build_site(site_dir: Path, config_file: Path = ROOT / "mkdocs.yml", **overrides) -> Path:
    """Build with MkDocs' own API, both languages in one call, as `make build` does."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(site_dir), **overrides)
    build(config)
    return site_dir


def copy_project(destination: Path) -> Path:
    """What a build reads (config, data, pages, hooks, theme), copied for a test to change."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", destination)
    for folder in ("data", "docs", "hooks", "overrides"):
        shutil.copytree(ROOT / folder, destination / folder)
    return destination


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


def _bound_server(handler, site: Path) -> http.server.ThreadingHTTPServer:
    """A server on a free port of 127.0.0.1, bound but not yet serving: the site is built for its URL."""
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))


@pytest.fixture(scope="session")
def _site_server(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    server = _bound_server(_QuietHandler, site)
    yield site, server, f"http://127.0.0.1:{server.server_port}/"
    server.server_close()


@pytest.fixture(scope="session")
def built_site(_site_server) -> Path:
    """The site built for the address it is served at (see site_url): its absolute links
    (canonical, language alternates, sitemap) lead to the test server, as they do when published."""
    site, _, url = _site_server
    return build_site(site, site_url=url)


@pytest.fixture(scope="session")
def site_url(built_site, _site_server) -> str:
    """The built site on a real HTTP server on 127.0.0.1 (a free port)."""
    _, server, url = _site_server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()


# Published under a sub-path, as on a project's GitHub Pages or a shared host.
SUB_PATH = "/kys-rontgen/"


@pytest.fixture(scope="session")
def sub_path_server(tmp_path_factory):
    """(site folder, public URL): the site built with SITE_URL http://127.0.0.1:<port>/kys-rontgen/
    and served there, so the public address is the served one; every other path gets the root
    404.html with status 404, as on GitHub Pages."""
    from kys_rontgen.static_host import server as static_host

    site = tmp_path_factory.mktemp("sub-path-site")
    server = static_host(site, port=0, base_path=SUB_PATH)  # as `make preview` and Pages serve it
    url = f"http://127.0.0.1:{server.server_port}{SUB_PATH}"
    build_site(site, site_url=url)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, url
    server.shutdown()


@pytest.fixture(scope="session")
def sub_path_site(sub_path_server) -> Path:
    return sub_path_server[0]


@pytest.fixture(scope="session")
def sub_path_url(sub_path_server) -> str:
    return sub_path_server[1]


@contextlib.contextmanager
def serve_directory(directory: Path):
    """A folder on a real HTTP server on 127.0.0.1 (a free port); yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
