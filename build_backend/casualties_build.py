"""The project's PEP 517 build backend: setuptools, plus mypy when the compiled extractor is asked for.

``CASUALTIES_COMPILE=1 pip install .`` compiles the extractor (casualties/extract) with mypyc, about
25% faster extraction; without the variable the package is plain Python and mypy is not fetched.
An editable install is never compiled: the compiled modules would shadow later edits to the sources.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (re-exported: the rest of the backend interface)
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

COMPILE_VARIABLE = "CASUALTIES_COMPILE"
# mypy compiles; pint is there for mypy to type-check the modules the extractor imports (casualties.units)
COMPILE_REQUIREMENTS = ["mypy>=1.10", "pint>=0.23"]


def compile_requested() -> bool:
    return os.environ.get(COMPILE_VARIABLE, "").strip() == "1"


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    if not compile_requested():
        return _setuptools.get_requires_for_build_wheel(config_settings)
    # setuptools runs setup.py to list its own needs; mypy is not installed yet at this step
    os.environ[COMPILE_VARIABLE] = "0"
    try:
        plain = _setuptools.get_requires_for_build_wheel(config_settings)
    finally:
        os.environ[COMPILE_VARIABLE] = "1"
    return [*plain, *COMPILE_REQUIREMENTS]


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    if compile_requested():
        raise RuntimeError(
            f"{COMPILE_VARIABLE}=1 needs a regular install (pip install .), not an editable one: "
            "compiled modules would hide later edits to the sources"
        )
    return _setuptools.get_requires_for_build_editable(config_settings)
