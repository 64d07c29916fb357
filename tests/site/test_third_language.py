"""A third language is configuration plus data: add Swedish to mkdocs.yml, fill in the texts.

On a copy of the project: with `sv` in the language list, `check` names every text that has
no Swedish yet (exactly the texts the YAML has in Finnish and English only); once they are
filled in, the real build makes the site in three languages.
"""
from __future__ import annotations

import json
import logging
import shutil

import pytest
from ruamel.yaml import YAML

from kys_rontgen.cli import main
from kys_rontgen.validation import field_path
from kys_rontgen.yaml_source import load_yaml

from ..conftest import ROOT, build_site
from .test_failed_build import IGNORED

SWEDISH = "        - locale: sv\n          name: svenska\n          build: true\n"


def _add_swedish(mkdocs_yml):
    text = mkdocs_yml.read_text(encoding="utf-8")
    anchor = "          site_description: X-ray and imaging services of Kuopio University Hospital\n"
    assert anchor in text
    text = text.replace(anchor, anchor + SWEDISH).replace("lang: [fi, en]", "lang: [fi, en, sv]")
    mkdocs_yml.write_text(text, encoding="utf-8")


def _bilingual_texts(data_dir) -> dict[str, list[tuple]]:
    """{file: [path of every {fi, en} text]}, read straight from the YAML."""
    found: dict[str, list[tuple]] = {}

    def walk(node, loc, name):
        if isinstance(node, dict):
            if set(node) == {"fi", "en"}:
                found.setdefault(name, []).append(loc)
            for key, value in node.items():
                walk(value, loc + (key,), name)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, loc + (index,), name)

    for path in sorted(data_dir.glob("*.yaml")):
        walk(load_yaml(path).data, (), path.name)
    return found


def _fill_in_swedish(data_dir, texts):
    yaml = YAML()  # round trip: comments and layout stay as the editor wrote them
    for name, locs in texts.items():
        path = data_dir / name
        tree = yaml.load(path.read_text(encoding="utf-8"))
        for loc in locs:
            node = tree
            for part in loc:
                node = node[part]
            finnish = node["fi"]
            node["sv"] = [f"(sv) {word}" for word in finnish] if isinstance(finnish, list) else f"(sv) {finnish}"  # short: descriptions have a length limit
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(tree, out)


@pytest.fixture
def swedish_project(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=IGNORED)
    _add_swedish(project / "mkdocs.yml")
    return project


def test_swedish_is_configuration_plus_data(swedish_project, capsys):
    texts = _bilingual_texts(swedish_project / "data")
    assert sum(map(len, texts.values())) > 20

    assert main(["--root", str(swedish_project), "--now", "2026-12-04", "check"]) == 1
    reported = capsys.readouterr().out.splitlines()
    expected = {(f"data/{name}", field_path(loc)) for name, locs in texts.items() for loc in locs}
    assert {(line.split(":")[0], line.split(": ")[1]) for line in reported} == expected
    assert all(line.endswith("has no text in sv; add `sv: …` beside the other languages") for line in reported)

    _fill_in_swedish(swedish_project / "data", texts)
    assert main(["--root", str(swedish_project), "--now", "2026-12-04", "check"]) == 0
    assert "valid in fi, en, sv" in capsys.readouterr().out

    site = build_site(swedish_project / "site", swedish_project / "mkdocs.yml")
    for prefix, lang in (("", "fi"), ("en/", "en"), ("sv/", "sv")):
        html = (site / prefix / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
        assert 'hreflang="sv"' in html  # the language switch offers Swedish on every language's page
    assert "(sv) Valitse tutkimuksesi" in (site / "sv/index.html").read_text(encoding="utf-8")
    # Search stays in the reader's language in the third one too: its own index, its pages only.
    for prefix in ("", "en/", "sv/"):
        index = json.loads((site / prefix / "search/search_index.json").read_text(encoding="utf-8"))
        languages_found = {doc["location"].split("/")[0] if doc["location"].startswith(("en/", "sv/")) else "" for doc in index["docs"]}
        assert languages_found == {prefix.rstrip("/")}


def test_stale_data_is_a_warning_and_the_strict_build_still_succeeds(tmp_path, monkeypatch, caplog):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=IGNORED)
    monkeypatch.setenv("KYS_NOW", "2028-01-01 12:00")  # every `checked` date is then over 12 months old
    with caplog.at_level(logging.WARNING, logger="kys_rontgen.freshness"):
        site = build_site(project / "site", project / "mkdocs.yml", strict=True)
    assert (site / "index.html").exists()
    warnings = [r.getMessage() for r in caplog.records if r.name == "kys_rontgen.freshness"]
    assert any("data/service.yaml:" in w and "checked: was checked on 28.11.2026, more than 12 months ago" in w for w in warnings)
    assert len(warnings) == len(set(warnings))  # once, not once per language
