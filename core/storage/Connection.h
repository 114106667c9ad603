// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CampaignFile.h"

#include <QSqlDatabase>

// The Qt SQL connection of a CampaignFile, defined only inside storage so that no header
// above it carries a Qt SQL type.
namespace palmares {

struct CampaignFile::Connection : QSqlDatabase {
    Connection& operator=(const QSqlDatabase& other)
    {
        QSqlDatabase::operator=(other);
        return *this;
    }
};

} // namespace palmares
