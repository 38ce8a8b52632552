"""The page's own CSS (palette items, run-view grid, charts, multi-line field messages)."""

STYLE = """
.gc-palette-item { padding: 6px 8px; margin: 3px 0; border: 1px solid #e0e0e0; border-radius: 6px;
  background: #fff; cursor: grab; }
.gc-palette-item:hover { border-color: #64b5f6; background: #f5faff; }
.gc-run-grid { display: grid; gap: 6px;
  grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
.gc-chart { height: 230px; border: 1px solid #eceff1; border-radius: 6px; background: #fff; }
.gc-sample { width: 100%; height: 205px; }
.q-field__messages > div { white-space: pre-line; }
"""
