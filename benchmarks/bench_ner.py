"""Speed of `Detector.default()` (patterns + NER model) vs Presidio + spaCy small.

    python benchmarks/bench_ner.py                       # everything, single thread
    python benchmarks/bench_ner.py --write-model-card    # also store speed in the model card
    python benchmarks/bench_ner.py --also /tmp/other-build  # time other builds in the same run

Messages: the held-out eval set (`benchmarks/data/ner_eval.jsonl`) restricted to
messages of at most 64 tokens. Latency is one `detect` call per message, single
thread (onnxruntime intra-op threads = 1; torch and spaCy limited to one thread),
after a warm-up. Batch throughput uses `detect_batch` with 32 messages. Cold
start (import + first call) and resident memory are measured in fresh processes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(var, "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

REPO = Path(__file__).resolve().parents[1]
EVAL_FILE = REPO / "benchmarks" / "data" / "ner_eval.jsonl"
MODEL_DIR = REPO / "models" / "piiguard-ner-minilm"

COLD_PIIGUARD = """
import resource, sys, time
t0 = time.perf_counter()
from piiguard.detection.engine import Detector
d = Detector.default()
d.detect("hi im anna kowalski, i live at 42 baker street, london")
t1 = time.perf_counter()
print(t1 - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

COLD_PRESIDIO = """
import resource, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {bench!r})
from eval_ner import presidio_engine
e = presidio_engine()
e.analyze(text="hi im anna kowalski, i live at 42 baker street, london", language="en")
t1 = time.perf_counter()
print(t1 - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 / p90 / p99 / mean in milliseconds."""
    ms = sorted(s * 1000 for s in samples)
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return {"p50_ms": round(q[49], 2), "p90_ms": round(q[89], 2), "p99_ms": round(q[98], 2),
            "mean_ms": round(statistics.fmean(ms), 2)}


def latency(call: Any, texts: list[str], warmup: int = 20) -> dict[str, float]:
    """Per-message latency of `call(text)`."""
    for t in texts[:warmup]:
        call(t)
    samples = []
    for t in texts:
        t0 = time.perf_counter()
        call(t)
        samples.append(time.perf_counter() - t0)
    return percentiles(samples)


def cold(code: str) -> dict[str, float]:
    """Cold start seconds and peak resident MiB of a fresh process."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO).stdout.split()
    return {"cold_start_s": round(float(out[-2]), 2), "peak_rss_mib": round(float(out[-1]), 1)}


def main(argv: list[str] | None = None) -> int:
    """Measure and print (and optionally store in the model card)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--messages", type=int, default=600)
    ap.add_argument("--presidio-messages", type=int, default=300)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--write-model-card", action="store_true")
    ap.add_argument("--also", nargs="*", type=Path, default=[], metavar="MODEL_DIR",
                    help="other model builds to time the same way in the same run")
    args = ap.parse_args(argv)

    from tokenizers import Tokenizer

    from piiguard.detection.engine import Detector

    tok = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    rows = [json.loads(x) for x in EVAL_FILE.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows
             if len(tok.encode(r["text"], add_special_tokens=False).ids) <= 64][: args.messages]
    mean_tokens = statistics.fmean(len(tok.encode(t).ids) for t in texts)
    result: dict[str, Any] = {
        "messages": len(texts), "mean_tokens": round(mean_tokens, 1),
        "cpu": os.cpu_count(), "threads": 1,
    }

    detector = Detector.default()
    detector.detect("warm up")
    result["piiguard"] = latency(detector.detect, texts)
    batch = 32
    t0 = time.perf_counter()
    for i in range(0, len(texts), batch):
        detector.detect_batch(texts[i : i + batch])
    result["piiguard"]["batch32_msgs_per_s"] = round(len(texts) / (time.perf_counter() - t0), 1)
    result["piiguard"].update(cold(COLD_PIIGUARD))
    for other in args.also:
        other_detector = Detector.default(model_dir=str(other))
        other_detector.detect("warm up")
        result[f"piiguard with {other}"] = latency(other_detector.detect, texts)

    if not args.no_presidio:
        import torch  # spaCy may pull it in; keep it at one thread too

        torch.set_num_threads(1)
        sys.path.insert(0, str(REPO / "benchmarks"))
        from eval_ner import presidio_engine

        engine = presidio_engine()
        sub = texts[: args.presidio_messages]
        result["presidio_spacy_sm"] = latency(
            lambda t: engine.analyze(text=t, language="en"), sub
        )
        code = COLD_PRESIDIO.format(bench=str(REPO / "benchmarks"))
        result["presidio_spacy_sm"].update(cold(code))
        result["speedup_p50"] = round(
            result["presidio_spacy_sm"]["p50_ms"] / result["piiguard"]["p50_ms"], 2
        )

    print(json.dumps(result, indent=2))
    if args.write_model_card:
        sys.path.insert(0, str(REPO))
        from models.recipe.card import write_card

        p = result["piiguard"]
        speed = {
            "command": "python benchmarks/bench_ner.py --write-model-card",
            "machine": f"{os.cpu_count()}-core CPU shared with other jobs, 1 thread",
            "Detector.default() latency (patterns + model), messages ≤ 64 tokens":
                f"p50 {p['p50_ms']} ms, p90 {p['p90_ms']} ms, p99 {p['p99_ms']} ms "
                f"({result['messages']} messages, mean {result['mean_tokens']} tokens)",
            "batch throughput (detect_batch, 32 per batch)": f"{p['batch32_msgs_per_s']} msg/s",
            "cold start (import + first call)": f"{p['cold_start_s']} s",
            "peak resident memory": f"{p['peak_rss_mib']} MiB",
        }
        if "presidio_spacy_sm" in result:
            q = result["presidio_spacy_sm"]
            speed["Presidio + spaCy sm, same messages"] = (
                f"p50 {q['p50_ms']} ms, p99 {q['p99_ms']} ms, cold start {q['cold_start_s']} s, "
                f"peak RSS {q['peak_rss_mib']} MiB; piiguard is {result['speedup_p50']}x faster "
                "at p50"
            )
        (MODEL_DIR / "speed.json").write_text(json.dumps(speed, indent=2, ensure_ascii=False)
                                              + "\n")
        write_card(MODEL_DIR)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
