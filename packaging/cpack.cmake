# SPDX-License-Identifier: GPL-3.0-or-later
# Debian package: `cpack -G DEB` in a build directory. Qt loads its SQLite driver, its
# platform plugins and its translations at run time, so shlibdeps cannot see them: they
# are listed by hand.
set(CPACK_PACKAGE_NAME palmares)
set(CPACK_PACKAGE_VENDOR "Palmarès")
set(CPACK_PACKAGE_CONTACT "Palmarès maintainers <palmares@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Score, rank and select the candidates of a call for expressions of interest")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, fonts-dejavu-core")
include(CPack)
