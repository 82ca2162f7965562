"""Every audit action has its label in Indonesian (core) and in English (the translations the viewer uses)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from puskesos_desktop.core import audit_actions
from puskesos_desktop.core.audit_actions import ACTION_LABELS, AuditAction

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "puskesos_en.ts"


def _english_labels() -> dict[str, str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "AuditViewerPage":
            continue
        for message in context.iter("message"):
            t = message.find("translation")
            if t is not None and t.get("type") is None and t.text:
                found[message.findtext("source") or ""] = t.text
    return found


def test_every_action_has_an_indonesian_label() -> None:
    missing = [a.value for a in AuditAction if not ACTION_LABELS.get(a)]
    assert missing == []


def test_every_label_has_an_english_translation() -> None:
    english = _english_labels()
    missing = [f"{a.value}: {label}" for a, label in ACTION_LABELS.items() if label not in english]
    assert missing == [], "add the label to ui/settings_pages/audit_viewer.py and translate it"


def test_labels_tell_actions_apart() -> None:
    assert len(set(ACTION_LABELS.values())) == len(ACTION_LABELS)


def test_stored_strings_are_the_values() -> None:
    # The chain's hashes cover the stored string: the enum must serialise as exactly that.
    assert AuditAction("user.change_password.failed") is AuditAction.USER_CHANGE_PASSWORD_FAILED
    assert f"{AuditAction.LOGIN}" == "login"
    assert audit_actions.label("login.failed") == "Gagal masuk"
    assert audit_actions.label("something.newer") == "something.newer"
