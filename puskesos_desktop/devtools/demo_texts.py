"""What the demo village's residents come to the office about: each complaint text belongs to a catalogue service
and fits only the people it could be about (no "Lansia…" for a 19-year-old, no pregnancy for a man, no
registry question from a family the registry already lists as receiving PKH).

``Who`` is what the demo knows of a resident on the day they come; ``NEEDS`` the texts with their service, weight
and the people they fit. The weights follow one district's year (most health, then social, then education).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Who:
    age: int
    sex: str  # "L" / "P"
    relation: str  # Kepala Keluarga, Istri, Suami, Anak, Orang Tua
    has_nik: bool
    disability: bool
    household_size: int
    children: tuple[int, ...]  # the ages of the household's children (relation Anak)
    in_registry: bool
    programmes: frozenset[str]  # what the family receives according to the registry

    def has_child(self, low: int, high: int) -> bool:
        return any(low <= a <= high for a in self.children)

    @property
    def adult(self) -> bool:
        return self.age >= 18 and self.has_nik


Fits = Callable[[Who], bool]


@dataclass(frozen=True)
class Need:
    field: str
    service: str | None  # catalogue service code
    text: str
    weight: int
    fits: Fits


def _adult(w: Who) -> bool:
    return w.adult


def _parent(low: int, high: int) -> Fits:
    return lambda w: w.adult and 20 <= w.age <= 60 and w.relation != "Anak" and w.has_child(low, high)


N = Need
NEEDS: tuple[Need, ...] = (
    # Kesehatan
    N("Kesehatan", "BPJS-PBI-AKTIF", "Kartu KIS (PBI) tidak aktif saat berobat ke puskesmas.", 12,
      lambda w: w.adult and "PBI" in w.programmes),
    N("Kesehatan", "BPJS-PBI-DAFTAR", "Belum punya jaminan kesehatan; minta didaftarkan BPJS PBI.", 10,
      lambda w: w.adult and "PBI" not in w.programmes),
    N("Kesehatan", "BPJS-PBI-DAFTAR", "Anak demam tinggi dan perlu dirawat, keluarga belum punya jaminan kesehatan.",
      6, lambda w: _parent(0, 12)(w) and "PBI" not in w.programmes),
    N("Kesehatan", "KEMITRAAN-RS", "Biaya rawat inap kelas III di RSUD Sultan Imanuddin tidak terjangkau.", 6,
      _adult),
    N("Kesehatan", "JAMPERSAL", "Sedang hamil tujuh bulan, belum punya jaminan persalinan.", 4,
      lambda w: w.adult and w.sex == "P" and 19 <= w.age <= 40 and w.relation in ("Istri", "Kepala Keluarga")),
    N("Kesehatan", "KES-LAIN", "Lansia perlu kontrol rutin tekanan darah, kartu KIS hilang.", 6,
      lambda w: w.adult and w.age >= 60),
    N("Kesehatan", "KES-LAIN", "Perlu kursi roda setelah terserang stroke.", 2,
      lambda w: w.adult and w.age >= 50),
    N("Kesehatan", "KES-LAIN", "Anak balita kurang gizi menurut kader posyandu, minta pendampingan.", 3, _parent(0, 4)),
    # Sosial
    N("Sosial", "RUTILAHU", "Rumah rusak berat: atap bocor dan dinding kayu lapuk.", 4,
      lambda w: w.adult and w.age >= 30 and w.relation == "Kepala Keluarga"),
    N("Sosial", "KEBAKARAN", "Rumah terbakar, keluarga kehilangan tempat tinggal.", 1,
      lambda w: w.adult and w.relation == "Kepala Keluarga"),
    N("Sosial", "LANSIA-TERLANTAR", "Tinggal sendiri di usia lanjut, tidak ada keluarga yang merawat.", 3,
      lambda w: w.adult and w.age >= 65 and w.household_size == 1),
    N("Sosial", "BLT-DD", "Belum menerima bantuan apa pun padahal penghasilan tidak tetap.", 5,
      lambda w: w.adult and w.age >= 25 and not w.programmes),
    N("Sosial", "SOS-LAIN", "Suami meninggal; ibu sendiri menghidupi anak-anak.", 2,
      lambda w: _parent(0, 17)(w) and w.sex == "P"),
    N("Sosial", "SOS-LAIN", "Penyandang disabilitas, butuh alat bantu dan pendampingan.", 2,
      lambda w: w.adult and w.disability),
    N("Sosial", "ANAK-TERLANTAR", "Melaporkan anak tetangga yang ditinggal orang tuanya merantau.", 1,
      lambda w: w.adult and w.age >= 25),
    N("Sosial", "PEMULANGAN", "Kerabat terlantar di Pelabuhan Kumai ingin pulang ke daerah asal.", 1,
      lambda w: w.adult and w.age >= 25),
    # Pendidikan
    N("Pendidikan", "SKTM-SEKOLAH", "Anak mendaftar SMP, perlu SKTM untuk jalur afirmasi.", 3, _parent(11, 13)),
    N("Pendidikan", "KIP-PENGANTAR", "Anak yang masih SD belum menerima Kartu Indonesia Pintar.", 3, _parent(6, 12)),
    N("Pendidikan", "KIP-KULIAH", "Lulus SMA tahun ini, ingin mendaftar KIP Kuliah.", 2,
      lambda w: w.has_nik and 17 <= w.age <= 20),
    # Adminduk
    N("Adminduk", "NIK-KK", "Belum memiliki NIK dan KK.", 2, lambda w: not w.has_nik),
    N("Adminduk", "AKTA-KEMATIAN", "Orang tua meninggal, perlu surat kematian untuk ahli waris.", 2,
      lambda w: w.adult and 25 <= w.age <= 65),
    # Lainnya
    N("Lainnya", "CEK-DESIL", "Menanyakan status dan desil keluarga di DTSEN.", 3, _adult),
    N("Lainnya", "USUL-DTKS", "Ingin didaftarkan ke DTSEN karena keluarga tidak mampu.", 3,
      lambda w: w.adult and not w.in_registry),
    N("Lainnya", "INFO", "Menanyakan jadwal pencairan bantuan PKH.", 2, lambda w: w.adult and "PKH" in w.programmes),
)  # fmt: skip


def need_for(person: Who, pick: Callable[[list[Need], list[int]], Need]) -> Need | None:
    """One need that fits this person, drawn by weight (``pick``: the caller's seeded draw); None if none fits."""
    fitting = [n for n in NEEDS if n.fits(person)]
    if not fitting:
        return None
    return pick(fitting, [n.weight for n in fitting])
