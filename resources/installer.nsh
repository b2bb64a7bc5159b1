; Included into electron-builder's NSIS script (nsis.include in electron-builder.yml).
; Lab PCs are used by accounts without administrator rights: install for the current user only
; (%LOCALAPPDATA%\Programs\ПрофПроба unless the folder is changed), so the "for all users" choice —
; which would need elevation — is never offered.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend
