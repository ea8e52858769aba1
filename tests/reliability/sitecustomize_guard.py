"""Loaded at start-up of a test subprocess (PYTHONPATH): refuse every non-loopback connection.

`socket.socket.connect`/`connect_ex`/`sendto` and `socket.getaddrinfo` raise for any address that is
not loopback (127.0.0.0/8, ::1, localhost) or a Unix socket; each attempt is appended to the file
named by $EGRESS_LOG ("refused <address>") so a test can assert that nothing even tried.
"""

import ipaddress
import os
import socket

_LOG = os.environ.get("EGRESS_LOG", "")
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_local(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).strip("[]").lower()
    if host in _LOCAL_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def _refuse(what: str, address) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(f"refused {what} {address!r} pid={os.getpid()}\n")
    raise OSError(111, f"egress blocked by test guard: {address!r}")


def _check(what: str, sock, address) -> None:
    if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", None):
        return
    host = address[0] if isinstance(address, tuple) and address else address
    if not _is_local(host):
        _refuse(what, address)


_connect, _connect_ex, _sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    _check("connect", self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _check("connect_ex", self, address)
    return _connect_ex(self, address)


def sendto(self, data, *args):
    _check("sendto", self, args[-1])
    return _sendto(self, data, *args)


def getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        _refuse("getaddrinfo", host)
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.getaddrinfo = getaddrinfo
if _LOG:
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(f"guard loaded pid={os.getpid()}\n")
