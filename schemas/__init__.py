"""The JSON contract of gancanvas: graph, nodes, edges, run settings, ports, issues.

No torch import here: this package is all an editor needs to read and check a file's envelope.
"""

from schemas.graph import SCHEMA_VERSION, Edge, Graph, GraphIssue, Node, RunConfig
from schemas.io import (
    MAX_DEPTH,
    MAX_GRAPH_BYTES,
    MIGRATIONS,
    GraphLoadError,
    graph_from_png,
    graph_json_schema,
    issues_from_validation,
    load_graph_bytes,
    load_graph_dict,
    load_graph_file,
    load_graph_text,
    open_regular,
    parse_json,
    value_issues,
)
from schemas.ports import SHAPED, Port, PortType, format_type

__all__ = [
    "MAX_DEPTH",
    "MAX_GRAPH_BYTES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SHAPED",
    "Edge",
    "Graph",
    "GraphIssue",
    "GraphLoadError",
    "Node",
    "Port",
    "PortType",
    "RunConfig",
    "format_type",
    "graph_from_png",
    "graph_json_schema",
    "issues_from_validation",
    "load_graph_bytes",
    "load_graph_dict",
    "load_graph_file",
    "load_graph_text",
    "open_regular",
    "parse_json",
    "value_issues",
]
