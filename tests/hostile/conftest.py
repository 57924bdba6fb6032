"""The hostile-input suite: files and situations built to break the app, each asserting what it must do.

Shared fixtures live here; builders of hostile files in ``builders.py``. Reader cases (decoding,
cost bounds, wrapped lines) sit in their own ``test_readers_*.py`` files beside the ones for
the network, project and autosave files, exports and the CLI.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator

import pytest

from comparer.convert import find_soffice

needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not installed")
needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, signals and rlimits are POSIX")


class Listener:
    """A TCP server on a loopback address that records every connection made to it.

    Loopback only: a test must never reach another address. ``connections`` lists the first
    bytes each client sent (an HTTP request line when LibreOffice fetches a link).
    """

    def __init__(self, family: socket.AddressFamily, host: str) -> None:
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.host = host
        self.port: int = self.sock.getsockname()[1]
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{path}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                continue
            with client:
                client.settimeout(1.0)
                try:
                    self.connections.append(client.recv(200) or b"(connected, sent nothing)")
                except OSError:
                    self.connections.append(b"(connected)")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A loopback (127.0.0.1) listener; the test asserts it received nothing."""
    server = Listener(socket.AF_INET, "127.0.0.1")
    yield server
    server.close()


@pytest.fixture
def listener6() -> Iterator[Listener]:
    """The same on IPv6 loopback (::1), skipped where the machine has no IPv6."""
    try:
        server = Listener(socket.AF_INET6, "::1")
    except OSError:
        pytest.skip("no IPv6 loopback")
    yield server
    server.close()
