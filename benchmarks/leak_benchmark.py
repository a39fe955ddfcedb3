"""The outside leak benchmark `pii-leak-benchmark` (PyPI, 0.6.0) against `piiguard proxy`.

    python benchmarks/leak_benchmark.py [--detector default] [--seed HEX]
                                        [--v1-iterations 1] [--v1-runs 1]
                                        [--oracle union-worst-case]
                                        [--no-partial-emission] [--explain] [--out DIR]
                                        [--json-out FILE] [--report-only]

Starts `piiguard proxy` (the CLI, a real uvicorn server on a free 127.0.0.1 port) with its
upstream set to the benchmark's own capture server on another free 127.0.0.1 port, then
runs, through the proxy:

- v1 (`pii-leak-benchmark selfcheck`), profiles `pii-v1` (e-mail, US SSN, card) and
  `pii-secrets-v1` (the same plus AWS, GitHub and Slack credential specimens): one
  streamed `POST /v1/chat/completions` per iteration, the capture echoes the masked prompt
  back one character per SSE event. Verdict CLEAN, LEAK, CHECK FAILED or NOT MEASURED.
- v2 (`pii-leak-benchmark-v2`), the response-split profile: 32 pairwise cases over entity
  (EMAIL, SSN, CARDPAN, USPHONE), encoding (plain, percent), fragmentation (single chunk,
  adversarial), carrier (`delta.content` or a sibling field of the delta) and request site
  (chat content, system message, an unrecognised top-level key, a tool description). The
  capture echoes the value it received at the case's request site (FidelityRate) and
  injects another person's value (LeakRate); `--oracle union-worst-case` cuts each
  adversarial value at every 2- and 3-part partition; `--partial-emission` scores
  fragments of an injected value that reached the client.

Targets (issue 15): v1 CLEAN for both profiles; v2 no request-path leak, FidelityRate 1.0,
LeakRate 0 single chunk and adversarial, partial emission 0, no inconclusive case. The exit
status is 1 when a target is missed (0 with `--report-only`), 2 when nothing could be
measured. `--explain` replays the v2 single-chunk cases once more and prints, per case,
what the upstream received at the request site and what the client saw (the benchmark's
own synthetic values, never real data). Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import secrets
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHMARK_VERSION = "0.6.0"
V1_PROFILES = ("pii-v1", "pii-secrets-v1")
V2_LABEL = "piiguard"

sys.path.insert(0, str(HERE))
from load_test import free_port  # noqa: E402  (one loopback port finder for the benchmarks)


@dataclass(frozen=True)
class Target:
    """A running proxy and the loopback port its upstream (the capture) must listen on."""

    proxy_url: str
    capture_port: int


@contextlib.contextmanager
def running_proxy(detector: str = "default", startup_timeout: float = 180.0) -> Iterator[Target]:
    """`piiguard proxy` in a subprocess, its upstream the capture port (not yet bound)."""
    with running_proxies(1, detector, startup_timeout) as (target,):
        yield target


@contextlib.contextmanager
def running_proxies(
    count: int, detector: str = "default", startup_timeout: float = 180.0
) -> Iterator[tuple[Target, ...]]:
    """`count` proxies as `running_proxy` starts one, each with its own capture port; all
    are started before the first is waited for, so they build their detectors side by side
    (on a busy machine up to `count` times as long: each gets `count` times the timeout)."""
    env = {**os.environ, "PIIGUARD_DETECTOR": detector}
    with contextlib.ExitStack() as stack:
        started = []
        for _ in range(count):
            capture_port, proxy_port = free_port(), free_port()
            command = [
                sys.executable, "-m", "piiguard.cli", "proxy",
                "--upstream", f"http://127.0.0.1:{capture_port}/v1",
                "--host", "127.0.0.1", "--port", str(proxy_port), "--log-level", "warning",
            ]  # fmt: skip
            log = stack.enter_context(tempfile.TemporaryFile())
            process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            stack.callback(_stop, process)
            started.append((process, log, Target(f"http://127.0.0.1:{proxy_port}", capture_port)))
        for process, log, target in started:
            _wait_ready(process, f"{target.proxy_url}/readyz", startup_timeout * count, log)
        yield tuple(target for _, _, target in started)


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float, log: Any) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            tail = log.read()[-2000:].decode("utf-8", "replace")
            raise RuntimeError(f"piiguard proxy exited with {process.returncode}:\n{tail}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"piiguard proxy was not ready at {url} within {timeout:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


# --------------------------------------------------------------------------- v1


@dataclass
class V1Result:
    profile: str
    verdict: str
    reason: str
    checks: dict[str, bool]
    leaked: list[str]
    leak_evidence: list[dict[str, Any]]
    correlated_requests: int
    marker_words_observed_max: int
    marker_words_required: int
    seconds: float
    # Operator-only specimens (synthetic values; never written to the report).
    prompt: str = ""
    upstream_texts: list[str] = field(default_factory=list)
    client_text: str = ""
    report: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def met(self) -> bool:
        return self.verdict == "CLEAN"


def run_v1(target: Target, profile: str, *, iterations: int = 1, seed: str) -> V1Result:
    """One `selfcheck` run of `profile` through the proxy, with its own capture session."""
    from pii_leak_benchmark import OperatorSpecimens, capture_session, run_http_conformance
    from pii_leak_benchmark.selfcheck import verdict_for

    specimens = OperatorSpecimens()
    started = time.perf_counter()
    with capture_session(capture_port=target.capture_port) as session:
        report = run_http_conformance(
            f"{target.proxy_url}/v1",
            iterations=iterations,
            session=session,
            include_credentials=profile == "pii-secrets-v1",
            fixture_seed=f"{seed}-{profile}",
            specimens=specimens,
            implementation_name="piiguard proxy",
            implementation_version="selfcheck",
        )
        records = [r for r in session.state.snapshot() if not r.get("probe")]
    verdict, reason = verdict_for(report, duty="restore")
    boundary = report["checks"]["configured_upstream_boundary"]
    return V1Result(
        profile=profile,
        verdict=verdict,
        reason=reason,
        checks={name: bool(check["passed"]) for name, check in report["checks"].items()},
        leaked=sorted(set(boundary["leaked_entity_types"])),
        leak_evidence=list(boundary["leak_evidence"]),
        correlated_requests=int(boundary["correlated_requests"]),
        marker_words_observed_max=int(boundary["marker_words_observed_max"]),
        marker_words_required=int(boundary["marker_words_required"]),
        seconds=time.perf_counter() - started,
        prompt=specimens.prompt,
        upstream_texts=[_message_text(r) for r in records],
        client_text=specimens.client_text,
        report=report,
    )


def _message_text(record: dict[str, Any]) -> str:
    """The last string of a captured body that is not a key or a structural value."""
    strings = [s for s in record.get("body_strings", []) if isinstance(s, str)]
    skip = {"model", "messages", "role", "user", "content", "stream", "conformance-model"}
    text = [s for s in strings if s not in skip]
    return f"{record.get('method')} {record.get('path')}: " + " | ".join(text)


# --------------------------------------------------------------------------- v2


@dataclass
class V2Result:
    oracle: str
    seed: str
    fidelity_rate: float
    leak_single_chunk: float
    leak_adversarial: float
    delta_frag: float
    request_path_leak: list[str]
    cases_applicable: int
    cases_attempted: int
    inconclusive: int
    outcome: str
    by_request_site: dict[str, dict[str, Any]]
    by_entity: dict[str, dict[str, Any]]
    by_carrier: dict[str, dict[str, Any]]
    by_encoding: dict[str, dict[str, Any]]
    injection_leaked: list[str]
    injection_evidence: list[dict[str, Any]]
    partial_emission: float | None
    partial_emission_cases: int | None
    requests: int
    seconds: float
    report: dict[str, Any] = field(default_factory=dict, repr=False)
    partial_report: dict[str, Any] | None = field(default=None, repr=False)

    def missed(self) -> list[str]:
        """Each missed target, in words; empty when all are met."""
        misses = []
        if self.request_path_leak:
            misses.append(f"request-path leak: {', '.join(self.request_path_leak)}")
        if self.fidelity_rate != 1.0:
            misses.append(f"FidelityRate {self.fidelity_rate} (target 1.0)")
        if self.leak_single_chunk != 0:
            misses.append(f"LeakRate single chunk {self.leak_single_chunk} (target 0)")
        if self.leak_adversarial != 0:
            misses.append(f"LeakRate adversarial {self.leak_adversarial} (target 0)")
        if self.partial_emission is None:
            misses.append("partial emission not measured")
        elif self.partial_emission != 0:
            misses.append(f"partial emission {self.partial_emission} (target 0)")
        if self.inconclusive or self.cases_applicable != self.cases_attempted:
            misses.append(
                f"{self.inconclusive} inconclusive case(s): "
                f"{self.cases_applicable} of {self.cases_attempted} scored"
            )
        return misses


def run_v2(
    target: Target,
    *,
    seed: str,
    oracle: str = "union-worst-case",
    partial_emission: bool = True,
    partial_target: Target | None = None,
) -> V2Result:
    """The v2 profile through the proxy (in process, the same code the CLI runs).

    With `partial_target` (a second proxy of the same configuration, its own capture port)
    the partial-emission pass runs against it in a child process while the scored pass
    runs here. The benchmark makes the two passes separate on purpose (each sends its own
    requests over the same corpus, seed and partitions), so side by side they send the
    same requests as one after the other, in less wall time (a quarter less measured).
    """
    from pii_leak_benchmark.partial_emission import run_partial_emission
    from pii_leak_benchmark.v2_emitter import run_policy

    gateway_url = f"{target.proxy_url}/v1/chat/completions"
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        pending = None
        if partial_emission and partial_target is not None:
            # A process, not a thread: the benchmark's client and capture are Python too.
            pool = stack.enter_context(
                ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            )
            pending = pool.submit(
                run_partial_emission, V2_LABEL, seed=seed,
                gateway_url=f"{partial_target.proxy_url}/v1/chat/completions",
                upstream_port=partial_target.capture_port, oracle=oracle,
            )  # fmt: skip
        report, summary = run_policy(
            V2_LABEL, seed=seed, gateway_url=gateway_url, upstream_port=target.capture_port,
            oracle=oracle,
        )  # fmt: skip
        sidecar = None
        if pending is not None:
            sidecar = pending.result()
            if sidecar["corpus"]["seed"] != report["corpus"]["seed"]:
                raise RuntimeError("the two v2 passes did not describe the same fixture")
        elif partial_emission:
            sidecar = run_partial_emission(
                V2_LABEL, seed=report["corpus"]["seed"], gateway_url=gateway_url,
                upstream_port=target.capture_port, oracle=oracle,
            )  # fmt: skip
    seconds = time.perf_counter() - started
    metrics = report["metrics"]
    injection = report["checks"]["response_injection_containment"]
    by_axis = metrics["by_axis"]
    requests = int(report["checks"]["configured_upstream_boundary"]["captured_requests"])
    if sidecar is not None:
        requests += int(sidecar["metrics"]["partitions_tried"])
    return V2Result(
        oracle=oracle,
        seed=str(report["corpus"]["seed"]),
        fidelity_rate=float(metrics["fidelity_rate"]),
        leak_single_chunk=float(metrics["leak_rate"]["single_chunk"]),
        leak_adversarial=float(metrics["leak_rate"]["adversarial"]),
        delta_frag=float(metrics["delta_frag"]),
        request_path_leak=list(
            report["checks"]["configured_upstream_boundary"]["leaked_entity_types"]
        ),
        cases_applicable=int(summary["cases_applicable"]),
        cases_attempted=int(summary["cases_attempted"]),
        inconclusive=int(summary["inconclusive"]),
        outcome=str(report["outcome"]),
        by_request_site=by_axis["request_site"],
        by_entity=by_axis["entity"],
        by_carrier=by_axis["carrier"],
        by_encoding=by_axis["encoding"],
        injection_leaked=list(injection["leaked_entity_types"]),
        injection_evidence=list(injection["leak_evidence"]),
        partial_emission=(
            None
            if sidecar is None
            else float(sidecar["metrics"]["partial_emission_rate"]["overall"])
        ),
        partial_emission_cases=(
            None if sidecar is None else int(sidecar["metrics"]["cases_partial_emission"])
        ),
        requests=requests,
        seconds=seconds,
        report=report,
        partial_report=sidecar,
    )


def explain_v2(target: Target, seed: str) -> list[dict[str, Any]]:
    """Replay the single-chunk cases once and say, per case, what crossed each way.

    Uses the benchmark's own case runner (`v2_emitter.run_case`), so the requests and the
    capture's replies are exactly those of the scored run.
    """
    from pii_leak_benchmark.v2_emitter import build_segments, covering_array, extract_site, run_case

    segments = build_segments(seed)
    rows = []
    for case in covering_array():
        if case["fragmentation"] != "single_chunk":
            continue
        result = run_case(
            segments, V2_LABEL, case, iterations=1,
            gateway_url=f"{target.proxy_url}/v1/chat/completions",
            upstream_port=target.capture_port,
        )  # fmt: skip
        received = ""
        if result.upstream_bodies:
            received = (
                extract_site(json.loads(result.upstream_bodies[0]), case["request_site"]) or ""
            )
        rows.append(
            {
                "case": case,
                "raw_upstream": sorted(k for k, v in segments.echo.items() if v in received),
                "upstream_site_text": received,
                "echo_not_restored": sorted(k for k, ok in result.echo_recovered.items() if not ok),
                "client_text": result.client_text,
                "injected": segments.injection[case["entity"]],
                "injection_leak_tier": result.leak_tier,
                "status_codes": result.status_codes,
            }
        )
    return rows


# --------------------------------------------------------------------------- output


def render(v1: list[V1Result], v2: V2Result | None, *, command: str, detector: str) -> str:
    lines = [
        f"pii-leak-benchmark {BENCHMARK_VERSION} against `piiguard proxy` (detector `{detector}`)",
        f"`{command}`",
        "",
        "v1 (selfcheck, duty restore):",
    ]
    if len(v1) <= 2 * len(V1_PROFILES):
        lines += [
            "| profile | verdict | upstream leak | marker words kept (need) | checks failed | s |",
            "|---|---|---|---|---|---|",
        ]
    for r in v1 if len(v1) <= 2 * len(V1_PROFILES) else []:
        failed = ", ".join(n for n, ok in sorted(r.checks.items()) if not ok) or "-"
        lines.append(
            f"| {r.profile} | {r.verdict} | {', '.join(r.leaked) or '-'} | "
            f"{r.marker_words_observed_max} ({r.marker_words_required}) | {failed} | "
            f"{r.seconds:.1f} |"
        )
    if len(v1) > len(V1_PROFILES):
        lines += [
            "",
            "| profile | runs | verdicts | upstream leak (runs) | marker kept (runs) "
            "| response_fidelity failed (runs) |",
            "|---|---|---|---|---|---|",
        ]
        for profile in V1_PROFILES:
            runs = [r for r in v1 if r.profile == profile]
            verdicts = Counter(r.verdict for r in runs)
            leaks = Counter(label for r in runs for label in r.leaked)
            kept = sum(r.marker_words_observed_max >= r.marker_words_required for r in runs)
            unfaithful = sum(not r.checks.get("response_fidelity", True) for r in runs)
            lines.append(
                f"| {profile} | {len(runs)} | "
                + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()))
                + f" | {', '.join(f'{k} {n}' for k, n in sorted(leaks.items())) or '-'} "
                f"| {kept} | {unfaithful} |"
            )
    if v2 is not None:
        pe = "-" if v2.partial_emission is None else f"{v2.partial_emission}"
        pe_cases = (
            "" if v2.partial_emission_cases is None else f" ({v2.partial_emission_cases} cases)"
        )
        lines += [
            "",
            f"v2 (oracle {v2.oracle}, seed {v2.seed}, "
            f"{v2.requests} requests in {v2.seconds:.0f} s):",
            "| FidelityRate | LeakRate single | LeakRate adversarial | DeltaFrag "
            "| request-path leak | partial emission | cases scored | outcome |",
            "|---|---|---|---|---|---|---|---|",
            f"| {v2.fidelity_rate} | {v2.leak_single_chunk} | {v2.leak_adversarial} | "
            f"{v2.delta_frag} | {', '.join(v2.request_path_leak) or '-'} | {pe}{pe_cases} | "
            f"{v2.cases_applicable}/{v2.cases_attempted} | {v2.outcome} |",
            "",
            "| axis | value | FidelityRate | LeakRate | leaked/applicable |",
            "|---|---|---|---|---|",
        ]
        for axis, rows in (
            ("request_site", v2.by_request_site),
            ("entity", v2.by_entity),
            ("carrier", v2.by_carrier),
            ("encoding", v2.by_encoding),
        ):
            for value, row in rows.items():
                lines.append(
                    f"| {axis} | {value} | {row.get('fidelity_rate')} | {row.get('leak_rate')} | "
                    f"{row.get('leaked')}/{row.get('applicable')} |"
                )
    return "\n".join(lines)


def render_v1_specimens(v1: list[V1Result]) -> str:
    lines = ["v1 specimens (synthetic, this run only):"]
    for r in v1:
        lines += [
            f"  [{r.profile}] {r.verdict}: {r.reason}",
            f"    client sent:      {r.prompt}",
            *(f"    upstream got:     {text}" for text in r.upstream_texts),
            f"    client received:  {r.client_text}",
        ]
    return "\n".join(lines)


def render_explain(rows: list[dict[str, Any]]) -> str:
    lines = ["v2 single-chunk cases replayed (synthetic values):"]
    for row in rows:
        case, tier = row["case"], row["injection_leak_tier"]
        lines += [
            f"  site={case['request_site']} entity={case['entity']} encoding={case['encoding']} "
            f"carrier={case['carrier']}",
            f"    raw at upstream:   {', '.join(row['raw_upstream']) or '-'}"
            f"   (upstream site text: {row['upstream_site_text']!r})",
            f"    echo not restored: {', '.join(row['echo_not_restored']) or '-'}",
            f"    injected {row['injected']!r}: {f'LEAKED ({tier})' if tier else 'contained'}",
            f"    client content:    {row['client_text']!r}",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--detector", choices=("default", "patterns"), default="default")
    parser.add_argument(
        "--seed", default=None, help="hex seed for v1 and v2 fixtures (default: random)"
    )
    parser.add_argument("--v1-iterations", type=int, default=1, help="requests per v1 run")
    parser.add_argument(
        "--v1-runs", type=int, default=1, help="v1 runs per profile, each with its own fixture"
    )
    parser.add_argument(
        "--oracle",
        default="union-worst-case",
        choices=("midpoint", "exhaustive-2-part", "exhaustive-3-part", "union-worst-case"),
        help="v2 partition oracle (the target is measured with union-worst-case)",
    )
    parser.add_argument(
        "--no-partial-emission", action="store_true", help="skip the second v2 pass"
    )
    parser.add_argument("--skip-v2", action="store_true", help="run only the v1 profiles")
    parser.add_argument("--explain", action="store_true", help="print what crossed, per case")
    parser.add_argument("--out", default=None, help="write the benchmark's JSON reports here")
    parser.add_argument("--json-out", default=None, help="write a summary JSON here")
    parser.add_argument(
        "--report-only", action="store_true", help="exit 0 even when a target is missed"
    )
    args = parser.parse_args(argv)
    try:
        import pii_leak_benchmark
    except ImportError:
        print(f"pip install pii-leak-benchmark=={BENCHMARK_VERSION}", file=sys.stderr)
        return 2
    if pii_leak_benchmark.__version__ != BENCHMARK_VERSION:
        print(f"note: pii-leak-benchmark {pii_leak_benchmark.__version__}, targets are for "
              f"{BENCHMARK_VERSION}", file=sys.stderr)  # fmt: skip
    seed = args.seed or secrets.token_hex(8)
    command = "python benchmarks/leak_benchmark.py " + " ".join(
        shlex.quote(a) for a in (argv or sys.argv[1:])
    )
    started = time.perf_counter()
    v1: list[V1Result] = []
    v2: V2Result | None = None
    explained: list[dict[str, Any]] = []
    with running_proxy(args.detector) as target:
        for run in range(args.v1_runs):
            for profile in V1_PROFILES:
                run_seed = seed if args.v1_runs == 1 else f"{seed}-{run}"
                v1.append(run_v1(target, profile, iterations=args.v1_iterations, seed=run_seed))
        if not args.skip_v2:
            v2 = run_v2(
                target, seed=seed, oracle=args.oracle, partial_emission=not args.no_partial_emission
            )
            if args.explain:
                explained = explain_v2(target, seed)
    total = time.perf_counter() - started
    print(render(v1, v2, command=command, detector=args.detector))
    print(f"\nseed {seed}; total {total:.0f} s (including proxy start-up)")
    misses = []
    for profile in V1_PROFILES:
        failed = [r for r in v1 if r.profile == profile and not r.met]
        if failed:
            first = f"{failed[0].verdict} ({failed[0].reason})"
            if args.v1_runs > 1:
                first = f"not CLEAN in {len(failed)} of {args.v1_runs} runs; first: {first}"
            misses.append(f"v1 {profile}: {first}")
    if v2 is not None:
        misses += [f"v2: {m}" for m in v2.missed()]
        if args.oracle != "union-worst-case" or args.no_partial_emission:
            misses.append("v2 not measured with the target's oracle and partial emission")
    else:
        misses.append("v2 not run")
    if args.explain:
        print()
        print(render_v1_specimens(v1[: 2 * len(V1_PROFILES)]))
        if explained:
            print()
            print(render_explain(explained))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for r in v1:
            (out / f"v1-{r.profile}.json").write_text(json.dumps(r.report, indent=2) + "\n")
        if v2 is not None:
            (out / "v2.json").write_text(json.dumps(v2.report, indent=2) + "\n")
            if v2.partial_report is not None:
                (out / "v2.partial-emission.json").write_text(
                    json.dumps(v2.partial_report, indent=2) + "\n"
                )
    if args.json_out:
        summary = {
            "benchmark": f"pii-leak-benchmark {BENCHMARK_VERSION}",
            "seed": seed,
            "seconds": round(total, 1),
            "v1": [
                {
                    k: v
                    for k, v in vars(r).items()
                    if k not in ("report", "prompt", "upstream_texts", "client_text")
                }
                for r in v1
            ],
            "v2": None
            if v2 is None
            else {k: v for k, v in vars(v2).items() if k not in ("report", "partial_report")},
            "missed": misses,
        }
        Path(args.json_out).write_text(json.dumps(summary, indent=2) + "\n")
    print()
    if misses:
        print("Targets missed:")
        for miss in misses:
            print(f"  - {miss}")
    else:
        print("All targets met.")
    if (
        v1
        and all(r.verdict == "NOT MEASURED" for r in v1)
        and v2 is not None
        and v2.cases_applicable == 0
    ):
        return 2
    return 0 if args.report_only or not misses else 1


if __name__ == "__main__":
    sys.exit(main())
