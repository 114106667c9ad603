// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The built palmares-cli (PALMARES_CLI, given by tests/CMakeLists.txt), run as a script runs
// it: in a folder, with English messages, its exit code and both outputs kept.
namespace palmares::test {

struct Run {
    int exit = -1;
    bool finished = false;
    QString out;
    QString err;
};

// A hang guard only: a run that never ends fails instead of blocking the suite.
constexpr int hangGuardMs = 240000;

// The process, ready to start in `folder` with the environment of every run.
inline void prepareCli(QProcess& process, const QString& folder)
{
    process.setWorkingDirectory(folder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
}

inline Run runCli(const QString& folder, const QStringList& args)
{
    QProcess process;
    prepareCli(process, folder);
    process.start(QString::fromUtf8(PALMARES_CLI), args);
    Run r;
    r.finished = process.waitForFinished(hangGuardMs) && process.exitStatus() == QProcess::NormalExit;
    r.exit = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline QString describe(const QStringList& args, const Run& r)
{
    return QStringLiteral("palmares-cli %1: exit %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(r.exit)
        .arg(r.out.left(500), r.err);
}

} // namespace palmares::test
