"""Child processes of the app: who a PID really is, and stopping a whole process group.

A PID alone names a process only while it lives: once it exits the number is reused, so a
runner re-attached from its metadata file is checked by its start time and command line
before it is trusted or signalled. Helpers (the MLflow UI and its workers) run in their own
session, so one signal to the group reaches every process they started.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

PROC = Path("/proc")


def identity(pid: int) -> tuple[str, list[str]] | None:
    """``(start time, argv)`` of a live process, None if there is none (or it is a zombie).

    Linux: ``/proc/<pid>/stat`` field 22 (clock ticks after boot) and ``cmdline``; elsewhere
    ``ps -o lstart=,command=`` (whitespace-split argv, enough to find a run key).
    """
    if PROC.joinpath("self", "stat").exists():
        try:
            stat = PROC.joinpath(str(pid), "stat").read_text()
            argv = PROC.joinpath(str(pid), "cmdline").read_bytes().split(b"\0")
        except OSError:
            return None
        fields = stat[stat.rfind(")") + 2 :].split()  # the name may hold spaces and ")"
        if fields[0] in ("Z", "X"):
            return None
        return fields[19], [a.decode("utf-8", "replace") for a in argv if a]
    try:
        out = subprocess.run(
            ["ps", "-o", "lstart=", "-o", "command=", "-p", str(pid)],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (out[:24], out[24:].split()) if out else None


def is_zombie(pid: int) -> bool:
    """True while ``pid`` has exited but nobody has collected its exit status."""
    try:
        stat = PROC.joinpath(str(pid), "stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[0] == "Z"


def start_time(pid: int) -> str | None:
    found = identity(pid)
    return found[0] if found else None


def is_same_process(pid: int, start: str | None, marker: str) -> bool:
    """``pid`` is the process we started: same start time (when recorded) and an argument
    containing ``marker`` (the run key), so a reused PID is never taken for it."""
    found = identity(pid)
    if found is None:
        return False
    began, argv = found
    if start is not None and began != start:
        return False
    return any(marker in arg for arg in argv)


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes of process group ``pgid`` (Linux ``/proc``; else [])."""
    members = []
    for entry in PROC.glob("[0-9]*"):
        try:
            stat = entry.joinpath("stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def stop_group(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """SIGTERM the process group led by ``process`` (started with ``start_new_session``), wait
    up to ``grace`` seconds for the leader, then SIGKILL whatever of the group is left."""
    pgid = process.pid
    _signal_group(pgid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(grace)
    deadline = time.monotonic() + grace
    while group_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)  # workers finishing their own shutdown
    if group_members(pgid) or not PROC.joinpath("self").exists():
        _signal_group(pgid, signal.SIGKILL)
    process.wait(grace)  # collect the leader: no zombie


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)
