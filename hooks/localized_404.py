"""MkDocs hook: a Finnish 404 page at the root and each other language's under /<lang>/.

mkdocs-static-i18n builds every language into the same site/ and each build rewrites the
root 404.html, so the last language (English) would win. We keep the default language's
page at the root and write the others beside their pages.
"""
from __future__ import annotations

import re
from pathlib import Path

from kys_rontgen.languages import configured_languages

_default_404: dict[str, str] = {}


def _page_language(html: str) -> str | None:
    match = re.search(r'<html lang="([^"]+)"', html)
    return match.group(1) if match else None


def on_post_template(output_content: str, template_name: str, config, **kwargs) -> str:
    if template_name != "404.html":
        return output_content
    default = next(lang.code for lang in configured_languages(Path(config.config_file_path)) if lang.default)
    current = config.theme["language"]  # i18n sets this per language build
    if _page_language(output_content) == default or current == default:
        _default_404["page"] = output_content
        return output_content
    _write(Path(config.site_dir) / current / "404.html", output_content)
    return _default_404.get("page", output_content)


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
