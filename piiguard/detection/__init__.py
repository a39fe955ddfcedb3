"""Detection: recognizers, the NER model and the detector that merges them."""

from piiguard.detection.engine import Detector, resolve_overlaps

__all__ = ["Detector", "resolve_overlaps"]
