"""Every user-visible string in the Qt layer has a finished Danish translation (Danish is the default)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "minutesapp" / "ui"
TS = ROOT / "resources" / "i18n" / "minutesapp_da.ts"


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translatable_strings() -> set[tuple[str, str]]:
    """(context, source) for each tr() inside a class and each translate("Context", "text") call."""
    found: set[tuple[str, str]] = set()
    for path in UI.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                if isinstance(call.func, ast.Attribute) and call.func.attr == "tr" and call.args:
                    text = _string(call.args[0])
                    if text is not None:
                        found.add((cls.name, text))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name in {"translate", "_translate", "_tr"} and len(call.args) >= 2:
                context, text = _string(call.args[0]), _string(call.args[1])
                if context is not None and text is not None:
                    found.add((context, text))
    return found


def danish_catalogue() -> dict[tuple[str, str], str]:
    result: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            text = "".join(translation.itertext()) or "".join(
                (n.text or "") for n in translation.iter("numerusform")
            )
            result[(name, message.findtext("source") or "")] = text
    return result


def test_the_scan_finds_the_window_strings() -> None:
    strings = translatable_strings()
    assert len(strings) > 100
    assert any(source == "&Open…" or source.startswith("&Open") for _, source in strings)


def test_every_ui_string_has_a_finished_danish_translation() -> None:
    catalogue = danish_catalogue()
    missing = sorted(s for s in translatable_strings() if not catalogue.get(s))
    assert missing == [], f"untranslated (context, source): {missing[:20]}"
