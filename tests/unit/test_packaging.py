"""`pip install .` (not editable) installs the whole generator: every subpackage, the
templates and the MkDocs plugin's entry point, importable from the installed copy alone."""
from __future__ import annotations

import shutil
import subprocess
import sys

from ..conftest import ROOT

PACKAGES = ("kys_rontgen", "kys_rontgen_mkdocs")


def test_a_non_editable_install_holds_every_subpackage_the_templates_and_the_plugin(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(ROOT / "pyproject.toml", source)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
                    "--target", str(target), str(source)], check=True, capture_output=True)

    for package in PACKAGES:
        for init in (ROOT / package).rglob("__init__.py"):
            assert (target / init.relative_to(ROOT)).exists(), f"{init.parent.relative_to(ROOT)} is not installed"
    templates = sorted(path.name for path in (ROOT / "kys_rontgen" / "templates").glob("*.j2"))
    assert sorted(path.name for path in (target / "kys_rontgen" / "templates").glob("*.j2")) == templates
    [entry_points] = target.glob("kys_rontgen-*.dist-info/entry_points.txt")
    assert "kys-rontgen = kys_rontgen_mkdocs.plugin:KysRontgenPlugin" in entry_points.read_text()

    # Every module imports from the installed copy, away from the source tree.
    modules = sorted({".".join(path.relative_to(target).with_suffix("").parts).removesuffix(".__init__")
                      for package in PACKAGES for path in (target / package).rglob("*.py") if path.name != "__main__.py"})
    check = ("import importlib, sys; sys.path.insert(0, sys.argv[1]);"
             "[importlib.import_module(name) for name in sys.argv[2:]];"
             "assert all(sys.modules[name].__file__.startswith(sys.argv[1]) for name in sys.argv[2:])")
    subprocess.run([sys.executable, "-c", check, str(target), *modules], check=True, cwd=tmp_path)


def test_bench_does_not_import_the_tests():
    # `make bench` runs without the test suite's helpers: shared code lives in the package.
    import ast

    for module in (ROOT / "bench").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            assert not any(name == "tests" or name.startswith("tests.") for name in names), module.name
