"""What each setting's type accepts, and errors that say so.

One place reads a setting's value, whatever its source: the text of a `PIIGUARD_*`
variable (`parse_text`) or a value of the TOML file (`check_value`). Both derive
what they accept from the dataclass field's type hint, and every error names the
variable or key and the expected form, never echoing a value that may be secret:

>>> try:
...     parse_text("PIIGUARD_MAX_BODY_BYTES", "max_body_bytes", "abc", int)
... except ConfigError as exc:
...     print(exc)
PIIGUARD_MAX_BODY_BYTES: expected a whole number of bytes, got 'abc'

`check_fields` checks a built config against the same forms (a Literal's allowed
values, the bounds a config class declares in `POSITIVE` and `NON_NEGATIVE`).
This module imports nothing of piiguard but its exceptions: the configs import it.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import types
from collections.abc import Hashable, Iterable, Mapping
from typing import Any, Literal, Union, cast, get_args, get_origin, get_type_hints

from piiguard.exceptions import ConfigError

TRUE_WORDS = ("true", "1", "yes", "on")
FALSE_WORDS = ("false", "0", "no", "off")
_SECRET_WORDS = ("key", "secret", "token", "password", "url")
_UNITS = {
    "_bytes": "bytes",
    "_seconds": "seconds",
    "_timeout": "seconds",
    "_days": "days",
    "_chars": "characters",
    "_words": "words",
}

Source = Literal["env", "toml"]


def is_secret(name: str) -> bool:
    """Whether a setting's value may be a secret (keys, secrets, URLs with credentials).

    Errors about such settings never show the value.
    """
    return any(word in name.lower() for word in _SECRET_WORDS)


def _shown(name: str, value: object) -> str:
    if is_secret(name):
        return "a value that is not shown (it may be a secret)"
    text = value if isinstance(value, str) else repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return repr(text) if isinstance(value, str) else text


def _optional(hint: Any) -> Any | None:
    """`X` for `X | None`, else None."""
    if get_origin(hint) in (Union, types.UnionType):
        rest = [a for a in get_args(hint) if a is not type(None)]
        if len(rest) == 1 and len(get_args(hint)) == 2:
            return rest[0]
    return None


def _choices(hint: Any) -> str:
    return ", ".join(f'"{a}"' for a in get_args(hint))


def _unit(name: str) -> str:
    return next((f" of {unit}" for end, unit in _UNITS.items() if name.endswith(end)), "")


def _text_form(name: str) -> str:
    if name.endswith("_url"):
        return "a URL"
    if name.endswith("_dir"):
        return "a directory"
    if name.endswith(("_path", "_file", "_certs", "_certfile", "_keyfile")):
        return "a file path"
    return "text"


def expected_form(name: str, hint: Any, *, source: Source = "env", bound: str = "") -> str:
    """What a setting of type `hint` accepts, in words (`bound`: "positive", "non-negative").

    >>> expected_form("read_timeout", float, bound="positive")
    'a positive number of seconds'
    >>> expected_form("allowed_paths", tuple[str, ...])
    'a comma-separated list'
    """
    inner = _optional(hint)
    if inner is not None:
        return expected_form(name, inner, source=source) + " (empty: unset)"
    origin = get_origin(hint)
    unit = _unit(name)
    if hint is bool:
        if source == "toml":
            return "true or false"
        return "true or false (also 1/0, yes/no, on/off)"
    if hint is int:
        if bound == "positive":
            return f"a positive whole number{unit}"
        if bound == "non-negative":
            return f"a whole number{unit}, 0 or more"
        return f"a whole number{unit}"
    if hint is float:
        prefix = {"positive": "a positive number", "non-negative": "a number, 0 or more"}
        return prefix.get(bound, "a number") + unit
    if hint is str:
        return _text_form(name)
    if origin is Literal:
        return f"one of {_choices(hint)}"
    if origin is tuple:
        return "a list of strings" if source == "toml" else "a comma-separated list"
    if origin in (Mapping, dict):
        value_hint = get_args(hint)[1]
        values = f"one of {_choices(value_hint)}" if get_origin(value_hint) is Literal else "text"
        if source == "toml":
            return f"a table of LABEL = VALUE, each VALUE {values}"
        return f"comma-separated LABEL=VALUE pairs, each VALUE {values}"
    raise TypeError(f"no form for settings of type {hint!r}")  # a new field type: add it here


def _fail(where: str, name: str, hint: Any, value: object, source: Source) -> ConfigError:
    form = expected_form(name, hint, source=source)
    return ConfigError(f"{where}: expected {form}, got {_shown(name, value)}")


def _literal(where: str, name: str, hint: Any, value: object, source: Source) -> str:
    if value not in get_args(hint):
        raise _fail(where, name, hint, value, source)
    return str(value)


def parse_text(variable: str, name: str, raw: str, hint: Any) -> Any:
    """Read setting `name` of type `hint` from the text of environment variable `variable`.

    Booleans are true/false (1/0, yes/no, on/off), lists comma-separated, mappings
    `LABEL=VALUE` pairs separated by commas; an empty value of an optional setting is None.
    """
    text = raw.strip()
    inner = _optional(hint)
    if inner is not None:
        return None if text == "" else parse_text(variable, name, raw, inner)
    origin = get_origin(hint)
    if hint is bool:
        if text.lower() in TRUE_WORDS:
            return True
        if text.lower() in FALSE_WORDS:
            return False
        raise _fail(variable, name, hint, raw, "env")
    if hint in (int, float):
        try:
            return hint(text)
        except ValueError:
            raise _fail(variable, name, hint, raw, "env") from None
    if hint is str:
        return text
    if origin is Literal:
        return _literal(variable, name, hint, text, "env")
    if origin is tuple:
        return tuple(part.strip() for part in text.split(",") if part.strip())
    if origin in (Mapping, dict):
        value_hint = get_args(hint)[1]
        pairs: dict[str, str] = {}
        for item in (part.strip() for part in text.split(",")):
            if not item:
                continue
            label, sep, value = item.partition("=")
            if not sep or not label.strip():
                raise _fail(variable, name, hint, item, "env")
            value = value.strip()
            if get_origin(value_hint) is Literal and value not in get_args(value_hint):
                raise _fail(f"{variable} ({label.strip()})", name, hint, value, "env")
            pairs[label.strip()] = value
        return pairs
    raise TypeError(f"no parser for settings of type {hint!r}")


def check_value(where: str, name: str, value: Any, hint: Any) -> Any:
    """Check a TOML value of setting `name` (`where` names it in errors); lists become tuples."""
    inner = _optional(hint)
    if inner is not None:
        return check_value(where, name, value, inner)
    origin = get_origin(hint)
    ok: bool
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok:
            return float(value)
    elif hint is str:
        ok = isinstance(value, str)
    elif origin is Literal:
        return _literal(where, name, hint, value, "toml")
    elif origin is tuple:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        if ok:
            return tuple(value)
    elif origin in (Mapping, dict):
        value_hint = get_args(hint)[1]
        ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        if ok and get_origin(value_hint) is Literal:
            for label, item in value.items():
                _literal(f"{where}.{label}", name, value_hint, item, "toml")
    else:
        raise TypeError(f"no check for settings of type {hint!r}")
    if not ok:
        raise _fail(where, name, hint, value, "toml")
    return value


def field_hints(cls: type) -> dict[str, Any]:
    """The resolved type hints of a config class's init fields (computed once per class)."""
    return _field_hints(cast("Hashable", cls))


@functools.cache
def _field_hints(cls: Any) -> dict[str, Any]:
    hints = get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.init}


def bound_of(cls: type, name: str) -> str:
    """The bound a config class declares for `name`: "positive", "non-negative" or ""."""
    if name in getattr(cls, "POSITIVE", ()):
        return "positive"
    if name in getattr(cls, "NON_NEGATIVE", ()):
        return "non-negative"
    return ""


def setting_label(name: str, prefix: str = "PIIGUARD_") -> str:
    """How errors name a setting: its key and its variable."""
    return f"{name} ({prefix}{name.upper()})"


def check_fields(config: object) -> None:
    """Check a built config: Literal values (also inside mappings) and declared bounds."""
    cls = type(config)
    for name, hint in field_hints(cls).items():
        value = getattr(config, name)
        where = setting_label(name)
        origin = get_origin(hint)
        if origin is Literal:
            _literal(where, name, hint, value, "toml")
        elif origin in (Mapping, dict) and get_origin(get_args(hint)[1]) is Literal:
            for label, item in value.items():
                _literal(f"{where} ({label})", name, get_args(hint)[1], item, "toml")
        bound = bound_of(cls, name)
        if bound and not (value > 0 if bound == "positive" else value >= 0):
            form = expected_form(name, hint, bound=bound)
            raise ConfigError(f"{where}: expected {form}, got {value!r}")


def suggestion(name: str, known: Iterable[str]) -> str:
    """`"; did you mean X?"` for the closest known name, or "" (difflib)."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def check_table(path: object, table: str, values: Mapping[str, Any], cls: type) -> dict[str, Any]:
    """Check the TOML table `[table]` of config file `path` against config class `cls`.

    Unknown keys are refused with a suggestion; each value must have its setting's form.
    """
    hints = {k: v for k, v in field_hints(cls).items() if not dataclasses.is_dataclass(v)}
    unknown = sorted(set(values) - set(hints))
    if unknown:
        problems = "; ".join(
            f"[{table}] {key} is not a setting{suggestion(key, hints)}" for key in unknown
        )
        raise ConfigError(f"config file {path}: {problems} (every setting: docs/settings.md)")
    return {
        key: check_value(f"config file {path}: [{table}] {key}", key, value, hints[key])
        for key, value in values.items()
    }
