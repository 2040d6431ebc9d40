# ctest install_desktop_entry: the installed .desktop file names what was really installed.
#   cmake -DSTAGE=<root> -DAPP_ID=<id> -DBINARIES=<gui>,<cli> -DAPP_MAIN=<charla_main.cpp>
#         -P check_desktop_entry.cmake
# STAGE is the root install_stage filled (files under STAGE/usr).
cmake_minimum_required(VERSION 3.21)

foreach(_var STAGE APP_ID BINARIES APP_MAIN)
    if(NOT ${_var})
        message(FATAL_ERROR "check_desktop_entry.cmake: ${_var} is not set")
    endif()
endforeach()
string(REPLACE "," ";" BINARIES "${BINARIES}")
list(GET BINARIES 0 _gui)
set(_prefix ${STAGE}/usr)
set(_failures 0)

# check(<message> <if() condition...>)
macro(check _message)
    if(${ARGN})
        message(STATUS "ok: ${_message}")
    else()
        message(SEND_ERROR "FAIL: ${_message}")
        math(EXPR _failures "${_failures} + 1")
    endif()
endmacro()

# The file names.
set(_desktop ${_prefix}/share/applications/${APP_ID}.desktop)
set(_metainfo ${_prefix}/share/metainfo/${APP_ID}.metainfo.xml)
if(NOT EXISTS ${_desktop} OR NOT EXISTS ${_metainfo})
    message(FATAL_ERROR "FAIL: ${_desktop} and ${_metainfo} must be installed")
endif()

# [Desktop Entry] keys, untranslated only (Name[es]= and friends do not match).
file(STRINGS ${_desktop} _lines)
set(_in_main_group FALSE)
foreach(_line IN LISTS _lines)
    if(_line MATCHES "^\\[(.*)\\]$")
        if(CMAKE_MATCH_1 STREQUAL "Desktop Entry")
            set(_in_main_group TRUE)
        else()
            set(_in_main_group FALSE)
        endif()
    elseif(_in_main_group AND _line MATCHES "^([A-Za-z0-9-]+)[ ]*=[ ]*(.*)$")
        set(_entry_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    endif()
endforeach()

# Exec: the GUI binary, by name (found on PATH), with %u so an xmpp: link reaches it as argv.
separate_arguments(_exec UNIX_COMMAND "${_entry_Exec}")
list(GET _exec 0 _exec_program)
check("Exec runs '${_exec_program}', the GUI binary is '${_gui}'"
      _exec_program STREQUAL _gui)
check("Exec program is installed as bin/${_exec_program}"
      EXISTS ${_prefix}/bin/${_exec_program})
check("Exec passes the URL (%u): '${_entry_Exec}'"
      "%u" IN_LIST _exec OR "%U" IN_LIST _exec)
if(DEFINED _entry_TryExec)
    check("TryExec '${_entry_TryExec}' is the Exec program"
      _entry_TryExec STREQUAL _exec_program)
endif()

# Icon: a theme name (not a path) that the installed hicolor icon provides.
check("Icon '${_entry_Icon}' is the app id '${APP_ID}'"
      _entry_Icon STREQUAL APP_ID)
check("icon is installed as share/icons/hicolor/scalable/apps/${_entry_Icon}.svg"
      EXISTS ${_prefix}/share/icons/hicolor/scalable/apps/${_entry_Icon}.svg)

# MimeType: registers as the xmpp: URI handler (RFC 5122).
string(REGEX MATCH "(^|;)x-scheme-handler/xmpp(;|$)" _xmpp "${_entry_MimeType}")
check("MimeType '${_entry_MimeType}' has x-scheme-handler/xmpp"
      _xmpp)

# The app's desktopFileName (the Wayland app_id, and what portals and docks match) names this file.
file(READ ${APP_MAIN} _main)
string(REGEX MATCH "setDesktopFileName\\(QStringLiteral\\(\"([^\"]*)\"\\)\\)" _found "${_main}")
check("setDesktopFileName(\"${CMAKE_MATCH_1}\") in app/charla_main.cpp is '${APP_ID}'"
      CMAKE_MATCH_1 STREQUAL APP_ID)

# Metainfo: same id, launches this .desktop file, and every binary it provides is installed.
file(READ ${_metainfo} _meta)
string(REGEX MATCH "<id>([^<]*)</id>" _found "${_meta}")
check("metainfo <id> '${CMAKE_MATCH_1}' is '${APP_ID}'"
      CMAKE_MATCH_1 STREQUAL APP_ID)
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]*)</launchable>" _found "${_meta}")
check("metainfo launchable '${CMAKE_MATCH_1}' is the installed ${APP_ID}.desktop"
      CMAKE_MATCH_1 STREQUAL "${APP_ID}.desktop")
string(REGEX MATCHALL "<binary>[^<]*</binary>" _provided "${_meta}")
set(_provided_names)
foreach(_b IN LISTS _provided)
    string(REGEX REPLACE "</?binary>" "" _b "${_b}")
    list(APPEND _provided_names ${_b})
    check("metainfo provides binary '${_b}', installed as bin/${_b}"
      EXISTS ${_prefix}/bin/${_b})
endforeach()
foreach(_b IN LISTS BINARIES)
    check("installed binary '${_b}' is in metainfo <provides>"
      "${_b}" IN_LIST _provided_names)
endforeach()

if(_failures GREATER 0)
    message(FATAL_ERROR "${_failures} check(s) failed")
endif()
