"""Work-arounds for bugs of the Qt binding, each detected at run time rather than by version."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_steals_bool() -> bool:
    """PySide6 6.12 on Python 3.11: ``SignalInstance.emit()`` returns True without a new reference.

    Every Python-side emit then takes one reference from ``True``; after a few thousand emits
    the interpreter aborts ("bool_dealloc: deallocating True or False"), at the latest at
    exit. Measured here, once, so a fixed binding turns the work-around off by itself.
    Python >= 3.12 makes True immortal, where the count cannot reach zero.
    """
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    result = probe.ping.emit()  # type: ignore[func-returns-value]  # the stubs say None; it is a bool
    del result
    return sys.getrefcount(True) < before


_STEALS = _emit_steals_bool()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
if _STEALS:
    _incref(True)  # give back the reference the probe took


def emit(signal: Any, *args: object) -> None:
    """Emit ``signal`` with ``args``; use this instead of ``signal.emit`` everywhere in desktop/."""
    result = signal.emit(*args)
    if _STEALS and isinstance(result, bool):
        _incref(result)
