"""Prints N (default 1) free TCP ports on 127.0.0.1, all different: every socket is bound before any
is closed, so the kernel cannot hand out the same port twice. For the scripts that start servers.
    free_ports.py [N]"""
import socket
import sys

socks = [socket.socket() for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
for s in socks:
    s.close()
