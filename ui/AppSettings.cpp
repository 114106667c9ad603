// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace palmares::settings {

namespace {
const QString recentKey = QStringLiteral("files/recent");
const QString languageKey = QStringLiteral("ui/language");
const QString folderKey = QStringLiteral("files/lastFolder");
const QString reopenKey = QStringLiteral("files/reopenLast");
} // namespace

QStringList recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    setLastFolder(QFileInfo(absolute).absolutePath());
}

void removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentKey, files);
}

QString actorName()
{
    return QSettings().value(QStringLiteral("journal/actor")).toString();
}

void setActorName(const QString& name)
{
    QSettings().setValue(QStringLiteral("journal/actor"), name.trimmed());
}

bool showCodes()
{
    return QSettings().value(QStringLiteral("view/codes"), false).toBool();
}

void setShowCodes(bool on)
{
    QSettings().setValue(QStringLiteral("view/codes"), on);
}

QString language()
{
    return QSettings().value(languageKey).toString();
}

void setLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

QString lastFolder()
{
    return QSettings().value(folderKey, QDir::homePath()).toString();
}

void setLastFolder(const QString& folder)
{
    QSettings().setValue(folderKey, folder);
}

bool reopenLast()
{
    return QSettings().value(reopenKey, false).toBool();
}

void setReopenLast(bool on)
{
    QSettings().setValue(reopenKey, on);
}

QByteArray viewState(const QString& key)
{
    return QSettings().value(QStringLiteral("views/") + key).toByteArray();
}

void setViewState(const QString& key, const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("views/") + key, state);
}

} // namespace palmares::settings
