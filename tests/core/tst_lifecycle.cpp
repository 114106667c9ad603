// SPDX-License-Identifier: GPL-3.0-or-later
// What a campaign's status allows (core/model/Lifecycle, docs/lifecycle.md): the table of
// areas by status, the areas a change touches, and the steps between statuses.
#include "core/model/Lifecycle.h"

#include <QtTest>

using namespace palmares;
using lifecycle::Allowed;
using lifecycle::Area;

Q_DECLARE_METATYPE(palmares::CampaignStatus)

class TstLifecycle : public QObject {
    Q_OBJECT

private slots:
    void eachStatusAllowsWhatTheDocsSay_data()
    {
        QTest::addColumn<CampaignStatus>("status");
        // One letter per area, in the order of lifecycle::allAreas: y yes, r with a reason, n no.
        // Details, Rules, Site, Applications, ApplicationData, Jurors, Scores, Decisions, Packages,
        // Session, Issued.
        QTest::addColumn<QString>("expected");
        QTest::newRow("draft: everything") << CampaignStatus::Draft << QStringLiteral("yyyyyyyyyyy");
        QTest::newRow("open: applications come in, no score, no decision, no session")
            << CampaignStatus::Open << QStringLiteral("yyyyyynnyny");
        QTest::newRow("scoring: the rules are fixed, scores come in")
            << CampaignStatus::Scoring << QStringLiteral("ynynyyynyny");
        QTest::newRow("deliberation: scores corrected with a reason, decisions, the session")
            << CampaignStatus::Deliberation << QStringLiteral("ynnnynryyyy");
        QTest::newRow("closed: nothing but the record of the reports issued")
            << CampaignStatus::Closed << QStringLiteral("nnnnnnnnnny");
    }

    void eachStatusAllowsWhatTheDocsSay()
    {
        QFETCH(CampaignStatus, status);
        QFETCH(QString, expected);
        QString actual;
        for (const Area area : lifecycle::allAreas) {
            const Allowed a = lifecycle::allows(status, area);
            actual += a == Allowed::Yes          ? QLatin1Char('y')
                      : a == Allowed::WithReason ? QLatin1Char('r')
                                                 : QLatin1Char('n');
        }
        QCOMPARE(actual, expected);
        QCOMPARE(lifecycle::isClosed(status), status == CampaignStatus::Closed);
    }

    void aChangeTouchesTheAreasOfItsRows()
    {
        Campaign c;
        Candidate known;
        known.id = 4;
        c.candidates = {known};

        Change settings;
        settings.settings = c.settings;
        QVERIFY2(lifecycle::areasOf(c, settings).empty(), "the same settings touch nothing");
        settings.settings->importMappings = QStringLiteral("{}");
        QVERIFY2(lifecycle::areasOf(c, settings).empty(), "remembered import mappings are no area");
        settings.settings->status = CampaignStatus::Scoring;
        QVERIFY2(lifecycle::areasOf(c, settings).empty(), "the status is a step, not an area");
        settings.settings->name = QStringLiteral("AMI Base aérienne");
        settings.settings->fillTargetPct = 75;
        settings.settings->selectionRule = SelectionRule::BestValue;
        QCOMPARE(lifecycle::areasOf(c, settings), (std::vector<Area>{Area::Details, Area::Site, Area::Rules}));

        Change edit;
        edit.candidates.put.push_back(known);
        QCOMPARE(lifecycle::areasOf(c, edit), std::vector<Area>{Area::ApplicationData});
        Candidate fresh;
        fresh.id = 5;
        edit.candidates.put.push_back(fresh);
        QCOMPARE(lifecycle::areasOf(c, edit), (std::vector<Area>{Area::Applications, Area::ApplicationData}));

        Change mixed;
        mixed.pillars.put.push_back(Pillar{});
        mixed.buildings.remove.push_back(Building{});
        mixed.conflicts.put.push_back(Conflict{});
        mixed.attachments.put.push_back(Attachment{});
        mixed.scores.remove.push_back(Score{});
        mixed.decisions.put.push_back(Decision{});
        mixed.sessions.put.push_back(DeliberationSession{});
        mixed.issued.put.push_back(IssuedReport{});
        QCOMPARE(lifecycle::areasOf(c, mixed),
                 (std::vector<Area>{Area::Rules, Area::Site, Area::Jurors, Area::ApplicationData, Area::Scores,
                                    Area::Decisions, Area::Session, Area::Issued}));
    }

    void aCampaignGoesForwardFreelyAndBackOneStepAtATime()
    {
        using S = CampaignStatus;
        QCOMPARE(lifecycle::step(S::Draft, S::Draft), lifecycle::Step::None);
        QCOMPARE(lifecycle::step(S::Draft, S::Scoring), lifecycle::Step::Forward);
        QCOMPARE(lifecycle::step(S::Deliberation, S::Closed), lifecycle::Step::Forward);
        QCOMPARE(lifecycle::step(S::Closed, S::Deliberation), lifecycle::Step::BackOne);
        QCOMPARE(lifecycle::step(S::Scoring, S::Open), lifecycle::Step::BackOne);
        QCOMPARE(lifecycle::step(S::Scoring, S::Draft), lifecycle::Step::BackMore);
    }
};

QTEST_MAIN(TstLifecycle)
#include "tst_lifecycle.moc"
