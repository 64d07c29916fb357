"""Nothing on a page can move the text once it is shown: media carry their size in the HTML."""
from __future__ import annotations

import re


def test_every_image_and_frame_declares_its_size(built_site):
    unsized = []
    for page in built_site.rglob("*.html"):
        for tag in re.findall(r"<(?:img|iframe|video)\b[^>]*>", page.read_text(encoding="utf-8")):
            if not (re.search(r"\swidth=", tag) and re.search(r"\sheight=", tag)):
                unsized.append(f"{page.relative_to(built_site)}: {tag}")
    assert unsized == [], "\n".join(unsized)
