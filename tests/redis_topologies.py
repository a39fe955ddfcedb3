"""Real Redis topologies on loopback ports for the tests: a three-node Redis Cluster and a
primary/replica pair watched by a sentinel, each started as `redis-server` processes in a
temporary folder (nothing saved to disk) and stopped afterwards."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from servers import free_port

STARTUP_SECONDS = 20.0


def redis_server() -> str | None:
    """The `redis-server` binary, or None when it (or `redis-cli`, which creates the
    cluster) is not installed."""
    return shutil.which("redis-server") if shutil.which("redis-cli") else None


def _cli(port: int, *args: str, timeout: float = 10.0) -> str:
    done = subprocess.run(
        ["redis-cli", "-h", "127.0.0.1", "-p", str(port), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return done.stdout + done.stderr


def _wait_for(what: str, check: Callable[[], bool], deadline: float) -> None:
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not happen within {STARTUP_SECONDS} s")
        time.sleep(0.05)


@contextmanager
def _servers(
    folder: Path, name: str, configs: list[list[str]], pick_port: Callable[[], int] = free_port
) -> Iterator[list[int]]:
    """Start one `redis-server` per argument list (each on a port from `pick_port`, in its
    own folder `name-n`); stop them all."""
    binary = redis_server()
    assert binary is not None
    ports: list[int] = []
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for n, extra in enumerate(configs):
            port = pick_port()
            node = folder / f"{name}-{n}"
            node.mkdir()
            args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(node),
                    "--save", "", "--appendonly", "no", "--logfile", str(node / "log"),
                    *extra]  # fmt: skip
            if extra and extra[0].endswith(".conf"):  # a sentinel reads its config file first
                args = [binary, *extra, "--port", str(port), "--bind", "127.0.0.1",
                        "--dir", str(node), "--logfile", str(node / "log")]  # fmt: skip
            processes.append(subprocess.Popen(args, stdout=subprocess.DEVNULL))
            ports.append(port)
        deadline = time.monotonic() + STARTUP_SECONDS
        for port in ports:
            _wait_for(f"redis-server on {port}", lambda p=port: "PONG" in _cli(p, "ping"), deadline)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


@contextmanager
def redis_single(folder: Path, *config: str) -> Iterator[int]:
    """One `redis-server` of a test's own (with extra `config` arguments); its port."""
    with _servers(folder, "single", [list(config)]) as ports:
        yield ports[0]


def _cluster_port() -> int:
    """A free port whose cluster bus port (port + 10000, every Redis version) is free too."""
    while True:
        port = free_port()
        if port + 10000 < 65536:
            with socket.socket() as bus:
                try:
                    bus.bind(("127.0.0.1", port + 10000))
                except OSError:
                    continue
            return port


@contextmanager
def redis_cluster(folder: Path, nodes: int = 3) -> Iterator[list[int]]:
    """A Redis Cluster of `nodes` primaries (no replicas) on loopback; yields their ports
    once every node reports `cluster_state:ok`."""
    config = ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
              "--cluster-node-timeout", "2000"]  # fmt: skip
    with _servers(folder, "cluster", [config] * nodes, _cluster_port) as ports:
        created = _cli(ports[0], "--cluster", "create",
                       *[f"127.0.0.1:{p}" for p in ports],
                       "--cluster-replicas", "0", "--cluster-yes", timeout=30)  # fmt: skip
        if "[OK] All 16384 slots covered" not in created:
            raise RuntimeError(f"redis-cli --cluster create failed: {created[-500:]}")
        deadline = time.monotonic() + STARTUP_SECONDS
        for port in ports:
            _wait_for(
                f"cluster_state:ok on {port}",
                lambda p=port: "cluster_state:ok" in _cli(p, "cluster", "info"),
                deadline,
            )
        yield ports


@contextmanager
def redis_sentinel(folder: Path, service: str = "main") -> Iterator[tuple[list[int], int]]:
    """A primary, one replica of it and one sentinel watching them (`service`), on
    loopback; yields ([primary port, replica port], sentinel port)."""
    fast_sync = ["--repl-diskless-sync-delay", "0"]  # the replica syncs at once, not after 5 s
    with _servers(folder, "data", [fast_sync, fast_sync]) as data:
        primary, replica = data
        _cli(replica, "replicaof", "127.0.0.1", str(primary))
        deadline = time.monotonic() + STARTUP_SECONDS
        _wait_for(
            "replication",
            lambda: "master_link_status:up" in _cli(replica, "info", "replication"),
            deadline,
        )
        conf = folder / "sentinel.conf"
        conf.write_text(
            f"sentinel monitor {service} 127.0.0.1 {primary} 1\n"
            f"sentinel down-after-milliseconds {service} 1000\n"
            f"sentinel failover-timeout {service} 5000\n"
        )
        with _servers(folder, "sentinel", [[str(conf), "--sentinel"]]) as [sentinel]:
            _wait_for(
                "the sentinel to see the replica",
                lambda: "slaves=1" in _cli(sentinel, "info", "sentinel"),
                deadline,
            )
            yield [primary, replica], sentinel


def _offsets(port: int) -> dict[str, str]:
    lines = _cli(port, "info", "replication").splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


def _caught_up(primary: int) -> bool:
    info = _offsets(primary)
    replica = info.get("slave0", "")
    return f"offset={info.get('master_repl_offset')}," in replica + ","


def sentinel_failover(sentinel: int, service: str, old_primary: int) -> None:
    """Force a failover and wait until the sentinel names a new primary (it refuses with
    NOGOODSLAVE until it has read the replica's own INFO: ask again until it accepts)."""
    deadline = time.monotonic() + STARTUP_SECONDS
    # A planned failover: the replica first catches up (replication is asynchronous, so a
    # failover may otherwise lose the newest writes, as Redis documents).
    _wait_for("the replica to catch up", lambda: _caught_up(old_primary), deadline)
    _wait_for(
        "the failover to start",
        lambda: "OK" in _cli(sentinel, "sentinel", "failover", service),
        deadline,
    )

    def moved() -> bool:
        answer = _cli(sentinel, "sentinel", "get-master-addr-by-name", service).split()
        return len(answer) == 2 and answer[1] != str(old_primary)

    _wait_for("the failover", moved, deadline)
    # The sentinel turns the old primary into a replica on its next INFO round (up to
    # 10 s); do it now, so clients still connected to it get READONLY at once.
    new_primary = _cli(sentinel, "sentinel", "get-master-addr-by-name", service).split()[1]
    _cli(old_primary, "replicaof", "127.0.0.1", new_primary)
