"""Files that hold personal or pseudonymous data are their owner's only (mode 0600).

`os.open(path, flags | os.O_CREAT, 0o600)` makes a new file owner-only, but leaves the
mode of one that already exists: an operator who created the training or audit file
beforehand (`touch`, a packaging script, a config-management tool under umask 022) gets
a file every local user can read, and piiguard would append to it as it is. So the file
is opened, then its mode is checked on the open descriptor (no race with a rename in
between) and group and other access are taken away before anything is written. A file
piiguard cannot make owner-only (another user's file) is not written: the `OSError`
goes to the caller, whose write fails closed.

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "audit.jsonl")
    >>> _ = open(path, "w").close(); os.chmod(path, 0o644)
    >>> fd = open_private(path, os.O_WRONLY | os.O_APPEND)
    >>> oct(os.fstat(fd).st_mode & 0o777)
    '0o600'
    >>> os.close(fd)
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

logger = logging.getLogger("piiguard")

OWNER_ONLY = 0o600


def open_private(path: str | Path, flags: int) -> int:
    """`os.open(path, flags | O_CREAT, 0o600)`, and an existing file that others could
    read or write made 0600 before the descriptor is returned."""
    fd = os.open(path, flags | os.O_CREAT, OWNER_ONLY)
    try:
        mode = stat.S_IMODE(os.fstat(fd).st_mode)
        if mode != OWNER_ONLY:
            os.fchmod(fd, OWNER_ONLY)
            # The mode, never the path's contents; the path is the operator's setting.
            logger.warning(
                "%s had mode %s: made owner-only (0600), it holds personal data",
                Path(path).name,
                oct(mode),
            )
    except BaseException:
        os.close(fd)
        raise
    return fd
