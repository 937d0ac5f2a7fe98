"""Part of a component's training fingerprint: its own source code.

Rasa's training cache fingerprints a component's config and inputs, not its code. Components
that change the training data or learn from it return this from `fingerprint_addon`, so editing
them retrains instead of reusing a stale cached result.
"""
import hashlib
import inspect
from typing import Type


def source_fingerprint(component: Type) -> str:
    """SHA-256 of the project's modules that define the component and its base classes."""
    modules = {inspect.getmodule(cls) for cls in component.__mro__ if cls.__module__.startswith("bot.")}
    digest = hashlib.sha256()
    for module in sorted(modules, key=lambda module: module.__name__):
        digest.update(inspect.getsource(module).encode("utf-8"))
    return digest.hexdigest()
