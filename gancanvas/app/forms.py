"""Form fields generated from a JSON Schema property (pydantic's ``model_json_schema``).

Numbers show their bounds but are not clamped: a bad value is kept and the validator's message
appears under the field, so the form and the validator never disagree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from nicegui import ui
from nicegui.elements.mixins.validation_element import ValidationElement

OnChange = Callable[[str, Any], None]


def resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and unwrap ``Optional`` (``anyOf`` with null) into one schema dict."""
    seen = 0
    while "$ref" in schema and seen < 10:
        name = schema["$ref"].split("/")[-1]
        extra = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**root.get("$defs", {}).get(name, {}), **extra}
        seen += 1
    for key in ("anyOf", "oneOf"):
        options = [s for s in schema.get(key, []) if s.get("type") != "null"]
        if len(options) == 1:
            merged = {k: v for k, v in schema.items() if k != key}
            return {**resolve(options[0], root), **merged, "nullable": True}
    if "allOf" in schema and len(schema["allOf"]) == 1:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        return {**resolve(schema["allOf"][0], root), **merged}
    return schema


def bounds_hint(schema: dict[str, Any]) -> str:
    """``≥ 1, ≤ 1000`` style hint from JSON Schema bounds."""
    parts = []
    if "minimum" in schema:
        parts.append(f"≥ {schema['minimum']}")
    if "exclusiveMinimum" in schema:
        parts.append(f"> {schema['exclusiveMinimum']}")
    if "maximum" in schema:
        parts.append(f"≤ {schema['maximum']}")
    if "exclusiveMaximum" in schema:
        parts.append(f"< {schema['exclusiveMaximum']}")
    return ", ".join(parts)


# Words of params names spelled out in labels ("lr" → "Learning rate", "n_dis" → "D steps").
WORDS = {
    "lr": "learning rate",
    "eps": "epsilon",
    "dim": "dimension",
    "dis": "D steps",
    "gen": "G steps",
    "iter": "iterations",
    "iters": "iterations",
    "std": "std",
    "hi": "maximum",
    "lo": "minimum",
    "init": "initial",
    "num": "number of",
    "n": "number of",
    "kimg": "kimg",
    "knn": "k-NN",
    "ema": "EMA",
    "gp": "GP",
    "cfg": "CFG",
    "bn": "BN",
    "fid": "FID",
    "ntk": "NTK",
    "llc": "LLC",
    "mlflow": "MLflow",
}


NAMES = {"init": "Weight init", "c": "Clip value c", "k": "K", "lr": "Learning rate"}


def human_label(name: str, schema: dict[str, Any]) -> str:
    """A label a person reads: an explicit title, a short description, else the spelled-out name.

    Pydantic's automatic title is the name title-cased ("Lr", "N Dis"), so it is not used; a
    description of up to five words ("Learning rate.") is, and otherwise the name's words are
    spelled out ("n_dis" → "Number of D steps").
    """
    title = schema.get("title")
    if title and title != name.replace("_", " ").title():
        return str(title)
    sentence = str(schema.get("description") or "").split(". ")[0].strip().rstrip(".")
    first = sentence.split(" (")[0]
    plain = first.isascii() and first[:1].isalpha() and not any(c in first for c in ":;=_…")
    whole = first == sentence or sentence.endswith(")")  # nothing said after the parenthesis
    if plain and whole and len(first.split()) <= 5 and " or " not in sentence:
        return first[0].upper() + first[1:]
    if name in NAMES:
        return NAMES[name]
    words = [WORDS.get(w, w) for w in name.split("_") if w]
    text = " ".join(words) or name
    return text[0].upper() + text[1:]


class SchemaField:
    """One labelled input for one property; ``set_error`` shows a message under it."""

    def __init__(
        self,
        name: str,
        schema: dict[str, Any],
        root: dict[str, Any],
        value: Any,
        on_change: OnChange,
        on_reject: Callable[[], None] | None = None,
    ) -> None:
        self.name = name
        self.schema = resolve(schema, root)
        self.on_change = on_change
        self.on_reject = on_reject  # told when a typed value is refused or accepted again
        self.json_error: str | None = None
        self.error: str | None = None
        label = human_label(name, self.schema)
        description = str(self.schema.get("description", ""))
        if description.rstrip(".").lower() == label.lower():
            description = ""
        hint = " · ".join(x for x in (description, bounds_hint(self.schema), name) if x)
        kind = self._kind()
        self.kind = kind
        self.element: Any
        self._error_label: ui.label | None = None
        if kind == "bool":
            with ui.row().classes("items-center gap-1 w-full no-wrap") as row:
                self.element = ui.switch(label, value=bool(value), on_change=self._changed)
                if hint:
                    ui.icon("info", size="xs").classes("text-grey-6").tooltip(hint)
            self._error_label = ui.label().classes("text-negative text-xs")
            self._error_label.set_visibility(False)
            self.container = row
            return
        self._error_label = None
        if kind == "enum":
            options = self.schema.get("enum") or [self.schema.get("const")]
            self.element = ui.select(
                {o: str(o) for o in options}, label=label, value=value, on_change=self._changed
            )
        elif kind in ("int", "float"):
            self.element = ui.number(
                label=label,
                value=value,
                format="%d" if kind == "int" else None,
                step=1 if kind == "int" else None,
                on_change=self._changed,
            )
            if kind == "float":
                self.element.props("step=any")
        elif kind == "str":
            self.element = ui.input(label=label, value="" if value is None else str(value))
            self.element.on("change", lambda: self._changed(None))
        else:  # arrays, objects, unions: JSON text
            self.element = ui.input(label=label, value=json.dumps(value))
            self.element.on("change", lambda: self._changed(None))
            self.element.props("input-class=font-mono")
        if isinstance(self.element, ValidationElement):
            self.element.without_auto_validation()  # errors come from the validator, not here
        self.element.props("dense outlined stack-label").classes("w-full")
        self.element.props.update({"hint": hint, "data-param": name, "bottom-slots": True})
        self.container = self.element

    def _kind(self) -> str:
        s = self.schema
        if "enum" in s or "const" in s:
            return "enum"
        t = s.get("type")
        if t == "boolean":
            return "bool"
        if t == "integer":
            return "int"
        if t == "number":
            return "float"
        if t == "string":
            return "str"
        return "json"

    def _parse(self) -> tuple[bool, Any]:
        value = self.element.value
        if self.kind == "int" and isinstance(value, float) and value.is_integer():
            return True, int(value)
        if self.kind == "json":
            try:
                return True, json.loads(value) if str(value).strip() else None
            except json.JSONDecodeError as err:
                return False, f"not valid JSON ({err.msg})"
        return True, value

    def _changed(self, _event: Any) -> None:
        before = self.json_error
        self._take()
        if self.on_reject is not None and (before is None) != (self.json_error is None):
            self.on_reject()

    def _take(self) -> None:
        ok, value = self._parse()
        if not ok:
            self.json_error = str(value)
            self._show()
            return
        self.json_error = None
        if value is None and self.kind in ("int", "float") and not self.schema.get("nullable"):
            # the browser blanks a number field it cannot read ("abc"): say so, and keep
            # the value the graph has rather than a silent blank
            what = "a whole number" if self.kind == "int" else "a number"
            self.json_error = f"not {what}: type {what} (the graph keeps its last value)"
            self._show()
            return
        self.on_change(self.name, value)
        self._show()

    def set_error(self, message: str | None) -> None:
        """Show the validator's message for this field (None clears it)."""
        self.error = message
        self._show()

    def _show(self) -> None:
        message = self.json_error or self.error
        if self._error_label is not None:
            self._error_label.set_text(message or "")
            self._error_label.set_visibility(bool(message))
            return
        if isinstance(self.element, ValidationElement):
            self.element.error = message


def schema_form(
    schema: dict[str, Any],
    values: dict[str, Any],
    on_change: OnChange,
    skip: tuple[str, ...] = (),
    on_reject: Callable[[], None] | None = None,
) -> dict[str, SchemaField]:
    """One field per property (value from ``values``, else the default)."""
    fields: dict[str, SchemaField] = {}
    for name, prop in (schema.get("properties") or {}).items():
        if name in skip:
            continue
        value = values.get(name, resolve(prop, schema).get("default"))
        fields[name] = SchemaField(name, prop, schema, value, on_change, on_reject)
    return fields
