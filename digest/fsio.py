"""File-system helpers shared by the store, the index and export: ONE atomic write, ONE lock.

`write_temp(final, data)`   writes `data` (bytes, or a callable that writes to a binary file and returns
                            a value) to `.<name>.<pid>.tmp` beside `final`, fsync'ed; returns the temp path.
`write_atomic(final, data)` the same, then moved over `final` (os.replace) and the directory fsync'ed: a
                            reader sees the old or the new file, never part of one. On any error the
                            temporary file is removed and the OSError raised.
`write_output(path, data)`  a file the user named (export, report -o): a symbolic link is followed, a FIFO
                            or a device is opened and written in place (a rename would put a plain file
                            where it was), a regular file is replaced atomically and keeps its mode.
`locked(path)`              an exclusive flock on `path`, created if missing but never through a symbolic
                            link (O_NOFOLLOW): a dangling `.lock` symlink cannot create a file elsewhere;
                            says once when it waits for another holder, and can give up after a bound.
`fsync_dir(d)`              make renames in `d` durable (best effort).

Every function raises OSError; the callers turn it into their own one-line error (StoreError, ...).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")


def temp_name(final: Path) -> Path:
    """The temporary file used while writing `final` (hidden, per process; readers skip dot files)."""
    return final.with_name(f".{final.name}.{os.getpid()}.tmp")


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def write_temp(final: Path, data: bytes | Callable[[BinaryIO], T], mode: int | None = None) -> Path:
    """Write `data` to the temporary file of `final` and fsync it. Returns the temporary path.

    `mode`: the permission bits the file gets (those of the file it is to replace) before anything is
    written to it, so a 0600 file's new content is never readable by others; None: 0644 (less the umask)."""
    tmp = temp_name(final)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644 if mode is None else 0o600)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        if isinstance(data, (bytes, bytearray, memoryview)):
            _write_fd(fd, bytes(data))
            os.fsync(fd)
            os.close(fd)
        else:
            with os.fdopen(fd, "wb") as f:
                data(f)
                f.flush()
                os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def write_atomic(final: Path, data: bytes | Callable[[BinaryIO], T], mode: int | None = None) -> T | None:
    """Replace `final` with `data` in one step (temporary file, fsync, rename, fsync of the directory).
    Returns what the writing callable returned (None for bytes). `mode` as for write_temp."""
    result: list[T] = []
    if callable(data):
        fn = data

        def data(f: BinaryIO) -> None:  # type: ignore[misc]
            result.append(fn(f))
    tmp = write_temp(final, data, mode)
    try:
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(final.parent)
    return result[0] if result else None


def write_output(path: Path, data: bytes | Callable[[BinaryIO], T]) -> T | None:
    """Write a file the user named on the command line as a shell's `>` would, but atomically where the
    name is a regular file (or a new one): then it is replaced in one step (write_atomic) and keeps its
    permission bits. A symbolic link is followed: its target is written and the link stays. A target that
    is not a regular file (a FIFO, a character device such as a copy of /dev/null), a dangling link, or
    a link whose target has no name to rename over (/dev/stdout to a pipe) is opened and written in
    place: a rename there would put a plain file where the link, FIFO or device was.
    Returns what the writing callable returned (None for bytes)."""
    try:
        st: os.stat_result | None = os.stat(path)  # through symbolic links, /proc/self/fd/N ones too
    except FileNotFoundError:
        st = None
    if st is None and not os.path.islink(path):
        return write_atomic(path, data)
    if st is not None and stat.S_ISREG(st.st_mode):
        real = Path(os.path.realpath(path))
        try:
            named = os.path.samestat(os.stat(real), st)  # False for /dev/stdout to a deleted file
        except OSError:
            named = False
        if named:
            return write_atomic(real, data, mode=stat.S_IMODE(st.st_mode))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
    with os.fdopen(fd, "wb") as f:  # no fsync: FIFOs and devices refuse it
        if isinstance(data, (bytes, bytearray, memoryview)):
            f.write(data)
            return None
        return data(f)


def fsync_dir(d: Path) -> None:
    """fsync a directory so that renames in it survive a power cut (ignored where unsupported)."""
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class LockError(OSError):
    """The lock file is a symbolic link (or otherwise unusable)."""


class LockTimeout(OSError):
    """The lock was still held by another process when the caller's time bound ran out."""


WAIT_NOTE_AFTER = 0.5  # seconds of waiting before `on_wait` is called (a short turn goes unremarked)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None,
           on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold an exclusive flock on `path` (created 0644 if missing, never through a symlink).

    While another process holds it: wait (polling every 0.1 s), call `on_wait()` once after
    WAIT_NOTE_AFTER seconds, and raise LockTimeout after `timeout` seconds (None: wait for ever)."""
    import fcntl
    import time

    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LockError(errno.ELOOP, f"{path} is a symbolic link; remove it") from None
        raise
    try:
        start = time.monotonic()
        noted = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - start
                if timeout is not None and waited >= timeout:
                    raise LockTimeout(errno.EAGAIN, f"{path} is still held after {timeout:g} s") from None
                if not noted and on_wait is not None and waited >= min(WAIT_NOTE_AFTER, timeout or WAIT_NOTE_AFTER):
                    noted = True
                    on_wait()
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing releases the lock
