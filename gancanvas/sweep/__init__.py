"""Sweeps: a graph's values on a grid or searched by Optuna, each variant a ``gancanvas run``.

Used by ``gancanvas sweep`` (and by the canvas): ``plan`` checks every variant before anything
runs, ``SweepRun.execute`` runs them K at a time under one MLflow parent run. Nothing is
imported here: ``gancanvas.sweep.params`` stays light for the command line's parser.
"""
