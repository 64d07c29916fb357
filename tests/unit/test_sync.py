"""Writing generated pages: only on change, and stale ones removed, hand-written ones kept."""
from __future__ import annotations

from kys_rontgen.sync import is_generated, sync_pages


def test_unchanged_pages_are_not_rewritten(tmp_path):
    pages = {"fi/kunnat/kuopio.md": "# Kuopio\n", "en/kunnat/kuopio.md": "# Kuopio\n"}
    assert sorted(sync_pages(tmp_path, pages)) == sorted(pages)
    before = (tmp_path / "fi/kunnat/kuopio.md").stat().st_mtime_ns
    assert sync_pages(tmp_path, pages) == []  # mkdocs serve would otherwise loop
    assert (tmp_path / "fi/kunnat/kuopio.md").stat().st_mtime_ns == before


def test_changed_page_is_rewritten(tmp_path):
    sync_pages(tmp_path, {"fi/a.md": "old"})
    assert sync_pages(tmp_path, {"fi/a.md": "new"}) == ["fi/a.md"]
    assert (tmp_path / "fi/a.md").read_text() == "new"


def test_page_whose_data_is_gone_is_deleted_with_its_empty_folder(tmp_path):
    sync_pages(tmp_path, {"fi/kunnat/a.md": "a", "fi/kunnat/b.md": "b", "fi/x/c.md": "c"})
    changed = sync_pages(tmp_path, {"fi/kunnat/a.md": "a"})
    assert sorted(changed) == ["fi/kunnat/b.md", "fi/x/c.md"]
    assert not (tmp_path / "fi/kunnat/b.md").exists()
    assert not (tmp_path / "fi/x").exists()
    assert (tmp_path / "fi/kunnat/a.md").exists()


def test_hand_written_pages_are_never_touched(tmp_path):
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi/tietosuoja.md").write_text("hand-written")
    sync_pages(tmp_path, {"fi/a.md": "a"})
    sync_pages(tmp_path, {})
    assert (tmp_path / "fi/tietosuoja.md").read_text() == "hand-written"
    assert not (tmp_path / "fi/a.md").exists()


def test_generated_files_are_told_apart_from_hand_written_ones(tmp_path):
    # `mkdocs serve` rebuilds on hand-written changes but not on the generator's own writes.
    sync_pages(tmp_path, {"fi/kunnat/kuopio.md": "# Kuopio\n"})
    (tmp_path / "fi/tietosuoja.md").write_text("hand-written")
    assert is_generated(tmp_path, tmp_path / "fi/kunnat/kuopio.md")
    assert is_generated(tmp_path, tmp_path / "fi/kunnat/.kuopio.md.tmp")  # written beside, then renamed
    assert is_generated(tmp_path, tmp_path / ".generated.json")
    assert not is_generated(tmp_path, tmp_path / "fi/tietosuoja.md")
    assert not is_generated(tmp_path, tmp_path.parent / "elsewhere.md")
