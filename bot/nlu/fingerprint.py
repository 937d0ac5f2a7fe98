"""Part of a component's training fingerprint: its own source code.

Rasa's training cache fingerprints a component's config and inputs, not its code. Components
that change the training data or learn from it return this from `fingerprint_addon`, so editing
them retrains instead of reusing a stale cached result.
"""
import hashlib
import inspect
from typing import Type


def source_fingerprint(component: Type) -> str:
    """SHA-256 of the module that defines the component."""
    source = inspect.getsource(inspect.getmodule(component))
    return hashlib.sha256(source.encode("utf-8")).hexdigest()
