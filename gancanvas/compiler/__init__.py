"""Graph → program: validate (all issues), infer shapes, build the torch objects."""

from gancanvas.compiler.analysis import Analysis, analyze, check_connection, validate
from gancanvas.compiler.build import (
    BuildFailed,
    GraphInvalid,
    Program,
    compile_graph,
    resolve_device,
)

__all__ = [
    "Analysis",
    "BuildFailed",
    "GraphInvalid",
    "Program",
    "analyze",
    "check_connection",
    "compile_graph",
    "resolve_device",
    "validate",
]
