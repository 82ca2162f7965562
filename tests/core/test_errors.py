"""core/errors.py: a message is its Indonesian template plus values, translated as a whole (values that are messages
too); a refusal names the row and the field in front of the sentence, in either language."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.errors import (
    FIELD_LABELS,
    FormField,
    Joined,
    Message,
    NotFoundError,
    PuskesosError,
    ValidationError,
    message_id,
    msg,
    said,
)

ENGLISH = {
    "NIK {nik} sudah terdaftar.": "NIK {nik} is already registered.",
    "Periksa {what}.": "Check {what}.",
    "alamat": "the address",
    "baris {row}": "row {row}",
    "Nama": "Name",
}


def english(text: str) -> str:
    return ENGLISH.get(text, text)


def test_a_message_is_filled_after_it_is_translated() -> None:
    m = msg("NIK {nik} sudah terdaftar.", nik="6201021205900001")
    assert m.text() == str(m) == "NIK 6201021205900001 sudah terdaftar."
    assert m.text(english) == "NIK 6201021205900001 is already registered."
    # A value that is itself a message is translated on its own; a Joined list part by part.
    nested = msg("Periksa {what}.", what=Joined("; ", [msg("alamat"), "RT 004"]))
    assert nested.text() == "Periksa alamat; RT 004."
    assert nested.text(english) == "Check the address; RT 004."


def test_a_template_without_values_keeps_its_braces() -> None:
    assert Message("Kode {x} tanpa nilai").text() == "Kode {x} tanpa nilai"
    assert message_id("Teks tetap.") == "Teks tetap."


def test_errors_carry_the_message_and_its_parts() -> None:
    exc = NotFoundError("NIK {nik} sudah terdaftar.", nik="1")
    assert isinstance(exc, PuskesosError) and str(exc) == exc.message == "NIK 1 sudah terdaftar."
    assert (exc.template, dict(exc.params)) == ("NIK {nik} sudah terdaftar.", {"nik": "1"})
    assert exc.text(english) == "NIK 1 is already registered."
    assert said(exc) is exc.said
    assert said(ValueError(msg("alamat"))).template == "alamat"  # core/regions.py raises ValueError(Message)
    assert said(KeyError("x")).text() == "'x'"


def test_a_refusal_names_the_row_and_the_field() -> None:
    exc = ValidationError("NIK {nik} sudah terdaftar.", field="Nama", row=4, nik="1")
    assert (exc.field, exc.row, exc.key) == ("Nama", 4, None)
    assert str(exc) == "baris 4, Nama: NIK 1 sudah terdaftar."
    assert exc.text(english) == "row 4, Name: NIK 1 is already registered."
    assert exc.message == "NIK 1 sudah terdaftar."  # the sentence alone, as the command line prints it
    assert str(ValidationError("Periksa {what}.", what="x")) == "Periksa x."


@pytest.mark.parametrize("key", list(FormField))
def test_a_form_field_is_kept_as_the_key_and_shown_by_its_label(key: FormField) -> None:
    exc = ValidationError("Periksa {what}.", field=key, what="isian")
    assert exc.key is key and exc.field == FIELD_LABELS[key]
    assert str(exc) == f"{FIELD_LABELS[key]}: Periksa isian."
