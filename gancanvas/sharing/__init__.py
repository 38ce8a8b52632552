"""Sharing experiments: a run's graph back from MLflow, graph diffs and Markdown result cards.

Pictures that carry their graph live in ``schemas.png`` (no torch); portable data paths in
``schemas.datapaths``.
"""
