"""Write a file of the built site only when its bytes change (`mkdocs serve` watches nothing
here, but an unchanged file keeps its time stamp for rsync-style deploys)."""
from __future__ import annotations

from pathlib import Path


def write_if_changed(path: Path, content: str | bytes) -> None:
    data = content.encode("utf-8") if isinstance(content, str) else content
    if not path.exists() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
