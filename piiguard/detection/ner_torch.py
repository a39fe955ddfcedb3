"""The same NER model run by transformers + torch, for parity checks only.

The serving path is `piiguard.detection.ner` (onnxruntime, int8). This backend
loads the fp32 checkpoint the training recipe writes (`<model>/_work/fp32`) and
gives per-token label ids for the same token windows, so a test can check that
quantization did not change what the model predicts. Needs the `train` extra.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from piiguard.detection.ner import case_flags
from piiguard.exceptions import ModelLoadError


def trained_with_case_flags(checkpoint_dir: Path) -> bool:
    """Whether the fp32 checkpoint takes `case_flags` as token type ids (the training
    recipe records it in the checkpoint's `training.json`)."""
    training = checkpoint_dir / "training.json"
    return training.exists() and bool(json.loads(training.read_text()).get("case_feature"))


class TorchTokenTagger:
    """Per-token BIO label ids from the fp32 model (first window of each text)."""

    def __init__(self, checkpoint_dir: str | Path, tokenizer_file: str | Path) -> None:
        self._checkpoint = Path(checkpoint_dir)
        self._tokenizer_file = Path(tokenizer_file)
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None
        self._cased = trained_with_case_flags(self._checkpoint)

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._model is None:
                try:
                    import torch
                    from tokenizers import Tokenizer
                    from transformers import AutoModelForTokenClassification

                    torch.set_num_threads(1)
                    model = AutoModelForTokenClassification.from_pretrained(str(self._checkpoint))
                    model.eval()
                    tok = Tokenizer.from_file(str(self._tokenizer_file))
                    tok.no_padding()
                    tok.no_truncation()
                except Exception as exc:
                    raise ModelLoadError(
                        f"fp32 NER checkpoint at {self._checkpoint} could not be loaded "
                        f"({type(exc).__name__})"
                    ) from exc
                self._model, self._tokenizer = model, tok
            return self._model, self._tokenizer

    def token_label_ids(self, texts: Sequence[str], max_length: int = 128) -> list[list[int]]:
        """Arg-max label id of every content token in the first window of each text."""
        import torch

        model, tok = self._load()
        out: list[list[int]] = []
        for text in texts:
            enc = tok.encode(text, add_special_tokens=False)
            ids = enc.ids[: max_length - 2]
            cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
            input_ids = torch.tensor([[cls_id, *ids, sep_id]])
            extra = {}
            if self._cased:
                flags = case_flags(text, enc.offsets)[: max_length - 2]
                extra["token_type_ids"] = torch.tensor([[0, *flags, 0]])
            with torch.no_grad():
                logits = model(
                    input_ids=input_ids, attention_mask=torch.ones_like(input_ids), **extra
                ).logits
            out.append([int(x) for x in logits[0, 1 : len(ids) + 1].argmax(-1)])
        return out
