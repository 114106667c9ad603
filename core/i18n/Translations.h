// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace palmares {

// Installs Palmarès's own translation (embedded under :/i18n/) and Qt's, for `locale`'s
// language, on `app`; any other language gets English (its plural forms). Returns the language actually installed
// ("fr", or "en" when no translation matched).
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace palmares
