"""One running app per user: a second start hands its file to the first window and exits.

The first instance listens on a QLocalServer (a Unix socket, a Windows named pipe). A later
``minutesapp FILE`` connects, sends one JSON line ``{"path": ABSOLUTE, "item": N|null}`` and
waits for ``ok``; only then does it exit, so a file is never dropped between the two. The
server name is derived from the user and the data folder, so a test (or anyone) with its own
``MINUTESAPP_HOME`` gets its own instance. A socket left behind by a crashed instance refuses
connections; it is removed and listened on again.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from minutesapp import paths

SEND_TIMEOUT_MS = 3000  # to reach a running instance
# Once connected, someone is there: its window may be busy for a while (opening a big file on a
# loaded machine) and must not be taken for dead, which would start a second window.
ANSWER_TIMEOUT_MS = 30_000
ACK = b"ok\n"
MAX_MESSAGE_BYTES = 64 * 1024


def server_name(key: str | None = None) -> str:
    """The per-user, per-data-folder name of the server (short: Unix sockets allow ~100 bytes)."""
    if key is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name (some containers)
            user = ""
        key = f"{user}\0{paths.data_dir().resolve()}"
    return "minutesapp-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def encode_message(path: Path | None, item: int | None) -> bytes:
    """The one line a second start sends; the path made absolute in the sender's folder."""
    absolute = str(Path(path).expanduser().absolute()) if path is not None else None
    return json.dumps({"path": absolute, "item": item}).encode("utf-8") + b"\n"


def decode_message(line: bytes) -> tuple[str | None, int | None] | None:
    """(path, item) from a received line, or None when it is not one of ours."""
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    path, item = data.get("path"), data.get("item")
    if path is not None and not isinstance(path, str):
        return None
    if not isinstance(item, int) or isinstance(item, bool):
        item = None
    return path, item


class SingleInstance(QObject):
    """Either hands a start over to a running instance (``send``) or becomes it (``listen``).

    Signals:
        activation_requested(): another start asked for the window (with or without a file).
        file_received(str, object): another start asked to open this absolute path, at this
            agenda item (int) or None.
    """

    activation_requested = Signal()
    file_received = Signal(str, object)

    def __init__(self, key: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(key)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    # --- the second start ---------------------------------------------------------------

    def send(self, path: Path | None, item: int | None = None, timeout_ms: int = SEND_TIMEOUT_MS,
             answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
        """True when a running instance took the request; False when there is none (or it hangs).

        ``timeout_ms`` limits reaching the instance; once connected, its answer may take up to
        ``answer_timeout_ms`` (the limit is for a hung instance, not a busy one).

        Waits in a local event loop rather than the blocking ``waitFor...`` calls, so the
        receiving side may live in this same thread (as in the tests).
        """
        socket = QLocalSocket(self)
        loop = QEventLoop()
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        received = bytearray()

        def read() -> None:
            received.extend(socket.readAll().data())  # also once more after a disconnect
            if ACK in bytes(received):
                loop.quit()

        socket.readyRead.connect(read)
        socket.disconnected.connect(loop.quit)
        socket.errorOccurred.connect(loop.quit)

        def connected() -> None:
            socket.write(QByteArray(encode_message(path, item)))
            timer.start(max(timeout_ms, answer_timeout_ms))

        socket.connected.connect(connected)
        timer.start(timeout_ms)
        socket.connectToServer(self.name)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            loop.exec()
        timer.stop()
        if socket.isOpen():
            read()
        taken = ACK in bytes(received)
        socket.abort()
        socket.deleteLater()
        timer.deleteLater()
        return taken

    # --- the first start ----------------------------------------------------------------

    def listen(self) -> bool:
        """Start serving; a stale socket of a crashed instance is removed first. False on failure."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self.name):
            # Nobody answered before we got here, so whatever holds the name is dead.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                server.deleteLater()
                return False
        self._server = server
        return True

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        """Stop serving. Call before dropping the object: open connections are cut first, so
        none of them signals into a half-destroyed instance."""
        for socket in list(self._buffers):
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()
        if self._server is not None:
            self._server.newConnection.disconnect()
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + socket.readAll().data()
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        message = decode_message(line)
        if message is None:
            socket.abort()
            return
        socket.write(QByteArray(ACK))
        socket.flush()
        path, item = message
        self.activation_requested.emit()
        if path:
            self.file_received.emit(path, item)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
