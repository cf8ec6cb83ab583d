"""Whoosh without three imports that wire never uses: ~30 ms of a cold ``search``.

Three of Whoosh's modules import, for one name each, a module that costs more than the
name is worth to wire:

- ``whoosh.compat`` takes ``urlretrieve`` from ``urllib.request``, which brings in
  ``http.client``, ``ssl`` and ``email`` (~15 ms);
- ``whoosh.reading`` takes ``cached_property`` from the package of that name, which
  imports ``asyncio`` for its async variant (~14 ms);
- ``whoosh.query.terms`` takes ``variations`` from ``whoosh.lang.morph_en``, whose
  table of English endings compiles a large regex (~5 ms). Only Whoosh's
  ``Variations`` query calls it, and wire's query parser never makes one.

``install()`` (called by ``indexer/__init__``) puts a finder first on ``sys.meta_path``.
When one of those Whoosh modules is first imported, the finder runs it with a stand-in
for the costly module in ``sys.modules``, holding the one name: ``functools``'s own
``cached_property`` (the same caching in the instance's ``__dict__``), or a function that
imports the real module when called and hands over to it. The stand-in leaves
``sys.modules`` as soon as the Whoosh module has run, so any later ``import
urllib.request`` gets the real module, and a stand-in asked for any other name imports
the real module and answers from it. Nothing changes if Whoosh or the costly module was
imported before (by the program using wire, say): the finder then steps aside.
"""
from __future__ import annotations

import functools
import importlib
import sys
from types import ModuleType


def _calls_real(module: str, name: str):
    """A function that imports ``module`` when first called and calls its ``name``."""
    def call(*args, **kwargs):
        return getattr(importlib.import_module(module), name)(*args, **kwargs)
    call.__name__ = call.__qualname__ = name
    return call


#: Whoosh module -> (the module it imports for one name, that name, its stand-in)
STAND_INS = {
    "whoosh.compat": ("urllib.request", "urlretrieve",
                      _calls_real("urllib.request", "urlretrieve")),
    "whoosh.reading": ("cached_property", "cached_property", functools.cached_property),
    "whoosh.query.terms": ("whoosh.lang.morph_en", "variations",
                           _calls_real("whoosh.lang.morph_en", "variations")),
}


class _StandIn(ModuleType):
    """A module holding one name; any other name imports the real module and is read
    from it."""

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(_real(self.__name__), attr)


def _real(name: str):
    """The real module ``name``, imported past a stand-in that may be in sys.modules (the
    stand-in's own Whoosh module then goes on with the real one)."""
    if isinstance(sys.modules.get(name), _StandIn):
        del sys.modules[name]
    return importlib.import_module(name)


class _Loader:
    """Runs a Whoosh module with a stand-in for one costly module; everything else is
    the real loader's."""

    def __init__(self, loader, costly: str, name: str, stand_in):
        self.loader, self.costly, self.name, self.stand_in = loader, costly, name, stand_in

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__loader__ = self.loader  # tracebacks and inspect read the source from it
        if self.costly in sys.modules:  # imported already: nothing to save
            return self.loader.exec_module(module)
        stand_in = _StandIn(self.costly)
        setattr(stand_in, self.name, self.stand_in)
        sys.modules[self.costly] = stand_in
        try:
            self.loader.exec_module(module)
        finally:
            if sys.modules.get(self.costly) is stand_in:
                del sys.modules[self.costly]

    def __getattr__(self, attr):
        return getattr(self.loader, attr)


class _Finder:
    """First on sys.meta_path until the three Whoosh modules are imported."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        entry = STAND_INS.get(fullname)
        if entry is None:
            return None
        if all(name in sys.modules or name == fullname for name in STAND_INS):
            uninstall()  # the last of them: the finder's work is done
        from importlib.machinery import PathFinder
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _Loader(spec.loader, *entry)
        return spec


def install() -> None:
    """Put the finder first on sys.meta_path, unless Whoosh is imported already."""
    if "whoosh" in sys.modules or _Finder in sys.meta_path:
        return
    sys.meta_path.insert(0, _Finder)


def uninstall() -> None:
    if _Finder in sys.meta_path:
        sys.meta_path.remove(_Finder)
