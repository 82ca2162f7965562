"""The bench's population file must hold people the import accepts: its first version used the unregistered code
73.99.01, every row was refused, and `population_rows_per_s` measured refusals."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core import identity, regions
from puskesos_desktop.devtools.bench import people, steps


def test_the_population_kecamatan_is_registered_and_not_the_villages() -> None:
    code = steps.POPULATION_KECAMATAN
    assert regions.is_kecamatan(code)
    assert code != people.LOCAL_KECAMATAN and code not in people.OTHER_KECAMATAN
    nik = identity.make_nik(code, dt.date(1980, 5, 17), "P", 9_000)
    assert identity.parse_nik(nik).nik == nik
    assert identity.parse_kk(f"{code}170580{9_000:04d}")
