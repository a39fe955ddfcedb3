"""Where the pattern stage's time goes: each recognizer, the policy and the whole of
`Detector.patterns().detect`, timed in one process on the timing corpus.

    python benchmarks/bench_pattern_parts.py                 # 2000 messages, 5 rounds
    python benchmarks/bench_pattern_parts.py --profile 30    # + cProfile's top 30

Per message means: total time of a component over the corpus / messages, best of
`--rounds` rounds (rounds alternate components, so drift hits each alike).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from corpus import iter_texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", type=int, default=0, help="print cProfile's top N")
    args = parser.parse_args()

    from piiguard.detection.engine import Detector

    detector = Detector.patterns(default_min_score=0.5)
    texts = [t for t in iter_texts(args.messages)]
    found = {t: [s for r in detector.recognizers for s in r.analyze(t)] for t in texts}
    selected = {
        t: [
            s
            for s in spans
            if detector.reports(s.label)
            and s.score >= detector._min_scores.get(s.label, detector._default_min_score)
        ]
        for t, spans in found.items()
    }
    policy = detector.policy
    assert policy is not None
    parts: dict[str, object] = {r.name: r.analyze for r in detector.recognizers}
    parts["policy.apply"] = lambda t: policy.apply(t, selected[t])
    parts["detect (all)"] = detector.detect
    for fn in parts.values():  # warm up
        for t in texts[:200]:
            fn(t)  # type: ignore[operator]
    best = {name: float("inf") for name in parts}
    clock = time.perf_counter
    for _ in range(args.rounds):
        for name, fn in parts.items():
            t0 = clock()
            for t in texts:
                fn(t)  # type: ignore[operator]
            best[name] = min(best[name], (clock() - t0) / len(texts) * 1e6)
    print(f"messages={len(texts)} rounds={args.rounds} (best round, us per message)")
    print("| component | us/message |")
    print("|---|---|")
    total = 0.0
    for name, us in sorted(best.items(), key=lambda kv: -kv[1]):
        if name != "detect (all)":
            total += us
        print(f"| {name} | {us:.1f} |")
    print(f"| sum of parts | {total:.1f} |")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for t in texts:
            detector.detect(t)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
