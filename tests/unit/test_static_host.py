"""`make preview` serves a folder as GitHub Pages does: its files under the sub-path, and the
root 404.html with status 404 for every address that is missing."""
from __future__ import annotations

import http.client
import threading

import pytest

from kys_rontgen.static_host import main, server


@pytest.fixture
def preview(tmp_path):
    (tmp_path / "en" / "kunnat").mkdir(parents=True)
    (tmp_path / "404.html").write_text("<p>Sivua ei löydy / Page not found</p>", encoding="utf-8")
    (tmp_path / "en" / "kunnat" / "index.html").write_text("<h1>Municipalities</h1>", encoding="utf-8")
    httpd = server(tmp_path, port=0, base_path="/kys-rontgen/")
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    def get(path, method="GET"):
        connection = http.client.HTTPConnection("127.0.0.1", httpd.server_port, timeout=5)
        connection.request(method, path)
        response = connection.getresponse()
        result = response.status, response.getheader("Location"), response.read().decode("utf-8")
        connection.close()
        return result

    yield get
    httpd.shutdown()
    httpd.server_close()


def test_pages_are_served_under_the_sub_path(preview):
    assert preview("/kys-rontgen/en/kunnat/")[::2] == (200, "<h1>Municipalities</h1>")
    status, location, _ = preview("/kys-rontgen/en/kunnat")
    assert status == 301 and location == "/kys-rontgen/en/kunnat/"


@pytest.mark.parametrize("path", ["/kys-rontgen/en/no-such-page/", "/kys-rontgen/nothing.html", "/en/kunnat/"])
def test_every_missing_address_gets_the_root_404_page(preview, path):
    status, _, body = preview(path)
    assert status == 404 and "Page not found" in body
    assert preview(path, "HEAD")[::2] == (404, "")


def test_a_folder_without_a_built_site_is_refused_in_one_line(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().out.strip().endswith("run `make build` first")


def test_a_port_in_use_is_one_line_not_a_traceback(tmp_path, capsys):
    # `make serve` asks first: MkDocs itself ends in a 40-line traceback when another preview runs.
    busy = server(tmp_path, port=0)
    try:
        assert main([str(tmp_path), "--only-check-port", "--port", str(busy.server_port)]) == 1
        message = capsys.readouterr().err
        assert message.count("\n") == 1 and f"Port {busy.server_port} is in use" in message
        assert f"make serve PORT={busy.server_port + 1}" in message
    finally:
        busy.server_close()
    assert main([str(tmp_path), "--only-check-port", "--port", str(busy.server_port)]) == 0
