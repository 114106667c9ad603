// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/CampaignPage.h"

#include "core/present/Words.h"

#include "core/edit/Edits.h"
#include "core/model/Codes.h"
#include "core/model/Lifecycle.h"
#include "ui/common/AdaptiveSplitter.h"
#include "ui/common/Buttons.h"
#include "ui/common/Remember.h"
#include "ui/models/BuildingsModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace palmares {

namespace {

// The use type column edits through a list of the known use types.
class UseTypeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const QString& code : useTypeCodes())
            combo->addItem(BuildingsModel::useName(code), code);
        // The list as wide as its longest use (« Ateli… » was cut).
        combo->view()->setMinimumWidth(combo->sizeHint().width());
        return combo;
    }
    // At least as wide as the longest use, over the next cell if need be.
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        QRect r = option.rect;
        r.setWidth(std::max(r.width(), editor->sizeHint().width()));
        editor->setGeometry(r);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData());
    }
};

const QDate noDate(2000, 1, 1); // the date edits' "not set" value

QDoubleSpinBox* spin(double min, double max, int decimals, const QString& suffix)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

CampaignPage::CampaignPage(QWidget* parent)
    : DocumentPage(parent)
    , m_buildings(new BuildingsModel(this))
{
    QWidget* settings = buildSettings();
    QWidget* site = buildSite();
    // Side by side when the settings and every column of the buildings fit, else the
    // buildings under the settings.
    auto* splitter =
        new AdaptiveSplitter([settings] { return settings->minimumWidth(); },
                             [this, site] {
                                 int table = 0;
                                 for (int column = 0; column < BuildingsModel::ColumnCount; ++column)
                                     table += column == BuildingsModel::NotesColumn
                                                  ? m_buildingTable->horizontalHeader()->sectionSizeHint(column) * 2
                                                  : m_buildingTable->columnWidth(column);
                                 return table + site->width() - m_buildingTable->viewport()->width();
                             },
                             55, this);
    splitter->follow(m_buildings);
    splitter->addWidget(settings);
    splitter->addWidget(site);
    splitter->setStretchFactor(1, 1);
    remember::splitter(splitter, QStringLiteral("campaign"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_buildings, &BuildingsModel::problem, this, &CampaignPage::problem);
    setDocument(nullptr);
}

QWidget* CampaignPage::buildSettings()
{
    m_name = new QLineEdit;
    m_territory = new QLineEdit;
    m_status = new QComboBox;
    for (const CampaignStatus status : {CampaignStatus::Draft, CampaignStatus::Open, CampaignStatus::Scoring,
                                        CampaignStatus::Deliberation, CampaignStatus::Closed})
        m_status->addItem(Words::status(status), int(status));
    m_status->setToolTip(tr("Each step fixes more of the campaign: the rules when scoring starts, the scores in "
                            "deliberation; a closed campaign is only read. Going back a step asks for a reason."));
    m_start = new QDateEdit;
    m_end = new QDateEdit;
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(noDate);
        d->setSpecialValueText(tr("Not set"));
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_fillTarget = spin(1, 100, 1, QStringLiteral("\u202f%"));
    m_rentable = spin(0, 1e7, 0, QStringLiteral("\u202fm²"));
    m_rentable->setSpecialValueText(tr("Sum of the buildings"));
    m_countLand = new QCheckBox(tr("Land plots count towards the fill"));
    m_aggregation = new QComboBox;
    for (const Aggregation a : {Aggregation::Mean, Aggregation::Median, Aggregation::TrimmedMean})
        m_aggregation->addItem(Words::aggregation(a), int(a));
    m_debias = new QCheckBox(tr("Correct each juror's harshness or leniency"));
    m_tieChain = new QListWidget;
    m_tieChain->setMaximumHeight(90);
    auto* up = moveButton(true, QStringLiteral("moveTieUp"));
    auto* down = moveButton(false, QStringLiteral("moveTieDown"));
    m_rule = new QComboBox;
    m_rule->addItem(tr("Greedy by rank"), int(SelectionRule::Greedy));
    m_rule->addItem(tr("Best value (advisory optimum)"), int(SelectionRule::BestValue));
    m_sdThreshold = spin(0, 100, 1, tr(" points"));
    m_gapThreshold = spin(0, 100, 1, tr(" points"));
    m_waiting = new QSpinBox;
    m_waiting->setRange(0, 1000);
    // What each rule does, for whoever sets it.
    m_fillTarget->setToolTip(tr("The share of the rentable surface the laureates may take: the selection stops "
                                "before the surface they request goes beyond it."));
    m_rentable->setToolTip(tr("The surface to let. At zero, the sum of the buildings that count (land plots "
                              "only when they count towards the fill)."));
    m_countLand->setToolTip(tr("Ticked, land plots are part of the rentable surface and a request for land "
                               "takes from the fill; otherwise only the buildings do."));
    m_aggregation->setToolTip(tr("How a jury's score on a criterion is made from its jurors' scores: their mean, "
                                 "their median, or their mean without the highest and the lowest once there are "
                                 "five scores or more."));
    m_debias->setToolTip(tr("Before the jurors' scores are put together, each juror's scores are brought to the "
                            "mean and spread of the jury, so that a harsh or a lenient juror weighs like the "
                            "others. Off by default."));
    m_tieChain->setToolTip(tr("Candidates with the same final score are ranked by these, in this order, then by "
                              "registration order. Alt+Up and Alt+Down move the selected one."));
    m_rule->setToolTip(tr("Greedy: down the ranking, each candidate whose surface still fits is a laureate. Best "
                          "value: the combination with the highest total score within the capacity, shown "
                          "beside it as advice."));
    m_sdThreshold->setToolTip(tr("A candidate whose jurors' totals within one jury are spread more than this "
                                 "(standard deviation, out of 100) is flagged."));
    m_gapThreshold->setToolTip(tr("A candidate whose expert and citizen totals differ by more than this (out of "
                                  "100) is flagged."));
    m_waiting->setToolTip(tr("How many candidates not selected stand in line, in rank order, should a laureate "
                             "withdraw."));
    m_waiting->setSpecialValueText(tr("Every remaining candidate"));
    m_waiting->setKeyboardTracking(false);

    auto* identity = new QGroupBox(tr("Campaign"));
    auto* form = new QFormLayout(identity);
    // On a narrow screen a field goes under its label rather than pushing the site away.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("&Status:"), m_status);
    m_statusNote = new QLabel;
    m_statusNote->setObjectName(QStringLiteral("statusNote"));
    m_statusNote->setWordWrap(true);
    form->addRow(QString(), m_statusNote);
    form->addRow(tr("Opens &on:"), m_start);
    form->addRow(tr("Closes o&n:"), m_end);

    auto* rules = new QGroupBox(tr("Rules"));
    auto* rulesForm = new QFormLayout(rules);
    rulesForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    rulesForm->addRow(tr("Fill &target:"), m_fillTarget);
    rulesForm->addRow(tr("&Rentable surface:"), m_rentable);
    rulesForm->addRow(QString(), m_countLand);
    rulesForm->addRow(tr("&Aggregation of jurors:"), m_aggregation);
    rulesForm->addRow(QString(), m_debias);
    auto* tieBox = new QHBoxLayout;
    tieBox->addWidget(m_tieChain, 1);
    auto* tieButtons = new QVBoxLayout;
    tieButtons->addWidget(up);
    tieButtons->addWidget(down);
    tieButtons->addStretch();
    tieBox->addLayout(tieButtons);
    auto* tieLabel = new QLabel(tr("T&ie-break order:"));
    tieLabel->setBuddy(m_tieChain); // a row holding a layout gets no buddy by itself
    rulesForm->addRow(tieLabel, tieBox);
    rulesForm->addRow(QString(), new QLabel(tr("then registration order")));
    rulesForm->addRow(tr("Se&lection rule:"), m_rule);
    rulesForm->addRow(tr("Juror &spread alert:"), m_sdThreshold);
    rulesForm->addRow(tr("Jury &gap alert:"), m_gapThreshold);
    rulesForm->addRow(tr("&Waiting list size:"), m_waiting);

    m_name->setAccessibleName(tr("Campaign name"));
    m_territory->setAccessibleName(tr("Territory"));
    m_status->setAccessibleName(tr("Campaign status"));
    m_start->setAccessibleName(tr("Opening date"));
    m_end->setAccessibleName(tr("Closing date"));
    m_fillTarget->setAccessibleName(tr("Fill target in percent"));
    m_rentable->setAccessibleName(tr("Rentable surface in square metres"));
    m_tieChain->setAccessibleName(tr("Tie-break order"));
    up->setAccessibleName(tr("Move tie-break key up"));
    down->setAccessibleName(tr("Move tie-break key down"));
    m_rule->setAccessibleName(tr("Selection rule"));
    m_sdThreshold->setAccessibleName(tr("Juror spread alert threshold"));
    m_gapThreshold->setAccessibleName(tr("Jury gap alert threshold"));
    m_waiting->setAccessibleName(tr("Waiting list size"));
    m_sdThreshold->setToolTip(tr("A candidate is flagged when the standard deviation of one jury's juror totals "
                                 "exceeds this many points out of 100."));
    m_gapThreshold->setToolTip(
        tr("A candidate is flagged when its jury totals differ by more than this many points out of 100."));

    auto edit = [this](auto mutate, const QString& text) {
        if (m_refreshing || !m_document)
            return;
        CampaignSettings s = m_document->campaign().settings;
        mutate(s);
        commit(s, text);
    };
    connect(m_name, &QLineEdit::editingFinished, this,
            [=] { edit([&](CampaignSettings& s) { s.name = m_name->text().trimmed(); }, tr("Rename the campaign")); });
    connect(m_territory, &QLineEdit::editingFinished, this, [=] {
        edit([&](CampaignSettings& s) { s.territory = m_territory->text().trimmed(); }, tr("Change the territory"));
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (m_refreshing || !m_document)
            return;
        const auto to = CampaignStatus(m_status->currentData().toInt());
        QString reason;
        if (lifecycle::step(m_document->campaign().settings.status, to) == lifecycle::Step::BackOne) {
            bool ok = false;
            reason = QInputDialog::getMultiLineText(
                this, tr("Go back a step"),
                tr("Why does the campaign go back from “%1” to “%2”? The reason is kept in the journal and the "
                   "minutes.")
                    .arg(Words::status(m_document->campaign().settings.status), Words::status(to)),
                QString(), &ok);
            if (!ok) {
                refresh();
                return;
            }
        }
        changeStatus(to, reason);
    });
    for (QDateEdit* d : {m_start, m_end}) {
        connect(d, &QDateEdit::editingFinished, this, [=] {
            edit(
                [&](CampaignSettings& s) {
                    const QDate date = d->date() == noDate ? QDate() : d->date();
                    (d == m_start ? s.startDate : s.endDate) = date;
                },
                tr("Change the campaign dates"));
        });
    }
    connect(m_fillTarget, &QDoubleSpinBox::valueChanged, this,
            [=](double v) { edit([&](CampaignSettings& s) { s.fillTargetPct = v; }, tr("Change the fill target")); });
    connect(m_rentable, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](CampaignSettings& s) { s.rentableSurfaceOverride = v; }, tr("Change the rentable surface"));
    });
    connect(m_countLand, &QCheckBox::toggled, this,
            [=](bool on) { edit([&](CampaignSettings& s) { s.countLand = on; }, tr("Change whether land counts")); });
    connect(m_aggregation, &QComboBox::activated, this, [=] {
        edit([&](CampaignSettings& s) { s.aggregation = Aggregation(m_aggregation->currentData().toInt()); },
             tr("Change the aggregation of jurors"));
    });
    connect(m_debias, &QCheckBox::toggled, this,
            [=](bool on) { edit([&](CampaignSettings& s) { s.debias = on; }, tr("Change juror de-biasing")); });
    connect(m_rule, &QComboBox::activated, this, [=] {
        edit([&](CampaignSettings& s) { s.selectionRule = SelectionRule(m_rule->currentData().toInt()); },
             tr("Change the selection rule"));
    });
    connect(m_sdThreshold, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](CampaignSettings& s) { s.juryStdDevThreshold = v; }, tr("Change the juror spread alert"));
    });
    connect(m_gapThreshold, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](CampaignSettings& s) { s.juryGapThreshold = v; }, tr("Change the jury gap alert"));
    });
    connect(m_waiting, &QSpinBox::valueChanged, this, [=](int v) {
        edit([&](CampaignSettings& s) { s.waitingListSize = v; }, tr("Change the waiting list size"));
    });
    connect(up, &QPushButton::clicked, this, [this] { moveTieKey(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTieKey(+1); });

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(identity);
    layout->addWidget(rules);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Campaign settings"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(content->minimumSizeHint().width() + 24);
    return scroll;
}

QWidget* CampaignPage::buildSite()
{
    auto* box = new QGroupBox(tr("Site and buildings"));
    m_buildingTable = new QTableView;
    m_buildingTable->setModel(m_buildings);
    m_buildingTable->setItemDelegateForColumn(BuildingsModel::UseColumn, new UseTypeDelegate(m_buildingTable));
    m_buildingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buildingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_buildingTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_buildingTable->horizontalHeader()->setSectionResizeMode(BuildingsModel::NotesColumn, QHeaderView::Stretch);
    m_buildingTable->verticalHeader()->hide();
    m_buildingTable->setAccessibleName(tr("Buildings"));
    auto* add = new QPushButton(tr("&Add building"));
    auto* remove = new QPushButton(tr("Re&move building"));
    add->setAccessibleName(tr("Add building"));
    remove->setAccessibleName(tr("Remove building"));
    add->setObjectName(QStringLiteral("addBuilding"));
    remove->setObjectName(QStringLiteral("removeBuilding"));
    connect(add, &QPushButton::clicked, this, &CampaignPage::addBuilding);
    connect(remove, &QPushButton::clicked, this, &CampaignPage::removeBuilding);
    m_siteSummary = new QLabel;
    m_siteSummary->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_siteSummary);
    layout->addWidget(m_buildingTable, 1);
    layout->addLayout(buttons);
    return box;
}

void CampaignPage::setDocument(CampaignDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_buildings->setDocument(document);
    m_buildingTable->resizeColumnsToContents();
    if (document)
        connect(document, &CampaignDocument::changed, this, &CampaignPage::refresh);
    setEnabled(document != nullptr);
    refresh();
}

void CampaignPage::refresh()
{
    if (!m_document)
        return;
    m_refreshing = true;
    const Campaign& c = m_document->campaign();
    const CampaignSettings& s = c.settings;
    m_name->setText(s.name);
    m_territory->setText(s.territory);
    m_status->setCurrentIndex(m_status->findData(int(s.status)));
    m_start->setDate(s.startDate.isValid() ? s.startDate : noDate);
    m_end->setDate(s.endDate.isValid() ? s.endDate : noDate);
    m_fillTarget->setValue(s.fillTargetPct);
    m_rentable->setValue(s.rentableSurfaceOverride);
    m_countLand->setChecked(s.countLand);
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(s.aggregation)));
    m_debias->setChecked(s.debias);
    m_rule->setCurrentIndex(m_rule->findData(int(s.selectionRule)));
    m_sdThreshold->setValue(s.juryStdDevThreshold);
    m_gapThreshold->setValue(s.juryGapThreshold);
    m_waiting->setValue(s.waitingListSize);
    const int current = m_tieChain->currentRow();
    m_tieChain->clear();
    for (const TieKey& key : effectiveTieChain(c)) {
        if (key.kind == TieKey::Registration)
            continue;
        auto* item = new QListWidgetItem(Words::tieKey(c, key), m_tieChain);
        item->setData(Qt::UserRole, codes::tieKey(key));
    }
    m_tieChain->setCurrentRow(current);
    m_siteSummary->setText(siteSummary());
    // What the status fixes is shown fixed, and said under the status.
    m_statusNote->setText(Words::statusMeaning(s.status));
    const bool writable = !m_document->isReadOnly();
    const auto allow = [&](lifecycle::Area area, std::initializer_list<QWidget*> widgets) {
        const bool on = writable && lifecycle::allows(s.status, area) == lifecycle::Allowed::Yes;
        for (QWidget* w : widgets)
            w->setEnabled(on);
    };
    allow(lifecycle::Area::Details, {m_name, m_territory, m_start, m_end});
    allow(lifecycle::Area::Site, {m_fillTarget, m_rentable, m_countLand});
    allow(lifecycle::Area::Rules,
          {m_aggregation, m_debias, m_rule, m_sdThreshold, m_gapThreshold, m_waiting, m_tieChain});
    m_status->setEnabled(writable);
    m_refreshing = false;
}

QString CampaignPage::siteSummary() const
{
    if (!m_document)
        return {};
    const Campaign& c = m_document->campaign();
    const QLocale l;
    return tr("%n building(s). Rentable surface: %1\u202fm²; at a %2\u202f% fill target, the laureates can take "
              "%3\u202fm².",
              nullptr, int(c.buildings.size()))
        .arg(l.toString(rentableSurface(c), 'f', 0), l.toString(c.settings.fillTargetPct, 'f', 1),
             l.toString(fillCapacity(c), 'f', 0));
}

bool CampaignPage::changeStatus(CampaignStatus status, const QString& reason)
{
    QString error;
    if (!m_document || m_document->apply(Edits::setStatus(m_document->campaign(), status, reason), &error))
        return true;
    emit problem(error);
    refresh();
    return false;
}

void CampaignPage::commit(const CampaignSettings& settings, const QString& text)
{
    QString error;
    if (!m_document->apply(Edits::settings(settings, text), &error)) {
        emit problem(error);
        refresh();
    }
}

void CampaignPage::moveTieKey(int delta)
{
    const int row = m_tieChain->currentRow(), target = row + delta;
    if (!m_document || row < 0 || target < 0 || target >= m_tieChain->count())
        return;
    std::vector<TieKey> chain;
    for (int i = 0; i < m_tieChain->count(); ++i) {
        TieKey key;
        codes::parse(m_tieChain->item(i)->data(Qt::UserRole).toString(), &key);
        chain.push_back(key);
    }
    std::swap(chain[size_t(row)], chain[size_t(target)]);
    chain.push_back({TieKey::Registration, {}});
    CampaignSettings s = m_document->campaign().settings;
    s.tieChain = chain;
    commit(s, tr("Change the tie-break order"));
    m_tieChain->setCurrentRow(target);
}

void CampaignPage::addBuilding()
{
    const int row = m_buildings->addBuilding();
    if (row >= 0) {
        m_buildingTable->setCurrentIndex(m_buildings->index(row, BuildingsModel::NameColumn));
        m_buildingTable->edit(m_buildingTable->currentIndex());
    }
}

void CampaignPage::removeBuilding()
{
    const QModelIndex current = m_buildingTable->currentIndex();
    if (current.isValid())
        m_buildings->removeBuilding(current.row());
}

} // namespace palmares
