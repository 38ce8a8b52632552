"""Run a graph: seed, compile, loop, log, sample, evaluate, checkpoint; resume from a checkpoint.

The canvas starts this same code as a subprocess (``gancanvas run``), so the UI and headless
paths are one code path.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from blocks.runtime import warnings_of
from gancanvas.compiler import GraphInvalid, Program, compile_graph, resolve_device
from gancanvas.runner import checkpoint as ckpt
from gancanvas.runner import distributed
from gancanvas.runner.loop import NonFiniteLoss, StepRunner
from gancanvas.runner.metric_timing import timed_compute
from gancanvas.runner.samples import generate, generate_by_class, save_picture
from gancanvas.runner.speed import apply_speed_options
from gancanvas.runner.tracking import (
    Events,
    StorageError,
    Tracker,
    check_reachable,
    flatten,
    package_versions,
    storage_problem,
    tracking_uri,
    writing,
)
from schemas import Graph, GraphIssue
from schemas.png import graph_text_chunks


@dataclass
class RunOptions:
    steps: int | None = None
    device: str | None = None
    tracking_uri: str | None = None
    events: Path | None = None
    quiet: bool = False
    runs_root: Path = Path("runs")
    #: stop (with a checkpoint, status KILLED) after this step; tests and the canvas use it
    stop_at: int | None = None


@dataclass
class RunResult:
    run_id: str
    status: str  # FINISHED | FAILED | KILLED
    step: int
    run_dir: Path
    checkpoint: Path | None
    reason: str | None = None
    last_values: dict[str, float] | None = None


class _StopFlag:
    """Set by SIGINT/SIGTERM: the loop ends at the next step with a checkpoint."""

    def __init__(self) -> None:
        self.set = False

    @contextmanager
    def installed(self):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        old = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}

        def handler(signum: int, frame: Any) -> None:
            self.set = True

        for s in old:
            signal.signal(s, handler)
        try:
            yield
        finally:
            for s, h in old.items():
                signal.signal(s, h)


class _Progress:
    def __init__(self, total: int, start: int, quiet: bool):
        self.bar = None
        if not quiet:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total,
                initial=start,
                file=sys.stderr,
                unit="step",
                dynamic_ncols=True,
                mininterval=0.5,
            )

    def update(self, n: int, values: dict[str, float]) -> None:
        if self.bar is None:
            return
        losses = {
            k.split("/", 1)[1]: f"{v:.3g}" for k, v in values.items() if k.startswith("loss/")
        }
        self.bar.set_postfix(losses, refresh=False)
        self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class Run:
    """One training run of a compiled program, tracked in MLflow."""

    def __init__(self, graph: Graph, opts: RunOptions, state: dict[str, Any] | None = None):
        self.opts = opts
        if opts.steps:
            graph = graph.model_copy(
                update={"run": graph.run.model_copy(update={"steps": opts.steps})}
            )
        self.graph = graph
        self.cfg = graph.run
        uri = tracking_uri(opts.tracking_uri)
        # a launcher's environment (torchrun, srun) makes this one rank of several
        self.world, device = distributed.init(resolve_device(opts.device or self.cfg.device))
        if self.world.main:
            check_reachable(uri)
        torch.manual_seed(self.cfg.seed)
        self.prog: Program = compile_graph(graph, device)
        apply_speed_options(self.prog, self.cfg)
        self.runner = StepRunner(self.prog, self.cfg.precision, batch_size=self._rank_batch())
        distributed.join(self.prog, self.world, self.cfg.seed)
        self.start = ckpt.restore(self.prog, self.runner, state) if state else 0
        if state:
            distributed.after_restore(self.prog, state, self.world, self.cfg.seed)
        self.tracker: Tracker | distributed.NullTracker = distributed.NullTracker("")
        if self.world.main:  # only rank 0 opens MLflow, writes events, samples and checkpoints
            self.tracker = Tracker(
                uri,
                experiment=graph.name,
                run_id=state.get("run_id") if state else None,
                run_name=graph.name,
            )
        if self.world.active:
            self.tracker.run_id = distributed.broadcast_object(self.tracker.run_id)
        self.run_dir = opts.runs_root / self.tracker.run_id
        try:
            self.events = Events(
                (opts.events or self.run_dir / "events.jsonl") if self.world.main else None
            )
        except StorageError as err:
            self.tracker.close("FAILED", str(err))
            raise
        self.ckpt_path = self.run_dir / "checkpoints" / "latest.pt"
        self.fixed_z = self._fixed_latents()
        # a resumed run's last good checkpoint is the one it resumed from, until it saves one
        resumed = state is not None and self.ckpt_path.is_file()
        self.last_ckpt: Path | None = self.ckpt_path if resumed else None

    def _rank_batch(self) -> int:
        """This rank's samples per step (``run.batch_per``); a located refusal when a global
        batch does not split over the ranks or a rank's batch over ``accumulate``."""
        cfg = self.cfg
        try:
            batch = distributed.per_rank_batch(cfg.batch_size, cfg.batch_per, self.world)
        except ValueError as err:
            raise GraphInvalid(
                [GraphIssue(path="run.batch_size", code="bad_value", message=str(err))]
            ) from None
        if batch % cfg.accumulate:
            raise GraphInvalid(
                [
                    GraphIssue(
                        path="run.accumulate",
                        code="bad_value",
                        message=f"{batch} samples per rank do not split into {cfg.accumulate}"
                        " micro-batches",
                    )
                ]
            )
        return batch

    def _fixed_latents(self) -> torch.Tensor:
        """The same z for every sample picture of the run, drawn without touching training RNG."""
        dev = self.prog.device
        with torch.random.fork_rng(devices=[dev] if dev.type == "cuda" else []):
            torch.manual_seed(self.cfg.seed + 1)
            return self.prog.latent.sample(self.cfg.n_samples, dev)

    def _log_setup(self) -> None:
        g = self.graph
        nodes = g.inlined().nodes  # a subgraph's blocks are logged like any other
        params = flatten("", {n.id: n.params for n in nodes}, {})
        params.update({f"{n.id}.type": n.type for n in nodes})
        params.update({f"{n.id}.bypass": "true" for n in nodes if n.bypass})
        params.update(flatten("run", g.run.model_dump(), {}))
        self.tracker.log_params(params)
        self.tracker.set_tags(
            {
                "graph_hash": g.content_hash(),
                "graph_name": g.name,
                "device": str(self.prog.device),
                "mlflow.note.content": g.description,
                **package_versions(),
            }
        )
        self.tracker.log_text(g.to_json(), "graph.json")

    def _samples(self, step: int) -> None:
        G, nrow = self.prog.sampler or self.prog.G, 0
        if self.prog.conditional:  # one row per class (G(z, y=c)), one latent per column
            pics, nrow = generate_by_class(G, self.fixed_z, self.prog.analysis.n_classes)
        else:
            pics = generate(G, self.fixed_z)
        target = self.run_dir / "samples" / f"{step:07d}.png"
        try:
            with writing(target):
                path = save_picture(
                    pics,
                    self.prog.data,
                    target,
                    title=f"{self.graph.name} · step {step}",
                    nrow=nrow,
                    text=graph_text_chunks(self.graph.to_json(indent=None), self.tracker.run_id),
                )
        except StorageError:  # no half-written picture left behind
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        self.tracker.log_artifact(path, "samples")
        self.events.emit("samples", step=step, path=str(path.resolve()))

    def _evaluate(self, step: int) -> dict[str, float]:
        p, out = self.prog, {}
        data_state = p.data.state_dict()
        devs = [p.device] if p.device.type == "cuda" else []
        with torch.random.fork_rng(devices=devs):
            torch.manual_seed(self.cfg.seed + 2)
            raised = []
            for nid, metric, gen in p.metrics:
                result, timing = timed_compute(
                    nid, metric, gen, p, self.opts.runs_root, self.opts.quiet or not self.world.main
                )
                for k, v in result.items():
                    out[f"metric/{nid}/{k}"] = float(v)
                out.update(timing)
                raised += [(f"{nid}.{w.name}", w.message) for w in warnings_of(result)]
        p.data.load_state_dict(data_state)
        if out:
            self.tracker.log_metrics(out, step)
            self.events.emit("eval", step=step, values=out)
        self._warn(step, raised)
        return out

    def _warn(self, step: int, raised: list[tuple[str, str]]) -> None:
        """Diagnostics that crossed a threshold: an MLflow tag and an event the canvas shows."""
        for name, message in raised:
            self.tracker.set_tags({f"warning.{name}": f"step {step}: {message}"[:5000]})
            self.events.emit("warning", step=step, name=name, message=message)

    def _checkpoint(self, step: int) -> None:
        ranks = distributed.before_checkpoint(self.prog, self.world)
        if not self.world.main:
            return
        # Metrics up to this step reach the store before the checkpoint exists: after a kill -9,
        # resume skips exactly what MLflow holds, so no step is lost or logged twice.
        self.tracker.wait()
        state = ckpt.capture(self.prog, self.runner, step, self.tracker.run_id)
        if ranks is not None:
            state["rng"]["ranks"] = ranks
        ckpt.save(state, self.ckpt_path)
        self.last_ckpt = self.ckpt_path
        self.tracker.log_artifact(self.ckpt_path, "checkpoints")
        self.events.emit("checkpoint", step=step, path=str(self.ckpt_path.resolve()))

    def execute(self) -> RunResult:
        cfg, total = self.cfg, self.cfg.steps
        if self.start == 0:
            self._log_setup()
            for nid, metric, _ in self.prog.metrics:
                proto = {f"metric.{nid}.{k}": str(v) for k, v in metric.protocol().items()}
                self.tracker.log_params(proto)
        self.events.emit(
            "start",
            run_id=self.tracker.run_id,
            run_dir=str(self.run_dir.resolve()),
            steps=total,
            step=self.start,
            device=str(self.prog.device),
        )
        progress = _Progress(total, self.start, self.opts.quiet or not self.world.main)
        stop = _StopFlag()
        main, active = self.world.main, self.world.active
        if active:
            self.tracker.set_tags({"world_size": str(self.world.size)})
        step, window_start, t0 = self.start, self.start, time.perf_counter()
        status, reason, values = "FINISHED", None, {}
        end = min(total, self.opts.stop_at) if self.opts.stop_at else total

        def every(n: int, s: int) -> bool:
            return n > 0 and s % n == 0

        try:
            with stop.installed():
                stopped = False
                while step < end and not stopped:
                    self.runner.iteration(step, track=(step + 1) % cfg.log_every == 0)
                    step += 1
                    stopped = self._stop_agreed(stop, step, end)
                    # a checkpoint step flushes first: checkpoints follow a finiteness check
                    checkpoint_now = every(cfg.checkpoint_every, step) and step < end
                    sample_now = every(cfg.sample_every, step) and step < total
                    eval_now = every(cfg.eval_every, step) and step < total
                    if active and (
                        every(cfg.log_every, step) or sample_now or eval_now or step == end
                    ):
                        distributed.sync_buffers([*self.prog.built.values(), self.prog.sampler])
                    if every(cfg.log_every, step) or step == end or stopped or checkpoint_now:
                        values = self.runner.flush(window_start, step)
                        rate = (step - window_start) / max(time.perf_counter() - t0, 1e-9)
                        values["perf/steps_per_s"] = rate
                        self.tracker.log_metrics(values, step)
                        self.tracker.check()  # a store that refused a write ends the run
                        self.events.emit("metrics", step=step, values=values, steps_per_s=rate)
                        progress.update(step - window_start, values)
                        window_start, t0 = step, time.perf_counter()
                    if sample_now and main:
                        self._samples(step)
                    if eval_now and main:
                        self._evaluate(step)
                    if checkpoint_now:
                        self._checkpoint(step)
                if stopped or step < total:
                    status, reason = "KILLED", "stopped by signal" if stopped else None
                if step == total and main:
                    self._samples(step)
                    values.update(self._evaluate(step))
                self._checkpoint(step)
        except NonFiniteLoss as err:
            status, reason = "FAILED", f"{err}; last good checkpoint: {self.last_ckpt or 'none'}"
        except Exception as err:  # any failure ends as a FAILED run with its reason, no crash
            status, reason = "FAILED", storage_problem(err)
            if reason is None:  # full or read-only storage needs no traceback (nor has room)
                reason = f"{type(err).__name__}: {err}"
                self.tracker.log_text(traceback.format_exc(), "failure_traceback.txt")
        finally:
            progress.close()
            self.tracker.drain()  # the last checkpoint's upload may be the write that is refused
            if self.tracker.failure and status != "FAILED":
                status, reason = "FAILED", self.tracker.failure
            try:
                self.events.emit("end", status=status, reason=reason, step=step)
            except StorageError as err:  # still close the MLflow run, with the reason
                if status != "FAILED":
                    status, reason = "FAILED", str(err)
            errors = self.tracker.close(status, reason)
            status, reason = self.tracker.status, self.tracker.reason
            if errors and not self.opts.quiet:
                print(f"warning: {len(errors)} MLflow writes failed: {errors[0]}", file=sys.stderr)
            distributed.finish(self.world)
        return RunResult(
            self.tracker.run_id, status, step, self.run_dir, self.last_ckpt, reason, values
        )

    def _stop_agreed(self, stop: _StopFlag, step: int, end: int) -> bool:
        """The signal flag; with several ranks, agreed every few steps (all stop together)."""
        if not self.world.active:
            return stop.set
        if step % distributed.STOP_POLL and step != end:
            return False
        return distributed.agree(stop.set, self.prog.device)


def run_graph(graph: Graph, opts: RunOptions) -> RunResult:
    return Run(graph, opts).execute()


def resume_run(state: dict[str, Any], opts: RunOptions) -> RunResult:
    return Run(ckpt.graph_of(state), opts, state=state).execute()
