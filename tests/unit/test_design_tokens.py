"""The Suomi.fi design tokens in the theme: the committed CSS matches the pinned npm package."""
from __future__ import annotations

import re

import pytest

from kys_rontgen import design_tokens

from ..conftest import ROOT


def test_committed_tokens_css_matches_the_pinned_package():
    # node_modules comes from package-lock.json (`make test` runs `npm ci` first).
    scss = design_tokens.PACKAGE_SCSS.read_text(encoding="utf-8")
    expected = design_tokens.css(scss, design_tokens.package_version())
    assert design_tokens.CSS_FILE.read_text(encoding="utf-8") == expected, "run `make tokens` and commit the result"


def test_every_token_the_theme_uses_is_defined():
    defined = set(re.findall(r"(--fi-[a-z0-9-]+):", design_tokens.CSS_FILE.read_text(encoding="utf-8")))
    used = set(re.findall(r"var\((--fi-[a-z0-9-]+)\)", (ROOT / "docs/assets/stylesheets/extra.css").read_text(encoding="utf-8")))
    assert used, "the theme uses no Suomi.fi token"
    assert used <= defined, f"used but not generated (add them in kys_rontgen/design_tokens.py): {sorted(used - defined)}"


def test_a_token_missing_from_the_package_is_named():
    scss = "$fi-color-brand-base: hsl(214, 100%, 24%);"
    with pytest.raises(design_tokens.TokenMissing, match="has no token fi-color-highlight-base"):
        design_tokens.css(scss, "0.0.0")
