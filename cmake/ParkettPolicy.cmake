# SPDX-License-Identifier: GPL-3.0-or-later
# The compile policy every Parkett target links (parkett::policy), and build tooling defaults.

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# ccache when present; Ninja is chosen by the scripts (cmake -G Ninja) when installed.
find_program(PARKETT_CCACHE ccache)
if(PARKETT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${PARKETT_CCACHE}")
endif()

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(parkett_policy INTERFACE)
add_library(parkett::policy ALIAS parkett_policy)

target_compile_features(parkett_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(parkett_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PARKETT_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(parkett_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(PARKETT_WERROR)
        target_compile_options(parkett_policy INTERFACE -Werror)
    endif()
endif()

# Root-relative includes with the module prefix: #include "core/money.h".
target_include_directories(parkett_policy INTERFACE
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}>)

# parkett_add_test(NAME name SOURCES ... LIBRARIES ... [GUI])
# One Qt Test executable per class, registered with CTest.
function(parkett_add_test)
    cmake_parse_arguments(arg "GUI" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE parkett::policy Qt6::Test ${arg_LIBRARIES})
    set_target_properties(${arg_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set(env "PARKETT_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data" "QT_QPA_PLATFORM=offscreen")
    set_tests_properties(${arg_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
