; Inno Setup script for CaseDesk on Windows 10/11 (64-bit). Build the one-folder app first (packaging/WINDOWS.md),
; then: iscc packaging\windows\casedesk.iss  ->  dist\CaseDesk-setup-<version>.exe
; The program goes to Program Files; every workspace stays in the user's own data folder
; (%LOCALAPPDATA%\CaseDesk), which an uninstall never touches.
#define AppVersion GetEnv("CASEDESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1D2C3A-8B7E-4E5A-9C1D-3A2B4C5D6E7F}
AppName=CaseDesk 社工个案桌面
AppVersion={#AppVersion}
AppPublisher=CaseDesk
DefaultDirName={autopf}\CaseDesk
DefaultGroupName=CaseDesk
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=CaseDesk-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\casedesk.ico
UninstallDisplayIcon={app}\CaseDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\CaseDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CaseDesk 社工个案桌面"; Filename: "{app}\CaseDesk.exe"
Name: "{group}\{cm:UninstallProgram,CaseDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CaseDesk 社工个案桌面"; Filename: "{app}\CaseDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CaseDesk.exe"; Description: "{cm:LaunchProgram,CaseDesk}"; Flags: nowait postinstall skipifsilent
