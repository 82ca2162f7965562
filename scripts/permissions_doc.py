"""Write docs/PERMISSIONS.md from core/permissions.ROLE_PERMISSIONS (a test keeps the two equal).

Usage: .venv/bin/python scripts/permissions_doc.py
"""

from __future__ import annotations

from pathlib import Path

from puskesos_desktop.core.permissions import ROLE_PERMISSIONS, Permission
from puskesos_desktop.core.statuses import ROLE_LABELS, Role

TARGET = Path(__file__).resolve().parent.parent / "docs" / "PERMISSIONS.md"
ORDER = [Role.FRONT_OFFICE, Role.BACK_OFFICE, Role.FASILITATOR, Role.KOORDINATOR, Role.PENANGGUNG_JAWAB]

HEAD = """# Hak akses menurut peran / Permissions by role

Generated from `puskesos_desktop/core/permissions.py` by `scripts/permissions_doc.py`; a test fails when the
two differ. Every service function checks its permission itself (`actor.require(Permission.X)`), so a refused
action is refused whether it comes from a button, a keyboard shortcut or a script; the window only hides what
would be refused anyway. A refusal says which role lacks which permission, in Indonesian, for example:
*"Peran Penanggung Jawab tidak berwenang mendaftarkan keluhan. Minta koordinator atau petugas yang berwenang."*

The command line (`puskesos …`) needs no login and acts with the coordinator's permissions, recorded in the
audit trail as `cli:<operating-system account>` — see [SECURITY.md](SECURITY.md).

"""

NOTES = """
## Notes

- **NIK masked**: a role without *melihat NIK lengkap* (today the penanggung jawab) sees `620102********01`
  wherever a number would appear — search, resident page and household, status desk, work queue, workspace, lists,
  proposals, letters, Musdes agenda, report lists, visit notes. The services mask what they return
  (`services/privacy.py: shield()`, `@shielded` reads that take the actor), so no window can forget it; a test
  calls every service read as the penanggung jawab. That role cannot print receipts, letters or cards, so printed
  documents keep their whole numbers. The command line sees whole numbers.
- **Rights now, not at sign-in**: every permission check reads the account's current role and active flag
  (`Actor.bound(db)`, one primary-key read). A coordinator's demotion takes effect on the next action; a disabled
  account is refused and signed out of the open window.
- **Fasilitator**: searches and opens residents (so as never to register one twice), registers residents,
  complaints and field visits, and informs residents; the lists a facilitator sees are narrowed to the complaints
  they entered and the residents they must inform.
- **DTKS proposals**: *membuat draf usulan DTKS (Tambah)* lets a role open a `Draf` proposal, or put a resident on
  an open one, for a household the registry does not list — when registering a complaint or with "Usulkan ke
  DTKS". The fasilitator has it (the field guide: the facilitator's list of people the registry misses is the first
  list for it) but not *mengelola usulan DTKS*: Perbarui/Hapus proposals, adding members by hand and every status
  change (Musyawarah Desa, feedback import) stay with the front office and the coordinator.
- **Accounts** are never deleted, only disabled; the last active coordinator can be neither disabled nor demoted.
"""


def render() -> str:
    lines = [HEAD, "| Izin (permission) | " + " | ".join(ROLE_LABELS[r] for r in ORDER) + " |"]
    lines.append("|---|" + "---|" * len(ORDER))
    for permission in Permission:
        marks = ["✔" if permission in ROLE_PERMISSIONS[r] else "—" for r in ORDER]
        lines.append(f"| {permission.value} (`{permission.name}`) | " + " | ".join(marks) + " |")
    return "\n".join(lines) + "\n" + NOTES


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
