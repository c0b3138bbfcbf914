; Inno Setup 6 script for 年报助手 (OGI Report Assistant): a per-user installer, no admin rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\ogi-report.iss
;
; Installs the PyInstaller bundle in dist\ogi-report\ (scripts/build-package, or the Windows job in
; .github/workflows/build.yml) to %LOCALAPPDATA%\Programs\OGI Report Assistant, adds a Start-menu
; entry, and opens .ogireport draft files in the app. Uninstalling removes the program only: the
; drafts and settings in %LOCALAPPDATA%\ogi-report (the app's user data folder) stay.
; The file is UTF-8 with a byte-order mark, which Inno Setup needs for the Chinese text.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (for x64compatible and the HKA registry root)
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "年报助手"
#define AppNameEn "OGI Report Assistant"
#define AppExe "ogi-report.exe"
#define DraftExt ".ogireport"
#define DraftProgId "OgiReport.Draft"
#define BundleDir "..\..\dist\ogi-report"

[Setup]
; the AppId identifies the app across versions: never change it
AppId={{38DCE6D9-F58F-4B36-8090-98BDED66D5C9}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=The OGI Report Assistant developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppNameEn}
; per-user: {autopf} is %LOCALAPPDATA%\Programs and {autoprograms} the user's Start menu
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppNameEn}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\icons\ogi-report.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} ({#AppNameEn})
OutputDir=..\..\dist
OutputBaseFilename=ogi-report-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Chinese from the compiler's own Languages folder (Inno Setup 6.4 and later ship it), else from a
; ChineseSimplified.isl placed beside this script (the CI job fetches Inno Setup's translation).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DraftFileType={#AppNameEn} draft
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl") || FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
zh_CN.DraftFileType=年报助手草稿
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: ogi-report.exe (window), ogi-report-cli.exe (command line), _internal\
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .ogireport draft files open in the app ("HKA": the user's classes for a per-user install).
; A dedicated extension: .json, which the app can also open, is left to whatever handles it now.
Root: HKA; Subkey: "Software\Classes\{#DraftExt}"; ValueType: string; ValueName: ""; ValueData: "{#DraftProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DraftExt}\OpenWithProgids"; ValueType: string; ValueName: "{#DraftProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DraftFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#DraftExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder (files the app may have left beside itself); never the user data folder
Type: filesandordirs; Name: "{app}"
