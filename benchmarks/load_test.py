"""Load test: locust against a fake upstream directly and through the piiguard proxy.

    python benchmarks/load_test.py [--users 10,50] [--duration 30s] [--detector auto]
                                   [--wait 0.5,1.5] [--unique-replies] [--baseline DIR]
                                   [--peer llm-shield-proxy] [--passthrough] [--rounds N]
                                   [--key NAME] [--write benchmarks/RESULTS.md]

`--wait 0` is the closed loop (each user sends again as soon as it has its reply: the
saturated rate); `--wait 1,3` is chat-paced (about 0.5 messages per second per user,
users out of step, each thinking a random 1-3 s). `--unique-replies` makes the fake
upstream number its replies, so no reply text repeats (as with a real bot).
`--baseline DIR` also runs a proxy from another checkout (`PYTHONPATH=DIR`, e.g. a
worktree of main) in the same run, interleaved with this one: before/after on the
same noisy machine. `--peer llm-shield-proxy` also puts that gateway (PyPI
`llm-shield-proxy`, its own defaults; see `PEERS`) in front of the same fake upstream,
under the same locust load, in the same run. `--passthrough` also runs the proxy without
its guard (`benchmarks/passthrough_proxy.py`: the same forwarder and uvicorn settings,
nothing detected or stored), the floor of what forwarding alone costs. `--rounds N`
runs the targets N times, every other round in reverse order (the servers stay up), and
reports each target over all its rounds: on a shared machine one round can land on a
burst of other jobs. `--key` names the block written into RESULTS.md (default: the
detector).

Starts `benchmarks/fake_upstream.py` and `piiguard proxy` in front of it on
127.0.0.1, then runs locust headless (`benchmarks/locustfile.py`) for each user
count, first straight at the upstream, then through the proxy. It reports
requests, failures, RPS, p50/p99 for both, the proxy's added latency, and the
time the proxy itself measured for detection in requests (`piiguard_detection_seconds`)
and for checking replies (`piiguard_reply_check_seconds`, JSON and streamed replies
together), so "added minus detection minus reply check" is the proxy's own overhead.
Everything (load generator, proxy, upstream) shares this machine. Traffic goes to
127.0.0.1 only.

Targets (issue 6): zero failures; at 50 users the proxy adds at most 10 ms at p50
and 30 ms at p99 beyond detection and reply-check time.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SECTION = "load"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not become ready in {timeout:.0f}s")


@dataclass(frozen=True)
class Stats:
    requests: int
    failures: int
    rps: float
    p50: float
    p99: float
    mean: float


@dataclass(frozen=True)
class Run:
    target: str
    users: int
    all: Stats
    by_name: dict[str, Stats]
    detect_p50_ms: float | None = None
    detect_p99_ms: float | None = None
    detect_mean_ms: float | None = None
    reply_p50_ms: float | None = None
    reply_p99_ms: float | None = None
    reply_mean_ms: float | None = None
    guard_total_ms: float = 0.0  # detection + reply check, summed over the run
    cpu_ms: float | None = None  # CPU time of the target's processes over the run


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process `pid` and all its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        child = int(entry.name)
        children.setdefault(int(fields[1]), []).append(child)
        times[child] = (int(fields[11]) + int(fields[12])) / tick
    if pid not in times:
        return None
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += times.get(current, 0.0)
        todo.extend(children.get(current, []))
    return total


def read_stats(prefix: str) -> tuple[Stats, dict[str, Stats]]:
    rows = list(csv.DictReader(open(f"{prefix}_stats.csv", newline="")))  # noqa: SIM115

    def stats(row: dict[str, str]) -> Stats:
        return Stats(
            int(row["Request Count"]),
            int(row["Failure Count"]),
            float(row["Requests/s"]),
            float(row["50%"]),
            float(row["99%"]),
            float(row["Average Response Time"]),
        )

    total = next(stats(r) for r in rows if r["Name"] == "Aggregated")
    return total, {r["Name"]: stats(r) for r in rows if r["Name"] != "Aggregated"}


def merge_rounds(
    samples: list[tuple[Stats, dict[str, Stats], float | None]],
) -> tuple[Stats, dict[str, Stats], float | None]:
    """One target's rounds as one: requests, failures and CPU summed, RPS averaged,
    p50/p99 and mean the median over rounds (quantiles of separate runs do not add up)."""
    if len(samples) == 1:
        return samples[0]

    def merged(stats: list[Stats]) -> Stats:
        return Stats(
            sum(s.requests for s in stats),
            sum(s.failures for s in stats),
            statistics.fmean(s.rps for s in stats),
            statistics.median(s.p50 for s in stats),
            statistics.median(s.p99 for s in stats),
            statistics.median(s.mean for s in stats),
        )

    names = {name for _, by_name, _ in samples for name in by_name}
    by_name = {
        name: merged([b[name] for _, b, _ in samples if name in b]) for name in sorted(names)
    }
    cpu = [c for _, _, c in samples]
    cpu_ms = None if any(c is None for c in cpu) else sum(c for c in cpu if c is not None)
    return merged([total for total, _, _ in samples]), by_name, cpu_ms


DETECTION = "piiguard_detection_seconds"
REPLY_CHECK = "piiguard_reply_check_seconds"
_LE = re.compile(r'le="([^"]+)"')


def histogram(proxy_url: str, name: str) -> tuple[list[tuple[float, float]], float]:
    """Cumulative (le, count) buckets and the sum of one histogram, over all its labels."""
    text = httpx.get(f"{proxy_url}/metrics", timeout=5).text
    counts: dict[float, float] = {}
    total = 0.0
    for line in text.splitlines():
        if line.startswith(f"{name}_bucket{{"):
            labels, value = line[len(name) + 8 :].rsplit("} ", 1)
            le = _LE.search(labels)
            if le:
                bound = float(le.group(1))
                counts[bound] = counts.get(bound, 0.0) + float(value)
        elif line.startswith(f"{name}_sum"):
            total += float(line.rsplit(" ", 1)[1])
    return sorted(counts.items()), total


@dataclass(frozen=True)
class Timing:
    """A histogram's quantiles and mean over one run, in milliseconds."""

    p50: float | None = None
    p99: float | None = None
    mean: float | None = None
    total: float = 0.0


def timing(
    before: tuple[list[tuple[float, float]], float], after: tuple[list[tuple[float, float]], float]
) -> Timing:
    old = dict(before[0])
    delta = [(le, n - old.get(le, 0.0)) for le, n in after[0]]
    count = delta[-1][1] if delta else 0
    if not count:
        return Timing()
    total = (after[1] - before[1]) * 1000
    return Timing(quantile(0.5, delta) * 1000, quantile(0.99, delta) * 1000, total / count, total)


def quantile(q: float, buckets: list[tuple[float, float]]) -> float:
    """Prometheus-style histogram_quantile over cumulative (le, count) buckets (seconds)."""
    count = buckets[-1][1]
    if count <= 0:
        return 0.0
    rank = q * count
    lower_le, lower_n = 0.0, 0.0
    for le, n in buckets:
        if n >= rank:
            if le == float("inf"):
                return lower_le
            span = n - lower_n
            return lower_le + (le - lower_le) * ((rank - lower_n) / span if span else 1.0)
        lower_le, lower_n = le, n
    return lower_le


def run_locust(
    url: str, users: int, duration: str, workdir: str, tag: str, env: dict[str, str] | None = None
) -> tuple[Stats, dict]:
    prefix = os.path.join(workdir, tag)
    command = [
        sys.executable, "-m", "locust",
        "-f", str(HERE / "locustfile.py"),
        "--headless", "-u", str(users), "-r", str(users), "-t", duration,
        "--host", url, "--csv", prefix, "--only-summary", "--loglevel", "WARNING",
        "--stop-timeout", "10", "--reset-stats",
    ]  # fmt: skip
    subprocess.run(
        command, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return read_stats(prefix)


@dataclass(frozen=True)
class Peer:
    """Another redacting gateway, started in front of the fake upstream with its defaults."""

    command: str  # console script, looked up next to this Python
    env: dict[str, str]  # "{upstream}" is replaced by the fake upstream's URL
    ready_path: str
    client_key: str  # sent as the bearer token (OPENAI_API_KEY in the locustfile)
    headers: str  # extra request headers (PIIGUARD_LOAD_HEADERS in the locustfile)
    note: str


PASSTHROUGH = "passthrough"
PEER_KEY = "load-test-key"
PEERS = {
    # Its defaults, except what it needs to run here at all: an upstream and its key, a
    # client key (it refuses every request without one), no Envoy ext_proc socket, and its
    # agent-loop breaker bypassed (per session it answers 429 once a user sends the same
    # message three times in a row, which random test traffic does).
    "llm-shield-proxy": Peer(
        command="llm-shield-proxy",
        env={
            "UPSTREAM_BASE_URL": "{upstream}",
            "UPSTREAM_API_KEY": "fake-upstream-key",
            "VALID_VIRTUAL_KEYS": PEER_KEY,
            "HOST": "127.0.0.1",
            "ENABLE_EXT_PROC": "false",
        },
        ready_path="/health",
        client_key=PEER_KEY,
        headers="x-shield-bypass-breaker: true",
        note="regex and checksum detectors (its default; its NER tier is off by default), "
        "no reply guard",
    ),
}


def pick_detector(choice: str) -> str:
    if choice != "auto":
        return choice
    try:
        from piiguard.detection.ner import default_model_dir

        default_model_dir()
        return "default"
    except Exception:
        return "patterns"


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def cpu_pressure() -> str:
    """Linux PSI: the share of time some task waited for a CPU in the last minute."""
    try:
        line = Path("/proc/pressure/cpu").read_text().splitlines()[0]
    except (OSError, IndexError):
        return ""
    fields = dict(part.split("=") for part in line.split()[1:])
    return f", CPU pressure {float(fields.get('avg60', 0)):.0f}% (PSI some avg60)"


def render(
    runs: list[Run],
    *,
    detector: str,
    duration: str,
    command: str,
    workers: int,
    baseline: str | None = None,
    unique: bool = False,
    peer: str | None = None,
    rounds: int = 1,
    passthrough: bool = False,
) -> str:
    load = os.getloadavg()
    pressure = cpu_pressure()
    wait = os.environ.get("PIIGUARD_LOAD_WAIT", "0.5,1.5")
    closed = wait in ("0,0", "0")
    title = (
        f"### Proxy under load, `{detector}` detector, "
        + ("closed loop (saturated)" if closed else f"think time {wait} s")
        + (", before/after" if baseline else "")
        + (f", next to {peer}" if peer else "")
    )
    lines = [
        title,
        "",
        f"`{command}`",
        "",
        f"locust headless (FastHttpUser; think time {wait} s"
        f"{': closed loop' if closed else ''}), "
        f"{duration} per run"
        + (
            f" ({rounds} rounds per target, every other one in reverse order; requests, "
            "failures and CPU summed over the rounds, RPS their mean, p50/p99 their median)"
            if rounds > 1
            else ""
        )
        + f", load generator + proxy ({workers} worker(s)) + fake upstream all on "
        "this 2-core "
        f"machine (shared with other jobs; at the end: load average {load[0]:.1f}"
        f"{pressure}). "
        f"Detector: `{detector}`. Latencies in ms; traffic mix: 5 chat : 3 streamed chat : "
        "1 models, half the messages with personal data, each reply checked for the user's "
        "own values"
        + (", every reply text new (numbered)" if unique else ", replies echo the message")
        + "."
        + (
            f" `baseline`: the proxy of `{Path(baseline).name}` in the same run, each user "
            "count run against direct, baseline, proxy in turn."
            if baseline
            else ""
        )
        + (
            f" `{peer}`: that gateway ({PEERS[peer].note}) in front of the same fake "
            "upstream, same load, in the same run."
            if peer
            else ""
        )
        + (
            " `passthrough`: the proxy's forwarder without the guard "
            "(`benchmarks/passthrough_proxy.py`), same load, same run."
            if passthrough
            else ""
        ),
        "",
        "| users | target | requests | failures | RPS | p50 | p99 "
        "| chat p50 | chat p99 | stream p50 | stream p99 | CPU ms/request |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for run in runs:
        chat = run.by_name.get("chat")
        stream = run.by_name.get("chat (stream)")
        lines.append(
            f"| {run.users} | {run.target} | {run.all.requests} | {run.all.failures} | "
            f"{run.all.rps:.1f} | {run.all.p50:.0f} | {run.all.p99:.0f} | "
            f"{fmt(chat.p50 if chat else None)} | {fmt(chat.p99 if chat else None)} | "
            f"{fmt(stream.p50 if stream else None)} | {fmt(stream.p99 if stream else None)} | "
            f"{fmt(run.cpu_ms / run.all.requests if run.cpu_ms and run.all.requests else None)} |"
        )
    lines += [
        "",
        "CPU ms/request: user + system CPU time of the target's processes (the fake upstream "
        "for `direct`) over the run, divided by the requests served; less sensitive to the "
        "other jobs on the machine than RPS.",
        "",
        "Proxy overhead (proxy minus direct, same user count; detection and reply check from "
        "the proxy's own `piiguard_detection_seconds` and `piiguard_reply_check_seconds` "
        "histograms over the same run; own = added - detection - reply check):",
        "",
        "| users | target | added p50 | added p99 | detection p50 | detection p99 "
        "| detection mean "
        "| reply check p50 | reply check p99 | reply check mean "
        "| own p50 | own p99 | own mean | target (≤10 / ≤30) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    by_key = {(r.users, r.target): r for r in runs}
    for users, target in sorted({(r.users, r.target) for r in runs if r.target != "direct"}):
        direct, proxy = by_key.get((users, "direct")), by_key.get((users, target))
        if direct is None or proxy is None:
            continue
        added50 = proxy.all.p50 - direct.all.p50
        added99 = proxy.all.p99 - direct.all.p99
        d50, d99 = proxy.detect_p50_ms or 0.0, proxy.detect_p99_ms or 0.0
        r50, r99 = proxy.reply_p50_ms or 0.0, proxy.reply_p99_ms or 0.0
        own50, own99 = added50 - d50 - r50, added99 - d99 - r99
        # Means add up exactly: the guard's summed time spread over all proxied requests.
        own_mean = proxy.all.mean - direct.all.mean - proxy.guard_total_ms / proxy.all.requests
        failures = direct.all.failures + proxy.all.failures
        met = own50 <= 10 and own99 <= 30 and failures == 0
        verdict = "-" if target in (peer, PASSTHROUGH) else ("met" if met else "NOT met")
        lines.append(
            f"| {users} | {target} | {added50:.0f} | {added99:.0f} | {d50:.1f} | {d99:.1f} | "
            f"{fmt(proxy.detect_mean_ms)} | {r50:.1f} | {r99:.1f} | {fmt(proxy.reply_mean_ms)} | "
            f"{own50:.1f} | {own99:.1f} | {own_mean:.1f} | {verdict} |"
        )
    lines += [
        "",
        "Locust reports whole milliseconds; p50/p99 above are over all requests of a run "
        "(chat, streamed chat, models). Detection quantiles are interpolated from histogram "
        "buckets, so they are estimates; subtracting quantiles of different distributions "
        "is an approximation (a reply check happens once per chat reply, none for models, "
        "and request detection only when the span cache misses), and can go negative. "
        '"own mean" needs no such approximation: mean added latency minus the detection '
        "and reply-check time summed over the run and spread over all proxied requests."
        + (" With several workers, detection figures come from one worker." if workers > 1 else ""),
    ]
    return "\n".join(lines)


def write_section(path: Path, body: str, key: str) -> None:
    """Put `body` into the `load` section of RESULTS.md, as its `key` block.

    Only this section is touched (read-modify-write); other blocks of it stay.
    """
    begin, end = f"<!-- BEGIN {SECTION} -->", f"<!-- END {SECTION} -->"
    sub_begin, sub_end = f"<!-- {SECTION}:{key} -->", f"<!-- /{SECTION}:{key} -->"
    block = f"{sub_begin}\n{body}\n{sub_end}"
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        section, tail = rest.split(end, 1)
    else:
        head, section, tail = text.rstrip("\n") + "\n\n", "\n", "\n"
    if sub_begin in section and sub_end in section:
        before, after = section.split(sub_begin, 1)
        section = before + block + after.split(sub_end, 1)[1]
    elif sub_begin not in section:
        section = section.rstrip("\n") + "\n" + block + "\n"
    path.write_text(head + begin + section + end + tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", default="10,50", help="comma-separated user counts")
    parser.add_argument("--duration", default="30s", help="locust run time per run")
    parser.add_argument("--detector", choices=("auto", "default", "patterns"), default="auto")
    parser.add_argument("--proxy-workers", type=int, default=1, help="proxy worker processes")
    parser.add_argument("--write", metavar="RESULTS_MD", default=None, help="update this file")
    parser.add_argument("--wait", default=None, help='think time "min,max" s; "0": closed loop')
    parser.add_argument("--unique-replies", action="store_true", help="no reply text repeats")
    parser.add_argument("--baseline", metavar="DIR", default=None, help="also run this checkout")
    parser.add_argument(
        "--rounds", type=int, default=1, help="run the targets this many times, alternating"
    )
    parser.add_argument("--peer", choices=sorted(PEERS), default=None, help="also run this")
    parser.add_argument(
        "--passthrough", action="store_true", help="also run the proxy without its guard"
    )
    parser.add_argument("--key", default=None, help="RESULTS.md block name (default: detector)")
    args = parser.parse_args()
    if args.wait is not None:
        wait = [w.strip() for w in args.wait.split(",")]
        os.environ["PIIGUARD_LOAD_WAIT"] = ",".join(wait if len(wait) == 2 else wait * 2)
    users_list = [int(u) for u in args.users.split(",") if u.strip()]
    detector = pick_detector(args.detector)
    command = "python benchmarks/load_test.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])

    up_port, proxy_port = free_port(), free_port()
    upstream_url = f"http://127.0.0.1:{up_port}"
    proxy_url = f"http://127.0.0.1:{proxy_port}"
    env = {**os.environ, "PIIGUARD_DETECTOR": detector}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    unique = ["--unique"] if args.unique_replies else []
    upstream = subprocess.Popen(
        [sys.executable, str(HERE / "fake_upstream.py"), "--port", str(up_port), *unique], **quiet
    )

    log_dir = tempfile.TemporaryDirectory()  # each server's stderr, shown if it fails to start

    def logged(name: str) -> dict[str, object]:
        return {"stdout": subprocess.DEVNULL, "stderr": open(Path(log_dir.name) / name, "wb")}

    def start_proxy(port: int, source: str | None) -> subprocess.Popen[bytes]:
        proxy_env = dict(env)
        if source is not None:
            proxy_env["PYTHONPATH"] = str(Path(source).resolve())
        return subprocess.Popen(
            [sys.executable, "-m", "piiguard.cli", "proxy", "--upstream", upstream_url,
             "--port", str(port), "--workers", str(args.proxy_workers),
             "--log-level", "warning"],
            env=proxy_env, cwd=source or ROOT, **logged(f"proxy-{port}"),
        )  # fmt: skip

    proxy = start_proxy(proxy_port, None)
    targets = [("direct", upstream_url), ("proxy", proxy_url)]
    baseline: subprocess.Popen[bytes] | None = None
    if args.baseline:
        base_port = free_port()
        baseline = start_proxy(base_port, args.baseline)
        targets.insert(1, ("baseline", f"http://127.0.0.1:{base_port}"))
    peer: subprocess.Popen[bytes] | None = None
    peer_dir = tempfile.TemporaryDirectory()  # its cwd: no stray .env, its files go away
    if args.peer:
        spec = PEERS[args.peer]
        peer_port = free_port()
        executable = Path(sys.executable).parent / spec.command
        peer_env = {
            **os.environ,
            **{k: v.format(upstream=upstream_url) for k, v in spec.env.items()},
        }
        peer = subprocess.Popen(
            [str(executable), "--port", str(peer_port), "--log-level", "warning"],
            env=peer_env, cwd=peer_dir.name, **logged(f"peer-{peer_port}"),
        )  # fmt: skip
        targets.insert(len(targets) - 1, (args.peer, f"http://127.0.0.1:{peer_port}"))
    passthrough: subprocess.Popen[bytes] | None = None
    if args.passthrough:
        pass_port = free_port()
        passthrough = subprocess.Popen(
            [sys.executable, str(HERE / "passthrough_proxy.py"), "--upstream", upstream_url,
             "--port", str(pass_port)],
            env=env, cwd=ROOT, **logged(f"passthrough-{pass_port}"),
        )  # fmt: skip
        targets.insert(1, (PASSTHROUGH, f"http://127.0.0.1:{pass_port}"))
    ready = {args.peer: PEERS[args.peer].ready_path} if args.peer else {}
    pids = {"direct": upstream.pid, "proxy": proxy.pid}
    if baseline is not None:
        pids["baseline"] = baseline.pid
    if peer is not None:
        pids[args.peer] = peer.pid
    if passthrough is not None:
        pids[PASSTHROUGH] = passthrough.pid
    runs: list[Run] = []
    try:
        wait_until(f"{upstream_url}/v1/models", 30)
        for name, url in targets[1:]:
            try:
                wait_until(f"{url}{ready.get(name, '/readyz')}", 180)
            except SystemExit:
                port = url.rsplit(":", 1)[1]
                for log in Path(log_dir.name).glob(f"*-{port}"):
                    print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
                raise
        with tempfile.TemporaryDirectory() as workdir:
            for users in users_list:
                unguarded = ("direct", args.peer, PASSTHROUGH)
                guarded = [(t, u) for t, u in targets if t not in unguarded]
                before = {
                    t: {n: histogram(u, n) for n in (DETECTION, REPLY_CHECK)} for t, u in guarded
                }
                samples: dict[str, list[tuple[Stats, dict[str, Stats], float | None]]] = {}
                for round_ in range(args.rounds):
                    # Every other round runs the targets after `direct` in reverse order, so
                    # no target always follows the same one.
                    order = targets if round_ % 2 == 0 else [targets[0], *targets[:0:-1]]
                    for target, url in order:
                        print(
                            f"locust: {users} users -> {target} for {args.duration}"
                            f" (round {round_ + 1}/{args.rounds})",
                            flush=True,
                        )
                        locust_env = None
                        if target == args.peer:
                            spec = PEERS[args.peer]
                            locust_env = {
                                **os.environ,
                                "OPENAI_API_KEY": spec.client_key,
                                "PIIGUARD_LOAD_HEADERS": spec.headers,
                            }
                        cpu_before = cpu_seconds(pids[target])
                        tag = f"{target}{users}r{round_}"
                        total, by_name = run_locust(
                            url, users, args.duration, workdir, tag, env=locust_env
                        )
                        cpu_after = cpu_seconds(pids[target])
                        cpu_ms = None
                        if cpu_before is not None and cpu_after is not None:
                            cpu_ms = (cpu_after - cpu_before) * 1000
                        samples.setdefault(target, []).append((total, by_name, cpu_ms))
                for target, url in targets:
                    total, by_name, cpu_ms = merge_rounds(samples[target])
                    if target in unguarded:
                        runs.append(Run(target, users, total, by_name, cpu_ms=cpu_ms))
                        continue
                    detect = timing(before[target][DETECTION], histogram(url, DETECTION))
                    reply = timing(before[target][REPLY_CHECK], histogram(url, REPLY_CHECK))
                    runs.append(
                        Run(
                            target, users, total, by_name,
                            detect_p50_ms=detect.p50, detect_p99_ms=detect.p99,
                            detect_mean_ms=detect.mean,
                            reply_p50_ms=reply.p50, reply_p99_ms=reply.p99,
                            reply_mean_ms=reply.mean,
                            guard_total_ms=detect.total + reply.total, cpu_ms=cpu_ms,
                        )
                    )  # fmt: skip
    finally:
        stop(proxy)
        if baseline is not None:
            stop(baseline)
        if peer is not None:
            stop(peer)
        if passthrough is not None:
            stop(passthrough)
        peer_dir.cleanup()
        stop(upstream)
        log_dir.cleanup()
    report = render(
        runs,
        detector=detector,
        duration=args.duration,
        command=command,
        workers=args.proxy_workers,
        baseline=args.baseline,
        unique=args.unique_replies,
        peer=args.peer,
        rounds=args.rounds,
        passthrough=args.passthrough,
    )
    print(report)
    if args.write:
        write_section(Path(args.write), report, args.key or detector)


if __name__ == "__main__":
    main()
