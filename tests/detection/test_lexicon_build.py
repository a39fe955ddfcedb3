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


def _built_with(script: str) -> dict[str, str]:
    """The package versions the data README names for the lists `script` builds (the
    "Built with" line after its command)."""
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    command = rf"python -m {re.escape(script)}\n\n"
    line = re.search(rf"{command}Built with (.*?)(?: \(|\.\s)", readme, re.S)
    assert line is not None, script
    versions = dict(re.findall(r"([\w-]+) (\d+(?:\.\d+)*)", line[1]))
    assert versions, line[1]
    return versions


def _skip_unless_installed(wanted: dict[str, str]) -> None:
    for package, version in wanted.items():
        try:
            installed = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            pytest.skip(f"{package} is not installed (the `lexicon` extra)")
        if installed != version:
            pytest.skip(f"{package} {installed} is installed, the lists were built with {version}")


def test_the_readme_names_each_builds_versions() -> None:
    assert set(_built_with("models.lexicon.build")) >= {"wordfreq", "Faker", "names"}
    assert set(_built_with("models.lexicon.build_holidays")) == {"holidays"}
    assert set(_built_with("models.lexicon.build_world_names")) == {"Faker"}
    assert set(_built_with("models.lexicon.build_function_words")) == {"spacy"}
    assert set(_built_with("models.lexicon.build_common_words")) == {"wordfreq", "Faker"}


@pytest.mark.slow
def test_the_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    """Rebuilt with the package versions the README names, the lists are the same bytes."""
    _skip_unless_installed(_built_with("models.lexicon.build"))
    from models.lexicon.build import main

    assert main(["--out", str(tmp_path / "ordinary_words.txt.gz")]) == 0
    for built in sorted(tmp_path.glob("*.txt.gz")):
        assert built.read_bytes() == (DATA / built.name).read_bytes(), built.name


@pytest.mark.slow
def test_the_holiday_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    _skip_unless_installed(_built_with("models.lexicon.build_holidays"))
    from models.lexicon.build_holidays import main

    out = tmp_path / "holiday_names.txt.gz"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DATA / out.name).read_bytes()


@pytest.mark.slow
def test_the_world_names_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    _skip_unless_installed(_built_with("models.lexicon.build_world_names"))
    from models.lexicon.build_world_names import main

    out = tmp_path / "world_names.txt.gz"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DATA / out.name).read_bytes()


@pytest.mark.slow
def test_the_function_words_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    _skip_unless_installed(_built_with("models.lexicon.build_function_words"))
    from models.lexicon.build_function_words import main

    out = tmp_path / "function_words.txt.gz"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DATA / out.name).read_bytes()


@pytest.mark.slow
def test_the_common_words_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    _skip_unless_installed(_built_with("models.lexicon.build_common_words"))
    from models.lexicon.build_common_words import main

    out = tmp_path / "common_words.txt.gz"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DATA / out.name).read_bytes()
