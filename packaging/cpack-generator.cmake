# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE), after CPackConfig.cmake.

if(CPACK_GENERATOR STREQUAL "DEB")
    # Install with the prefix /usr into a DESTDIR: the server's /etc/default file goes to /etc
    # for that prefix (app/server/CMakeLists.txt).
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_INSTALL_PREFIX /usr)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    # Each component's description starts with its own synopsis line; CPack would put the
    # project's summary before it.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
elseif(CPACK_GENERATOR MATCHES "^(NSIS|NSIS64|DragNDrop)$")
    # A GP's installer holds the desktop program (with Qt deployed beside it), not the server:
    # one monolithic package made from the desktop component only.
    set(CPACK_MONOLITHIC_INSTALL ON)
    unset(CPACK_COMPONENTS_ALL)
    # (build directory; project; component; subdirectory): install that component only.
    list(REMOVE_AT CPACK_INSTALL_CMAKE_PROJECTS 2)
    list(INSERT CPACK_INSTALL_CMAKE_PROJECTS 2 ${CPACK_EHB_DESKTOP_COMPONENT})
endif()
