"""Write generated pages into docs/ so MkDocs and the i18n plugin see them as ordinary files.

Why files on disk: mkdocs-static-i18n 1.3.1 cannot handle in-memory generated files.
A file is rewritten only when its content changed (so `mkdocs serve` does not reload in a
loop), and files this writer made earlier that the data no longer produces are deleted.
A manifest remembers what was generated, so hand-written pages are never touched.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

MANIFEST = ".generated.json"


def _write_atomically(path: Path, content: str) -> None:
    # A reader (or a crash) never sees half a page: write beside it, then rename.
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(content, encoding="utf-8")
    os.replace(temporary, path)


def generated_paths(docs_dir: Path) -> list[str]:
    """The pages this writer made (paths under docs_dir), as its manifest lists them."""
    manifest = docs_dir / MANIFEST
    return json.loads(manifest.read_text()) if manifest.exists() else []


def is_generated(docs_dir: Path, path: str | os.PathLike) -> bool:
    """Whether `path` is one of the files this writer keeps (page, manifest or its temporary)."""
    try:
        relative = Path(path).resolve().relative_to(docs_dir.resolve())
    except ValueError:
        return False
    name = relative.name
    if name.startswith(".") and name.endswith(".tmp"):
        relative = relative.with_name(name[1:-4])
    if relative.as_posix() == MANIFEST:
        return True
    return relative.as_posix() in generated_paths(docs_dir)


def sync_pages(docs_dir: Path, pages: dict[str, str]) -> list[str]:
    """Bring docs_dir in line with `pages`; return the paths written or deleted."""
    manifest = docs_dir / MANIFEST
    previous = set(generated_paths(docs_dir))
    changed = []
    for relative, content in sorted(pages.items()):
        path = docs_dir / relative
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            _write_atomically(path, content)
            changed.append(relative)
    for relative in sorted(previous - pages.keys()):
        path = docs_dir / relative
        if path.exists():
            path.unlink()
            changed.append(relative)
        # Remove folders the generator emptied, never docs_dir itself.
        parent = path.parent
        while parent != docs_dir and parent.exists() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    new_manifest = json.dumps(sorted(pages), indent=0)
    if not manifest.exists() or manifest.read_text() != new_manifest:
        _write_atomically(manifest, new_manifest)
    return changed
