"""Start real servers for tests on free loopback ports: redis-server, PostgreSQL."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


STARTS = 3
"""Ports tried per server: a free port can be taken by another process (another pytest-xdist
worker, say) between ``free_port`` and the server binding it; the next try takes a new one."""


def _redis_pid(port: int) -> int | None:
    """The process id of the redis-server answering on ``port``, or None if none answers."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
            sock.sendall(b"INFO server\r\n")
            reply = b""
            while b"process_id:" not in reply or not reply.endswith(b"\r\n"):
                chunk = sock.recv(4096)
                if not chunk:
                    return None
                reply += chunk
    except OSError:
        return None
    found = re.search(rb"process_id:(\d+)\r\n", reply)
    return int(found[1]) if found else None


def _start_redis(binary: str, workdir: Path) -> tuple[subprocess.Popen[bytes], int] | None:
    """redis-server on a free port, once it answers as itself; None if it could not bind."""
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while _redis_pid(port) != process.pid:  # not another process's server on a reused port
        if process.poll() is not None:
            return None
        if time.monotonic() > deadline:
            process.kill()
            process.wait(timeout=10)
            pytest.fail(f"redis-server did not start on port {port}")
        time.sleep(0.05)
    return process, port


@contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    """Run redis-server on 127.0.0.1 until the block ends; yield its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(
            "redis-server is not installed (.ci/run installs it: apt-get install redis-server)"
        )
    for _ in range(STARTS):
        started = _start_redis(binary, workdir)
        if started is not None:
            break
    else:
        pytest.fail(f"redis-server exited at start {STARTS} times (ports taken?)")
    process, port = started
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _postgres_binaries() -> Path:
    """The folder of initdb/pg_ctl: on PATH, or Debian's /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which("initdb")
    if found is not None and shutil.which("pg_ctl") is not None:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    if not versions:
        pytest.fail("PostgreSQL is not installed (.ci/run installs it: apt-get install postgresql)")
    return versions[-1].parent


class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1: ``start``, ``stop``, ``url``.

    PostgreSQL refuses to run as root, so as root (CI) its commands run as the ``postgres``
    user that Debian's package creates, in a folder of /tmp that user owns.
    """

    def __init__(self) -> None:
        self.bin = _postgres_binaries()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="scaffold-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("running as root needs the postgres user (apt-get install postgresql)")
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        problem = self._try(*args)
        if problem is not None:
            pytest.fail(problem)

    def _try(self, *args: str) -> str | None:
        """Run a server command; None if it succeeded, else what it and the server's log say."""
        done = subprocess.run(
            [*self.as_user, *args], capture_output=True, text=True, check=False, cwd=self.root
        )
        if done.returncode == 0:
            return None
        log = self.log.read_text(errors="replace") if self.log.exists() else ""
        return f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}{log[-2000:]}"

    def initdb(self) -> None:
        self._run(
            str(self.bin / "initdb"),
            *("-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync"),
        )

    def start(self) -> None:
        """Start the cluster on its port (again, after ``stop``: the same URL)."""
        self._run(*self._start_command())

    def start_on_a_free_port(self) -> None:
        """Start the cluster, on a new free port if another process took this one first."""
        for _ in range(STARTS - 1):
            if self._try(*self._start_command()) is None:
                return
            self.port = free_port()
        self.start()

    def _start_command(self) -> list[str]:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        return [
            str(self.bin / "pg_ctl"),
            *("-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60"),
            "start",
        ]

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """A running PostgreSQL for the block; stopped and deleted after it."""
    server = PostgresServer()
    try:
        server.initdb()
        server.start_on_a_free_port()
        try:
            yield server
        finally:
            if (server.data / "postmaster.pid").exists():
                server.stop()
    finally:
        server.remove()
