"""robots.txt: everything may be crawled, and the sitemap is at the public address."""
from __future__ import annotations

from pathlib import Path

from ..seo import absolute
from .writing import write_if_changed


def write_robots(site_dir: Path, site_url: str) -> None:
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {absolute(site_url, 'sitemap.xml')}\n"
    write_if_changed(site_dir / "robots.txt", robots)
