"""Faker for the frozen program: every provider, but only the locales the demo village needs.

Replaces pyinstaller-hooks-contrib's hook-faker (user hooks take priority), which ships every locale (~20 MB).
Faker finds providers and locales by globbing `*/__init__.py` under sys._MEIPASS/faker/providers, so the
package `__init__.py` files of what we keep are also copied as data.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import faker.providers

# id_ID is what services/demo.py asks for; en_US/en and each provider's default locale are Faker's fallbacks.
LOCALES = {"id_ID", "en_US", "en"}

hiddenimports: list[str] = []
datas: list[tuple[str, str]] = []

providers_dir = Path(faker.providers.__file__).parent
site_root = providers_dir.parent.parent


def _keep(package_dir: Path) -> None:
    init = package_dir / "__init__.py"
    if init.exists():
        dest = package_dir.relative_to(site_root)
        datas.append((str(init), str(dest)))
        hiddenimports.append(".".join(dest.parts))


_keep(providers_dir)
for info in pkgutil.iter_modules([str(providers_dir)]):
    if not info.ispkg:
        continue
    name = f"faker.providers.{info.name}"
    module = importlib.import_module(name)
    _keep(providers_dir / info.name)
    wanted = LOCALES | {getattr(module, "default_locale", "") or "en_US"}
    for sub in pkgutil.iter_modules([str(providers_dir / info.name)]):
        if sub.ispkg and sub.name in wanted:
            _keep(providers_dir / info.name / sub.name)
