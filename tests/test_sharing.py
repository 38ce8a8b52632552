"""Sharing experiments from the command line: pictures that carry their graph, reopening a run's
graph, portable data paths, ``gancanvas diff`` and ``gancanvas card``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from gancanvas.cli import main
from gancanvas.sharing.runs import run_graph
from schemas import Graph, load_graph_dict, load_graph_file
from schemas.png import RUN_KEY, graph_text_chunks, png_info, read_png_text_bytes
from tests.conftest import EXAMPLES
from tests.graphs import tiny


@dataclass
class ToyRun:
    """A finished toy run, started from a PNG that carries its graph."""

    root: Path
    graph: Graph
    run_id: str
    uri: str


def write_png_with_graph(path: Path, graph: Graph) -> Path:
    """A picture carrying ``graph``, as a colleague would send it."""
    text = graph_text_chunks(graph.to_json(indent=None), None)
    Image.new("RGB", (16, 16), (30, 60, 90)).save(path, pnginfo=png_info(text))
    return path


@pytest.fixture(scope="module")
def toy_run(tmp_path_factory: pytest.TempPathFactory, mlflow_uri: str) -> ToyRun:
    """``gancanvas run shared.png``: 10 steps of Diffusion-GAN with the modes metric."""
    root = tmp_path_factory.mktemp("sharing")
    data = tiny("grid25_diffusion", steps=10)
    data["run"]["sample_every"] = 5
    graph = load_graph_dict(data)
    png = write_png_with_graph(root / "shared.png", graph)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        assert main(["run", str(png), "--quiet", "--tracking-uri", mlflow_uri]) == 0
    (run_dir,) = (root / "runs").iterdir()
    return ToyRun(root, graph, run_dir.name, mlflow_uri)


# ------------------------------------------------------------------------------- pictures


def test_pngs_written_by_a_run_reopen_the_identical_graph(
    toy_run: ToyRun, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = sorted((toy_run.root / "runs" / toy_run.run_id / "samples").glob("*.png"))
    assert [p.name for p in samples] == ["0000005.png", "0000010.png"]
    for png in samples:
        assert load_graph_file(png) == toy_run.graph  # layout included
        assert read_png_text_bytes(png.read_bytes())[RUN_KEY] == toy_run.run_id
    assert run_graph(toy_run.run_id, toy_run.uri) == toy_run.graph  # the graph.json artifact
    assert main(["validate", str(samples[-1])]) == 0
    assert capsys.readouterr().out.strip().endswith("0000010.png: valid")


def test_png_without_a_graph_exits_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "cat.png"
    Image.new("L", (8, 8), 128).save(plain)
    for command in ("validate", "run"):
        assert main([command, str(plain)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"{plain}: (file): this PNG carries no gancanvas graph"), err
        assert "[no_graph]" in err and "Traceback" not in err


def test_ui_with_a_run_id_opens_that_runs_graph(
    toy_run: ToyRun, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gancanvas.app

    opened: dict[str, Any] = {}
    monkeypatch.setattr(gancanvas.app, "serve", lambda file, **kw: opened.update(kw, file=file))
    assert main(["ui", toy_run.run_id, "--tracking-uri", toy_run.uri, "--no-show"]) == 0
    assert opened["file"] is None and opened["graph"] == toy_run.graph
    assert opened["graph"].layout == toy_run.graph.layout and opened["graph"].layout
    assert main(["ui", "0" * 32, "--tracking-uri", toy_run.uri]) == 2
    assert f"no MLflow run '{'0' * 32}'" in capsys.readouterr().err


# ------------------------------------------------------------------------------- card


def test_card_of_a_finished_toy_run(toy_run: ToyRun, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(toy_run.root)
        assert main(["card", toy_run.run_id, "--tracking-uri", toy_run.uri]) == 0
    card = capsys.readouterr().out
    g = toy_run.graph
    assert card.startswith(f"### {g.name} — run `{toy_run.run_id}`")
    assert f"| graph hash | `{g.content_hash()}` |" in card
    assert "| diff | `augmenter.diffusion` |" in card and "Wang et al., Diffusion-GAN" in card
    assert "**Run settings**: steps 10 · batch_size 32 · seed 0" in card
    assert "| modes/modes_covered |" in card and "| 10 |" in card  # final value at step 10
    assert "protocol of modes (`metric.modes`):" in card and "n_samples=500" in card
    assert "**Versions**: gancanvas " in card and " torch " in card
    sample = f"runs/{toy_run.run_id}/samples/0000010.png"
    assert f"![samples of {g.name}]({sample})" in card
    assert load_graph_file(toy_run.root / sample) == g  # the card's picture carries the graph
    assert main(["card", "f" * 32, "--tracking-uri", toy_run.uri]) == 2
    assert "no MLflow run" in capsys.readouterr().err


# ------------------------------------------------------------------------------- diff


def test_diff_of_two_example_variants(capsys: pytest.CaptureFixture[str]) -> None:
    folder = EXAMPLES[0].parent
    a, b = str(folder / "grid25_vanilla.json"), str(folder / "grid25_wgan_gp.json")
    assert main(["diff", a, b]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"--- {a} (graph_hash ") and out[1].startswith(f"+++ {b}")
    for line in (
        '+ node gp: regularizer.gradient_penalty {"weight": 10.0}',
        '+ node loop: scheduler.alternating {"n_dis": 5}',
        "~ nodes.G.params.activation: leaky_relu (default) → relu",
        "~ nodes.loss.type: loss.non_saturating → loss.wasserstein",
        "~ nodes.optD.params.betas: [0.5, 0.999] → [0.5, 0.9]",
        "~ nodes.optD.params.lr: 0.0002 → 0.0001",
        "+ edge D.critic → gp.critic",
        "~ name: grid25-vanilla → grid25-wgan-gp",
    ):
        assert line in out, line
    assert out[-1] == "12 differences (layout ignored)"
    assert main(["diff", a, b, "--exit-code"]) == 1
    assert main(["diff", a, a, "--exit-code"]) == 0


def test_diff_params_defaults_layout_and_run_ids(
    toy_run: ToyRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = toy_run.graph.to_dict()
    other = json.loads(json.dumps(data))
    other["layout"] = {k: [v[0] + 100, v[1]] for k, v in data["layout"].items()}
    node = next(n for n in other["nodes"] if n["id"] == "optD")
    node["params"]["lr"] = 0.001
    node["params"]["eps"] = 1e-8  # Adam's default written out: not a difference
    del next(n for n in other["nodes"] if n["id"] == "modes")["params"]["n_samples"]
    other["run"]["seed"] = 3
    other["edges"] = [e for e in other["edges"] if e["to"] != "modes.real"]
    path = tmp_path / "variant.json"
    path.write_text(json.dumps(other))
    assert main(["diff", toy_run.run_id, str(path), "--tracking-uri", toy_run.uri]) == 0
    out = capsys.readouterr().out.splitlines()[2:]
    assert out == [
        "~ nodes.optD.params.lr: 0.0002 → 0.001",
        "~ nodes.modes.params.n_samples: 500 → 2500 (default)",
        "- edge data.real → modes.real",
        "~ run.seed: 0 → 3",
        "4 differences (layout ignored)",
    ]
    other.update(nodes=data["nodes"], edges=data["edges"], run=data["run"])
    path.write_text(json.dumps(other))
    assert main(["diff", str(path), toy_run.run_id, "--tracking-uri", toy_run.uri]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "no differences (layout ignored)"


# ------------------------------------------------------------------------------- data paths


def folder_graph(root: str, steps: int = 2) -> dict[str, Any]:
    """Tiny DCGAN on an 8×8 grayscale image folder named by a relative root."""
    g = tiny("digits_dcgan", steps=steps)
    data = next(n for n in g["nodes"] if n["id"] == "data")
    data.update(type="data.image_folder", params={"root": root, "size": 8, "channels": 1})
    return g


def write_images(folder: Path, n: int = 8) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        Image.new("L", (8, 8), 30 * i).save(folder / f"{i}.png")


def test_relative_root_trains_from_another_cwd_with_gancanvas_data(
    tmp_path: Path, mlflow_uri: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_images(tmp_path / "datasets" / "shapes")
    graph = tmp_path / "inbox" / "shapes.json"  # a graph received from a colleague
    graph.parent.mkdir()
    graph.write_text(json.dumps(folder_graph("shapes")))
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["validate", str(graph)]) == 2  # not found before the data folder is set
    monkeypatch.setenv("GANCANVAS_DATA", str(tmp_path / "datasets"))
    assert main(["run", str(graph), "--quiet", "--tracking-uri", mlflow_uri]) == 0


def test_graph_folder_and_data_dir_option_and_every_place_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GANCANVAS_DATA", raising=False)
    exp = tmp_path / "exp"
    write_images(exp / "imgs")  # next to the graph file
    (exp / "g.json").write_text(json.dumps(folder_graph("imgs")))
    (exp / "far.json").write_text(json.dumps(folder_graph("faces")))
    write_images(tmp_path / "store" / "faces")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    assert main(["validate", str(exp / "g.json")]) == 0
    assert main(["validate", str(exp / "far.json")]) == 2
    err = capsys.readouterr().err
    assert "nodes.data.params.root: no images for root 'faces': looked in" in err
    for place in (
        f"{cwd / 'data' / 'faces'} (data folder, default ./data: no folder)",
        f"{exp / 'faces'} (the graph's folder: no folder)",
        f"{cwd / 'faces'} (working directory: no folder)",
    ):
        assert place in err, place
    assert "[missing_data]" in err
    store = str(tmp_path / "store")
    assert main(["validate", str(exp / "far.json"), "--data-dir", store]) == 0
    assert main(["validate", str(exp / "far.json"), "--graph-dir", store]) == 0
