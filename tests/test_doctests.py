"""Every docstring example runs."""

import doctest
import importlib
import pkgutil

import pytest

import ld

MODULES = [m.name for m in pkgutil.iter_modules(ld.__path__, "ld.") if m.name not in ("ld.__main__",)]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
