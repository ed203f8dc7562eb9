"""Only the optional compiled build lives here; all other metadata is in pyproject.toml.

With CASUALTIES_COMPILE=1 (see build_backend/casualties_build.py) the extractor's modules are compiled
with mypyc: the same code and the same results, type-checked by mypy, run as C extensions.
"""

import os
from pathlib import Path

from setuptools import setup

ext_modules = []
if os.environ.get("CASUALTIES_COMPILE", "").strip() == "1":
    from mypyc.build import mypycify

    sources = sorted(str(p) for p in Path("casualties/extract").glob("*.py"))
    ext_modules = mypycify(sources, opt_level="3")

setup(ext_modules=ext_modules)
