# Settings every Charla target shares: warnings as errors and the Qt hygiene defines of DESIGN.md.
function(charla_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_STRICT_ITERATORS
        CHARLA_VERSION="${PROJECT_VERSION}")
endfunction()

# Adds every .cpp/.h of the current source directory to @p target. Adding a XEP means adding
# files, not editing a list. AUTOMOC (CMake 3.25 with Ninja) does not notice a Q_OBJECT header
# that a re-glob adds to an existing build directory: its step depends only on the headers it
# read last time. So when the list changes, its output stamp is removed and the step runs again.
function(charla_glob_sources target)
    file(GLOB _sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    target_sources(${target} PRIVATE ${_sources})
    set(_list_file ${CMAKE_CURRENT_BINARY_DIR}/charla-sources-${target}.list)
    set(_old "")
    if(EXISTS ${_list_file})
        file(READ ${_list_file} _old)
    endif()
    if(NOT _old STREQUAL "${_sources}")
        file(WRITE ${_list_file} "${_sources}")
        get_target_property(_bin ${target} BINARY_DIR)
        file(REMOVE ${_bin}/${target}_autogen/timestamp)
    endif()
endfunction()
