"""What one build keeps for the next, in the project's `.cache/` (git-ignored).

Each entry is checked against what it was made from before it is used (a template's source,
the files a result was read from, the version of the library that answered), so a stale entry
is never used and deleting the folder is always safe: the next build is slower once, the site
the same. The lemmatiser's answers live here too (kys_rontgen/lemmatiser.py).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import jinja2

CACHE_DIR = ".cache"  # under the project root


def template_cache(cache_dir: Path | None, environment: str) -> jinja2.BytecodeCache | None:
    """Compiled Jinja templates of one kind of environment (its options shape the code), kept
    between builds; Jinja recompiles a template whose source changed."""
    if cache_dir is None:
        return None
    directory = cache_dir / f"jinja-{jinja2.__version__}-{environment}"
    directory.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(directory))


def remembered(cache_dir: Path | None, name: str, sources: Iterable[Path], compute: Callable[[], object]):
    """compute(), or its result from an earlier build whose `sources` had the same contents.

    The result must survive JSON (lists come back for tuples and sets: the caller converts)."""
    if cache_dir is None:
        return compute()
    digest = hashlib.sha256()
    for source in sorted(sources):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    path = cache_dir / f"{name}.json"
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached["sources"] == digest.hexdigest():
            return cached["result"]
    except (OSError, ValueError, KeyError, TypeError):  # none yet, or broken: compute again
        pass
    result = compute()
    write_atomically(path, json.dumps({"sources": digest.hexdigest(), "result": result}, ensure_ascii=False))
    return json.loads(json.dumps(result))  # the same shape as a cached result


def write_atomically(path: Path, text: str) -> None:
    """A build running beside this one reads the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
