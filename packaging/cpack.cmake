# Packages, made by CPack from the install() rules. Included by the top-level CMakeLists.txt
# after them. Two components:
#   desktop  the GP program ehealthbugs, its desktop entry, metainfo and icons
#   server   the collection server ehealthbugs-server, its systemd units and configuration
# In a configured build tree (packaging/release.sh does all of it):
#   cpack -G DEB         Linux: ehealthbugs_<version>-1_<arch>.deb and ehealthbugs-server_...deb
#   cpack -G NSIS        Windows: ehealthbugs-<version>-win64.exe, the desktop program only
#   cpack -G DragNDrop   macOS: ehealthbugs-<version>-macos.dmg, the desktop program only
# Settings that depend on the generator are in cpack-generator.cmake, read by cpack itself.

set(CPACK_PACKAGE_NAME ehealthbugs)
set(CPACK_PACKAGE_VENDOR GBO)
set(EHB_PACKAGE_CONTACT "GBO eHealth Bugs <ehealthbugs@gbo-vbd.be>" CACHE STRING
    "Maintainer of the packages: name <address>")
set(CPACK_PACKAGE_CONTACT "${EHB_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "eHealth Bugs")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/license.txt)
set(CPACK_PACKAGE_EXECUTABLES ehealthbugs "eHealth Bugs")
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack-generator.cmake)
set(CPACK_PACKAGE_CHECKSUM SHA256)
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_SYSTEM_NAME win64)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_SYSTEM_NAME macos)
else()
    set(CPACK_GENERATOR DEB)
endif()
# Read by cpack-generator.cmake: the component that Windows and macOS install.
set(CPACK_EHB_DESKTOP_COMPONENT desktop)

# Debian: one package per component, dependencies from dpkg-shlibdeps plus the Qt plugins the
# programs load at run time, which no ELF dependency names.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME ehealthbugs)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
# qt6-qpa-plugins: the xcb platform plugin (X11 and XWayland); libqt6sql6-sqlite: the local
# store of reports; qt6-translations-l10n: Qt's own strings (dialog buttons, --help) in French,
# Dutch and German. TLS and network-state plugins come with libqt6network6.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n")
# The native Wayland platform plugin, and the GTK look on GNOME desktops.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "qt6-gtk-platformtheme")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION
    "report failures of the Belgian eHealth services
A general practitioner records in seconds which eHealth service fails (Recip-e,
MyCareNet, eHealth authentication, eHealthBox, hubs), since when and how. The
report is saved on the computer first and delivered to the GBO's collection
server in the background, exactly once. In French, Dutch, German and English.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ehealthbugs-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# adduser: the postinst creates the system user; the SQL drivers: SQLite (default) and
# PostgreSQL (several instances), both loaded as plugins.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx, postgresql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "collection server for eHealth Bugs incident reports
Receives the reports of the eHealth Bugs desktop program over HTTP (behind nginx),
stores them in SQLite or PostgreSQL exactly once, and gives GBO staff statistics
per service with a token. Runs as the system user ehealthbugs under systemd;
options in /etc/default/ehealthbugs-server, an nginx sample in
/usr/share/doc/ehealthbugs-server/examples.")
set(ehb_debian_scripts ${CMAKE_CURRENT_LIST_DIR}/debian/server)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${ehb_debian_scripts}/postinst ${ehb_debian_scripts}/prerm ${ehb_debian_scripts}/postrm
    ${ehb_debian_scripts}/conffiles)

# Windows (NSIS): our template (pages in English, French, Dutch, German).
set(CPACK_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR}/windows)
set(CPACK_NSIS_PACKAGE_NAME "eHealth Bugs")
set(CPACK_NSIS_DISPLAY_NAME "eHealth Bugs")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "eHealth Bugs")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/ehealthbugs.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/ehealthbugs.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ehealthbugs.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${EHB_PACKAGE_CONTACT}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")

# macOS (DragNDrop): the bundle beside a link to /Applications on a background that says
# "drag it there" in four languages.
set(CPACK_DMG_VOLUME_NAME "eHealth Bugs")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_BACKGROUND_IMAGE ${CMAKE_CURRENT_LIST_DIR}/macos/dmg-background.png)
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/macos/dmg-setup.applescript)

include(CPack)

cpack_add_component(desktop
    DISPLAY_NAME "eHealth Bugs"
    DESCRIPTION "The program with which GPs report eHealth failures")
cpack_add_component(server
    DISPLAY_NAME "eHealth Bugs server"
    DESCRIPTION "The collection server, for the GBO's servers")
