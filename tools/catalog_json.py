"""Compact, deterministic JSON for the catalog files.

Tables are written as {"columns": [...], "rows": [[...], ...]} with one row per line: small to embed,
quick to parse, and a refresh of the data shows up in a diff row by row.
"""

import json
import math


def number(value):
    """Shortest text that reads back as the same double; integers without ".0"; None as null."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def parse_number(text):
    text = (text or "").strip()
    return number(float(text)) if text else None


def _scalar(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _is_table(value):
    return isinstance(value, dict) and "rows" in value


def _render(value, out):
    if _is_table(value):
        out.append("{")
        first = True
        for key, item in value.items():
            if key == "rows":
                continue
            out.append(("" if first else ",") + "\n" + _scalar(key) + ":" + _scalar(item))
            first = False
        out.append(("" if first else ",") + "\n\"rows\":[")
        out.append(",".join("\n" + _scalar(row) for row in value["rows"]))
        out.append("\n]}")
    elif isinstance(value, dict):
        out.append("{")
        out.append(",".join("\n" + _scalar(k) + ":" + _render_to_text(v) for k, v in value.items()))
        out.append("\n}")
    else:
        out.append(_scalar(value))


def _render_to_text(value):
    out = []
    _render(value, out)
    return "".join(out)


def dumps(document):
    return _render_to_text(document) + "\n"


def table(columns, rows, **extra):
    result = dict(extra)
    result["columns"] = list(columns)
    result["rows"] = rows
    return result
