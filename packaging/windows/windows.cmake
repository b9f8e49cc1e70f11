# Windows: resources in the executable, and an NSIS installer that registers .cloudshift files.
# Included from packaging/CMakeLists.txt when WIN32; Qt's runtime (windeployqt) is added there
# through qt_generate_deploy_app_script, so the installer carries its own Qt.

# Icon and version resource. The Visual Studio and MinGW platform files enable the RC language.
set(CLOUDSHIFT_WINDOWS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/windows)
configure_file(windows/cloudshift.rc.in ${CMAKE_CURRENT_BINARY_DIR}/cloudshift.rc @ONLY)
target_sources(cloudshift PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/cloudshift.rc)

# The project-file icon is referenced by the registry entries below.
install(FILES windows/cloudshift-project.ico DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_PACKAGE_NAME "CloudShift")
set(CPACK_NSIS_DISPLAY_NAME "CloudShift ${PROJECT_VERSION}")
cmake_path(NATIVE_PATH CLOUDSHIFT_WINDOWS_DIR cloudshift_windows_dir_native)
set(CPACK_NSIS_MUI_ICON "${cloudshift_windows_dir_native}\\cloudshift.ico")
set(CPACK_NSIS_MUI_UNIICON "${cloudshift_windows_dir_native}\\cloudshift.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\cloudshift.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "packaging@cloudshift.io")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # optional: lets the user put bin\ on PATH for the command line
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN cloudshift.exe)

# File associations: .cloudshift is ours (default handler); for .csv CloudShift only joins the
# "Open with" list. SHCTX is HKLM for an all-users install and HKCU for a per-user one, as chosen
# by the CPack NSIS template. The ProgIDs carry the app id; SHChangeNotify makes Explorer pick up
# the new icon without a log-out. CPACK_VERBATIM_VARIABLES (set by the caller) keeps the
# backslashes single.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.cloudshift" "" "io.cloudshift.CloudShift.project"
  WriteRegStr SHCTX "Software\Classes\.cloudshift" "Content Type" "application/x-cloudshift-project"
  WriteRegStr SHCTX "Software\Classes\io.cloudshift.CloudShift.project" "" "CloudShift project"
  WriteRegStr SHCTX "Software\Classes\io.cloudshift.CloudShift.project\DefaultIcon" "" "$INSTDIR\bin\cloudshift-project.ico"
  WriteRegStr SHCTX "Software\Classes\io.cloudshift.CloudShift.project\shell\open\command" "" '"$INSTDIR\bin\cloudshift.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\io.cloudshift.CloudShift.csv" "" "CSV billing export"
  WriteRegStr SHCTX "Software\Classes\io.cloudshift.CloudShift.csv\shell\open\command" "" '"$INSTDIR\bin\cloudshift.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.csv\OpenWithProgids" "io.cloudshift.CloudShift.csv" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue SHCTX "Software\Classes\.csv\OpenWithProgids" "io.cloudshift.CloudShift.csv"
  DeleteRegKey SHCTX "Software\Classes\io.cloudshift.CloudShift.csv"
  DeleteRegKey SHCTX "Software\Classes\io.cloudshift.CloudShift.project"
  ReadRegStr $0 SHCTX "Software\Classes\.cloudshift" ""
  StrCmp $0 "io.cloudshift.CloudShift.project" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.cloudshift"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
