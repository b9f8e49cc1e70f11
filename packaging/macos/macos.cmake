# macOS: cloudshift becomes CloudShift.app with its Info.plist and icons; Qt's deploy script
# (macdeployqt, added in packaging/CMakeLists.txt) copies Qt into the bundle and CPack's DragNDrop
# generator wraps it in a DMG. Included from packaging/CMakeLists.txt when APPLE.

set(cloudshift_icons
    ${CMAKE_CURRENT_SOURCE_DIR}/macos/cloudshift.icns
    ${CMAKE_CURRENT_SOURCE_DIR}/macos/cloudshift-project.icns)
target_sources(cloudshift PRIVATE ${cloudshift_icons})
# Source properties are per directory; TARGET_DIRECTORY puts them where the target is defined.
set_source_files_properties(${cloudshift_icons} TARGET_DIRECTORY cloudshift
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

string(TIMESTAMP cloudshift_year "%Y")
set_target_properties(cloudshift PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME CloudShift
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${CLOUDSHIFT_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME CloudShift
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE cloudshift.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright ${cloudshift_year} The CloudShift developers")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "CloudShift ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/macos/cloudshift.icns)
