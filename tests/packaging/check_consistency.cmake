# Checks that the packaging sources agree with each other and with the build: one application id
# for the desktop entry, metainfo, icons, Flatpak and macOS bundle; one executable name; one
# project-file type and extension on every platform; the newest AppStream release is the project
# version; every hicolor PNG is a real PNG of the size its folder names.
#
# cmake -DPACKAGING_DIR=<repo>/packaging -DAPP_ID=<id> -DVERSION=<x.y.z> -DEXECUTABLE=<name>
#       -DMIME_TYPE=<type> -DEXTENSION=<ext> -DICON_SIZES=<n,n,...> -P check_consistency.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var PACKAGING_DIR APP_ID VERSION EXECUTABLE MIME_TYPE EXTENSION ICON_SIZES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_consistency.cmake: -D${var}= is required")
    endif()
endforeach()
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")

set(failures "")
set(checks 0)
# expect(<message> <condition>...): records <message> when the if() condition is false.
# A function, not a macro, so regex escapes in the condition are not parsed a second time.
function(expect message)
    math(EXPR count "${checks} + 1")
    set(checks ${count} PARENT_SCOPE)
    if(NOT (${ARGN}))
        set(failures "${failures};${message}" PARENT_SCOPE)
    endif()
endfunction()

# Reads one packaging source, or records its absence and yields an empty text.
function(read_source rel out)
    if(EXISTS ${PACKAGING_DIR}/${rel})
        file(READ ${PACKAGING_DIR}/${rel} text)
    else()
        set(text "")
        set(failures "${failures};missing file packaging/${rel}" PARENT_SCOPE)
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Value of KEY in the [Desktop Entry] group, or "" when absent.
function(desktop_value text key out)
    if(text MATCHES "\n${key}=([^\n]*)")
        set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

# ---- .desktop ----
read_source(linux/${APP_ID}.desktop desktop)
desktop_value("${desktop}" Icon icon)
desktop_value("${desktop}" Exec exec)
desktop_value("${desktop}" TryExec try_exec)
desktop_value("${desktop}" MimeType mime_types)
expect("desktop Icon is '${icon}', not the app id ${APP_ID}" icon STREQUAL APP_ID)
expect("desktop Exec '${exec}' does not start the executable '${EXECUTABLE}'"
    exec MATCHES "^${EXECUTABLE}( |$)")
expect("desktop Exec '${exec}' takes no file list (%F)" exec MATCHES " %F$")
expect("desktop TryExec is '${try_exec}', not '${EXECUTABLE}'" try_exec STREQUAL EXECUTABLE)
string(FIND ";${mime_types}" ";${MIME_TYPE};" mime_type_at)
expect("desktop MimeType lacks ${MIME_TYPE}" NOT mime_type_at EQUAL -1)

# ---- AppStream metainfo ----
read_source(linux/${APP_ID}.metainfo.xml metainfo)
expect("metainfo <id> is not ${APP_ID}" metainfo MATCHES "<id>${APP_ID}</id>")
expect("metainfo <launchable> is not ${APP_ID}.desktop"
    metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}\\.desktop</launchable>")
expect("metainfo does not provide binary ${EXECUTABLE}"
    metainfo MATCHES "<binary>${EXECUTABLE}</binary>")
expect("metainfo does not provide mediatype ${MIME_TYPE}"
    metainfo MATCHES "<mediatype>${MIME_TYPE}</mediatype>")
# AppStream lists releases newest first.
set(newest "")
if(metainfo MATCHES "<release[^>]* version=\"([^\"]+)\"")
    set(newest "${CMAKE_MATCH_1}")
endif()
expect("newest metainfo release is '${newest}', the project version is ${VERSION}"
    newest STREQUAL VERSION)

# ---- shared-mime-info ----
read_source(linux/${APP_ID}.mime.xml mime)
expect("MIME package does not define ${MIME_TYPE}" mime MATCHES "<mime-type type=\"${MIME_TYPE}\">")
expect("MIME package has no *.${EXTENSION} glob" mime MATCHES "<glob pattern=\"\\*\\.${EXTENSION}\"/>")
expect("MIME package icon is not ${APP_ID}-project" mime MATCHES "<icon name=\"${APP_ID}-project\"/>")

# ---- icons ----
foreach(name IN ITEMS ${APP_ID} ${APP_ID}-project)
    set(svg ${PACKAGING_DIR}/icons/${name}.svg)
    expect("missing scalable icon icons/${name}.svg" EXISTS ${svg})
endforeach()
foreach(size IN LISTS ICON_SIZES)
    foreach(png IN ITEMS apps/${APP_ID}.png mimetypes/${APP_ID}-project.png)
        set(rel icons/hicolor/${size}x${size}/${png})
        set(path ${PACKAGING_DIR}/${rel})
        if(NOT EXISTS ${path})
            expect("missing ${rel} (run packaging/icons/render.sh)" FALSE)
            continue()
        endif()
        # Signature (8 bytes), IHDR length and tag (8), then width and height, big-endian.
        file(READ ${path} head LIMIT 24 HEX)
        string(LENGTH "${head}" head_length)
        if(head_length LESS 48)
            expect("${rel} is not a PNG file (${head_length} hex digits)" FALSE)
            continue()
        endif()
        string(SUBSTRING "${head}" 0 16 magic)
        string(SUBSTRING "${head}" 24 8 tag)
        string(SUBSTRING "${head}" 32 8 width_hex)
        string(SUBSTRING "${head}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        expect("${rel} is not a PNG file"
            magic STREQUAL "89504e470d0a1a0a" AND tag STREQUAL "49484452")
        expect("${rel} is ${width}x${height}, not ${size}x${size}"
            width EQUAL size AND height EQUAL size)
    endforeach()
endforeach()

# ---- other platforms ----
read_source(flatpak/${APP_ID}.yml flatpak)
expect("Flatpak app-id is not ${APP_ID}" flatpak MATCHES "\napp-id: ${APP_ID}\n")
expect("Flatpak command is not ${EXECUTABLE}" flatpak MATCHES "\ncommand: ${EXECUTABLE}\n")
expect("Flatpak manifest grants network access" NOT flatpak MATCHES "\n *- *--share=network")

read_source(macos/macos.cmake macos_cmake)
expect("macOS bundle identifier is not CLOUDSHIFT_APP_ID"
    macos_cmake MATCHES "MACOSX_BUNDLE_GUI_IDENTIFIER \\\${CLOUDSHIFT_APP_ID}")
read_source(macos/Info.plist.in plist)
expect("Info.plist CFBundleIdentifier does not come from the bundle identifier"
    plist MATCHES "<key>CFBundleIdentifier</key>[ \n]*<string>\\\${MACOSX_BUNDLE_GUI_IDENTIFIER}</string>")
expect("Info.plist does not declare the .${EXTENSION} extension"
    plist MATCHES "<string>${EXTENSION}</string>")
expect("Info.plist does not declare ${MIME_TYPE}" plist MATCHES "<string>${MIME_TYPE}</string>")

read_source(windows/windows.cmake windows_cmake)
expect("Windows installer does not register .${EXTENSION}"
    windows_cmake MATCHES "Software\\\\Classes\\\\\\.${EXTENSION}\" \"\" \"${APP_ID}\\.project\"")
expect("Windows installer does not give .${EXTENSION} the content type ${MIME_TYPE}"
    windows_cmake MATCHES "\"Content Type\" \"${MIME_TYPE}\"")

list(REMOVE_ITEM failures "")
if(failures)
    list(LENGTH failures failed)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "${failed} packaging consistency check(s) failed:\n  ${text}")
endif()
message(STATUS "${checks} packaging consistency checks passed")
