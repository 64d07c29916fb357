"""Fixtures of the generator's unit tests: the real data, loaded and rendered once per run."""
from __future__ import annotations

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages import render_pages

from ..conftest import ROOT


@pytest.fixture(scope="session")
def dataset():
    return load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)


@pytest.fixture(scope="session")
def pages(dataset):
    """{path under docs/: Markdown} for the real data, every language."""
    return render_pages(dataset)
