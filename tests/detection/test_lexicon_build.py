"""The build of the shipped word lists (`models/lexicon/build.py`)."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pytest

pytest.importorskip("wordfreq", reason="the build needs the `lexicon` (or `train`) extra")

from models.lexicon.build import DATA, polish_forms, protected_words


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Kowalski", {"kowalski", "kowalska", "kowalskiej", "kowalską", "kowalskiego", "kowalscy"}),
        ("Nowicka", {"nowicki", "nowickiej", "nowiccy"}),
        ("Anna", {"anny", "annie", "annę", "anną"}),
        ("Weronika", {"weroniki", "weronice", "weroniką"}),
        ("Marek", {"marka", "markiem", "markowi"}),
        ("Paweł", {"pawła", "pawłem", "pawle"}),
        ("Piotr", {"piotra", "piotrze"}),
    ],
)  # fmt: skip
def test_polish_forms(name: str, forms: set[str]) -> None:
    assert forms <= polish_forms(name)


def test_which_names_and_places_protect_a_word() -> None:
    protected = protected_words(
        names=["Koch", "de Vries"],
        extra_names=[("Ja", False), ("Weronika", False), ("Will", True), ("MORGEN", False)],
        place_names=[("Heure", False), ("Split", True), ("Ham-sur-Heure", True)],
        max_zipf_of_rare_name=4.5,
    )
    words = protected["de"]
    assert {"koch", "vries", "weronika", "will", "split"} <= words
    # particles, rare names and small towns that are frequent words, words of long names
    assert not {"de", "ja", "morgen", "heure", "sur", "ham"} & words
    assert "weroniki" in protected["pl"] and "weroniki" not in words


def _built_with() -> dict[str, str]:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    line = re.search(r"Built with (.*?) \(", readme, re.S)
    assert line is not None
    return dict(re.findall(r"([\w-]+) ([\d.]+)", line[1]))


@pytest.mark.slow
def test_the_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    """Rebuilt with the package versions the README names, the lists are the same bytes."""
    wanted = _built_with()
    for package, version in wanted.items():
        try:
            installed = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{package} is not installed (the `lexicon` extra)")
        if installed != version:
            pytest.skip(f"{package} {installed} is installed, the lists were built with {version}")
    from models.lexicon.build import main

    assert main(["--out", str(tmp_path / "ordinary_words.txt.gz")]) == 0
    for built in sorted(tmp_path.glob("*.txt.gz")):
        assert built.read_bytes() == (DATA / built.name).read_bytes(), built.name
