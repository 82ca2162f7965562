"""Change topics are a Topic, each one is announced somewhere, and no view listens for a word nothing announces."""

from __future__ import annotations

import re
from pathlib import Path

from puskesos_desktop.ui.topics import Topic

UI = Path(__file__).resolve().parents[2] / "puskesos_desktop" / "ui"


def _sources() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in UI.rglob("*.py")}


def test_no_topic_is_a_bare_string() -> None:
    bare = re.compile(
        r'(?:\.changed\(|topics=\(|save_topics[^=\n]* = \(|watches = frozenset\(\{|what (?:==|in) \(?)\s*"'
    )
    found = [f"{p.relative_to(UI)}: {m.group(0)}" for p, text in _sources().items() for m in bare.finditer(text)]
    assert found == []


def test_every_topic_is_announced() -> None:
    text = "\n".join(_sources().values())
    announced = set(re.findall(r"\.changed\(Topic\.(\w+)\)", text))
    # A job's topics, and a settings page's (page_base.SettingsPage.save_topics: its save job announces them).
    for group in re.findall(r"topics=\(([^)]*)\)", text) + re.findall(r"save_topics[^=\n]* = \(([^)]*)\)", text):
        announced |= set(re.findall(r"Topic\.(\w+)", group))
    assert sorted(t.name for t in Topic if t.name not in announced) == []
