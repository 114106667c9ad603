// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace palmares {

// Installs Palmarès's own translation (embedded under :/i18n/) and Qt's, for `locale`'s
// language, on `app`; any other language gets English (its plural forms). Returns the language actually installed
// ("fr", or "en" when no translation matched).
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// For its lifetime, Palmarès's own words in `language` ("fr" or "en") over those installed:
// what a command writes into a campaign (the demo's juries and criteria) in the language
// asked for, whatever the shell's. False from isValid() for another language.
class LanguageScope {
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    bool isValid() const { return m_valid; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_valid = false;
};

} // namespace palmares
