# The macOS bundle's properties, configured into Info.plist.in: set on the ehealthbugs target
# (app/desktop) and, on every platform, by the packaging_macos_plist test.
set(EHB_BUNDLE_PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "eHealth Bugs"
    MACOSX_BUNDLE_GUI_IDENTIFIER be.gbo.ehealthbugs
    MACOSX_BUNDLE_ICON_FILE ehealthbugs.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© 2026 GBO and the eHealth Bugs contributors, GPL-3.0-or-later")
