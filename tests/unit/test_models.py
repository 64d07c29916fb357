"""Rules every data model follows, checked over DATA_FILES so that new models are covered too."""
from __future__ import annotations

import dataclasses
import shutil
import types
import typing
from typing import Annotated, Any, Union, get_args, get_origin

import pytest
from pydantic import AfterValidator, BaseModel

from kys_rontgen import build as build_module
from kys_rontgen import clock
from kys_rontgen.dataset import DATA_FILES, Dataset
from kys_rontgen.model.identifiers import Reference
from kys_rontgen.model.walk import unwrap

from ..conftest import ROOT


def _leaves(annotation: Any, where: str, seen: set):
    """(where, base type, metadata) of every value type a model can hold."""
    base, metadata = unwrap(annotation)
    origin = get_origin(base)
    if isinstance(base, type) and issubclass(base, BaseModel):
        if base in seen:
            return
        seen.add(base)
        for name, info in base.model_fields.items():
            annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
            yield from _leaves(annotation, f"{base.__name__}.{name}", seen)
    elif origin in (Union, types.UnionType, list, tuple, dict):
        args = get_args(base)[1:] if origin is dict else get_args(base)  # dict keys are language codes, ids
        for arg in args:
            yield from _leaves(arg, where, seen)
    else:
        yield where, base, metadata


ALL_LEAVES = [leaf for model in DATA_FILES.values() for leaf in _leaves(model, model.__name__, set())]


def test_every_text_field_is_checked():
    # A bare `str` would let HTML or an empty value through: every text uses Text or a checked type.
    bare = [where for where, base, metadata in ALL_LEAVES
            if base is str and not any(isinstance(m, AfterValidator) for m in metadata)]
    assert bare == []


def test_every_reference_points_at_a_data_file_that_has_the_records():
    references = [m for _, _, metadata in ALL_LEAVES for m in metadata if isinstance(m, Reference)]
    for ref in references:
        assert ref.file in DATA_FILES, ref
        model = DATA_FILES[ref.file]
        assert ref.collection in model.model_fields, ref


def test_a_failing_page_leaves_docs_untouched(tmp_path, monkeypatch):
    # Every page is rendered in memory before any is written: a template error writes nothing.
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "docs").mkdir()

    def failing_render(dataset, cache_dir=None):
        raise RuntimeError("template error")

    monkeypatch.setattr(build_module, "render_pages", failing_render)
    with pytest.raises(RuntimeError):
        build_module.generate(tmp_path, tmp_path / "docs", clock.now())
    assert list((tmp_path / "docs").iterdir()) == []


def test_the_dataset_has_one_typed_field_per_data_file():
    # A data file missing from Dataset would be validated and then silently dropped.
    hints = typing.get_type_hints(Dataset)
    fields = {field.name for field in dataclasses.fields(Dataset)} - {"languages", "now", "sources", "cache_dir"}
    assert fields == {name.removesuffix(".yaml") for name in DATA_FILES}
    for name, model in DATA_FILES.items():
        assert hints[name.removesuffix(".yaml")] is model, name


def test_model_code_never_imports_presentation_code():
    # The data flows one way: a model that imports page formatting would run it backwards.
    import ast

    presentation = {"formatting", "pages", "structured_data", "notices", "seo", "site_files", "theme_texts"}
    for module in (ROOT / "kys_rontgen" / "model").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                assert (node.module or "").split(".")[0] not in presentation, f"{module.name} imports ..{node.module}"
