"""The optional compiled build: the backend asks for mypy only when told to, refuses a compiled editable
install, and (in CI's compiled run) the compiled extractor is the one the tests exercise."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from casualties.extract import extractor_build

# older setuptools call their [tool.setuptools] support beta; irrelevant to what is tested here
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:setuptools")

BACKEND = Path(__file__).resolve().parent.parent / "build_backend" / "casualties_build.py"


@pytest.fixture
def backend(monkeypatch) -> ModuleType:
    monkeypatch.chdir(BACKEND.parent.parent)  # setuptools reads pyproject.toml and setup.py from the cwd
    spec = importlib.util.spec_from_file_location("casualties_build_under_test", BACKEND)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_plain_build_needs_no_mypy(backend, monkeypatch):
    monkeypatch.delenv("CASUALTIES_COMPILE", raising=False)
    assert not any(req.startswith("mypy") for req in backend.get_requires_for_build_wheel())


def test_a_compiled_build_asks_for_mypy_and_keeps_the_variable(backend, monkeypatch):
    monkeypatch.setenv("CASUALTIES_COMPILE", "1")
    requires = backend.get_requires_for_build_wheel()
    assert any(req.startswith("mypy") for req in requires)
    assert os.environ["CASUALTIES_COMPILE"] == "1"  # restored after setuptools listed its own needs


def test_a_compiled_editable_install_is_refused(backend, monkeypatch):
    monkeypatch.setenv("CASUALTIES_COMPILE", "1")
    with pytest.raises(RuntimeError, match="regular install"):
        backend.get_requires_for_build_editable()


def test_the_extractor_under_test_is_the_expected_build():
    """From the source tree the tests run the pure-Python modules; CI's second run (a compiled install,
    pytest --import-mode=append, CASUALTIES_EXPECT_COMPILED=1) must run the C extensions instead."""
    expected = "compiled" if os.environ.get("CASUALTIES_EXPECT_COMPILED") == "1" else "pure-Python"
    assert extractor_build() == expected, sys.modules["casualties.extract.extractor"].__file__
