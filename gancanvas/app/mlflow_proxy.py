"""The MLflow UI through the canvas: ``/mlflow/…`` is forwarded to the local ``mlflow ui``.

The UI listens on 127.0.0.1 only, which a browser on another machine cannot reach; the canvas
serves it under its own address instead, behind the same gate (token, cookie, Origin). The UI
runs with ``--static-prefix /mlflow``, so its pages, assets and ajax API all live under that
prefix and are forwarded unchanged. The canvas's own credentials (its cookie, a bearer token,
the ``token`` query value) are never passed on; the first request starts the UI if needed.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from nicegui import run

from .tracking import PREFIX, MlflowUi

#: request headers not passed on (hop-by-hop, the canvas's credentials, the browser's host)
DROP_REQUEST = {
    "host",
    "cookie",
    "authorization",
    "origin",
    "referer",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "upgrade",
    "content-length",
    "accept-encoding",
}
#: response headers not passed back (httpx has decoded the body already)
DROP_RESPONSE = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-encoding",
    "content-length",
    "set-cookie",
}
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


def add_routes(app: FastAPI, mlflow: MlflowUi, timeout: float = 120.0) -> None:
    """Register ``/mlflow`` and ``/mlflow/{path}`` on the app (gated like every other route)."""

    @app.get(PREFIX, include_in_schema=False)
    async def mlflow_root() -> Response:
        return RedirectResponse(PREFIX + "/")

    @app.api_route(PREFIX + "/{path:path}", methods=METHODS, include_in_schema=False)
    async def mlflow_proxy(path: str, request: Request) -> Response:
        try:
            base = await run.io_bound(mlflow.start)
        except RuntimeError as err:
            return Response(f"gancanvas: {err}\n", status_code=502, media_type="text/plain")
        if base is None:  # the app is shutting down
            return Response("gancanvas: shutting down\n", status_code=503)
        query = urlencode([(k, v) for k, v in parse_qsl(request.url.query) if k != "token"])
        url = f"{base}/{path}" + (f"?{query}" if query else "")
        headers = {k: v for k, v in request.headers.items() if k.lower() not in DROP_REQUEST}
        async with httpx.AsyncClient(timeout=timeout) as client:
            try:
                reply = await client.request(
                    request.method, url, headers=headers, content=await request.body()
                )
            except httpx.HTTPError as err:
                return Response(
                    f"gancanvas: the MLflow UI did not answer ({err})\n",
                    status_code=502,
                    media_type="text/plain",
                )
        out = {k: v for k, v in reply.headers.items() if k.lower() not in DROP_RESPONSE}
        if "location" in out and out["location"].startswith(base):  # a redirect: stay proxied
            out["location"] = PREFIX + out["location"][len(base) :]
        return Response(reply.content, status_code=reply.status_code, headers=out)
