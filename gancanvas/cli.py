"""gancanvas: validate | run | resume | sample | eval | sweep | export | diff | card | schema | ui.

Exit codes: 0 success, 2 invalid input (file, graph, argument, checkpoint, run id), 1 failure in
training (and ``diff --exit-code`` when the graphs differ).

Options are checked as strictly as the graph file: counts are integers within bounds (the
graph's own where they override a graph value), paths that will be written are checked before
anything runs, and every refusal is one located line and exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlparse

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2

#: --threads: more than any machine's cores (0: torch's choice)
MAX_THREADS = 1024
#: sample --n: one picture of at most this many samples, drawn at once (as run.n_samples)
MAX_SAMPLE_N = 4096
#: eval --n: the metric blocks' own bound on n_real / n_fake
MAX_EVAL_N = 1_000_000
#: tracking URI schemes MLflow stores understand (no scheme: a local folder)
TRACKING_SCHEMES = (
    "",
    "file",
    "sqlite",
    "postgresql",
    "mysql",
    "mssql",
    "http",
    "https",
    "databricks",
)


class InvalidInput(Exception):
    """Bad input: printed as ``error: …`` and exit 2, never a traceback."""


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (``gancanvas run: argument --steps: …``), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INVALID, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _count(lo: int, hi: int) -> Callable[[str], int]:
    """An argparse type: an integer in [lo, hi], refused with the bounds otherwise."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip(), 10)
        except ValueError:
            value = None
        if value is None or not lo <= value <= hi:
            raise argparse.ArgumentTypeError(
                f"must be an integer from {lo} to {hi} (got {text[:40]!r})"
            )
        return value

    parse.__name__ = "integer"  # argparse names the type in some messages
    return parse


def _threads(args: argparse.Namespace) -> int:
    """--threads, else $GANCANVAS_THREADS (checked like the option), else 0 (torch's choice)."""
    if getattr(args, "threads", None) is not None:
        return int(args.threads)
    raw = os.environ.get("GANCANVAS_THREADS", "").strip()
    if not raw:
        return 0
    try:
        return _count(0, MAX_THREADS)(raw)
    except argparse.ArgumentTypeError as err:
        raise InvalidInput(f"GANCANVAS_THREADS: {err}") from None


def _check_tracking_uri(explicit: str | None) -> None:
    """The tracking URI (--tracking-uri, else $MLFLOW_TRACKING_URI) has a scheme MLflow opens
    (or is a plain folder path)."""
    uri = explicit or os.environ.get("MLFLOW_TRACKING_URI")
    if not uri:
        return
    option = "--tracking-uri" if explicit else "MLFLOW_TRACKING_URI"
    scheme = urlparse(uri).scheme.lower().split("+", 1)[0]
    if len(scheme) == 1:  # a Windows drive letter: a local path
        scheme = ""
    if scheme not in TRACKING_SCHEMES:
        raise InvalidInput(
            f"{option} {uri}: unknown scheme '{scheme}' (use sqlite:///path.db, a folder,"
            " http(s)://host:port or a database URI such as postgresql://…)"
        )


def _writable_folder(option: str, folder: Path, shown: Path | None = None) -> None:
    """``folder`` is a folder that can be written, or can be made: its nearest existing
    ancestor is a writable folder. Nothing is created. ``shown``: the path the message names."""
    name = shown or folder
    probe = folder
    while not probe.exists() and probe.parent != probe:
        if probe.is_symlink():  # a dangling link: mkdir would fail on it
            raise InvalidInput(f"{option} {name}: {probe} is a broken link")
        probe = probe.parent
    if not probe.is_dir():
        where = "" if probe == name else f" ({probe} is in the way)"
        raise InvalidInput(f"{option} {name}: not a folder{where}")
    try:  # a real probe: permission bits say nothing to root, nor of a read-only mount
        with tempfile.TemporaryFile(dir=probe, prefix=".gancanvas-probe-"):
            pass
    except OSError as err:
        raise InvalidInput(f"{option} {name}: not writable ({err.strerror or err})") from None


def _writable_file(option: str, path: Path) -> None:
    """``path`` can be written as a regular file (a FIFO or device there would block or hang)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as err:
        raise InvalidInput(f"{option} {path}: {err.strerror or err}") from None
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise InvalidInput(f"{option} {path}: a folder, not a file")
        if not stat.S_ISREG(mode):
            raise InvalidInput(f"{option} {path}: not a regular file")
        try:
            with path.open("ab"):  # opened for appending, nothing written
                pass
        except OSError as err:
            raise InvalidInput(f"{option} {path}: not writable ({err.strerror or err})") from None
        return
    _writable_folder(option, path.parent, shown=path)


def _load(path: str):  # type: ignore[no-untyped-def]
    from schemas import GraphLoadError, load_graph_file

    try:
        return load_graph_file(path)
    except GraphLoadError as err:
        raise InvalidInput("\n".join(f"{path}: {i}" for i in err.issues)) from None


def _apply_sets(graph: Any, sets: list[str]) -> Any:
    """``--set run.batch_size=64 --set nodes.D.params.hidden=[64,64]`` (nodes by id)."""
    from schemas.overrides import OverrideError, apply_sets

    try:
        return apply_sets(graph, sets)
    except OverrideError as err:
        raise InvalidInput(str(err)) from None


def _check(graph: Any, label: str) -> None:
    from gancanvas.compiler import validate

    issues = validate(graph)
    if issues:
        raise InvalidInput("\n".join(f"{label}: {i}" for i in issues))


def _graph_folder(file: str, args: argparse.Namespace) -> Path:
    """Where relative data roots are looked up after the data folder: --graph-dir, else the
    graph file's own folder."""
    return Path(args.graph_dir) if getattr(args, "graph_dir", None) else Path(file).parent


def _graph_ref(ref: str, uri: str | None) -> Any:
    """A graph from a file (JSON or a sample PNG) or, when no such file exists, an MLflow run id."""
    from gancanvas.runner.tracking import tracking_uri
    from gancanvas.sharing.runs import RunLookupError, looks_like_run_id, run_graph

    if Path(ref).exists() or not looks_like_run_id(ref):
        return _load(ref)
    try:
        return run_graph(ref, tracking_uri(uri))
    except RunLookupError as err:
        raise InvalidInput(f"{ref}: {err}") from None


def cmd_validate(args: argparse.Namespace) -> int:
    from schemas.datapaths import data_places

    code = EXIT_OK
    for f in args.files:
        try:
            with data_places(graph=_graph_folder(f, args)):
                _check(_load(f), f)
            print(f"{f}: valid")
        except InvalidInput as err:
            _err(str(err))
            code = EXIT_INVALID
    return code


def _run_options(args: argparse.Namespace, steps: int | None):  # type: ignore[no-untyped-def]
    """The run's options, with every path it will write checked first (exit 2, not a crash
    after training started)."""
    from gancanvas.runner.train import RunOptions

    _writable_folder("--runs-dir", Path(args.runs_dir))
    if args.events:
        _writable_file("--events", Path(args.events))

    return RunOptions(
        steps=steps,
        device=args.device,
        tracking_uri=args.tracking_uri,
        events=Path(args.events) if args.events else None,
        quiet=args.quiet,
        runs_root=Path(args.runs_dir),
    )


def _report(result: Any, uri: str, quiet: bool) -> int:
    from gancanvas.runner.tracking import tracking_uri

    where = tracking_uri(uri)
    print(f"run {result.run_id}: {result.status} at step {result.step}")
    if result.checkpoint:
        print(f"checkpoint: {result.checkpoint}")
    print(f"MLflow: {where} (view: mlflow ui --backend-store-uri {where} --port 5000)")
    if result.reason and result.status == "FAILED":
        _err(f"error: {result.reason}")
    if result.status == "KILLED":
        _err(f"stopped at step {result.step}: continue with `gancanvas resume {result.run_id}`")
    return EXIT_OK if result.status == "FINISHED" else EXIT_FAILED


def cmd_run(args: argparse.Namespace) -> int:
    from gancanvas.runner.train import run_graph
    from schemas.datapaths import data_places

    graph = _load(args.file)
    if args.set:
        graph = _apply_sets(graph, args.set)
    if args.steps is not None:  # bounded by its type as run.steps is
        graph = graph.model_copy(update={"run": graph.run.model_copy(update={"steps": args.steps})})
    with data_places(graph=_graph_folder(args.file, args)):
        _check(graph, args.file)
        result = run_graph(graph, _run_options(args, None))
    return _report(result, args.tracking_uri, args.quiet)


def _find_checkpoint(ref: str, uri: str | None, runs_dir: str) -> dict[str, Any]:
    """A checkpoint path, or an MLflow run id (local runs/<id>/ first, then its artifacts)."""
    from gancanvas.runner import checkpoint as ckpt
    from gancanvas.runner.tracking import tracking_uri

    p = Path(ref)
    if p.suffix == ".pt" or p.exists():
        return ckpt.load(p)
    local = Path(runs_dir) / ref / "checkpoints" / "latest.pt"
    if local.is_file():
        return ckpt.load(local)
    try:
        from mlflow.tracking import MlflowClient

        client = MlflowClient(tracking_uri=tracking_uri(uri))
        path = client.download_artifacts(ref, "checkpoints/latest.pt")
    except Exception as err:
        raise ckpt.CheckpointError(
            f"'{ref}' is neither a checkpoint file nor a run id with a checkpoint ({err})"
        ) from None
    return ckpt.load(path)


def cmd_resume(args: argparse.Namespace) -> int:
    from gancanvas.runner.train import resume_run

    state = _find_checkpoint(args.ref, args.tracking_uri, args.runs_dir)
    if args.steps is not None and args.steps < state["step"]:
        raise InvalidInput(
            f"--steps {args.steps}: the checkpoint is at step {state['step']} already;"
            " give the new total, larger than that"
        )
    result = resume_run(state, _run_options(args, args.steps))
    return _report(result, args.tracking_uri, args.quiet)


def cmd_sample(args: argparse.Namespace) -> int:
    from gancanvas.runner.checkpoint import graph_of
    from gancanvas.runner.sampler import sample_from_checkpoint
    from schemas.png import add_text_to_png, graph_text_chunks

    out_path = Path(args.out)
    if out_path.suffix.lower() != ".png":
        raise InvalidInput(
            f"--out {args.out}: samples are written as PNG (carrying the graph): name it *.png"
        )
    _writable_file("--out", out_path)
    state = _find_checkpoint(args.ref, args.tracking_uri, args.runs_dir)
    graph = graph_of(state)
    out = sample_from_checkpoint(
        state,
        graph,
        args.n,
        Path(args.out),
        device=args.device or "cpu",
        use_ema=not args.no_ema,
        seed=args.seed,
    )
    if out.suffix.lower() == ".png":  # the picture carries its graph, as a run's samples do
        text = graph_text_chunks(graph.to_json(indent=None), state.get("run_id"))
        add_text_to_png(str(out), text)
    print(f"wrote {out}")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from gancanvas.runner.evaluate import EvalError, evaluate

    state = _find_checkpoint(args.ref, args.tracking_uri, args.runs_dir)
    names = [m.strip() for m in args.metrics.split(",") if m.strip()] if args.metrics else None
    try:
        results = evaluate(
            state, names, args.n, args.device, args.tracking_uri, args.quiet, Path(args.runs_dir)
        )
    except EvalError as err:
        raise InvalidInput(f"--metrics: {err}") from None
    for key, value in results.items():
        print(f"{key}: {value:.6g}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    """What differs between two graphs (files, sample PNGs or run ids); layout ignored."""
    from gancanvas.sharing.diff import diff_graphs, format_diff

    a = _graph_ref(args.a, args.tracking_uri)
    b = _graph_ref(args.b, args.tracking_uri)
    changes = diff_graphs(a, b)
    print(format_diff(changes, args.a, args.b, a, b))
    return EXIT_FAILED if changes and args.exit_code else EXIT_OK


def cmd_card(args: argparse.Namespace) -> int:
    """Print (or write) the Markdown result card of a tracked run."""
    from gancanvas.runner.tracking import tracking_uri
    from gancanvas.sharing.card import run_card
    from gancanvas.sharing.runs import RunLookupError

    try:
        card = run_card(args.run_id, tracking_uri(args.tracking_uri), Path(args.runs_dir))
    except RunLookupError as err:
        raise InvalidInput(f"error: {err}") from None
    if args.out:
        _writable_file("--out", Path(args.out))
        try:
            Path(args.out).write_text(card, encoding="utf-8")
        except OSError as err:
            raise InvalidInput(f"--out {args.out}: {err.strerror or err}") from None
        print(f"wrote {args.out}")
    else:
        print(card, end="")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from blocks.registry import params_models
    from schemas import graph_json_schema

    print(json.dumps(graph_json_schema(params_models()), indent=2))
    return EXIT_OK


def cmd_ui(args: argparse.Namespace) -> int:
    from gancanvas.app import serve
    from schemas.datapaths import DATA_ENV

    file, graph = (Path(args.file) if args.file else None), None
    if file is not None and not file.exists() and not file.suffix:
        graph = _graph_ref(args.file, args.tracking_uri)  # a run id: the graph it trained
        file = None
    if args.data_dir:  # runs started from the canvas are subprocesses: they read the variable
        os.environ[DATA_ENV] = os.path.abspath(args.data_dir)
    try:
        serve(
            file,
            host=args.host,
            port=args.port,
            graphs_dir=Path(args.graphs),
            token=args.token,
            token_file=args.token_file,
            allow_origins=args.allow_origin,
            show=not args.no_show,
            graph=graph,
            tracking_uri=args.tracking_uri,
        )
    except ValueError as err:
        raise InvalidInput(str(err)) from None
    return EXIT_OK


def cmd_sweep(args: argparse.Namespace) -> int:
    """A grid (the product of the --param lists) or an Optuna search, K runs at a time."""
    from gancanvas.runner.tracking import tracking_uri
    from gancanvas.sweep.engine import SweepRun, SweepSpec, optuna_storage, plan, sweep_folder
    from gancanvas.sweep.local import RunSettings, default_threads
    from gancanvas.sweep.params import ParamError, parse_params
    from gancanvas.sweep.variants import SweepInvalid
    from schemas.datapaths import data_places

    graph = _load(args.file)
    if args.set:
        graph = _apply_sets(graph, args.set)
    if args.steps is not None:
        graph = graph.model_copy(update={"run": graph.run.model_copy(update={"steps": args.steps})})
    try:
        params = parse_params(args.param or [], search=bool(args.optuna))
    except ParamError as err:
        raise InvalidInput(str(err)) from None
    folder = Path(args.out) if args.out else sweep_folder(graph.name, Path("sweeps"))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InvalidInput(f"--out {folder}: not an empty folder (each sweep writes its own)")
    _writable_folder("--out", folder)
    _writable_folder("--runs-dir", Path(args.runs_dir))
    uri = tracking_uri(args.tracking_uri)
    spec = SweepSpec(
        graph,
        params,
        trials=args.optuna or 0,
        objective=args.objective,
        direction=args.direction,
        sampler=args.sampler,
        seed=args.seed,
        prune=not args.no_prune,
        prune_startup=args.prune_startup,
        parallel=args.parallel,
    )
    graph_dir = _graph_folder(args.file, args)
    with data_places(graph=graph_dir):
        try:  # every variant (a search: every bound) is checked before anything starts
            search = plan(spec, optuna_storage(uri, folder), folder.name)
        except SweepInvalid as err:
            raise InvalidInput(str(err)) from None
    settings = RunSettings(
        tracking_uri=uri,
        runs_root=Path(args.runs_dir).resolve(),
        threads=args.threads or default_threads(args.parallel),
        graph_dir=graph_dir.resolve(),
        device=args.device,
        data_dir=os.path.abspath(args.data_dir) if args.data_dir else None,
    )
    executor = None
    if args.executor == "slurm":
        from gancanvas.sweep.slurm import SlurmOptions, SlurmPool

        options = SlurmOptions(args.slurm_partition, args.slurm_time, args.slurm_gpus)
        folder.mkdir(parents=True, exist_ok=True)
        executor = SlurmPool(settings, folder.resolve(), options)
    elif args.slurm_partition or args.slurm_gpus:
        raise InvalidInput("--slurm-partition/--slurm-gpus: give --executor slurm as well")
    report = SweepRun(spec, search, folder, settings, executor=executor).execute(uri)
    print(f"\n{report.text}")
    print(f"results: {folder / 'results.csv'}, {folder / 'results.md'}")
    print(f"MLflow: parent run {report.parent_run_id} at {uri}")
    return EXIT_OK if report.ok else EXIT_FAILED


def _sweep_parser(sub: Any) -> None:
    from gancanvas.sweep.params import DIRECTIONS, SAMPLERS
    from schemas.graph import MAX_SEED, MAX_STEPS

    p = sub.add_parser(
        "sweep", help="run a graph over a grid of values or an Optuna search (MLflow parent run)"
    )
    p.add_argument("file")
    p.add_argument(
        "--param",
        action="append",
        metavar="KEY=SPEC",
        help="a swept value: KEY=a,b,c (grid), or with --optuna KEY=log:LO:HI | float:LO:HI | "
        "int:LO:HI | cat:a,b; KEY as for --set, e.g. nodes.optD.params.lr",
    )
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help="as for run, every variant")
    p.add_argument("--steps", type=_count(1, MAX_STEPS), help="override run.steps of every variant")
    p.add_argument("--optuna", type=_count(1, 10_000), metavar="N", help="search: N Optuna trials")
    p.add_argument("--sampler", choices=SAMPLERS, default="tpe", help="Optuna sampler (tpe)")
    p.add_argument("--seed", type=_count(0, MAX_SEED), default=0, help="seed of the sampler")
    p.add_argument("--objective", help="a logged metric, e.g. modes/hq_fraction or fid/fid")
    p.add_argument("--direction", choices=DIRECTIONS, help="of the objective")
    p.add_argument("--no-prune", action="store_true", help="no median pruning of trials")
    p.add_argument(
        "--prune-startup",
        type=_count(0, 10_000),
        default=5,
        help="trials that complete before any is pruned (Optuna's default: 5)",
    )
    p.add_argument(
        "--parallel",
        type=_count(1, 256),
        default=1,
        help="variant processes at once (slurm: jobs queued or running at once)",
    )
    p.add_argument(
        "--executor",
        choices=["local", "slurm"],
        default="local",
        help="where variants run: local processes, or Slurm jobs through submitit",
    )
    slurm = [  # flag, type, default, metavar, what
        ("--slurm-partition", str, None, "P", "the partition"),
        ("--slurm-time", _count(1, 525_600), 60, "MIN", "each job's time limit in minutes (60)"),
        ("--slurm-gpus", _count(0, 64), 0, "N", "GPUs per job (0)"),
    ]
    for flag, kind, default, metavar, what in slurm:
        p.add_argument(
            flag, type=kind, default=default, metavar=metavar, help=f"with --executor slurm: {what}"
        )
    p.add_argument(
        "--threads",
        type=_count(1, MAX_THREADS),
        help="torch threads of each variant process (default: cores // --parallel)",
    )
    p.add_argument("--out", help="the sweep folder (default: sweeps/<graph name>-<time>)")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], help="override run.device")
    p.add_argument("--tracking-uri", help="MLflow URI (default as for run)")
    p.add_argument("--runs-dir", default="runs", help="local folder for checkpoints and samples")
    _data_options(p)
    p.set_defaults(fn=cmd_sweep)


def cmd_export(args: argparse.Namespace) -> int:
    """G's sampling path (the EMA where present) as safetensors or TorchScript, logged to MLflow."""
    from gancanvas.runner.export import ExportError, export_run
    from gancanvas.runner.tracking import tracking_uri

    out = Path(args.out)
    _writable_folder("--out", out)
    state = _find_checkpoint(args.ref, args.tracking_uri, args.runs_dir)
    try:
        info = export_run(state, args.format, out)
    except ExportError as err:
        raise InvalidInput(f"--format {args.format}: {err}") from None
    for name in (info["file"], "graph.json", "load.py", "export.json"):
        print(f"wrote {out / name}")
    run_id, uri = state.get("run_id"), tracking_uri(args.tracking_uri)
    if not run_id:
        return EXIT_OK
    artifact = f"exported_G/{args.format}"
    try:  # the folder as artifacts of the run, and as an MLflow model (pyfunc: z → samples)
        from gancanvas.runner.export_mlflow import log_exported
        from gancanvas.runner.tracking import open_client

        client = open_client(uri)
        client.get_run(run_id)
        client.log_artifacts(run_id, str(out), artifact_path=artifact)
        model_uri = log_exported(out, info, run_id, uri)
    except Exception as err:  # the files are written; the store is a convenience
        print(f"not logged to MLflow ({uri}): {' '.join(str(err).split())[:200]}")
        return EXIT_OK
    print(f"MLflow: logged to run {run_id} as artifacts {artifact}/")
    print(f"MLflow model: {model_uri} (mlflow.pyfunc.load_model; predict: {{'z': ...}} → samples)")
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], help="override run.device")
    p.add_argument(
        "--tracking-uri", help="MLflow URI (default: $MLFLOW_TRACKING_URI or sqlite:///mlflow.db)"
    )
    p.add_argument("--events", help="append JSON-lines progress events to this file")
    p.add_argument("--runs-dir", default="runs", help="local folder for checkpoints and samples")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _data_options(p)
    p.add_argument(
        "--threads",
        type=_count(0, MAX_THREADS),
        help="torch CPU threads (default: $GANCANVAS_THREADS, else torch's choice; 0: torch's "
        "choice); 1 is best for small nets on a busy machine",
    )


def _data_options(p: argparse.ArgumentParser, graph_dir: bool = True) -> None:
    p.add_argument(
        "--data-dir",
        help="folder relative data roots are looked up in first (default: $GANCANVAS_DATA, "
        "else ./data; then the graph file's folder, then the working directory)",
    )
    if graph_dir:
        p.add_argument(
            "--graph-dir",
            help="folder relative data roots are looked up in second (default: the graph "
            "file's folder; give it to resume, sample or eval a run of a graph file elsewhere)",
        )


def parser() -> argparse.ArgumentParser:
    from schemas.graph import MAX_SEED, MAX_STEPS

    ap = _Parser(prog="gancanvas", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("validate", help="check graph files (JSON or sample PNG); exit 2 if invalid")
    p.add_argument("files", nargs="+")
    _data_options(p)
    p.set_defaults(fn=cmd_validate)
    p = sub.add_parser("run", help="train a graph (JSON, or a sample PNG carrying one) headless")
    p.add_argument("file")
    p.add_argument("--steps", type=_count(1, MAX_STEPS), help="override run.steps")
    p.add_argument(
        "--set",
        action="append",
        metavar="KEY=VALUE",
        help="override a value, e.g. run.batch_size=64 or nodes.D.params.hidden=[64]",
    )
    _common(p)
    p.set_defaults(fn=cmd_run)
    p = sub.add_parser("resume", help="continue a run from its checkpoint")
    p.add_argument("ref", metavar="RUN_ID_OR_CHECKPOINT")
    p.add_argument("--steps", type=_count(1, MAX_STEPS), help="new total number of steps")
    _common(p)
    p.set_defaults(fn=cmd_resume)
    p = sub.add_parser("sample", help="draw samples from a checkpoint (no dataset needed)")
    p.add_argument("ref", metavar="RUN_ID_OR_CHECKPOINT")
    p.add_argument("--n", type=_count(1, MAX_SAMPLE_N), default=64, help="samples to draw")
    p.add_argument("--out", default="samples.png", help="the PNG to write")
    p.add_argument("--seed", type=_count(0, MAX_SEED), default=0, help="seed of the latents")
    p.add_argument("--no-ema", action="store_true", help="use G even when the graph has an EMA")
    _common(p)
    p.set_defaults(fn=cmd_sample)
    p = sub.add_parser("eval", help="evaluate metrics on a run's checkpoint, log to its run")
    p.add_argument("ref", metavar="RUN_ID_OR_CHECKPOINT")
    p.add_argument(
        "--metrics",
        help="comma list: fid,kid,precision_recall,domain_fd,modes "
        "(default: the graph's metric blocks)",
    )
    p.add_argument(
        "--n",
        type=_count(1, MAX_EVAL_N),
        help="samples per side (overrides the blocks' n_real/n_fake)",
    )
    _common(p)
    p.set_defaults(fn=cmd_eval)
    p = sub.add_parser("diff", help="what differs between two graphs (files, PNGs or run ids)")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--exit-code", action="store_true", help="exit 1 when the graphs differ")
    p.add_argument("--tracking-uri", help="MLflow URI for run ids (default as for run)")
    p.set_defaults(fn=cmd_diff)
    p = sub.add_parser("card", help="print a Markdown result card of a tracked run")
    p.add_argument("run_id", metavar="RUN_ID")
    p.add_argument("--tracking-uri", help="MLflow URI (default as for run)")
    p.add_argument("--runs-dir", default="runs", help="local folder of the runs' samples")
    p.add_argument("--out", help="write the card to this file instead of printing it")
    p.set_defaults(fn=cmd_card)
    _sweep_parser(sub)
    p = sub.add_parser(
        "export", help="write G (its EMA where present) with a loader; log to MLflow"
    )
    p.add_argument("ref", metavar="RUN_ID_OR_CHECKPOINT")
    p.add_argument("--format", choices=["safetensors", "torchscript"], default="safetensors")
    p.add_argument("--out", required=True, help="the folder to write (files in it are replaced)")
    p.add_argument("--tracking-uri", help="MLflow URI (default as for run)")
    p.add_argument("--runs-dir", default="runs", help="local folder of the runs' checkpoints")
    p.set_defaults(fn=cmd_export)
    p = sub.add_parser("schema", help="print the JSON Schema of graph files")
    p.set_defaults(fn=cmd_schema)
    p = sub.add_parser("ui", help="open the canvas in the browser")
    p.add_argument(
        "file", nargs="?", metavar="FILE_OR_RUN_ID", help="graph JSON, sample PNG or MLflow run id"
    )
    p.add_argument("--tracking-uri", help="MLflow URI (history, run ids; default as for run)")
    _data_options(p, graph_dir=False)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_count(1, 65535), default=8080)
    p.add_argument("--graphs", default="graphs", help="folder the canvas saves graphs into")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument(
        "--token-file",
        metavar="PATH",
        help="read the access token from this file's first line (needed off loopback; "
        "or set $GANCANVAS_TOKEN)",
    )
    secret.add_argument(
        "--token", help="the access token on the command line: visible to other users in ps"
    )
    p.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="URL",
        help="another page origin allowed to connect (a reverse proxy's, https://host:port)",
    )
    p.add_argument("--no-show", action="store_true", help="do not open a browser window")
    p.set_defaults(fn=cmd_ui)
    return ap


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as stop:  # --help, or a refused option (already printed, one line)
        return stop.code if isinstance(stop.code, int) else EXIT_INVALID
    from gancanvas.compiler import BuildFailed, GraphInvalid
    from gancanvas.runner.checkpoint import CheckpointError
    from gancanvas.runner.tracking import StorageError, TrackingError
    from schemas import GraphLoadError
    from schemas.datapaths import data_places

    data, graph = getattr(args, "data_dir", None), getattr(args, "graph_dir", None)
    try:
        if hasattr(args, "tracking_uri"):
            _check_tracking_uri(args.tracking_uri)
        if hasattr(args, "threads"):
            threads = _threads(args)
            if threads > 0:
                import torch

                torch.set_num_threads(threads)
        with data_places(data=data, graph=graph):  # run/validate: the file's folder, unless given
            return int(args.fn(args))
    except InvalidInput as err:
        _err(str(err))
    except GraphInvalid as err:
        _err("\n".join(map(str, err.issues)))
    except GraphLoadError as err:  # a graph a command put together (eval's metric blocks)
        _err("\n".join(map(str, err.issues)))
    except (CheckpointError, TrackingError, BuildFailed) as err:
        _err("error: " + " ".join(str(err).split()))  # one line (torch's messages span several)
    except StorageError as err:  # full or read-only storage while a run starts: it failed
        _err(f"error: {err}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_FAILED
    return EXIT_INVALID


if __name__ == "__main__":
    raise SystemExit(main())
