; Puskesos Desktop — Windows installer (Inno Setup 6).
;
; Wraps the PyInstaller one-folder bundle (dist\puskesos\, built from installer\puskesos.spec) into
; dist\installer\PuskesosDesktop-Setup-<version>.exe. Built by .github/workflows/windows.yml:
;   ISCC.exe /DAppVersion=0.1.0 installer\windows\puskesos.iss
; See installer\README.md. It cannot be compiled on Linux.
;
; What it promises the office:
; - per-machine install into {autopf}\Puskesos Desktop (C:\Program Files\Puskesos Desktop), administrator once;
; - Start-menu and desktop shortcuts for every account on the PC;
; - C:\ProgramData\Puskesos (the office database, backups, logs) created with write permission for every
;   office account, and never removed: not by an upgrade, not by uninstalling;
; - upgrade in place: the fixed AppId below makes a newer installer replace the program where it is.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\puskesos"
#endif
#define AppName "Puskesos Desktop"
#define AppExe "puskesos.exe"
#define DataDir "{commonappdata}\Puskesos"

[Setup]
; Never change this GUID: it is how Windows knows a new version is the same program (upgrade in place).
AppId={{EB5A17B3-72A8-4089-8015-C16C8B27F5D9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Puskesos Desktop
AppComments=Pendaftaran keluhan, DTKS/DTSEN, rujukan dan laporan untuk Puskesos desa
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Per machine only: one program and one database for the office's PC, whoever signs in to Windows.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=PuskesosDesktop-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\puskesos.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An open program is closed before its files are replaced (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=yes
LanguageDetectionMethod=uilanguage
SetupLogging=yes

[Languages]
; Indonesian first: the office's language. Indonesian.isl is Inno Setup's contributed translation, fetched by the
; workflow into installer\windows\languages\ (see installer\README.md); messages it lacks fall back to English.
Name: "id"; MessagesFile: "languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat pintasan di &desktop
id.ShortcutGroup=Pintasan:
id.LaunchProgram=Jalankan Puskesos Desktop sekarang
id.ProgramComment=Pendaftaran keluhan, DTKS/DTSEN, rujukan dan laporan Puskesos
en.DesktopIcon=Create a &desktop shortcut
en.ShortcutGroup=Shortcuts:
en.LaunchProgram=Start Puskesos Desktop now
en.ProgramComment=Complaints, DTKS/DTSEN, referrals and reports for a village Puskesos

[Tasks]
; Checked by default: staff look for the program on the desktop.
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:ShortcutGroup}"

[Dirs]
; The office's data: every account may write (users-modify), and uninstalling never removes it.
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{#DataDir}\backups"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; Upgrade in place: drop the previous bundle's libraries first, so no stale module outlives an upgrade.
; Only the program folder; the data in ProgramData is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{#DataDir}"; Comment: "{cm:ProgramComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{#DataDir}"; Comment: "{cm:ProgramComment}"; Tasks: desktopicon

[Run]
; As the person who installed, not as administrator (runasoriginaluser): files the program creates stay theirs.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram}"; WorkingDir: "{#DataDir}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; No [UninstallDelete] for {#DataDir}: the office's database and backups stay after uninstalling.
