# ctest fixture install_stage: `cmake --install` the build into STAGE/usr, as the .deb lays it out.
#   cmake -DBUILD_DIR=<build> -DSTAGE=<dir> [-DCONFIG=<config>] -P stage_install.cmake
cmake_minimum_required(VERSION 3.21)

foreach(_var BUILD_DIR STAGE)
    if(NOT ${_var})
        message(FATAL_ERROR "stage_install.cmake: ${_var} is not set")
    endif()
endforeach()

# A DESTDIR from the caller's environment would put the files somewhere else.
unset(ENV{DESTDIR})
# Start empty, so a file the install rules no longer produce cannot pass the checks.
file(REMOVE_RECURSE ${STAGE})
set(_config)
if(CONFIG)
    set(_config --config ${CONFIG})
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE}/usr ${_config}
    RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cmake --install into ${STAGE}/usr failed (${_rc})")
endif()
