; Inno Setup 6 script for the Claimdesk installer (Windows, 64-bit).
;
; Made by `python packaging\build.py --package` on Windows, which passes the version and
; the folder PyInstaller wrote; by hand:
;     ISCC /DAppVersion=0.1.0 /DDistDir=C:\src\claimdesk\packaging\dist packaging\windows\claimdesk.iss
;
; Installs per user by default (no administrator needed; the user may choose all users),
; adds a Start menu entry, an optional desktop icon, and makes .claimdesk project files
; open in Claimdesk on double-click. Projects and settings live in the user's own
; folders (%LOCALAPPDATA%\Claimdesk) and are left alone on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\dist"
#endif
#define AppName "Claimdesk"
#define AppExe "Claimdesk.exe"
#define ProgId "Claimdesk.Project"

[Setup]
; Keep this AppId for ever: upgrades and uninstall find earlier installs by it.
AppId={{5C6B2E1A-8F3D-4B7A-9C2E-1D4F6A8B3C70}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Claimdesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\claimdesk.ico
OutputDir={#DistDir}
OutputBaseFilename=claimdesk-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: Claimdesk.exe, claimdesk-cli.exe and _internal\.
Source: "{#DistDir}\claimdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .claimdesk -> Claimdesk.Project -> "Claimdesk.exe" "%1" (HKA: the user's or the machine's
; classes, matching the install mode). Removed again on uninstall.
Root: HKA; Subkey: "Software\Classes\.claimdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.claimdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-claimdesk-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.claimdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Claimdesk project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".claimdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
