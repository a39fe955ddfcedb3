"""The frozen chat evaluation set of issue 17 (built once by `build.py`, then never changed)."""
