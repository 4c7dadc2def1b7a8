# Builds the packages with CPack and checks what the .deb installs. Fails with a message
# naming what is missing.
set(out "${BINARY_DIR}/packaging-test")
file(REMOVE_RECURSE "${out}")
file(MAKE_DIRECTORY "${out}/root")

execute_process(COMMAND "${CPACK}" --config "${BINARY_DIR}/CPackConfig.cmake" -G "DEB;TGZ" -B "${out}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${log}")
endif()

file(GLOB debs "${out}/*.deb")
file(GLOB tgzs "${out}/*.tar.gz")
list(LENGTH debs deb_count)
list(LENGTH tgzs tgz_count)
if(NOT deb_count EQUAL 1 OR NOT tgz_count EQUAL 1)
    message(FATAL_ERROR "expected one .deb and one .tar.gz in ${out}, got: ${debs} ${tgzs}")
endif()

execute_process(COMMAND dpkg-deb --field "${debs}" Package Version Depends
    RESULT_VARIABLE rc OUTPUT_VARIABLE fields)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: parley" OR NOT fields MATCHES "Version: ${VERSION}"
   OR NOT fields MATCHES "libqt6core6")
    message(FATAL_ERROR "unexpected .deb control fields:\n${fields}")
endif()

execute_process(COMMAND dpkg-deb -x "${debs}" "${out}/root" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()

foreach(path usr/bin/parley usr/bin/parley-server usr/share/applications/parley.desktop
        usr/share/icons/hicolor/scalable/apps/parley.svg
        usr/lib/systemd/system/parley-server.service usr/lib/systemd/system/parley-server@.service
        usr/share/doc/parley/server/parley.ini usr/share/doc/parley/server/nginx-parley.conf
        usr/share/doc/parley/server/README.md)
    if(NOT EXISTS "${out}/root/${path}")
        message(FATAL_ERROR "the .deb does not install /${path}")
    endif()
endforeach()

execute_process(COMMAND "${out}/root/usr/bin/parley-server" --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE version ERROR_VARIABLE err)
string(STRIP "${version}" version)
if(NOT rc EQUAL 0 OR NOT version STREQUAL "parley-server ${VERSION}")
    message(FATAL_ERROR "installed parley-server --version said '${version}' (exit ${rc}) ${err}")
endif()
message(STATUS "packaging ok: ${debs} installs parley-server that says '${version}'")
