"""`import-ptv ORG=`: the fetch against a local HTTP server on 127.0.0.1 that pages, fails once
with a 500 and times out once (never the real API: these tests need no internet)."""
from __future__ import annotations

import http.server
import json
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kys_rontgen import ptv_fetch
from kys_rontgen.cli import main
from kys_rontgen.ptv_fetch import FetchError, fetch_pages

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ptv"
ORG = "0a1b2c3d-0000-4000-8000-0000000000aa"
TIMEOUT = 0.5


class FlakyPtv(http.server.BaseHTTPRequestHandler):
    """Serves page N of the fixtures; the first request of page 1 gets a 500, the first of page 2 hangs."""

    requests: list[str] = []
    failures = {1: "500", 2: "timeout"}
    always_fail = False

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        page = int(query["page"][0])
        type(self).requests.append(f"{url.path}?organizationId={query['organizationId'][0]}&page={page}")
        failure = "500" if self.always_fail else self.failures.pop(page, None)
        if failure == "500":
            self._send(500, b'{"message": "internal error"}')
            return
        if failure == "timeout":
            time.sleep(TIMEOUT * 3)
        self._send(200, (FIXTURES / f"page-{page}.json").read_bytes())

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting: that is the point
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    FlakyPtv.requests = []
    FlakyPtv.failures = {1: "500", 2: "timeout"}
    FlakyPtv.always_fail = False
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FlakyPtv)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_every_page_is_fetched_through_a_500_and_a_timeout(server):
    pages = fetch_pages(ORG, base=server, timeout=TIMEOUT, retries=3)
    assert [page["pageNumber"] for page in pages] == [1, 2]
    ids = [item["id"] for page in pages for item in page["itemList"]]
    assert len(ids) == 4
    path = f"/api/v11/ServiceChannel/list/organization?organizationId={ORG}"
    # page 1: the 500, then the answer; page 2: the timeout, then the answer.
    assert FlakyPtv.requests == [f"{path}&page=1"] * 2 + [f"{path}&page=2"] * 2


def test_a_server_that_keeps_failing_gives_up_with_a_plain_message(server):
    FlakyPtv.always_fail = True
    with pytest.raises(FetchError, match=r"page 1 of .*: HTTP 500 after 2 retries; try again later"):
        fetch_pages(ORG, base=server, timeout=TIMEOUT, retries=2)
    assert len(FlakyPtv.requests) == 3  # the first try and two retries


def test_import_ptv_org_saves_the_raw_responses_and_imports_them(server, tmp_path, monkeypatch, capsys):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.setattr(ptv_fetch, "API_BASE", server)
    monkeypatch.setattr(ptv_fetch, "fetch_pages", lambda org: fetch_pages(org, timeout=TIMEOUT))
    assert main(["--root", str(tmp_path), "import-ptv", "--org", ORG]) == 0
    out = capsys.readouterr().out
    assert "saved the 2 page(s) PTV returned in ptv-responses.json" in out
    assert "added kaavin-testiterveysasema" in out
    saved = json.loads((tmp_path / "ptv-responses.json").read_text(encoding="utf-8"))
    assert [page["pageNumber"] for page in saved] == [1, 2]
    written = (tmp_path / "data" / "ptv.yaml").read_text(encoding="utf-8")
    assert f"organization_id: {ORG}" in written  # kept in data for the next `make import-ptv`
