"""Small tool for the English catalogue (resources/translations/puskesos_en.ts), beside lupdate.

    python scripts/ts_tool.py missing            # untranslated messages as JSON [{context, source, translation: ""}]
    python scripts/ts_tool.py apply FILE.json    # fill translations from such a JSON list (context + source match)
    python scripts/ts_tool.py export             # every translated message as JSON (to carry across a merge)

Typical use after adding UI strings: `scripts/update_translations.py`, then `missing > t.json`, fill the
"translation" values, `apply t.json`, `make translations`.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "puskesos_en.ts"


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _translation_text(message: ET.Element) -> str:
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
        return ""
    if t.get("type") is None and not (t.text or "") and message.get("numerus") != "yes":
        return ""
    return t.text or ""


def missing(ts: Path) -> list[dict[str, str]]:
    root = ET.parse(ts).getroot()
    out = []
    for context, message in _messages(root):
        t = message.find("translation")
        if t is not None and (t.get("type") == "unfinished" or not (t.text or "")) and t.get("type") != "vanished":
            out.append({"context": context, "source": message.findtext("source") or "", "translation": ""})
    return out


def export(ts: Path) -> list[dict[str, str]]:
    root = ET.parse(ts).getroot()
    out = []
    for context, message in _messages(root):
        text = _translation_text(message)
        if text:
            out.append({"context": context, "source": message.findtext("source") or "", "translation": text})
    return out


def apply(ts: Path, entries: list[dict[str, str]]) -> int:
    """Fill matching messages; a translation known for the same source in another context fills it too."""
    by_key = {(e["context"], e["source"]): e["translation"] for e in entries if e.get("translation")}
    by_source = {e["source"]: e["translation"] for e in entries if e.get("translation")}
    text = ts.read_text(encoding="utf-8")
    doctype = "<!DOCTYPE TS>" if "<!DOCTYPE TS>" in text else ""
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for context, message in _messages(tree.getroot()):
        t = message.find("translation")
        if t is None or (t.get("type") != "unfinished" and (t.text or "")):
            continue
        source = message.findtext("source") or ""
        value = by_key.get((context, source)) or by_source.get(source)
        if value:
            t.text = value
            t.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n{body}\n', encoding="utf-8")
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["missing", "apply", "export"])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--ts", default=str(TS))
    args = parser.parse_args(argv)
    ts = Path(args.ts)
    if args.command == "missing":
        json.dump(missing(ts), sys.stdout, ensure_ascii=False, indent=1)
    elif args.command == "export":
        json.dump(export(ts), sys.stdout, ensure_ascii=False, indent=1)
    else:
        if not args.file:
            parser.error("apply needs FILE.json")
        n = apply(ts, json.loads(Path(args.file).read_text(encoding="utf-8")))
        print(f"{n} translations filled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
