"""What the office-server tests share (the command line's `server`, the start's connection dialog, the settings
page): an address nothing answers on, and the password they type."""

from __future__ import annotations

import socket

SERVER_PASSWORD = "Sandi-kantor-42"


def closed_port() -> int:
    """A local port that was free a moment ago: a connection to it is refused at once (no timeout to wait for)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
