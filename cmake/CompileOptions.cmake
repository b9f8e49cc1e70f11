# Compile settings shared by every CloudShift target, applied through one INTERFACE target.
add_library(cloudshift_compile_options INTERFACE)
add_library(CloudShift::CompileOptions ALIAS cloudshift_compile_options)

target_compile_features(cloudshift_compile_options INTERFACE cxx_std_20)
target_compile_definitions(cloudshift_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(cloudshift_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wno-missing-field-initializers>)

option(CLOUDSHIFT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CLOUDSHIFT_SANITIZE)
    target_compile_options(cloudshift_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(cloudshift_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing build (clang only): the engine and every target linking these options carry libFuzzer's
# coverage hooks plus ASan and UBSan; the fuzz targets themselves add -fsanitize=fuzzer (fuzz/).
option(CLOUDSHIFT_FUZZ "Build the engine for libFuzzer and the fuzz targets under fuzz/ (clang)" OFF)
if(CLOUDSHIFT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CLOUDSHIFT_FUZZ needs clang (libFuzzer); configure with the fuzz preset")
    endif()
    target_compile_options(cloudshift_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(cloudshift_compile_options INTERFACE -fsanitize=address,undefined)
endif()
