"""Data-parallel training on 2 gloo processes (one spawn, ``dist_worker``), against one process.

The spawn runs every scenario once (a module fixture); each test reads its part. Rank 1's
numbers must equal rank 0's bit for bit: the flat gradient average keeps the ranks one model.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
import torch
import torch.multiprocessing as mp

from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner import distributed
from gancanvas.runner.train import RunOptions, resume_run
from tests.conftest import EXAMPLES
from tests.runner import dist_worker

STEPS = 3
#: the fast suite's examples: the toy ones but xICFG (7 s on a loaded machine) and one image
#: one; the slow test runs the others
SLOW = ("digits_", "animal_", "grid25_xicfg")
FAST = [p.stem for p in EXAMPLES if not p.stem.startswith(SLOW)] + ["digits_dcgan"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _spawn(out: Path, names: list[str], uri: str | None) -> dict[str, Any]:
    init = f"tcp://127.0.0.1:{_free_port()}"
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    mp.spawn(dist_worker.main, args=(str(out), init, names, STEPS, uri), nprocs=2, join=True)
    ranks = [json.loads((out / f"rank{r}.json").read_text()) for r in range(2)]
    return {"out": out, "uri": uri, "ranks": ranks, "names": names}


@pytest.fixture(scope="module")
def spawned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("dist")
    return _spawn(out, FAST, f"sqlite:///{out / 'mlflow.db'}")


def _comparable(sums: dict[str, str]) -> dict[str, str]:
    # a reader's window start differs by design: rank 0 holds the pending global window,
    # the other ranks none (Stats.merge_ranks); what they read is the same
    return {k: v for k, v in sums.items() if ".window." not in k}


def _assert_identical(spawned: dict[str, Any]) -> None:
    r0, r1 = (r["consistency"] for r in spawned["ranks"])
    assert sorted(r0) == sorted(spawned["names"])
    for name in spawned["names"]:
        a, b = _comparable(r0[name]["digest"]), _comparable(r1[name]["digest"])
        assert a.keys() == b.keys() and len(a) > 4, name
        differ = [k for k in a if a[k] != b[k]]
        assert not differ, f"{name}: ranks differ in {differ[:5]}"
        # every statistic is read over both ranks: the logged losses agree exactly
        assert r0[name]["loss"] == r1[name]["loss"] and r0[name]["loss"], name


def test_toy_examples_and_digits_dcgan_keep_the_ranks_bit_identical(
    spawned: dict[str, Any],
) -> None:
    """Parameters, buffers, optimizer moments, every block's state, the data position and the
    loop's statistics after a few steps on 2 ranks: the same bytes on both."""
    _assert_identical(spawned)


@pytest.mark.slow
def test_the_other_examples_keep_the_ranks_bit_identical(tmp_path: Path) -> None:
    others = [p.stem for p in EXAMPLES if p.stem not in FAST]
    _assert_identical(_spawn(tmp_path, others, None))


def test_statistics_are_read_over_both_ranks(spawned: dict[str, Any]) -> None:
    """Rank 0 reports 1, 1 and rank 1 reports 2, 2: every read is the global one; after
    ``merge_ranks`` rank 0 holds the whole pending window and rank 1 none; rank 0's saved state
    loaded on both ranks (the others dropping what is pending) reads the same again."""
    r0, r1 = (r["stats"] for r in spawned["ranks"])
    for r in (r0, r1):
        assert r["before"] == r["after"] == [1.5, 4, 6.0]
        assert r["resumed"] == [1.5, 4]
    assert r0["local"] == {"x": 1.5} and r1["local"] == {}


def test_two_ranks_of_batch_b_step_as_one_process_of_batch_2b(spawned: dict[str, Any]) -> None:
    """MLP without BatchNorm, mean-reduced losses, SGD: the averaged gradient of two batches of
    B is the gradient of their union, so the parameters match one process at 2B (to rounding:
    the sums run in another order)."""
    two = torch.load(spawned["out"] / "equivalence.pt")
    one = dist_worker.train_fed(dist_worker.sgd_graph(16, 3), 3, 16)
    assert two.keys() == one.keys()
    start = dist_worker.train_fed(dist_worker.sgd_graph(16, 3), 0, 16)
    for k in one:
        assert not torch.equal(one[k], start[k]), f"{k} never trained"
        torch.testing.assert_close(two[k], one[k], rtol=1e-5, atol=1e-6, msg=k)


def test_a_nan_on_one_rank_ends_every_rank_with_the_reason(spawned: dict[str, Any]) -> None:
    r0, r1 = (r["nan"] for r in spawned["ranks"])
    for r in (r0, r1):
        assert r["status"] == "FAILED" and r["step"] == 12
        assert (
            "phase Dmain, block 'loss'" in r["reason"] and "between steps 10 and 12" in r["reason"]
        )
        assert "(from rank 1)" in r["reason"]
    assert r0["run_id"] == r1["run_id"]
    # only rank 0 tracks and writes checkpoints
    assert r0["tracker"] == "Tracker" and r1["tracker"] == "NullTracker"
    assert r0["checkpoint"] and r1["checkpoint"] is None


def test_a_two_rank_checkpoint_resumes_on_one_process(
    spawned: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state = ckpt.load(spawned["ranks"][0]["nan"]["checkpoint"])
    assert state["step"] == 8 and state["loop"]["world_size"] == 2
    assert len(state["rng"]["ranks"]) == 2  # every rank's RNG, for a resume on 2 ranks
    result = resume_run(
        state, RunOptions(tracking_uri=spawned["uri"], quiet=True, device="cpu", steps=12)
    )
    assert result.status == "FINISHED" and result.step == 12


def test_launchers_environment() -> None:
    torchrun = {"RANK": "3", "WORLD_SIZE": "8", "LOCAL_RANK": "1"}
    assert distributed.launch_env(torchrun) == torchrun
    slurm = {
        "SLURM_PROCID": "5",
        "SLURM_NTASKS": "8",
        "SLURM_LOCALID": "1",
        "SLURM_JOB_NODELIST": "gpu[03-04,09],cpu1",
        "SLURM_JOB_ID": "4242",
    }
    env = distributed.launch_env(slurm)
    assert env == {
        "RANK": "5",
        "WORLD_SIZE": "8",
        "LOCAL_RANK": "1",
        "MASTER_ADDR": "gpu03",
        "MASTER_PORT": str(20000 + 4242),
    }
    assert distributed.launch_env({"SLURM_PROCID": "0", "SLURM_NTASKS": "1"}) is None
    assert distributed.launch_env({}) is None
    assert distributed.slurm_first_host("node7") == "node7"


def test_rank_seeds_differ_by_rank_and_step() -> None:
    seeds = {distributed.rank_seed(0, r, s) for r in range(4) for s in (0, 100)}
    assert len(seeds) == 8 and all(0 <= s < 2**63 for s in seeds)


def test_a_global_batch_splits_over_the_ranks_or_is_refused() -> None:
    two = distributed.World(0, 2)
    assert distributed.per_rank_batch(64, "global", two) == 32
    assert distributed.per_rank_batch(64, "rank", two) == 64
    assert distributed.per_rank_batch(63, "global", distributed.World()) == 63
    with pytest.raises(ValueError, match="does not split over 2 ranks"):
        distributed.per_rank_batch(63, "global", two)


def _slurm_port() -> int:
    """A free port that ``20000 + SLURM_JOB_ID % 20000`` can name."""
    for port in range(20000 + os.getpid() % 19000, 40000):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 20000-39999")


@pytest.mark.slow
def test_srun_two_tasks_from_slurm_variables_alone(tmp_path: Path) -> None:
    """What ``srun --ntasks=2 gancanvas run FILE`` gives each task: SLURM_* only (no RANK)."""
    import subprocess
    import sys

    from tests.graphs import tiny

    graph = tmp_path / "g.json"
    graph.write_text(json.dumps(tiny(steps=6, batch=16)))
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    port = _slurm_port()
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_", "SLURM_"))
    }
    slurm = {"SLURM_NTASKS": "2", "SLURM_JOB_ID": str(port - 20000), "SLURM_NODELIST": "127.0.0.1"}
    cmd = [sys.executable, "-m", "gancanvas", "run", str(graph), "--quiet", "--device", "cpu"]
    cmd += ["--tracking-uri", uri, "--runs-dir", str(tmp_path / "runs"), "--threads", "1"]
    procs = [
        subprocess.Popen(
            cmd,
            env={**base, **slurm, "SLURM_PROCID": str(r), "SLURM_LOCALID": str(r)},
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for r in range(2)
    ]
    outs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    (run_dir,) = (tmp_path / "runs").iterdir()  # rank 0 alone writes checkpoints
    state = ckpt.load(run_dir / "checkpoints" / "latest.pt")
    assert state["step"] == 6 and state["loop"]["world_size"] == 2
    assert len(state["rng"]["ranks"]) == 2
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    runs = client.search_runs([e.experiment_id for e in client.search_experiments()])
    assert [(r.info.run_id, r.info.status) for r in runs] == [(run_dir.name, "FINISHED")]
