"""Bad input, fuzzed: every case exits 2 with located one-line messages, no traceback, no hang.

Each case runs in-process through the CLI's ``main`` (or the canvas upload functions) under a
SIGALRM deadline, so a hang fails the test instead of stalling the suite. A message is located
when every line starts with where the problem is (``file: path``, ``--option``, a checkpoint
path, ``gancanvas cmd: argument --x``) and names the expected place; the cases that can only
fail at run time end FAILED with the reason (exit 1).
"""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import re
import signal
import struct
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import torch

from gancanvas.cli import main
from tests.graphs import tiny

#: seconds one case may take (a hang on a FIFO or /dev/zero trips it)
DEADLINE = 30
#: every line of a refusal starts with a location, then ": " and the message
LOCATED = re.compile(r"^\S.*?: \S")


@contextmanager
def deadline(seconds: float = DEADLINE) -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise TimeoutError(f"no answer within {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def call(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    with deadline():
        rc = main(argv)
    torch.set_num_threads(1)  # a case may have set threads; keep the suite's one thread
    return rc, capsys.readouterr().err


def refused(rc: int, err: str, where: str) -> None:
    """Exit 2, no traceback, every line located, and the expected place named."""
    assert rc == 2, f"exit {rc}: {err}"
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert lines, "refused without a message"
    for line in lines:
        assert LOCATED.match(line), f"not located: {line!r}"
    assert where in err, f"{where!r} not in {err!r}"


def node(g: dict[str, Any], nid: str) -> dict[str, Any]:
    return next(n for n in g["nodes"] if n["id"] == nid)


def base() -> dict[str, Any]:
    return tiny("grid25_vanilla", steps=4)


def with_run(**kw: Any) -> dict[str, Any]:
    g = base()
    g["run"].update(kw)
    return g


def with_param(nid: str, key: str, value: Any) -> dict[str, Any]:
    g = base()
    node(g, nid).setdefault("params", {})[key] = value
    return g


def with_data(type_: str, **params: Any) -> dict[str, Any]:
    g = base()
    node(g, "data").update(type=type_, params=params)
    return g


def with_top(key: str, value: Any) -> dict[str, Any]:
    g = base()
    g[key] = value
    return g


def with_node(nid: str, **fields: Any) -> dict[str, Any]:
    g = base()
    node(g, nid).update(fields)
    return g


def text_with(old: str, new: str) -> str:
    """The base graph's JSON with one literal replaced (for values JSON can spell but Python's
    ``json.dumps`` cannot produce: NaN at a place, a 5000-digit integer, 1e999)."""
    text = json.dumps(base())
    assert old in text
    return text.replace(old, new, 1)


def png(chunks: dict[str, str] | None = None, bad_crc: bool = False) -> bytes:
    """A minimal 1×1 PNG with optional iTXt chunks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) ^ (1 if bad_crc and kind == b"iTXt" else 0)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    for key, text in (chunks or {}).items():
        out += chunk(b"iTXt", key.encode() + b"\0\0\0\0\0" + text.encode())
    out += chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")
    return out


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


DEEP_PARAMS = text_with('"hidden": [32, 32]', '"hidden": ' + deep(80))
BIG_GRAPH = json.dumps(base())[:-1] + ', "description": "' + "x" * 5_000_001 + '"}'


# ------------------------------------------------------------------------------------------
# graph files: name → (content, or a callable making a path in tmp; where the message points)

Maker = Callable[[Path], Any]

GRAPH_CASES: dict[str, tuple[Any, str]] = {
    # files that are not graph files
    "dev_zero": (lambda tmp: "/dev/zero", "character device"),
    "fifo": (lambda tmp: _fifo(tmp / "g.json"), "FIFO"),
    "folder": (lambda tmp: str(tmp), "a folder"),
    "missing": (lambda tmp: str(tmp / "nope.json"), "[missing_file]"),
    "over_5_mb": (BIG_GRAPH, "[too_large]"),
    "not_utf8": (b"\xff\xfe{\x00}", "not UTF-8"),
    "empty": ("", "not valid JSON"),
    "truncated": (json.dumps(base())[:100], "not valid JSON"),
    "top_level_list": ("[1, 2]", "top level must be a JSON object"),
    "png_without_graph": (png(), "[no_graph]"),
    "png_bad_crc": (png({"gancanvas.graph": "{}"}, bad_crc=True), "CRC"),
    "png_nested_graph": (png({"gancanvas.graph": deep(10_000)}), "[too_deep]"),
    "png_nan_graph": (png({"gancanvas.graph": text_with("0.05", "NaN")}), "nodes.data.params.std"),
    # nesting, NaN, infinity, huge integers
    "nested_100k_objects": ('{"a":' * 100_000 + "1" + "}" * 100_000, "[too_deep]"),
    "nested_100k_arrays": (deep(100_000), "[too_deep]"),
    "nested_params": (DEEP_PARAMS, "[too_deep]"),
    "int_5000_digits_seed": (text_with('"seed": 0', '"seed": ' + "9" * 5000), "run.seed"),
    "int_5000_digits_param": (text_with('"dim": 16', '"dim": ' + "1" * 5000), "nodes.z.params.dim"),
    "int_over_64_bits": (text_with('"seed": 0', '"seed": ' + str(2**64)), "run.seed"),
    "nan_param": (text_with("0.0002", "NaN"), "nodes.optG.params.lr"),
    "infinity_param": (text_with("0.05", "Infinity"), "nodes.data.params.std"),
    "minus_infinity_run": (text_with('"seed": 0', '"seed": -Infinity'), "run.seed"),
    "overflow_1e999": (text_with("0.0002", "1e999"), "nodes.optG.params.lr"),
    "nan_layout": (text_with("[40, 60]", "[NaN, 60]"), "layout.data.0"),
    "infinity_layout": (text_with("[40, 60]", "[40, Infinity]"), "layout.data.1"),
    "huge_layout": (text_with("[40, 60]", "[1e300, 60]"), "layout.data.0"),
    "layout_three_numbers": (text_with("[40, 60]", "[40, 60, 1]"), "layout.data"),
    "layout_string": (text_with("[40, 60]", '["40", 60]'), "layout.data.0"),
    "layout_bool": (text_with("[40, 60]", "[true, 60]"), "layout.data.0"),
    # run settings: strict types and upper bounds
    "steps_string": (with_run(steps="100"), "run.steps"),
    "steps_bool": (with_run(steps=True), "run.steps"),
    "steps_float": (with_run(steps=1.5), "run.steps"),
    "steps_1e40": (with_run(steps=1e40), "run.steps"),
    "steps_zero": (with_run(steps=0), "run.steps"),
    "steps_negative": (with_run(steps=-5), "run.steps"),
    "steps_10_to_12": (with_run(steps=10**12), "run.steps"),
    "seed_1e30": (with_run(seed=1e30), "run.seed"),
    "seed_over_32_bits": (with_run(seed=2**40), "run.seed"),
    "seed_negative": (with_run(seed=-1), "run.seed"),
    "seed_bool": (with_run(seed=True), "run.seed"),
    "batch_zero": (with_run(batch_size=0), "run.batch_size"),
    "batch_million": (with_run(batch_size=10**6), "run.batch_size"),
    "batch_string": (with_run(batch_size="64"), "run.batch_size"),
    "n_dis_zero": (with_run(n_dis=0), "run.n_dis"),
    "n_dis_1000": (with_run(n_dis=1000), "run.n_dis"),
    "log_every_zero": (with_run(log_every=0), "run.log_every"),
    "sample_every_negative": (with_run(sample_every=-1), "run.sample_every"),
    "checkpoint_every_huge": (with_run(checkpoint_every=10**9), "run.checkpoint_every"),
    "eval_every_huge": (with_run(eval_every=10**9), "run.eval_every"),
    "n_samples_huge": (with_run(n_samples=10**6), "run.n_samples"),
    "device_tpu": (with_run(device="tpu"), "run.device"),
    "precision_fp8": (with_run(precision="fp8"), "run.precision"),
    "run_unknown_key": (with_run(stepz=5), "run.stepz"),
    # the envelope
    "schema_version_string": (with_top("schema_version", "1"), "schema_version"),
    "schema_version_bool": (with_top("schema_version", True), "schema_version"),
    "schema_version_newer": (with_top("schema_version", 99), "[newer_schema]"),
    "name_too_long": (with_top("name", "n" * 300), "name"),
    "description_too_long": (with_top("description", "d" * 30_000), "description"),
    "nodes_object": (with_top("nodes", {"G": {}}), "nodes"),
    "too_many_nodes": (
        with_top("nodes", [{"id": f"n{i}", "type": "loss.hinge"} for i in range(1001)]),
        "nodes",
    ),
    "too_many_edges": (with_top("edges", [{"from": "a.b", "to": "c.d"}] * 4001), "edges"),
    "node_id_digit": (with_node("G", id="1G"), "nodes.1G.id"),
    "node_type_pattern": (with_node("G", type="Generator MLP"), "nodes.G.type"),
    "node_params_list": (with_node("G", params=[1, 2]), "nodes.G.params"),
    "edge_bad_ref": (with_top("edges", [{"from": "G", "to": "D.fake"}]), "edges.0.from"),
    "edge_extra_key": (
        with_top("edges", [{"from": "G.fake", "to": "D.fake", "w": 1}]),
        "edges.0.w",
    ),
    # block params: no coercion, bounds
    "hidden_bool": (with_param("G", "hidden", [True]), "nodes.G.params.hidden.0"),
    "hidden_string": (with_param("G", "hidden", ["64"]), "nodes.G.params.hidden.0"),
    "hidden_float": (with_param("G", "hidden", [64.5]), "nodes.G.params.hidden.0"),
    "hidden_zero": (with_param("G", "hidden", [0]), "nodes.G.params.hidden.0"),
    "hidden_too_wide": (with_param("G", "hidden", [10**6]), "nodes.G.params.hidden.0"),
    "hidden_too_deep": (with_param("D", "hidden", [8] * 17), "nodes.D.params.hidden"),
    "hidden_scalar": (with_param("D", "hidden", 64), "nodes.D.params.hidden"),
    "lr_string": (with_param("optG", "lr", "0.1"), "nodes.optG.params.lr"),
    "lr_bool": (with_param("optG", "lr", True), "nodes.optG.params.lr"),
    "lr_out_of_bounds": (with_param("optG", "lr", 7), "nodes.optG.params.lr"),
    "betas_one": (with_param("optD", "betas", [0.5]), "nodes.optD.params.betas"),
    "betas_string": (with_param("optD", "betas", [0.5, "0.9"]), "nodes.optD.params.betas.1"),
    "betas_bool": (with_param("optD", "betas", [0.5, True]), "nodes.optD.params.betas.1"),
    "betas_scalar": (with_param("optD", "betas", 0.5), "nodes.optD.params.betas"),
    "latent_dim_zero": (with_param("z", "dim", 0), "nodes.z.params.dim"),
    "latent_dim_huge": (with_param("z", "dim", 10**6), "nodes.z.params.dim"),
    "latent_dim_bool": (with_param("z", "dim", True), "nodes.z.params.dim"),
    "latent_dim_string": (with_param("z", "dim", "16"), "nodes.z.params.dim"),
    "grid_string": (with_param("data", "grid", "5"), "nodes.data.params.grid"),
    "std_negative": (with_param("data", "std", -1), "nodes.data.params.std"),
    "param_typo": (with_param("G", "hiden", [8]), "nodes.G.params.hiden"),
    "channels_bool": (
        with_data("data.image_folder", root="x", size=8, channels=True),
        "nodes.data.params.channels",
    ),
    "channels_two": (
        with_data("data.image_folder", root="x", size=8, channels=2),
        "nodes.data.params.channels",
    ),
    "image_size_huge": (
        with_data("data.image_folder", root="x", size=10**5, channels=1),
        "nodes.data.params.size",
    ),
    "root_number": (with_data("data.image_folder", root=5, size=8), "nodes.data.params.root"),
    "resize_bool": (with_data("data.digits", resize=True), "nodes.data.params.resize"),
    "download_int": (
        with_data("data.torchvision", dataset="mnist", download=1),
        "nodes.data.params.download",
    ),
    # structure (the validator's own checks, through the same path)
    "unknown_block": (with_node("D", type="discriminator.transformer"), "nodes.D.type"),
    "duplicate_id": (with_node("D", id="G"), "[duplicate_id]"),
    # graphs that validate but cannot fit any machine: the memory estimate refuses them
    "memory_activations": (
        with_data("data.torchvision", dataset="cifar10", download=True, resize=256)
        | {"run": {**base()["run"], "batch_size": 65536}},
        "run.batch_size: estimated training memory",
    ),
}


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return str(path)


def _graph_file(tmp: Path, content: Any) -> str:
    if callable(content):
        return str(content(tmp))
    path = tmp / "g.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content))
    return str(path)


@pytest.mark.parametrize("case", GRAPH_CASES)
@pytest.mark.parametrize("command", ["validate", "run"])
def test_bad_graph_file(
    case: str, command: str, in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    content, where = GRAPH_CASES[case]
    f = _graph_file(in_tmp, content)
    extra = ["--quiet", "--tracking-uri", mlflow_uri] if command == "run" else []
    rc, err = call([command, f, *extra], capsys)
    refused(rc, err, where)
    assert all(line.startswith(f"{f}: ") for line in err.strip().splitlines()), err
    assert not (in_tmp / "runs").exists()  # refused before anything ran


def test_memory_estimate_names_the_network(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """16 layers of 16384 (the issue's 34 GB of weights) on a 16 GB machine: refused at G."""
    from gancanvas.compiler import memory

    monkeypatch.setattr(memory, "device_memory", lambda device: ("RAM", 16 * 10**9))
    g = base()
    node(g, "G")["params"]["hidden"] = [16384] * 16
    node(g, "D")["params"]["hidden"] = [16384] * 16
    f = _graph_file(in_tmp, g)
    rc, err = call(["validate", f], capsys)
    refused(rc, err, "nodes.G: estimated training memory")
    assert "weights 32.2 GB" in err and "optimizer state 64.4 GB" in err and "16.0 GB of RAM" in err
    node(g, "G")["params"]["hidden"] = node(g, "D")["params"]["hidden"] = [512, 512]
    f = _graph_file(in_tmp, g)
    assert call(["validate", f], capsys)[0] == 0


# ------------------------------------------------------------------------------------------
# options: checked like the file (bounds of the graph value they override), before any work

OPTION_CASES: dict[str, tuple[list[str], str]] = {
    "steps_zero": (["run", "{g}", "--steps", "0"], "argument --steps"),
    "steps_negative": (["run", "{g}", "--steps", "-5"], "argument --steps"),
    "steps_1e40": (["run", "{g}", "--steps", "1e40"], "argument --steps"),
    "steps_huge": (["run", "{g}", "--steps", str(10**12)], "argument --steps"),
    "steps_word": (["run", "{g}", "--steps", "many"], "argument --steps"),
    "threads_negative": (["run", "{g}", "--threads", "-1"], "argument --threads"),
    "threads_huge": (["run", "{g}", "--threads", "100000"], "argument --threads"),
    "device_tpu": (["run", "{g}", "--device", "tpu"], "argument --device"),
    "tracking_scheme": (["run", "{g}", "--tracking-uri", "foo://x"], "--tracking-uri foo://x"),
    "runs_dir_is_file": (["run", "{g}", "--runs-dir", "{g}"], "--runs-dir"),
    "runs_dir_under_file": (["run", "{g}", "--runs-dir", "{g}/sub"], "--runs-dir"),
    "runs_dir_unwritable": (["run", "{g}", "--runs-dir", "/proc/gc_runs"], "--runs-dir"),
    "events_fifo": (["run", "{g}", "--events", "{fifo}"], "--events"),
    "events_folder": (["run", "{g}", "--events", "{tmp}"], "--events"),
    "events_unwritable": (["run", "{g}", "--events", "/proc/gc/ev.jsonl"], "--events"),
    "set_nan": (["run", "{g}", "--set", "run.seed=NaN"], "--set run.seed"),
    "set_infinity": (["run", "{g}", "--set", "nodes.optG.params.lr=Infinity"], "--set nodes"),
    "set_1e999": (["run", "{g}", "--set", "nodes.optG.params.lr=1e999"], "--set nodes"),
    "set_huge_int": (["run", "{g}", "--set", "run.seed=" + "9" * 5000], "--set run.seed"),
    "set_deep": (["run", "{g}", "--set", "nodes.G.params.hidden=" + deep(500)], "--set nodes"),
    "set_float_seed": (["run", "{g}", "--set", "run.seed=1e30"], "run.seed"),
    "set_bool_seed": (["run", "{g}", "--set", "run.seed=true"], "run.seed"),
    "set_bool_width": (["run", "{g}", "--set", "nodes.G.params.hidden=[true]"], "hidden.0"),
    "set_string_lr": (["run", "{g}", "--set", "nodes.optG.params.lr=fast"], "params.lr"),
    "set_no_node": (["run", "{g}", "--set", "nodes.nope.params.x=1"], "no node 'nope'"),
    "set_no_equals": (["run", "{g}", "--set", "run.seed"], "--set run.seed"),
    "validate_nothing": (["validate"], "gancanvas validate"),
    "unknown_command": (["train", "{g}"], "gancanvas"),
    "resume_steps_zero": (["resume", "{ckpt}", "--steps", "0"], "argument --steps"),
    "resume_steps_negative": (["resume", "{ckpt}", "--steps", "-1"], "argument --steps"),
    "resume_steps_behind": (["resume", "{ckpt}", "--steps", "1"], "--steps 1"),
    "sample_n_zero": (["sample", "{ckpt}", "--n", "0"], "argument --n"),
    "sample_n_negative": (["sample", "{ckpt}", "--n", "-1"], "argument --n"),
    "sample_n_1e8": (["sample", "{ckpt}", "--n", "1e8"], "argument --n"),
    "sample_n_huge": (["sample", "{ckpt}", "--n", "100000000"], "argument --n"),
    "sample_seed_negative": (["sample", "{ckpt}", "--seed", "-1"], "argument --seed"),
    "sample_seed_huge": (["sample", "{ckpt}", "--seed", str(2**40)], "argument --seed"),
    "sample_out_jpg": (["sample", "{ckpt}", "--out", "{tmp}/x.jpg"], "--out"),
    "sample_out_no_suffix": (["sample", "{ckpt}", "--out", "{tmp}/x"], "--out"),
    "sample_out_folder": (["sample", "{ckpt}", "--out", "{dir_png}"], "--out"),
    "sample_out_fifo": (["sample", "{ckpt}", "--out", "{fifo_png}"], "--out"),
    "sample_out_unwritable": (["sample", "{ckpt}", "--out", "/proc/gc/x.png"], "--out"),
    "eval_n_zero": (["eval", "{ckpt}", "--n", "0"], "argument --n"),
    "eval_n_huge": (["eval", "{ckpt}", "--n", str(10**7)], "argument --n"),
    "eval_unknown_metric": (["eval", "{ckpt}", "--metrics", "nope"], "no metric 'nope'"),
    "ui_port": (["ui", "--port", "70000"], "argument --port"),
}


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real checkpoint of a tiny graph after 2 iterations (no MLflow, no files besides it)."""
    from gancanvas.compiler import compile_graph
    from gancanvas.runner import checkpoint as ckpt
    from gancanvas.runner.loop import StepRunner
    from schemas import load_graph_dict

    graph = load_graph_dict(base())
    torch.manual_seed(0)
    prog = compile_graph(graph, torch.device("cpu"))
    runner = StepRunner(prog)
    for step in range(2):
        runner.iteration(step)
    path = tmp_path_factory.mktemp("ckpt") / "good.pt"
    ckpt.save(ckpt.capture(prog, runner, 2, None), path)
    return path


@pytest.mark.parametrize("case", OPTION_CASES)
def test_bad_option(
    case: str,
    in_tmp: Path,
    mlflow_uri: str,
    checkpoint: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv, where = OPTION_CASES[case]
    g = _graph_file(in_tmp, base())
    (in_tmp / "d.png").mkdir()
    names = {
        "g": g,
        "ckpt": str(checkpoint),
        "tmp": str(in_tmp),
        "fifo": _fifo(in_tmp / "ev.jsonl"),
        "fifo_png": _fifo(in_tmp / "f.png"),
        "dir_png": str(in_tmp / "d.png"),
    }
    argv = [a.format(**names) for a in argv]
    if argv[0] in ("run", "resume", "eval", "sample"):
        argv += ["--quiet"] + (
            ["--tracking-uri", mlflow_uri] if "--tracking-uri" not in argv else []
        )
    rc, err = call(argv, capsys)
    refused(rc, err, where)
    assert where in err.splitlines()[0], err  # (a bad param may leave follow-up issues)
    assert not (in_tmp / "runs").exists()


ENV_CASES: dict[str, tuple[str, str, str]] = {
    "threads_word": ("GANCANVAS_THREADS", "x", "GANCANVAS_THREADS"),
    "threads_negative": ("GANCANVAS_THREADS", "-3", "GANCANVAS_THREADS"),
    "tracking_scheme": ("MLFLOW_TRACKING_URI", "ftp://host/x", "MLFLOW_TRACKING_URI"),
}


@pytest.mark.parametrize("case", ENV_CASES)
def test_bad_environment(
    case: str, in_tmp: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    var, value, where = ENV_CASES[case]
    monkeypatch.setenv(var, value)
    rc, err = call(["run", _graph_file(in_tmp, base()), "--quiet"], capsys)
    refused(rc, err, where)


# ------------------------------------------------------------------------------------------
# crafted checkpoints: refused by checkpoint.load with the entry named, for every command


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda s: s.pop(key) and None


def _put(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda s: s.__setitem__(key, value)


def _rng(value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda s: s["rng"].__setitem__("cpu", value)


def _shape_g(s: dict[str, Any]) -> None:
    s["blocks"]["G"]["net.0.weight"] = torch.zeros(3, 3)


def _shape_opt(s: dict[str, Any]) -> None:
    s["optimizers"]["D"]["state"][0]["exp_avg"] = torch.zeros(7, 7)


def _groups(s: dict[str, Any]) -> None:
    s["optimizers"]["G"]["param_groups"][0]["params"] = [0, 1]


def _loop(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda s: s["loop"].__setitem__(key, value)


def _sums(s: dict[str, Any]) -> None:
    s["loop"]["stats"]["sums"]["D/real"] = "x"


CKPT_CASES: dict[str, tuple[Any, str]] = {
    "no_step": (_drop("step"), "'step'"),
    "step_string": (_put("step", "abc"), "'step'"),
    "step_negative": (_put("step", -5), "'step'"),
    "step_huge": (_put("step", 10**12), "'step'"),
    "step_bool": (_put("step", True), "'step'"),
    "step_tensor": (_put("step", torch.tensor(2)), "'step'"),
    "no_rng": (_drop("rng"), "'rng'"),
    "rng_string": (_put("rng", "x"), "'rng'"),
    "rng_wrong_size": (_rng(torch.zeros(10, dtype=torch.uint8)), "'rng.cpu'"),
    "rng_invalid_state": (_rng(torch.zeros(5056, dtype=torch.uint8)), "'rng.cpu'"),
    "rng_float": (_rng(torch.zeros(5056)), "'rng.cpu'"),
    "no_blocks": (_drop("blocks"), "'blocks'"),
    "blocks_string": (lambda s: s["blocks"].__setitem__("G", "x"), "'blocks'"),
    "shape_with_its_optimizer": (_shape_g, "optimizers.G.state.0.exp_avg"),
    "optimizer_state_shape": (_shape_opt, "optimizers.D.state.0.exp_avg"),
    "optimizer_groups": (_groups, "optimizers.G.state"),
    "optimizers_list": (_put("optimizers", [1]), "'optimizers'"),
    "no_loop": (_drop("loop"), "'loop'"),
    "loop_batch_string": (_loop("batch_size", "x"), "'loop.batch_size'"),
    "loop_stats_missing": (_loop("stats", None), "'loop.stats'"),
    "loop_sums_not_tensors": (_sums, "'loop.stats.sums'"),
    "graph_not_json": (_put("graph", "{"), "its graph is invalid"),
    "graph_not_text": (_put("graph", 5), "'graph'"),
    "graph_nan": (_put("graph", text_with("0.0002", "NaN")), "nodes.optG.params.lr"),
    "graph_deep": (_put("graph", deep(5000)), "too_deep"),
    "run_id_path": (_put("run_id", "../../etc"), "'run_id'"),
    "format_99": (_put("format", 99), "not a gancanvas checkpoint"),
    "format_bool": (_put("format", True), "not a gancanvas checkpoint"),
}


@pytest.fixture(scope="module")
def good_state(checkpoint: Path) -> dict[str, Any]:
    return torch.load(checkpoint, weights_only=True)


@pytest.mark.parametrize("case", CKPT_CASES)
@pytest.mark.parametrize("command", ["resume", "sample", "eval"])
def test_crafted_checkpoint(
    case: str,
    command: str,
    good_state: dict[str, Any],
    in_tmp: Path,
    mlflow_uri: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mutate, where = CKPT_CASES[case]
    state = copy.deepcopy(good_state)
    mutate(state)
    path = in_tmp / "c.pt"
    torch.save(state, path)
    extra = ["--out", str(in_tmp / "x.png")] if command == "sample" else []
    rc, err = call([command, str(path), "--quiet", "--tracking-uri", mlflow_uri, *extra], capsys)
    refused(rc, err, where)
    assert err.startswith(f"error: {path}: ") and len(err.strip().splitlines()) == 1, err


FILE_CKPT_CASES: dict[str, tuple[Callable[[Path], str], str]] = {
    "fifo": (lambda tmp: _fifo(tmp / "c.pt"), "FIFO"),
    "dev_zero": (lambda tmp: "/dev/zero", "character device"),
    "folder": (lambda tmp: str(tmp), "folder"),
    "missing": (lambda tmp: str(tmp / "none.pt"), "no such checkpoint"),
    "garbage": (lambda tmp: _write(tmp / "c.pt", os.urandom(4096)), "not a readable"),
    "empty": (lambda tmp: _write(tmp / "c.pt", b""), "not a readable"),
    "a_list": (lambda tmp: _save(tmp / "c.pt", [1, 2]), "not a gancanvas checkpoint"),
    "a_pickle": (lambda tmp: _pickle(tmp / "c.pt"), "not a readable"),
}


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _save(path: Path, obj: Any) -> str:
    torch.save(obj, path)
    return str(path)


def _pickle(path: Path) -> str:
    """A pickle that would run code: weights_only refuses it."""
    import pickle

    class Evil:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.system, ("echo pwned",))

    path.write_bytes(pickle.dumps(Evil(), protocol=2))
    return str(path)


@pytest.mark.parametrize("case", FILE_CKPT_CASES)
@pytest.mark.parametrize("command", ["resume", "sample", "eval"])
def test_checkpoint_file_that_is_not_one(
    case: str, command: str, in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, where = FILE_CKPT_CASES[case]
    ref = make(in_tmp)
    extra = ["--out", str(in_tmp / "x.png")] if command == "sample" else []
    rc, err = call([command, ref, "--quiet", "--tracking-uri", mlflow_uri, *extra], capsys)
    refused(rc, err, where)
    assert len(err.strip().splitlines()) == 1, err


def test_wrong_network_shapes_are_one_line(
    good_state: dict[str, Any], in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A checkpoint consistent in itself (weights and optimizer moments reshaped together) that
    does not fit its graph: the restore refuses it, torch's multi-line message on one line."""
    state = copy.deepcopy(good_state)
    state["blocks"]["G"]["net.0.weight"] = torch.zeros(3, 3)
    state["optimizers"]["G"]["state"][0]["exp_avg"] = torch.zeros(3, 3)
    state["optimizers"]["G"]["state"][0]["exp_avg_sq"] = torch.zeros(3, 3)
    path = in_tmp / "c.pt"
    torch.save(state, path)
    rc, err = call(["resume", str(path), "--quiet", "--tracking-uri", mlflow_uri], capsys)
    refused(rc, err, "net.0.weight")
    assert len(err.strip().splitlines()) == 1, err


def test_non_finite_weights_fail_at_run_time_with_the_reason(
    good_state: dict[str, Any], in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """NaN weights are a valid checkpoint layout; only training can tell: FAILED, reason, exit 1."""
    state = copy.deepcopy(good_state)
    state["blocks"]["D"]["net.0.weight"].fill_(float("nan"))
    path = in_tmp / "c.pt"
    torch.save(state, path)
    rc, err = call(["resume", str(path), "--quiet", "--tracking-uri", mlflow_uri], capsys)
    assert rc == 1 and "Traceback" not in err
    assert "error: non-finite" in err and "phase" in err, err


# ------------------------------------------------------------------------------------------
# data: regular files only (a FIFO named a.png must not hang the run)


def _image_folder(tmp: Path, kind: str) -> Path:
    from PIL import Image

    folder = tmp / "imgs"
    folder.mkdir()
    Image.new("L", (8, 8)).save(folder / "0.png")
    if kind == "fifo":
        os.mkfifo(folder / "a.png")
    elif kind == "device":
        os.symlink("/dev/zero", folder / "a.png")
    elif kind == "folder":
        (folder / "a.png").mkdir()
    return folder


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_image_folder_with_a_special_file_is_refused_not_read(
    kind: str, in_tmp: Path, mlflow_uri: str, capsys: pytest.CaptureFixture[str]
) -> None:
    g = tiny("digits_dcgan", steps=2)
    folder = _image_folder(in_tmp, kind)
    node(g, "data").update(
        type="data.image_folder", params={"root": str(folder), "size": 8, "channels": 1}
    )
    f = _graph_file(in_tmp, g)
    rc, err = call(["run", f, "--quiet", "--tracking-uri", mlflow_uri], capsys)
    refused(rc, err, "nodes.data: cannot build data.image_folder")
    assert "a.png" in err and "not a regular file" in err


# ------------------------------------------------------------------------------------------
# the canvas upload path: the same limits, as GraphLoadError issues with a path

UPLOAD_CASES: dict[str, tuple[bytes | str, str]] = {
    "deep_bytes": (deep(200_000).encode(), "(file)"),
    "deep_text": ('{"a":' * 50_000 + "1" + "}" * 50_000, "(file)"),
    "deep_params": (DEEP_PARAMS, "(file)"),
    "nan": (text_with("0.0002", "NaN"), "nodes.optG.params.lr"),
    "infinity_layout": (text_with("[40, 60]", "[Infinity, 60]"), "layout.data.0"),
    "int_5000_digits": (text_with('"seed": 0', '"seed": ' + "7" * 5000), "run.seed"),
    "over_5_mb_bytes": (BIG_GRAPH.encode(), "(file)"),
    "over_5_mb_text": (BIG_GRAPH, "(file)"),
    "not_utf8": (b"\xff\xfe\x00", "(file)"),
    "png_no_graph": (png(), "(file)"),
    "png_deep_graph": (png({"gancanvas.graph": deep(10_000)}), "(file)"),
    "png_nan_graph": (png({"gancanvas.graph": text_with("0.05", "NaN")}), "nodes.data.params.std"),
    "steps_string": (json.dumps(with_run(steps="100")), "run.steps"),
    "layout_bool": (text_with("[40, 60]", "[false, 60]"), "layout.data.0"),
}


@pytest.mark.parametrize("case", UPLOAD_CASES)
def test_bad_upload(case: str) -> None:
    from gancanvas.app.files import describe_load_error, parse_upload
    from schemas import GraphLoadError

    data, where = UPLOAD_CASES[case]
    with deadline(), pytest.raises(GraphLoadError) as info:
        parse_upload(data)
    assert info.value.issues[0].path == where, info.value.issues
    message = describe_load_error(info.value)
    assert "\n" not in message and where in message


DROP_CASES: dict[str, dict[str, object]] = {
    "bad_base64": {"data": "not base64!!"},
    "size_over_limit": {"size": 6_000_000, "text": "{}"},
    "data_too_long": {"data": "A" * 7_000_000},
}


@pytest.mark.parametrize("case", DROP_CASES)
def test_bad_drop(case: str) -> None:
    from gancanvas.app.files import decode_drop
    from schemas import GraphLoadError

    with deadline(), pytest.raises(GraphLoadError) as info:
        decode_drop(DROP_CASES[case])
    assert info.value.issues[0].path == "(file)"


def test_a_fifo_in_the_graph_folders_does_not_hang_the_canvas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gancanvas.app.files import list_examples, list_graphs, read_graph

    _fifo(tmp_path / "pipe.json")
    (tmp_path / "ok.json").write_text(json.dumps(base()))
    monkeypatch.setenv("GANCANVAS_EXAMPLES", str(tmp_path))
    with deadline():
        assert [e.stem for e in list_examples()] == ["ok"]
        assert [p.name for p in list_graphs(tmp_path)] == ["ok.json"]
        with pytest.raises(FileNotFoundError):
            read_graph(tmp_path, "pipe")


def test_upload_decoding_roundtrip_still_works() -> None:
    """The limits refuse only what is bad: a real upload (a drop of a PNG) still opens."""
    from gancanvas.app.files import decode_drop, parse_upload

    text = json.dumps(base())
    picture = png({"gancanvas.graph": text})
    drop = {"data": base64.b64encode(picture).decode(), "size": len(picture)}
    assert parse_upload(decode_drop(drop)).name == base()["name"]
    assert parse_upload(io.BytesIO(text.encode()).read()).run.steps == 4


def test_at_least_100_bad_inputs() -> None:
    graph = 2 * len(GRAPH_CASES)  # validate and run
    ckpt = 3 * (len(CKPT_CASES) + len(FILE_CKPT_CASES))  # resume, sample, eval
    rest = len(OPTION_CASES) + len(ENV_CASES) + len(UPLOAD_CASES) + len(DROP_CASES) + 2 + 1 + 1
    assert graph + ckpt + rest >= 100
