"""Messages of the core and services are message ids the UI translates (issue 17 item 9).

The static side: every PuskesosError below ui/ is made from a literal template with named placeholders (no
f-string, no sentence glued together at run time), each placeholder is given, and each template has an English
translation with the same placeholders. The run-time side, every template raised while the suite runs, is the
plugin tests/helpers/service_messages.py.
"""

from __future__ import annotations

import ast
import string
import sys
from pathlib import Path

import pytest

from puskesos_desktop.core.errors import (
    FIELD_LABELS,
    FormField,
    Joined,
    Message,
    PuskesosError,
    TransitionError,
    ValidationError,
    msg,
    said,
)
from tests.helpers.service_messages import english_templates, templates_of

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402

KEYWORDS_NOT_PARAMS = {"field", "row"}  # ValidationError's own


def placeholders(template: str) -> set[tuple[str, str, str | None]]:
    """(name, format spec, conversion) of each {placeholder}."""
    return {(name, spec or "", conv) for _, name, spec, conv in string.Formatter().parse(template) if name}


@pytest.fixture(scope="module")
def scanned() -> tuple[list[str], list[str]]:
    return update_translations.scan_messages()


@pytest.mark.untraced  # reads the source as text (tests/helpers/coverage_scope.py)
def test_every_raise_site_uses_a_literal_template(scanned: tuple[list[str], list[str]]) -> None:
    templates, problems = scanned
    assert not problems, "\n".join(problems)
    assert len(templates) > 400  # the scan found the raise sites (a broken scan finds none)


def test_the_scan_refuses_f_strings_and_glued_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from puskesos_desktop.core.errors import ValidationError, msg\n"
        "def f(nik, parts):\n"
        "    raise ValidationError(f'NIK {nik} salah.')\n"
        "def g(parts):\n"
        "    raise ValidationError('Kurang: ' + ', '.join(parts))\n"
        "def h(exc):\n"
        "    raise ValidationError(str(exc))\n"
        "def k(text):\n"
        "    return msg(text)\n"
        "def ok(nik):\n"
        "    raise ValidationError('NIK {nik} salah.', 'NIK', nik=nik)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(update_translations, "message_files", lambda: [bad])
    monkeypatch.setattr(update_translations, "ROOT", tmp_path)
    templates, problems = update_translations.scan_messages()
    assert [p.split(":")[1] for p in problems] == ["f", "g", "h", "k"]
    assert "NIK {nik} salah." in templates and "NIK" in templates


def _literal_calls() -> list[tuple[str, ast.Call, str]]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in update_translations.message_files()}
    classes = update_translations.error_classes(trees) | {"msg"}
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and update_translations._name(node.func) in classes and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node, first.value))
    return found


@pytest.mark.untraced
def test_every_placeholder_is_given_and_every_value_used() -> None:
    wrong = []
    for where, call, template in _literal_calls():
        if any(k.arg is None for k in call.keywords):  # **values: not checkable here
            continue
        given = {k.arg for k in call.keywords} - KEYWORDS_NOT_PARAMS
        named = {name for name, _, _ in placeholders(template)} if given else set()
        if given != named:
            wrong.append(f"{where}: placeholders {sorted(named)} but values {sorted(given)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.untraced
def test_every_template_has_english_with_the_same_placeholders(scanned: tuple[list[str], list[str]]) -> None:
    english = english_templates()
    missing = [t for t in scanned[0] if t not in english]
    assert not missing, "no English (scripts/update_translations.py, then translate):\n" + "\n".join(missing)
    differ = [t for t in scanned[0] if placeholders(t) != placeholders(english[t])]
    assert not differ, "English with other placeholders:\n" + "\n".join(differ)


def test_message_is_formatted_indonesian_and_keeps_its_id() -> None:
    exc = ValidationError("NIK {nik} sudah terdaftar atas nama {name}.", field="NIK", nik="6201", name="Siti")
    assert exc.message == "NIK 6201 sudah terdaftar atas nama Siti."  # the CLI prints this, unchanged
    assert str(exc) == "NIK: NIK 6201 sudah terdaftar atas nama Siti."
    assert exc.template == "NIK {nik} sudah terdaftar atas nama {name}."
    assert dict(exc.params) == {"nik": "6201", "name": "Siti"}
    assert exc.field == "NIK" and exc.row is None


def test_text_translates_template_field_and_row_then_fills_values() -> None:
    english = {
        "NIK {nik} salah.": "NIK {nik} is wrong.",
        "baris {row}": "row {row}",
        FIELD_LABELS[FormField.RESIDENT]: "Resident",
    }
    exc = ValidationError("NIK {nik} salah.", FormField.RESIDENT, row=4, nik="{x}")
    assert exc.text(lambda t: english.get(t, t)) == "row 4, Resident: NIK {x} is wrong."
    assert str(exc) == "baris 4, Warga: NIK {x} salah."  # a value with braces is a value, never a template
    assert exc.key is FormField.RESIDENT


def test_a_template_without_values_keeps_its_braces() -> None:
    exc = ValidationError("Kurung kurawal { } hanya untuk tempat isian, misalnya {nama}.")
    assert exc.message == "Kurung kurawal { } hanya untuk tempat isian, misalnya {nama}."


def test_nested_messages_are_translated_each() -> None:
    parts = [msg("Rujukan belum ada hasil akhirnya: {numbers}.", numbers="RJK/1"), msg("Belum ada tindakan.")]
    exc = TransitionError("Keluhan belum dapat ditutup. {blockers}", blockers=Joined(" ", parts))
    assert exc.message == "Keluhan belum dapat ditutup. Rujukan belum ada hasil akhirnya: RJK/1. Belum ada tindakan."
    english = {
        "Keluhan belum dapat ditutup. {blockers}": "The complaint cannot be closed yet. {blockers}",
        "Rujukan belum ada hasil akhirnya: {numbers}.": "No final outcome yet: {numbers}.",
        "Belum ada tindakan.": "Nothing done yet.",
    }
    assert (
        exc.text(english.__getitem__)
        == "The complaint cannot be closed yet. No final outcome yet: RJK/1. Nothing done yet."
    )
    assert templates_of(exc.said) == [exc.template, parts[0].template, parts[1].template]


def test_a_message_given_whole_and_said_of_other_exceptions() -> None:
    message = msg("Akun terkunci. Coba lagi dalam {minutes} menit.", minutes=3)
    exc = PuskesosError(message)
    assert exc.said is message and exc.message == "Akun terkunci. Coba lagi dalam 3 menit."
    assert said(ValueError(message)) is message
    assert said(ValueError("teks biasa")) == Message("teks biasa")
    assert said(exc) is message
