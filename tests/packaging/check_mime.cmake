# Compiles the MIME package into a scratch shared-mime-info database and checks the result.
# update-mime-database exits 0 even on a malformed package, so its output is checked instead.
#
# cmake -DTOOL=<update-mime-database> -DPACKAGE=<mime xml> -DWORK_DIR=<scratch dir>
#       -DMIME_TYPE=<type> -DGLOB=<pattern> -DICON=<icon name> -P check_mime.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var TOOL PACKAGE WORK_DIR MIME_TYPE GLOB ICON)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_mime.cmake: -D${var}= is required")
    endif()
endforeach()

set(mime_dir ${WORK_DIR}/mime)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${mime_dir}/packages)
file(COPY_FILE ${PACKAGE} ${mime_dir}/packages/package.xml)

# With the scratch folder on the search path the tool does not print its "not in the search
# path" note, so any output at all is a complaint about the package.
set(ENV{XDG_DATA_DIRS} ${WORK_DIR})
set(ENV{XDG_DATA_HOME} ${WORK_DIR})
execute_process(COMMAND ${TOOL} ${mime_dir}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(STRIP "${out}${err}" complaints)
if(NOT rc EQUAL 0 OR NOT complaints STREQUAL "")
    message(FATAL_ERROR "update-mime-database rejected ${PACKAGE} (exit ${rc}):\n${complaints}")
endif()

set(failures "")
# globs2 lines are weight:type:pattern
file(STRINGS ${mime_dir}/globs2 globs REGEX "^[0-9]+:")
list(TRANSFORM globs REPLACE "^[0-9]+:" "")
if(NOT "${MIME_TYPE}:${GLOB}" IN_LIST globs)
    list(APPEND failures "globs2 has no ${MIME_TYPE}:${GLOB} line (has: ${globs})")
endif()
if(NOT EXISTS ${mime_dir}/${MIME_TYPE}.xml)
    list(APPEND failures "no ${MIME_TYPE}.xml was generated")
endif()
file(STRINGS ${mime_dir}/icons icons)
if(NOT "${MIME_TYPE}:${ICON}" IN_LIST icons)
    list(APPEND failures "icons has no ${MIME_TYPE}:${ICON} line (has: ${icons})")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "MIME package ${PACKAGE}:\n  ${text}")
endif()
message(STATUS "MIME package defines ${MIME_TYPE} for ${GLOB} with icon ${ICON}")
